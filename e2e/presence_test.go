//go:build e2e

package e2e

import (
	"io"
	"log"
	"strings"
	"testing"
	"time"

	"github.com/jezek/xgb"
	"github.com/jezek/xgb/xproto"

	"posturebreak/history"
)

func init() { xgb.Logger = log.New(io.Discard, "", 0) } // no Xauthority here is no news

// input is the user touching the mouse.
func (s *session) input() {
	s.t.Helper()
	if _, err := s.x("xdotool", "mousemove_relative", "--", "3", "3"); err != nil {
		s.t.Fatalf("moving the mouse: %v", err)
	}
}

// waitLog waits until the daemon's log says each of these.
func (s *session) waitLog(what ...string) {
	s.t.Helper()
	eventually(s.t, 20*time.Second, "the daemon logs "+strings.Join(what, ", "), func() bool {
		log := s.log.String()
		for _, w := range what {
			if !strings.Contains(log, w) {
				return false
			}
		}
		return true
	})
}

// startOpenbox runs a real window manager on the session's display.
func (s *session) startOpenbox() {
	s.startHelper("openbox", "--sm-disable")
	eventually(s.t, 60*time.Second, "openbox manages the display", func() bool { // a busy machine may be slow to start it
		_, err := s.x("wmctrl", "-m")
		return err == nil
	})
}

// openWindow maps a plain window titled title, as any program would.
func (s *session) openWindow(title string) {
	s.t.Helper()
	conn, err := xgb.NewConnDisplay(s.display)
	if err != nil {
		s.t.Fatal(err)
	}
	s.t.Cleanup(conn.Close)
	screen := xproto.Setup(conn).DefaultScreen(conn)
	id, err := xproto.NewWindowId(conn)
	if err != nil {
		s.t.Fatal(err)
	}
	xproto.CreateWindow(conn, screen.RootDepth, id, screen.Root, 0, 0, 400, 300, 0, xproto.WindowClassInputOutput,
		screen.RootVisual, xproto.CwBackPixel, []uint32{screen.WhitePixel})
	xproto.ChangeProperty(conn, xproto.PropModeReplace, id, xproto.AtomWmName, xproto.AtomString, 8, uint32(len(title)), []byte(title))
	// A window manager that is still starting can miss a map request, so
	// the window is asked for again until the server says it is viewable.
	var asked time.Time
	eventually(s.t, 20*time.Second, "the window "+title+" is viewable", func() bool {
		if time.Since(asked) > 2*time.Second {
			if err := xproto.MapWindowChecked(conn, id).Check(); err != nil {
				s.t.Fatal(err)
			}
			asked = time.Now()
		}
		attrs, err := xproto.GetWindowAttributes(conn, id).Reply()
		return err == nil && attrs.MapState == xproto.MapStateViewable // under a window manager: in its frame, on screen
	})
}

// wm runs wmctrl, as a user's keyboard shortcut would.
func (s *session) wm(args ...string) {
	s.t.Helper()
	if out, err := s.x("wmctrl", args...); err != nil {
		s.t.Fatalf("wmctrl %v: %v %s", args, err, out)
	}
}

// heldBack checks a break held back while the user is busy: the tray says
// line, and no notification is sent; once free (which free brings about),
// the break is told at once, and says what it waited for.
func (s *session) heldBack(sent *notifyMonitor, line, says string, free func()) {
	s.t.Helper()
	s.panel().waitStatus(2*time.Minute, func(l string) bool { return l == line }, "the break waits")
	if n := len(sent.all()); n != 0 {
		s.t.Fatalf("%d notifications while the user is busy", n)
	}
	free()
	eventually(s.t, 20*time.Second, "the break is told once the user is free", func() bool { return len(sent.all()) > 0 })
	if body := sent.all()[0].body; !strings.Contains(body, "Waited") || !strings.Contains(body, says) {
		s.t.Fatalf("the break said %q, want how long it waited and why (%s)", body, says)
	}
}

