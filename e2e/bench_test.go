//go:build e2e

package e2e

import (
	"fmt"
	"io"
	"log"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/jezek/xgb"
	"github.com/jezek/xgb/damage"
	"github.com/jezek/xgb/xproto"

	"posturebreak/history"
	"posturebreak/protocol"
)

// fileSize is a file's size in kB.
func fileSize(b testing.TB, path string) int64 {
	info, err := os.Stat(path)
	if err != nil {
		b.Fatal(err)
	}
	return info.Size() / 1024
}

// usage is what /proc says a process has cost so far.
type usage struct {
	rss, anon, file int64         // kB: resident, of it anonymous, and pages of files (the program's own, mostly)
	cpu             time.Duration // on-CPU time summed over its threads (schedstat)
	switches        int64         // context switches summed over its threads
}

func measure(b testing.TB, pid int) usage {
	var u usage
	status, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		b.Fatal(err)
	}
	for _, line := range strings.Split(string(status), "\n") {
		f := strings.Fields(line)
		if len(f) >= 2 && f[0] == "VmRSS:" {
			u.rss, _ = strconv.ParseInt(f[1], 10, 64)
		}
		if len(f) >= 2 && f[0] == "RssAnon:" {
			u.anon, _ = strconv.ParseInt(f[1], 10, 64)
		}
		if len(f) >= 2 && f[0] == "RssFile:" {
			u.file, _ = strconv.ParseInt(f[1], 10, 64)
		}
	}
	tasks, _ := filepath.Glob(fmt.Sprintf("/proc/%d/task/*", pid))
	for _, task := range tasks {
		if sched, err := os.ReadFile(filepath.Join(task, "schedstat")); err == nil {
			ns, _ := strconv.ParseInt(strings.Fields(string(sched))[0], 10, 64)
			u.cpu += time.Duration(ns)
		}
		st, _ := os.ReadFile(filepath.Join(task, "status"))
		for _, line := range strings.Split(string(st), "\n") {
			f := strings.Fields(line)
			if len(f) == 2 && (f[0] == "voluntary_ctxt_switches:" || f[0] == "nonvoluntary_ctxt_switches:") {
				n, _ := strconv.ParseInt(f[1], 10, 64)
				u.switches += n
			}
		}
	}
	return u
}

// glLoaded names the GL driver libraries a process has mapped, if any.
func glLoaded(b testing.TB, pid int) []string {
	maps, err := os.ReadFile(fmt.Sprintf("/proc/%d/maps", pid))
	if err != nil {
		b.Fatal(err)
	}
	var found []string
	for _, line := range strings.Split(string(maps), "\n") {
		f := strings.Fields(line)
		if len(f) < 6 {
			continue
		}
		name := filepath.Base(f[5])
		if (strings.HasSuffix(name, "_dri.so") || strings.HasPrefix(name, "libGLX_mesa") || strings.HasPrefix(name, "libLLVM")) && !slices.Contains(found, name) {
			found = append(found, name)
		}
	}
	return found
}

// mapTimer reports when the X server maps a top-level window with a given
// title, and when that window is first painted: the first DAMAGE to it
// once it is mapped (GL under Xvfb puts each frame into the window).
type mapTimer struct {
	conn    *xgb.Conn
	root    xproto.Window
	damages map[xproto.Window]bool // windows whose damage is reported
}

func (s *session) mapTimer(b testing.TB) *mapTimer {
	xgb.Logger = log.New(io.Discard, "", 0) // it complains of a missing ~/.Xauthority, which Xvfb does not need
	conn, err := xgb.NewConnDisplay(s.display)
	if err != nil {
		b.Fatalf("connecting to X: %v", err)
	}
	b.Cleanup(conn.Close)
	if err := damage.Init(conn); err != nil {
		b.Fatalf("X has no DAMAGE: %v", err)
	}
	if _, err := damage.QueryVersion(conn, 1, 1).Reply(); err != nil {
		b.Fatal(err)
	}
	root := xproto.Setup(conn).DefaultScreen(conn).Root
	if err := xproto.ChangeWindowAttributesChecked(conn, root, xproto.CwEventMask, []uint32{xproto.EventMaskSubstructureNotify}).Check(); err != nil {
		b.Fatal(err)
	}
	return &mapTimer{conn: conn, root: root, damages: map[xproto.Window]bool{}}
}

