//go:build e2e

package e2e

import (
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"syscall"
	"testing"
	"time"

	"posturebreak/exercises"
	"posturebreak/history"
)

const (
	breakTitle    = "Break · Posture Break"
	settingsTitle = "Settings · Posture Break"
	welcomeTitle  = "Welcome · Posture Break"
	aboutTitle    = "About · Posture Break"
)

func (s *session) records() []history.Record {
	recs, bad, err := history.Read(s.historyFile())
	if err != nil || bad != 0 {
		s.t.Fatalf("history: %d unreadable lines, %v", bad, err)
	}
	return recs
}

func (s *session) waitRecords(n int) []history.Record {
	s.t.Helper()
	var got []history.Record
	eventually(s.t, 15*time.Second, "the history has a new line", func() bool {
		got = s.records()
		return len(got) >= n
	})
	return got
}

func (s *session) waitNoWindows() {
	s.t.Helper()
	eventually(s.t, 10*time.Second, "no window process remains", func() bool { return len(s.windowProcesses()) == 0 })
}

// labels are the labels of the top-level entries a user sees.
func labels(items []menuItem) []string {
	var out []string
	for _, m := range items {
		if m.kind != "separator" && m.visible && !strings.Contains(m.label, "/") {
			out = append(out, m.label)
		}
	}
	return out
}

// The whole story, in order: the tray registers, a break falls due
// through the real timer, dunst shows it, its default action opens the
// break window, Done is recorded, "Take a break now" opens a window at
// once, the settings process changes the interval, and Quit ends it all.
func TestAWorkingDay(t *testing.T) {
	t.Parallel()
	s := newSession(t, options{settings: `{"work_minutes": 1, "break_minutes": 1}`})
	notes := s.monitorNotifications(t)
	s.startDaemon()

	// 1. The tray registers, and its menu is read over dbusmenu.
	p := s.panel()
	p.waitStatus(10*time.Second, func(l string) bool { return l != "" }, "the status line is filled in")
	if got, want := labels(p.items()), []string{"Next break in 1 min", "Take a break now", "Stiff right now?", "Pause", "Settings…", "History…", "About Posture Break", "Quit Posture Break"}; !slices.Equal(got, want) {
		t.Fatalf("menu %q, want %q", got, want)
	}
	if px := p.property("IconPixmap").Value(); px == nil {
		t.Fatal("no icon")
	}

	// 2, 3. The break falls due through the real timer, and dunst shows it.
	p.waitStatus(80*time.Second, func(l string) bool { return l == "Break due" }, "the tray says a break is due")
	eventually(t, 10*time.Second, "dunst shows the notification", func() bool { return s.displayedNotifications() >= 1 })
	var n sent
	for _, x := range notes.all() {
		if len(x.actions) > 0 {
			n = x
		}
	}
	if n.app != "Posture Break" || !strings.Contains(n.summary, "break") || !strings.Contains(n.body, "1 min") {
		t.Fatalf("notification %q / %q / %q", n.app, n.summary, n.body)
	}
	if !slices.Contains(n.actions, "default") || !slices.Contains(n.actions, "snooze") || !slices.Contains(n.actions, "skip") {
		t.Fatalf("actions %q", n.actions)
	}
	if _, ok := n.hints["image-data"]; !ok {
		t.Fatal("the notification carries no icon")
	}

	if got := labels(p.items()); !slices.Contains(got, "Snooze 5 min") || !slices.Contains(got, "Skip this break") {
		t.Fatalf("a due break's menu %q offers no Snooze and Skip", got)
	}

	// 4, 5. Its default action opens the break window.
	if _, err := s.x("dunstctl", "action", "0"); err != nil {
		t.Fatalf("dunstctl action: %v", err)
	}
	win := s.waitMapped(breakTitle, 20*time.Second)
	s.screenshot(win, "break-window.png")
	p.waitStatus(5*time.Second, func(l string) bool { return l == "On a break" }, "the tray says a break is on")

	// 6. Done is clicked, and a history line appears.
	s.clickFromBottomRight(win, 50, 26)
	recs := s.waitRecords(1)
	if recs[0].Outcome != history.Done || recs[0].Exercise == "" || !strings.Contains(n.body, exerciseName(t, recs[0].Exercise)) {
		t.Fatalf("history %+v for notification %q", recs, n.body)
	}
	s.waitNoWindows()

	// 7. "Take a break now" opens a window at once, with no notification.
	before := len(notes.all())
	p.click("Take a break now")
	win = s.waitMapped(breakTitle, 20*time.Second)
	if len(notes.all()) != before {
		t.Fatal("Take a break now sent a notification")
	}
	// The window draws with GL, and the daemon never loads a GL driver.
	if windows := s.windowProcesses(); len(windows) != 1 || len(glLoaded(t, windows[0])) == 0 {
		t.Fatalf("window processes %v: the break window should have a GL driver mapped", windows)
	}
	if gl := glLoaded(t, s.pid()); len(gl) > 0 {
		t.Fatalf("the daemon has mapped %v", gl)
	}
	s.keyToClose(win, "Escape") // closing counts as a skip
	if recs := s.waitRecords(2); recs[1].Outcome != history.Skipped {
		t.Fatalf("Escape recorded %+v", recs[1])
	}
	s.waitNoWindows()

	// 8. The settings process changes the interval, and the tray follows.
	p.click("Settings…")
	win = s.waitMapped(settingsTitle, 20*time.Second)
	s.screenshot(win, "settings-window.png")
	s.x("xdotool", "windowfocus", "--sync", win)
	s.key(win, "Tab")                 // the work interval field
	s.key(win, "ctrl+a", "BackSpace") // clear it
	s.x("xdotool", "type", "--window", win, "30")
	s.keyToClose(win, "Return") // Enter saves
	p.waitStatus(20*time.Second, regexp.MustCompile(`^Next break in (29|30) min$`).MatchString, "the tray shows the new interval")
	if b, _ := os.ReadFile(s.settingsFile()); !strings.Contains(string(b), `"work_minutes": 30`) {
		t.Fatalf("settings file %s", b)
	}
	s.waitNoWindows()

	// 9. Quit, with a break window open, exits 0 and leaves no window behind.
	p.click("Take a break now")
	s.waitMapped(breakTitle, 20*time.Second)
	p.click("Quit Posture Break")
	if err := s.waitExit(15 * time.Second); err != nil {
		t.Fatalf("quit: %v", err)
	}
	s.waitNoWindows()
}