// Idle for real: Xvfb keeps SYNC's IDLETIME counter, and its alarms say
// when the user goes and comes back. With a 1-minute break and a 2-minute
// interval, no input for longer than the break means
// no break notification and "Away since" in the tray; after an input, the
// next break is an interval away, and the history has the spell away.
func TestIdleForRealCountsAsABreak(t *testing.T) {
	t.Parallel()
	s := newSession(t, options{away: true, settings: `{"work_minutes": 2, "break_minutes": 1}`})
	sent := s.monitorNotifications(t)
	s.startDaemon()
	s.waitLog("idle time from X11's SYNC IDLETIME alarms")
	s.input()
	due := time.Now().Add(2 * time.Minute)
	p := s.panel()
	line := p.waitStatus(2*time.Minute, func(l string) bool { return strings.HasPrefix(l, "Away since ") }, "the tray says the user is away")
	if st := s.statusJSON(); st.Presence != "away" || st.State != "away" || st.AwaySince == nil || st.Line != line {
		t.Fatalf("status --json %+v, tray %q", st, line)
	}
	eventually(t, 4*time.Minute, "the break's time has passed", func() bool { return time.Now().After(due.Add(30 * time.Second)) })
	if n := len(sent.all()); n != 0 {
		t.Fatalf("%d notifications to an empty room: %+v", n, sent.all())
	}
	changed := p.changes()
	back := time.Now()
	s.input()
	p.waitStatus(time.Minute, func(l string) bool { return l == "Next break in 2 min" }, "back: the next break is an interval away")
	select {
	case at := <-changed: // what the user sees; the figure is BenchmarkReturn's
		t.Logf("the tray changed %v after the return", at.Sub(back).Round(time.Millisecond))
	default:
		t.Fatal("the tray's line changed, but the item sent no signal to say so")
	}
	recs := s.waitRecords(1)
	if r := recs[0]; r.Outcome != history.Away || r.Seconds < 60 {
		t.Fatalf("history %+v, want a spell away of over a minute", recs)
	}
}

// dunst paused is do not disturb: no Notify from us until it is unpaused,
// then the break at once, saying how long it waited.
func TestDunstPausedHoldsTheBreakBack(t *testing.T) {
	t.Parallel()
	s := newSession(t, options{settings: `{"work_minutes": 1}`})
	sent := s.monitorNotifications(t)
	s.startDaemon()
	s.waitLog("do not disturb from dunst")
	if out, err := s.x("dunstctl", "set-paused", "true"); err != nil {
		t.Fatalf("pausing dunst: %v %s", err, out)
	}
	s.heldBack(sent, "Break waiting: do not disturb is on", "do not disturb", func() {
		if st := s.statusJSON(); st.Presence != "busy" || st.Busy != "do-not-disturb" || st.Waiting == nil || st.Waiting.For != "do-not-disturb" {
			t.Fatalf("status --json %+v", st)
		}
		if out, err := s.x("dunstctl", "set-paused", "false"); err != nil {
			t.Fatalf("unpausing dunst: %v %s", err, out)
		}
	})
	if r := s.waitRecords(1)[0]; r.Outcome != history.Deferred || r.Detail != "do-not-disturb" {
		t.Fatalf("history %+v, want the defer", r)
	}
}

// A fullscreen window, under a real window manager: the break waits, and
// comes when the window leaves fullscreen.
func TestAFullscreenWindowHoldsTheBreakBack(t *testing.T) {
	t.Parallel()
	s := newSession(t, options{settings: `{"work_minutes": 1}`})
	sent := s.monitorNotifications(t)
	s.startOpenbox()
	s.startDaemon()
	s.waitLog("fullscreen windows from X11")
	s.openWindow("A film")
	s.wm("-a", "A film")
	s.wm("-r", ":ACTIVE:", "-b", "add,fullscreen")
	s.heldBack(sent, "Break waiting: a window is fullscreen", "fullscreen window to close", func() {
		s.wm("-r", ":ACTIVE:", "-b", "remove,fullscreen")
	})
}