// wait returns when the next window titled title is mapped, and when it is
// first painted after that.
func (m *mapTimer) wait(b testing.TB, title string, timeout time.Duration) (mapped, painted time.Time) {
	deadline := time.Now().Add(timeout)
	type event struct {
		ev  xgb.Event
		err error
	}
	events := make(chan event, 1)
	var win xproto.Window
	for time.Now().Before(deadline) {
		go func() {
			ev, err := m.conn.WaitForEvent()
			events <- event{ev, err}
		}()
		select {
		case e := <-events:
			at := time.Now()
			if e.err != nil { // DAMAGE asked for a window that is gone, or takes no drawing
				continue
			}
			if e.ev == nil {
				b.Fatal("the connection to X closed")
			}
			switch ev := e.ev.(type) {
			case xproto.CreateNotifyEvent: // watch it for paint before it can be mapped
				m.watchDamage(b, ev.Window)
			case xproto.DestroyNotifyEvent: // its damage went with it, and X may use its id again
				delete(m.damages, ev.Window)
			case xproto.MapNotifyEvent:
				if win == 0 && m.title(ev.Window) == title {
					win, mapped = ev.Window, at
					m.watchDamage(b, win) // made before this timer was
				}
			case damage.NotifyEvent:
				if win != 0 && xproto.Window(ev.Drawable) == win {
					return mapped, at
				}
			}
		case <-time.After(time.Until(deadline)):
		}
	}
	b.Fatalf("no window %q mapped and painted within %v", title, timeout)
	return
}

// watchDamage asks for DAMAGE events on a window, once.
func (m *mapTimer) watchDamage(b testing.TB, w xproto.Window) {
	if m.damages[w] {
		return
	}
	m.damages[w] = true
	id, err := damage.NewDamageId(m.conn)
	if err != nil {
		b.Fatal(err)
	}
	damage.Create(m.conn, id, xproto.Drawable(w), damage.ReportLevelRawRectangles) // every paint; it may be gone already: no check
}

func (m *mapTimer) title(w xproto.Window) string {
	atom, err := xproto.InternAtom(m.conn, true, uint16(len("_NET_WM_NAME")), "_NET_WM_NAME").Reply()
	if err != nil {
		return ""
	}
	prop, err := xproto.GetProperty(m.conn, false, w, atom.Atom, xproto.GetPropertyTypeAny, 0, 256).Reply()
	if err != nil || prop == nil {
		return ""
	}
	return string(prop.Value)
}

