//go:build e2e

package e2e

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/godbus/dbus/v5"

	"posturebreak/history"
)

// startGnomeShell runs gnome-shell 43, headless, on the session's buses,
// as DESIGN.md gives the recipe: with the AppIndicators extension enabled
// for a tray, in a mount namespace with /run/systemd hidden (or it looks
// for logind's seats), with its settings in a real dconf-service. The
// session's X display is then the shell's Xwayland.
func (s *session) startGnomeShell() {
	s.t.Helper()
	s.env = append(s.env, "XDG_SESSION_TYPE=wayland", "XDG_CURRENT_DESKTOP=GNOME")
	s.startDconf()
	if out, err := s.x("gsettings", "set", "org.gnome.shell", "enabled-extensions", "['ubuntu-appindicators@ubuntu.com']"); err != nil {
		s.t.Fatalf("enabling the AppIndicators extension: %v %s", err, out)
	}
	logPath := filepath.Join(s.home, "gnome-shell.log")
	logFile, err := os.Create(logPath)
	if err != nil {
		s.t.Fatal(err)
	}
	s.t.Cleanup(func() {
		logFile.Close()
		if s.t.Failed() {
			b, _ := os.ReadFile(logPath)
			s.t.Logf("gnome-shell's log:\n%s", b)
		}
	})
	cmd := exec.Command("unshare", "-m", "sh", "-c", `mount -t tmpfs none /run/systemd 2>/dev/null; exec gnome-shell --headless --wayland --virtual-monitor 1280x800 --wayland-display=wayland-gnome`)
	cmd.Env, cmd.Stdout, cmd.Stderr = s.env, logFile, logFile
	if err := cmd.Start(); err != nil {
		s.t.Fatalf("starting gnome-shell (make test installs it): %v", err)
	}
	stopByPID(s.t, cmd)
	display := regexp.MustCompile(`Using public X11 display (:\d+)`)
	eventually(s.t, 60*time.Second, "GNOME Shell has started, with Xwayland and a tray", func() bool {
		b, _ := os.ReadFile(logPath)
		m := display.FindSubmatch(b)
		if m != nil {
			s.display = string(m[1])
		}
		return m != nil && strings.Contains(string(b), "GNOME Shell started") && s.hasName("org.gnome.Shell") && s.hasName(watcherName)
	})
	// The shell's notification server is a service of its own, which the
	// bus would start on demand; the test's bus starts nothing, so the
	// test starts it, as D-Bus activation would.
	s.startHelper("/usr/bin/gjs", "/usr/share/gnome-shell/org.gnome.Shell.Notifications")
	eventually(s.t, 30*time.Second, "the shell serves org.freedesktop.Notifications", func() bool { return s.hasName("org.freedesktop.Notifications") })
	auth, _ := filepath.Glob(filepath.Join(s.home, ".mutter-Xwaylandauth.*"))
	if len(auth) == 0 {
		s.t.Fatal("Xwayland left no authority file")
	}
	for i, kv := range s.env {
		if strings.HasPrefix(kv, "DISPLAY=") {
			s.env[i] = "DISPLAY=" + s.display
		}
	}
	s.env = append(s.env, "XAUTHORITY="+auth[0], "WAYLAND_DISPLAY=wayland-gnome")
}

// startDconf keeps the session's GSettings in a real dconf-service on its
// bus, as a desktop does.
func (s *session) startDconf() {
	s.t.Helper()
	s.env = append(s.env, "GSETTINGS_BACKEND=dconf")
	s.startHelper("/usr/libexec/dconf-service")
	eventually(s.t, 20*time.Second, "dconf-service is on the bus", func() bool { return s.hasName("ca.desrt.dconf") })
}

// gnomePanel reads the tray through the item registered with the shell's
// own StatusNotifierWatcher (the AppIndicators extension).
func (s *session) gnomePanel() *panel {
	s.t.Helper()
	var it item
	eventually(s.t, 30*time.Second, "the tray icon registers with GNOME Shell", func() bool {
		v, err := s.bus.Object(watcherName, "/StatusNotifierWatcher").GetProperty(watcherName + ".RegisteredStatusNotifierItems")
		items, _ := v.Value().([]string)
		for _, name := range items { // the extension writes ":1.7@/StatusNotifierItem"
			service, path, ok := strings.Cut(name, "@")
			if !ok {
				service, path, _ = strings.Cut(name, "/")
				path = "/" + path
			}
			if err == nil && s.hasName(service) {
				it = item{service: service, path: dbus.ObjectPath(path)}
				return true
			}
		}
		return false
	})
	return s.panelOf(it)
}