func exerciseName(t testing.TB, id string) string {
	e, ok := exercises.ByID(id)
	if !ok {
		t.Fatalf("unknown exercise %q", id)
	}
	return e.Name
}

// The first run introduces the app, once; About is in the tray.
func TestTheFirstRunIntroducesTheApp(t *testing.T) {
	t.Parallel()
	s := newSession(t, options{firstRun: true})
	s.startDaemon()
	win := s.waitMapped(welcomeTitle, 20*time.Second)
	s.screenshot(win, "welcome-window.png")
	s.keyToClose(win, "Return")
	s.waitNoWindows()
	p := s.panel()
	p.click("Quit Posture Break")
	if err := s.waitExit(15 * time.Second); err != nil {
		t.Fatal(err)
	}

	again := s.restart()
	again.startDaemon()
	p = again.panel()
	p.waitStatus(10*time.Second, func(l string) bool { return strings.HasPrefix(l, "Next break") }, "the tray is up")
	if again.mapped(welcomeTitle) != "" {
		t.Fatal("the introduction came again")
	}
	p.click("About Posture Break")
	win = again.waitMapped(aboutTitle, 20*time.Second)
	again.screenshot(win, "about-window.png")
	again.keyToClose(win, "Escape")
	again.waitNoWindows()
}

// Editing the file by hand takes effect at once, and a second launch opens
// the settings of the running daemon and exits 0.
func TestTheFileAndASecondLaunch(t *testing.T) {
	t.Parallel()
	s := newSession(t, options{})
	s.startDaemon()
	p := s.panel()
	p.waitStatus(10*time.Second, func(l string) bool { return l == "Next break in 45 min" }, "the defaults are in use")
	s.writeSettings(`{"work_minutes": 20, "break_minutes": 3}`)
	p.waitStatus(10*time.Second, func(l string) bool { return l == "Next break in 20 min" }, "the tray follows the file")

	out, code := s.run()
	if code != 0 || !strings.Contains(out, "already running") {
		t.Fatalf("second launch: exit %d, %q", code, out)
	}
	win := s.waitMapped(settingsTitle, 20*time.Second)
	s.keyToClose(win, "Escape")
	s.waitNoWindows()
	if s.hasExited() {
		t.Fatal("the first daemon exited")
	}
}

// A settings file that cannot be read is kept aside, the user is told, and
// the app runs on the defaults.
func TestABadSettingsFileIsKeptAndTold(t *testing.T) {
	t.Parallel()
	s := newSession(t, options{settings: "{\"work_minutes\": 30, \"break_min"})
	notes := s.monitorNotifications(t)
	s.startDaemon()
	p := s.panel()
	p.waitStatus(10*time.Second, func(l string) bool { return l == "Next break in 45 min" }, "the defaults are in use")
	kept, _ := filepath.Glob(s.settingsFile() + ".bad-*")
	if len(kept) != 1 {
		t.Fatalf("kept %v", kept)
	}
	eventually(t, 10*time.Second, "the user is told", func() bool {
		for _, n := range notes.all() {
			if strings.Contains(n.body, filepath.Base(kept[0])) {
				return true
			}
		}
		return false
	})
}

// Without a tray host the daemon says so plainly and keeps firing breaks.
func TestNoTrayStillRemindsYou(t *testing.T) {
	t.Parallel()
	s := newSession(t, options{noTray: true, settings: `{"work_minutes": 1}`})
	s.startDaemon()
	eventually(t, 10*time.Second, "the log says there is no tray", func() bool {
		return strings.Contains(s.log.String(), "no system tray")
	})
	eventually(t, 80*time.Second, "dunst shows a break", func() bool { return s.displayedNotifications() >= 1 })
}