// BenchmarkDaemon prints the figures the issues set bars for: the idle
// daemon's cost over 60 s with its tray registered, and the time from a
// click on "Take a break now" to the break window being mapped.
//
// Every presence source it can have is active: X11's idle time (SYNC
// IDLETIME alarms) and fullscreen window (PropertyNotify on the root window),
// dunst's do-not-disturb, and the lock from a screen saver and from logind
// on a bus standing in for the system bus. No window manager, so that the
// click-to-map time is the app's alone, as in earlier figures.
func BenchmarkDaemon(b *testing.B) {
	s := newSession(b, options{away: true, systemBus: true})
	startScreenSaver(b, s.addr, "org.freedesktop.ScreenSaver", "/ScreenSaver")
	startLogind(b, s.system)
	s.startDaemon()
	s.waitLog("idle time from X11", "fullscreen windows from X11", "do not disturb from dunst",
		"screen lock from org.freedesktop.ScreenSaver", "screen lock from logind")
	s.input()
	p := s.panel()
	p.waitStatus(10*time.Second, func(l string) bool { return strings.HasPrefix(l, "Next break") }, "the tray is up")
	pid := s.pid()
	time.Sleep(15 * time.Second) // past start-up, and the daemon's settling 10 s after it
	start := measure(b, pid)
	time.Sleep(60 * time.Second)
	idle := measure(b, pid)
	gl := glLoaded(b, pid)

	clicks, paints := make([]time.Duration, 0, 5), make([]time.Duration, 0, 5)
	timer := s.mapTimer(b)
	for i := range 5 {
		clicked := time.Now()
		p.click("Take a break now")
		mapped, painted := timer.wait(b, breakTitle, 20*time.Second)
		clicks, paints = append(clicks, mapped.Sub(clicked)), append(paints, painted.Sub(clicked))
		win := s.waitMapped(breakTitle, 5*time.Second)
		s.keyToClose(win, "Escape")
		s.waitNoWindows()
		s.waitRecords(i + 1)
	}
	time.Sleep(2 * time.Second) // the daemon hands back the window's buffers
	after := measure(b, pid)
	// It settles once the burst is 10 s past.
	time.Sleep(20 * time.Second)
	settled := measure(b, pid)
	median := middle(clicks)

	mb := func(kb int64) float64 { return float64(kb) / 1024 }
	glText := "none"
	if len(gl) > 0 {
		glText = strings.Join(gl, ", ")
	}
	rows := []struct{ what, value, bar string }{
		{"the daemon program, the window program", fmt.Sprintf("%.1f MB, %.1f MB", mb(fileSize(b, binary)), mb(fileSize(b, windowBinary))), ""},
		{"idle 60 s: RSS", fmt.Sprintf("%.1f MB", mb(idle.rss)), "≤ 10 MB"},
		{"idle 60 s: RssAnon", fmt.Sprintf("%.1f MB", mb(idle.anon)), "≤ 4 MB"},
		{"idle 60 s: RssFile (its program's pages)", fmt.Sprintf("%.1f MB", mb(idle.file)), ""},
		{"idle 60 s: CPU", fmt.Sprintf("%.3f s", (idle.cpu - start.cpu).Seconds()), "≤ 0.05 s"},
		{"idle 60 s: context switches", fmt.Sprint(idle.switches - start.switches), "≤ 300"},
		{"GL driver in the daemon", glText, "none"},
		{"tray click to break window mapped, median of 5", millis(median), ""},
		{"  (all five)", fmt.Sprint(clicks), ""},
		{"tray click to break window painted, median of 5", millis(middle(paints)), "≤ 506 ms (no break due: a new process)"},
		{"RSS after 5 break windows", fmt.Sprintf("%.1f MB (%+.1f MB)", mb(after.rss), mb(after.rss-idle.rss)), "within 2 MB"},
		{"  of which anonymous", fmt.Sprintf("%.1f MB (%+.1f MB)", mb(after.anon), mb(after.anon-idle.anon)), ""},
		{"RSS 20 s later, settled", fmt.Sprintf("%.1f MB (%+.1f MB)", mb(settled.rss), mb(settled.rss-idle.rss)), "within 1 MB"},
		{"  of which anonymous", fmt.Sprintf("%.1f MB (%+.1f MB)", mb(settled.anon), mb(settled.anon-idle.anon)), ""},
		{"window processes left", fmt.Sprint(len(s.windowProcesses())), "0"},
	}
	fmt.Println()
	for _, line := range strings.Split(s.log.String(), "\n") {
		if _, sources, ok := strings.Cut(line, "Posture Break follows: "); ok {
			fmt.Println("presence sources:", sources)
		}
	}
	fmt.Printf("%-44s %-26s %s\n", "figure", "measured", "bar")
	for _, r := range rows {
		fmt.Printf("%-44s %-26s %s\n", r.what, r.value, r.bar)
	}
	b.ReportMetric(mb(idle.rss), "idle-RSS-MB")
	b.ReportMetric(mb(idle.anon), "idle-RssAnon-MB")
	b.ReportMetric((idle.cpu - start.cpu).Seconds(), "idle-CPU-s")
	b.ReportMetric(float64(idle.switches-start.switches), "idle-ctxsw")
	b.ReportMetric(float64(len(gl)), "GL-libs")
	b.ReportMetric(float64(median.Milliseconds()), "click-to-map-ms")
	b.ReportMetric(mb(after.rss-idle.rss), "RSS-growth-MB")
	b.ReportMetric(mb(settled.rss-idle.rss), "settled-RSS-growth-MB")
}

// BenchmarkBreakWindowAnimating prints what the break window process costs
// while its picture plays the movement (its main step: TestTheBreakWindow-
// PictureMoves shows that it moves there): CPU over 10 s, as a share of
// one core, under Xvfb with software GL. The budget is 25% of one core.
func BenchmarkBreakWindowAnimating(b *testing.B) {
	s := newSession(b, options{settings: `{"break_minutes": 5}`})
	s.startDaemon()
	s.panel().waitStatus(10*time.Second, func(l string) bool { return strings.HasPrefix(l, "Next break") }, "the tray is up")
	if out, code := s.run("break-now"); code != 0 {
		b.Fatalf("break-now: %d %s", code, out)
	}
	s.waitMapped(breakTitle, 20*time.Second)
	pid := s.windowProcess(10*time.Second, "the break window's process is found")
	time.Sleep(30 * time.Second) // past its start and the set-up steps (a still each, up to 8 s), into the movement
	before := measure(b, pid)
	time.Sleep(10 * time.Second)
	after := measure(b, pid)
	share := (after.cpu - before.cpu).Seconds() / 10
	fmt.Println()
	fmt.Printf("%-44s %-26s %s\n", "break window, animating: CPU", fmt.Sprintf("%.0f%% of a core", share*100), "≤ 25%")
	fmt.Printf("%-44s %-26s %s\n", "break window, animating: RSS", fmt.Sprintf("%.1f MB", float64(after.rss)/1024), "")
	b.ReportMetric(share*100, "window-CPU-%")
}