// GNOME: the IdleMonitor's watches, GNOME's screen saver and logind's
// LockedHint (on a bus standing in for the system bus), all fakes that
// speak their interfaces.
func TestGnomeIdleMonitorAndTheLocks(t *testing.T) {
	t.Parallel()
	s := newSession(t, options{away: true, systemBus: true, settings: `{"work_minutes": 30, "break_minutes": 1}`})
	mutter := startMutter(t, s.addr)
	gnome := startScreenSaver(t, s.addr, "org.gnome.ScreenSaver", "/org/gnome/ScreenSaver")
	logind := startLogind(t, s.system)
	s.startDaemon()
	s.waitLog("idle time from GNOME's IdleMonitor", "screen lock from org.gnome.ScreenSaver", "screen lock from logind")
	if strings.Contains(s.log.String(), "MIT-SCREEN-SAVER") {
		t.Fatal("X11 idle time used although GNOME's IdleMonitor is there")
	}
	eventually(t, 10*time.Second, "an idle watch for the break's length", func() bool {
		w := mutter.intervals()
		return len(w) == 1 && w[0] == 60_000
	})
	p := s.panel()
	away := func(what string) {
		t.Helper()
		p.waitStatus(20*time.Second, func(l string) bool { return strings.HasPrefix(l, "Away since ") }, what)
	}
	working := func(what string) {
		t.Helper()
		p.waitStatus(20*time.Second, func(l string) bool { return strings.HasPrefix(l, "Next break in ") }, what)
	}
	mutter.idleFor(60_000)
	away("away once the idle watch fires")
	mutter.back()
	working("back at the first input")
	if r := s.waitRecords(1)[0]; r.Outcome != history.Away || r.Seconds < 60 {
		t.Fatalf("history %+v, want a spell away of a minute", r)
	}
	gnome.lock(true)
	away("away from the moment GNOME's screen saver locks")
	gnome.lock(false)
	working("back once it unlocks")
	logind.lock(true)
	away("away once logind says the session is locked")
	logind.lock(false)
	working("back once logind says it is not")
}

// KDE: idle time asked of org.freedesktop.ScreenSaver, and do not disturb
// as the notification server's Inhibited property.
func TestKDEIdleTimeAndDoNotDisturb(t *testing.T) {
	t.Parallel()
	s := newSession(t, options{away: true, noNotifications: true, settings: `{"work_minutes": 1, "break_minutes": 1}`})
	plasma := startPlasma(t, s.addr)
	kde := startScreenSaver(t, s.addr, "org.freedesktop.ScreenSaver", "/ScreenSaver")
	kde.setIdle(0)
	s.startDaemon()
	s.waitLog("idle time from org.freedesktop.ScreenSaver", "do not disturb from KDE")
	plasma.inhibit(true)
	p := s.panel()
	p.waitStatus(2*time.Minute, func(l string) bool { return l == "Break waiting: do not disturb is on" }, "the break waits")
	if n := len(plasma.bodies()); n != 0 {
		t.Fatalf("%d notifications while do not disturb is on", n)
	}
	plasma.inhibit(false)
	eventually(t, 20*time.Second, "the break is told once do not disturb is off", func() bool { return len(plasma.bodies()) > 0 })
	if body := plasma.bodies()[0]; !strings.Contains(body, "Waited") {
		t.Fatalf("the break said %q", body)
	}
	// Two minutes without input, all at once: the daemon asks again a
	// break's length (a minute) after the input it last saw, or sooner.
	kde.setIdle(120_000)
	p.waitStatus(90*time.Second, func(l string) bool { return strings.HasPrefix(l, "Away since ") }, "away once idle for the break's length")
	kde.setIdle(0)
	p.waitStatus(40*time.Second, func(l string) bool { return l == "Next break in 1 min" }, "back: the due break was credited")
}