// remoteInput is a RemoteDesktop session of Mutter's, to send input as a
// user would: Mutter ends it when its client goes, so the test's own
// connection holds it.
type remoteInput struct {
	t       testing.TB
	session dbus.BusObject
}

func (s *session) remoteInput() *remoteInput {
	s.t.Helper()
	var path dbus.ObjectPath
	rd := s.bus.Object("org.gnome.Mutter.RemoteDesktop", "/org/gnome/Mutter/RemoteDesktop")
	if err := rd.Call("org.gnome.Mutter.RemoteDesktop.CreateSession", 0).Store(&path); err != nil {
		s.t.Fatalf("CreateSession: %v", err)
	}
	r := &remoteInput{t: s.t, session: s.bus.Object("org.gnome.Mutter.RemoteDesktop", path)}
	if call := r.session.Call("org.gnome.Mutter.RemoteDesktop.Session.Start", 0); call.Err != nil {
		s.t.Fatalf("starting the RemoteDesktop session: %v", call.Err)
	}
	return r
}

// key presses and releases Shift, as a user touching the keyboard.
func (r *remoteInput) key() {
	const shift = 0xffe1
	for _, down := range []bool{true, false} {
		if call := r.session.Call("org.gnome.Mutter.RemoteDesktop.Session.NotifyKeyboardKeysym", 0, uint32(shift), down); call.Err != nil {
			r.t.Fatalf("sending a key: %v", call.Err)
		}
	}
}

// On a real GNOME Shell 43: the tray item registers with the shell and its
// menu works over dbusmenu; a break's notification reaches the shell's own
// server, with its actions, and the server answers with an id; the break
// window opens through Xwayland; idle comes from the real Mutter idle
// monitor, and a key sent through RemoteDesktop is a return. What cannot be
// done for real here: a click on the shell's banner (so the window is
// opened from the tray), and a picture of the shell (its Screenshot API
// refuses other callers), so pictures are of our windows, through Xwayland.
func TestOnARealGnomeShell(t *testing.T) {
	t.Parallel()
	s := newSession(t, options{gnomeShell: true, away: true, settings: `{"work_minutes": 1, "break_minutes": 1, "posture_check_minutes": 0}`})
	notes := s.monitorNotifications(t)
	s.startDaemon()
	s.waitLog("idle time from GNOME's IdleMonitor")
	p := s.gnomePanel()
	p.waitStatus(10*time.Second, func(l string) bool { return strings.HasPrefix(l, "Next break") }, "the tray menu is read over dbusmenu")

	// The server is the shell's.
	var name, vendor, version, spec string
	if err := s.bus.Object("org.freedesktop.Notifications", "/org/freedesktop/Notifications").Call("org.freedesktop.Notifications.GetServerInformation", 0).Store(&name, &vendor, &version, &spec); err != nil || name != "gnome-shell" {
		t.Fatalf("the notification server is %q %q (%v), want gnome-shell", name, version, err)
	}
	input := s.remoteInput()
	input.key() // at work
	p.waitStatus(2*time.Minute, func(l string) bool { return l == "Break due" }, "the break falls due")
	var n sent
	eventually(t, 20*time.Second, "the break's notification is answered by the shell with an id", func() bool {
		for _, x := range notes.all() {
			if len(x.actions) > 0 && x.id != 0 {
				n = x
				return true
			}
		}
		return false
	})
	if !strings.Contains(n.summary, "break") || !slicesContain(n.actions, "default", "snooze", "skip") {
		t.Fatalf("notification %q with actions %q", n.summary, n.actions)
	}

	// The break window, through Xwayland.
	p.click("Take a break now")
	win := s.waitMapped(breakTitle, 30*time.Second)
	s.screenshot(win, "gnome-break-window.png")
	s.keyToClose(win, "Escape")
	if recs := s.waitRecords(1); recs[0].Outcome != history.Skipped {
		t.Fatalf("history %+v", recs)
	}
	s.waitNoWindows()

	// A minute without input is away, through Mutter's own idle monitor;
	// a key through RemoteDesktop is a return.
	p.waitStatus(3*time.Minute, func(l string) bool { return strings.HasPrefix(l, "Away since ") }, "the tray says the user is away")
	changed := p.changes()
	back := time.Now()
	input.key()
	p.waitStatus(30*time.Second, func(l string) bool { return strings.HasPrefix(l, "Next break") }, "back at work")
	select {
	case at := <-changed:
		t.Logf("GNOME: the tray changed %v after the return", at.Sub(back).Round(time.Millisecond))
	default:
		t.Fatal("the tray's line changed, but the item sent no signal to say so")
	}
}

func slicesContain(list []string, want ...string) bool {
	for _, w := range want {
		found := false
		for _, l := range list {
			found = found || l == w
		}
		if !found {
			return false
		}
	}
	return true
}