// BenchmarkNotificationClick prints the time from a click on a due break's
// notification (`dunstctl action 0`, its start included) to the break
// window mapped and painted, as users take it: the window was made ready,
// hidden, when the break fell due. And what that costs: the memory held
// while the break is due, by the daemon and the ready window.
func BenchmarkNotificationClick(b *testing.B) {
	s := newSession(b, options{settings: `{"work_minutes": 1, "break_minutes": 1}`})
	s.startDaemon()
	p := s.panel()
	timer := s.mapTimer(b)
	var toMap, toPaint []time.Duration
	var ready, daemon usage
	for i := range 5 {
		p.waitStatus(100*time.Second, func(l string) bool { return l == "Break due" }, "a break falls due")
		eventually(b, 10*time.Second, "dunst shows the notification", func() bool { return s.displayedNotifications() == 1 })
		pid := s.windowProcess(20*time.Second, "the break window is ready")
		time.Sleep(3 * time.Second) // it has built its window, and the machine is quiet again
		ready, daemon = measure(b, pid), measure(b, s.pid())
		clicked := time.Now()
		if _, err := s.x("dunstctl", "action", "0"); err != nil {
			b.Fatalf("dunstctl action: %v", err)
		}
		mapped, painted := timer.wait(b, breakTitle, 20*time.Second)
		toMap, toPaint = append(toMap, mapped.Sub(clicked)), append(toPaint, painted.Sub(clicked))
		s.keyToClose(s.waitMapped(breakTitle, 5*time.Second), "Escape")
		s.waitRecords(i + 1)
		s.waitNoWindows()
	}
	fmt.Println()
	fmt.Printf("%-44s %-26s %s\n", "notification click to window mapped, median", millis(middle(toMap)), "")
	fmt.Printf("%-44s %-26s %s\n", "notification click to window painted, median", millis(middle(toPaint)), "≤ 215 ms")
	fmt.Printf("%-44s %-26s %s\n", "  (all five, painted)", fmt.Sprint(toPaint), "")
	fmt.Printf("%-44s %-26s %s\n", "while due: the daemon's RSS", fmt.Sprintf("%.1f MB", float64(daemon.rss)/1024), "")
	fmt.Printf("%-44s %-26s %s\n", "while due: the ready window's RSS", fmt.Sprintf("%.1f MB (anonymous %.1f MB)", float64(ready.rss)/1024, float64(ready.anon)/1024), "")
	b.ReportMetric(float64(middle(toPaint).Milliseconds()), "click-to-paint-ms")
	b.ReportMetric(float64(ready.rss)/1024, "ready-RSS-MB")
}

// middle is the median of some times.
func middle(d []time.Duration) time.Duration {
	d = slices.Clone(d)
	slices.Sort(d)
	return d[len(d)/2]
}

// millis writes a time in milliseconds.
func millis(d time.Duration) string { return fmt.Sprintf("%.0f ms", float64(d.Microseconds())/1000) }

// BenchmarkPostureCheck prints what one posture check costs the daemon:
// the CPU it takes to show it (through dunst) and record it, and its
// memory after, and once settled. The check comes 40 s after the start:
// the stretch of work began 40 s short of ten minutes before.
func BenchmarkPostureCheck(b *testing.B) {
	s := newSession(b, options{settings: `{"posture_check_minutes": 10}`})
	s.startedWorking(10*time.Minute - 40*time.Second)
	s.startDaemon()
	pid := s.pid()
	time.Sleep(25 * time.Second) // past start-up, and the settling 10 s after it
	before := measure(b, pid)
	recs := s.waitRecords(1)
	if recs[0].Outcome != history.Check {
		b.Fatalf("history %+v, want a check", recs)
	}
	time.Sleep(2 * time.Second)
	after := measure(b, pid)
	time.Sleep(20 * time.Second)
	settled := measure(b, pid)
	mb := func(kb int64) float64 { return float64(kb) / 1024 }
	fmt.Println()
	fmt.Printf("%-44s %s\n", "one posture check: CPU", fmt.Sprintf("%.3f s", (after.cpu-before.cpu).Seconds()))
	fmt.Printf("%-44s %s\n", "  context switches", fmt.Sprint(after.switches-before.switches))
	fmt.Printf("%-44s %s\n", "  RSS before it", fmt.Sprintf("%.1f MB, RssAnon %.1f MB", mb(before.rss), mb(before.anon)))
	fmt.Printf("%-44s %s\n", "  RSS after it", fmt.Sprintf("%.1f MB (%+.1f MB)", mb(after.rss), mb(after.rss-before.rss)))
	fmt.Printf("%-44s %s\n", "  RSS 20 s later, settled", fmt.Sprintf("%.1f MB (%+.1f MB), RssAnon %.1f MB", mb(settled.rss), mb(settled.rss-before.rss), mb(settled.anon)))
	b.ReportMetric((after.cpu - before.cpu).Seconds(), "check-CPU-s")
	b.ReportMetric(mb(settled.rss-before.rss), "check-settled-RSS-growth-MB")
}