// Without a notification server, a due break opens its window by itself.
func TestNoNotificationServerOpensTheWindow(t *testing.T) {
	t.Parallel()
	s := newSession(t, options{noNotifications: true, settings: `{"work_minutes": 1}`})
	s.startDaemon()
	win := s.waitMapped(breakTitle, 90*time.Second)
	s.keyToClose(win, "Return") // Enter means Done
	if recs := s.waitRecords(1); recs[0].Outcome != history.Done {
		t.Fatalf("history %+v", recs)
	}
}

// A break window that crashes is recorded as failed, and the daemon goes on.
func TestACrashedWindowIsRecorded(t *testing.T) {
	t.Parallel()
	s := newSession(t, options{})
	s.startDaemon()
	p := s.panel()
	p.click("Take a break now")
	s.waitMapped(breakTitle, 20*time.Second)
	for _, pid := range s.windowProcesses() {
		syscall.Kill(pid, syscall.SIGKILL)
	}
	recs := s.waitRecords(1)
	if recs[0].Outcome != history.Failed || recs[0].Detail == "" {
		t.Fatalf("history %+v", recs)
	}
	p.waitStatus(10*time.Second, func(l string) bool { return l == "Next break in 45 min" }, "the timer goes on")
}

// A settings file broken by hand while the app runs is never moved by the
// settings window: it opens on the settings in use, and closing it leaves
// the file as the user left it.
func TestTheSettingsWindowLeavesABrokenFileAlone(t *testing.T) {
	t.Parallel()
	s := newSession(t, options{settings: `{"work_minutes": 20}`})
	s.startDaemon()
	p := s.panel()
	p.waitStatus(10*time.Second, func(l string) bool { return l == "Next break in 20 min" }, "the settings are in use")
	broken := `{"work_minutes": 30, "break_`
	s.writeSettings(broken)
	out, code := s.run("settings")
	if code != 0 {
		t.Fatalf("posturebreak settings: exit %d, %s", code, out)
	}
	win := s.waitMapped(settingsTitle, 20*time.Second)
	s.screenshot(win, "settings-broken-file.png")
	s.keyToClose(win, "Escape")
	s.waitNoWindows()
	if b, err := os.ReadFile(s.settingsFile()); err != nil || string(b) != broken {
		t.Fatalf("the file now holds %q (%v)", b, err)
	}
	if kept, _ := filepath.Glob(s.settingsFile() + ".bad-*"); len(kept) != 0 {
		t.Fatalf("moved aside: %v", kept)
	}
	if st := s.statusJSON(); st.Line != "Next break in 20 min" && st.Line != "Next break in 19 min" {
		t.Fatalf("the daemon now runs on %q", st.Line)
	}
}

// A named pipe where the settings file should be never hangs the start:
// the tray comes up on the defaults, and the bus answers.
func TestANamedPipeForSettingsDoesNotHangTheStart(t *testing.T) {
	t.Parallel()
	s := newSession(t, options{away: true}) // no settings file: the pipe is in its place
	os.MkdirAll(filepath.Dir(s.settingsFile()), 0o755)
	if err := syscall.Mkfifo(s.settingsFile(), 0o644); err != nil {
		t.Fatal(err)
	}
	s.startDaemon()
	s.panel().waitStatus(10*time.Second, func(l string) bool { return l == "Next break in 45 min" }, "the defaults are in use")
	if st := s.statusJSON(); st.State != "working" {
		t.Fatalf("status %+v", st)
	}
}

// A window that cannot open the display says so in one line and exits
// with its own code, with no panic or Go trace; the daemon tells the user
// once, and goes on. The daemon runs with a display that is not there;
// dunst and the tray, started before, have the real one.
func TestAWindowWithNoDisplaySaysSoOnce(t *testing.T) {
	t.Parallel()
	s := newSession(t, options{firstRun: true})
	notes := s.monitorNotifications(t)
	for i, kv := range s.env {
		if strings.HasPrefix(kv, "DISPLAY=") {
			s.env[i] = "DISPLAY=:1999" // no such server
		}
	}
	s.startDaemon()
	p := s.panel()
	p.click("Take a break now")
	recs := s.waitRecords(1)
	if recs[0].Outcome != history.Failed {
		t.Fatalf("history %+v, want the break failed", recs)
	}
	p.click("Take a break now")
	s.waitRecords(2)
	log := s.log.String()
	if n := strings.Count(log, "posturebreak-window: cannot open the display :1999"); n < 3 { // the introduction, two breaks
		t.Fatalf("the window said it cannot open the display %d times, want once per window:\n%s", n, log)
	}
	if strings.Contains(log, "panic") || strings.Contains(log, "goroutine ") {
		t.Fatalf("a window panicked:\n%s", log)
	}
	told := 0
	for _, n := range notes.all() {
		if strings.Contains(n.body, "cannot open on this display") {
			told++
		}
	}
	if told != 1 {
		t.Fatalf("told %d times that the windows cannot open, want once", told)
	}
}