// BenchmarkReturn prints how soon the tray shows a user's return, from
// the input to the item's signal that its menu or icon changed, which is
// what a panel redraws on: twice, each after a minute away, with X11's
// idle time as the only idle source (SYNC IDLETIME alarms).
func BenchmarkReturn(b *testing.B) {
	s := newSession(b, options{away: true, settings: `{"work_minutes": 30, "break_minutes": 1}`})
	s.startDaemon()
	s.waitLog("idle time from X11's SYNC IDLETIME alarms")
	p := s.panel()
	var took []time.Duration
	for range 2 {
		s.input()
		p.waitStatus(2*time.Minute, func(l string) bool { return strings.HasPrefix(l, "Away since ") }, "the tray says the user is away")
		changed := p.changes()
		back := time.Now()
		s.input()
		select {
		case at := <-changed:
			took = append(took, at.Sub(back))
		case <-time.After(30 * time.Second):
			b.Fatal("the tray did not change within 30 s of the return")
		}
		p.waitStatus(10*time.Second, func(l string) bool { return strings.HasPrefix(l, "Next break") }, "back at work")
	}
	fmt.Println()
	fmt.Printf("%-44s %s\n", "return to the tray's change (X11, SYNC)", fmt.Sprint(took))
	b.ReportMetric(float64(slices.Max(took).Milliseconds()), "return-ms")
}

// BenchmarkTrim prints what daemon/trim_linux.go saves: the idle daemon's
// RSS 20 s after start-up (once it has settled), built with it and
// without (the notrim tag), one after the other in the same desktop. The
// trim stays only while it is worth a megabyte.
func BenchmarkTrim(b *testing.B) {
	untrimmed := filepath.Join(b.TempDir(), "posturebreak")
	build := exec.Command("go", "build", "-tags", "notrim", "-o", untrimmed, "posturebreak")
	build.Env = append(os.Environ(), "CGO_ENABLED=0")
	if out, err := build.CombinedOutput(); err != nil {
		b.Fatalf("building without the trim: %v\n%s", err, out)
	}
	if err := os.Symlink(windowBinary, filepath.Join(filepath.Dir(untrimmed), protocol.Program)); err != nil {
		b.Fatal(err)
	}
	rss := map[string]usage{}
	for _, daemon := range []struct{ name, path string }{{"with the trim", binary}, {"without", untrimmed}} {
		s := newSession(b, options{away: true})
		s.startDaemonFrom(daemon.path)
		s.panel().waitStatus(10*time.Second, func(l string) bool { return strings.HasPrefix(l, "Next break") }, "the tray is up")
		time.Sleep(20 * time.Second) // past start-up, and the settling 10 s after it
		rss[daemon.name] = measure(b, s.pid())
		s.daemon.Process.Signal(syscall.SIGTERM)
		s.waitExit(10 * time.Second)
	}
	with, without := rss["with the trim"], rss["without"]
	fmt.Println()
	fmt.Printf("%-44s %-26s %s\n", "idle RSS with the trim, without", fmt.Sprintf("%.1f MB, %.1f MB", float64(with.rss)/1024, float64(without.rss)/1024), "")
	fmt.Printf("%-44s %-26s %s\n", "  of which anonymous", fmt.Sprintf("%.1f MB, %.1f MB", float64(with.anon)/1024, float64(without.anon)/1024), "")
	fmt.Printf("%-44s %-26s %s\n", "what the trim saves", fmt.Sprintf("%.1f MB", float64(without.rss-with.rss)/1024), "≥ 1 MB, or it goes")
}
