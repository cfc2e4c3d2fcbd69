//go:build e2e

package e2e

import (
	"bufio"
	"bytes"
	"cmp"
	"encoding/json"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/godbus/dbus/v5"

	"posturebreak/bustest"
	"posturebreak/protocol"
)

// binary is the posturebreak built for this run (TestMain), and
// windowBinary the window program beside it, where the daemon finds it.
var binary, windowBinary string

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "posturebreak-e2e")
	if err != nil {
		panic(err)
	}
	binary = filepath.Join(dir, "posturebreak")
	windowBinary = filepath.Join(dir, protocol.Program)
	// Not built with -race: fyne.io/systray v1.12.2 races with itself
	// (GetLayout's deferred refresh writes the menu version unlocked), and
	// the daemon's own code is race-tested in its unit tests. The daemon
	// is built without cgo, as make build builds it.
	for _, b := range []struct{ out, pkg, cgo string }{{binary, "posturebreak", "0"}, {windowBinary, "posturebreak/cmd/posturebreak-window", "1"}} {
		build := exec.Command("go", "build", "-o", b.out, b.pkg)
		build.Env = append(os.Environ(), "CGO_ENABLED="+b.cgo)
		build.Stdout, build.Stderr = os.Stdout, os.Stderr
		if err := build.Run(); err != nil {
			fmt.Fprintln(os.Stderr, "building", b.pkg+":", err)
			os.Exit(1)
		}
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// options choose which parts of a desktop a session has.
type options struct {
	noTray          bool // no StatusNotifierWatcher
	noNotifications bool // no dunst
	firstRun        bool // the app has never run here: it introduces itself
	settings        string
	// away lets the daemon count time without input as time away. Xvfb
	// gets no input unless a test makes some, so without it every
	// settings file this session writes says away_counts_as_break: false.
	away      bool
	systemBus bool // a private bus stands in for the system bus (for a fake logind)
	// gnomeShell runs a real GNOME Shell, headless, in place of Xvfb, dunst
	// and the tray watcher: its Xwayland is the display, and it serves the
	// notifications, the tray (the AppIndicators extension) and idle.
	gnomeShell bool
	lang       string // the session's LANG; en_US.UTF-8 if empty
}

// session is one private desktop: an X server, a session bus, a
// notification daemon, a tray watcher, and the daemon under test.
type session struct {
	t       testing.TB
	home    string
	display string     // the session's X server, e.g. ":12"
	addr    string     // its private session bus
	system  string     // the bus standing in for the system bus, if any
	away    bool       // settings may count time away
	env     []string   // what every program of the session runs with: never the outer desktop's bus or display
	bus     *dbus.Conn // the test's own connection
	watcher *watcher

	daemon *exec.Cmd
	exited chan struct{}
	status error
	log    lockedBuffer
}

func newSession(t testing.TB, o options) *session {
	t.Helper()
	s := &session{t: t, home: t.TempDir(), exited: make(chan struct{}), away: o.away}
	if !o.gnomeShell {
		s.display = startX(t)
	}
	s.addr = bustest.Start(t)
	s.system = "unix:path=" + filepath.Join(s.home, "no-system-bus") // never the machine's own logind
	if o.systemBus || o.gnomeShell {                                 // the shell's JavaScript throws at start-up without a system bus
		s.system = bustest.Start(t)
	}
	s.env = environ(map[string]string{
		"DISPLAY": s.display, "DBUS_SESSION_BUS_ADDRESS": s.addr, "HOME": s.home, "LANG": cmp.Or(o.lang, "en_US.UTF-8"),
		"LANGUAGE": "", "LC_ALL": "", "LC_MESSAGES": "",
		"XDG_CONFIG_HOME": filepath.Join(s.home, ".config"), "XDG_DATA_HOME": filepath.Join(s.home, ".local/share"),
		"XDG_STATE_HOME": filepath.Join(s.home, ".local/state"), "XDG_RUNTIME_DIR": s.home,
		"DBUS_SYSTEM_BUS_ADDRESS": s.system, "XDG_SESSION_ID": "",
	})
	s.userDirs()
	s.bus = bustest.Connect(t, s.addr)
	if o.gnomeShell {
		s.startGnomeShell()
		o.noNotifications, o.noTray = true, true // the shell's own
	}
	if !o.noNotifications {
		s.startDunst()
	}
	if !o.noTray {
		s.watcher = startWatcher(t, bustest.Connect(t, s.addr))
	}
	if o.settings != "" || !o.away {
		s.writeSettings(o.settings)
	}
	if !o.firstRun { // it has introduced itself before
		state := filepath.Join(s.home, ".local", "state", "posturebreak", "state.json")
		os.MkdirAll(filepath.Dir(state), 0o755)
		os.WriteFile(state, []byte(`{"introduced": true}`), 0o644)
	}
	return s
}

// restart is the same desktop, ready for another daemon to start in it.
func (s *session) restart() *session {
	return &session{t: s.t, home: s.home, display: s.display, addr: s.addr, system: s.system, away: s.away, env: s.env, bus: s.bus, watcher: s.watcher, exited: make(chan struct{})}
}

// environ is this process's environment with the session's own values
// in place of the outer ones, and nothing of the outer desktop's session
// (its bus's PID, its Wayland display) left over.
func environ(own map[string]string) []string {
	var env []string
	for _, kv := range os.Environ() {
		key, _, _ := strings.Cut(kv, "=")
		if _, mine := own[key]; !mine && key != "DBUS_SESSION_BUS_PID" && key != "WAYLAND_DISPLAY" {
			env = append(env, kv)
		}
	}
	for key, v := range own {
		env = append(env, key+"="+v)
	}
	return env
}

// startX runs Xvfb on a free display, of a laptop's 1280×800, and returns
// it, e.g. ":12".
func startX(t testing.TB) string { return startXOf(t, "1280x800") }

// startXOf runs Xvfb with a screen of size pixels ("1920x1080").
func startXOf(t testing.TB, size string) string {
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command("Xvfb", "-displayfd", "3", "-nolisten", "tcp", "-screen", "0", size+"x24")
	cmd.ExtraFiles = []*os.File{w}
	if err := cmd.Start(); err != nil {
		t.Fatalf("starting Xvfb (install xvfb): %v", err)
	}
	w.Close()
	stopByPID(t, cmd)
	line, err := bufio.NewReader(r).ReadString('\n')
	r.Close()
	if err != nil {
		t.Fatalf("Xvfb gave no display: %v", err)
	}
	return ":" + strings.TrimSpace(line)
}

// userDirs gives the home folder its Documents, Downloads and the rest,
// named in ~/.config/user-dirs.dirs, as xdg-user-dirs-update does when a
// desktop session first starts. Fyne's file dialog asks for them.
func (s *session) userDirs() {
	var conf strings.Builder
	for _, d := range [][2]string{{"DESKTOP", "Desktop"}, {"DOCUMENTS", "Documents"}, {"DOWNLOAD", "Downloads"}, {"MUSIC", "Music"},
		{"PICTURES", "Pictures"}, {"PUBLICSHARE", "Public"}, {"TEMPLATES", "Templates"}, {"VIDEOS", "Videos"}} {
		if err := os.MkdirAll(filepath.Join(s.home, d[1]), 0o755); err != nil {
			s.t.Fatal(err)
		}
		fmt.Fprintf(&conf, "XDG_%s_DIR=\"$HOME/%s\"\n", d[0], d[1])
	}
	os.MkdirAll(filepath.Join(s.home, ".config"), 0o755)
	if err := os.WriteFile(filepath.Join(s.home, ".config", "user-dirs.dirs"), []byte(conf.String()), 0o644); err != nil {
		s.t.Fatal(err)
	}
}

// startHelper runs a program of the desktop in the session, stopped by its
// PID when the test ends.
func (s *session) startHelper(name string, args ...string) {
	cmd := exec.Command(name, args...)
	cmd.Env = s.env
	if err := cmd.Start(); err != nil {
		s.t.Fatalf("starting %s (make test installs it): %v", name, err)
	}
	stopByPID(s.t, cmd)
}

func (s *session) startDunst() {
	conf := filepath.Join(s.home, "dunstrc")
	os.WriteFile(conf, []byte("[global]\n    font = Monospace 9\n"), 0o644)
	cmd := exec.Command("dunst", "-config", conf)
	cmd.Env = s.env
	if err := cmd.Start(); err != nil {
		s.t.Fatalf("starting dunst (install dunst): %v", err)
	}
	stopByPID(s.t, cmd)
	eventually(s.t, 10*time.Second, "dunst owns org.freedesktop.Notifications", func() bool {
		return s.hasName("org.freedesktop.Notifications")
	})
}

// stopByPID ends a helper by the PID it was started with, when the test
// ends: never by name, which could hit someone else's.
func stopByPID(t testing.TB, cmd *exec.Cmd) {
	t.Cleanup(func() {
		cmd.Process.Signal(syscall.SIGTERM)
		done := make(chan struct{})
		go func() { cmd.Wait(); close(done) }()
		select {
		case <-done:
		case <-time.After(5 * time.Second):
			cmd.Process.Kill()
			<-done
		}
	})
}

func (s *session) hasName(name string) bool {
	var has bool
	s.bus.BusObject().Call("org.freedesktop.DBus.NameHasOwner", 0, name).Store(&has)
	return has
}

func (s *session) settingsFile() string {
	return filepath.Join(s.home, ".config", "posturebreak", "settings.json")
}

func (s *session) historyFile() string {
	return filepath.Join(s.home, ".local", "share", "posturebreak", "history.jsonl")
}

// writeSettings writes the settings file. Unless the session counts time
// away, a settings object that does not say is told not to: Xvfb has no
// input, so the user would soon look away.
func (s *session) writeSettings(content string) {
	var fields map[string]any
	if content == "" {
		content = "{}"
	}
	if json.Unmarshal([]byte(content), &fields) == nil && fields != nil && !s.away {
		if _, said := fields["away_counts_as_break"]; !said {
			fields["away_counts_as_break"] = false
			b, _ := json.Marshal(fields)
			content = string(b)
		}
	}
	os.MkdirAll(filepath.Dir(s.settingsFile()), 0o755)
	if err := os.WriteFile(s.settingsFile(), []byte(content), 0o644); err != nil {
		s.t.Fatal(err)
	}
}

// run runs posturebreak with args in the session and waits for it.
func (s *session) run(args ...string) (string, int) { return s.runWith(s.env, args...) }

// runWith runs posturebreak with args in the environment env.
func (s *session) runWith(env []string, args ...string) (string, int) {
	cmd := exec.Command(binary, args...)
	cmd.Env = env
	out, err := cmd.CombinedOutput()
	code := 0
	if err != nil {
		code = -1
		if ee, ok := err.(*exec.ExitError); ok {
			code = ee.ExitCode()
		}
	}
	if bytes.Contains(out, []byte("Fyne error")) { // posturebreak history runs a window of its own
		s.t.Errorf("Fyne logged an error for posturebreak %v: %s", args, out)
	}
	return string(out), code
}

// startDaemon starts the tray daemon and waits until it holds its name.
func (s *session) startDaemon() { s.startDaemonFrom(binary) }

// startDaemonFrom starts the tray daemon from the program at path, with the
// window program beside it.
func (s *session) startDaemonFrom(path string) {
	s.daemon = exec.Command(path)
	s.daemon.Env = s.env
	s.daemon.Stdout, s.daemon.Stderr = &s.log, &s.log
	if err := s.daemon.Start(); err != nil {
		s.t.Fatal(err)
	}
	go func() {
		s.status = s.daemon.Wait()
		close(s.exited)
	}()
	s.t.Cleanup(func() {
		if !s.hasExited() {
			s.daemon.Process.Signal(syscall.SIGTERM)
			s.waitExit(10 * time.Second)
		}
		s.fyneIsQuiet()
		s.noFynePreferences()
		if s.t.Failed() {
			s.t.Logf("daemon log:\n%s", s.log.String())
		}
	})
	eventually(s.t, 20*time.Second, "the daemon owns its bus name", func() bool {
		return s.hasName("io.github.posturebreak.PostureBreak") || s.hasExited()
	})
	if s.hasExited() {
		s.t.Fatalf("the daemon exited at start: %v\n%s", s.status, s.log.String())
	}
}

// fyneIsQuiet fails the test if Fyne logged an error in the daemon's log,
// which holds what its windows wrote to stderr too: every test of the
// suite checks it, so a "Fyne error" line anywhere fails the suite. (A
// window reading Fyne's preferences file as another writes it logged
// "Preferences load error: EOF".)
func (s *session) fyneIsQuiet() {
	for _, line := range strings.Split(s.log.String(), "\n") {
		if strings.Contains(line, "Fyne error") {
			s.t.Errorf("Fyne logged an error: %s", line)
		}
	}
}

// noFynePreferences fails the test if a window wrote Fyne's preferences
// file: the app keeps nothing there, and two windows at once would race
// on it.
func (s *session) noFynePreferences() {
	filepath.WalkDir(filepath.Join(s.home, ".config", "fyne"), func(path string, d fs.DirEntry, err error) error {
		if err == nil && d.Name() == "preferences.json" {
			s.t.Errorf("a window wrote Fyne's preferences: %s", path)
		}
		return nil
	})
}

func (s *session) hasExited() bool {
	select {
	case <-s.exited:
		return true
	default:
		return false
	}
}

// waitExit waits for the daemon to exit. If it does not in time, it is
// made to print where each of its goroutines is (SIGQUIT), and the test
// fails with that and the rest of its log.
func (s *session) waitExit(timeout time.Duration) error {
	select {
	case <-s.exited:
		return s.status
	case <-time.After(timeout):
		s.daemon.Process.Signal(syscall.SIGQUIT)
		select {
		case <-s.exited:
		case <-time.After(5 * time.Second):
			s.daemon.Process.Kill()
		}
		s.t.Fatalf("the daemon did not exit within %v; its log, with where it was stuck:\n%s", timeout, s.log.String())
		return nil
	}
}

func (s *session) pid() int { return s.daemon.Process.Pid }

// windowProcesses are the window processes of this session's daemon still
// alive.
func (s *session) windowProcesses() []int {
	var pids []int
	entries, _ := os.ReadDir("/proc")
	for _, e := range entries {
		var pid int
		if _, err := fmt.Sscanf(e.Name(), "%d", &pid); err != nil {
			continue
		}
		cmdline, err := os.ReadFile(filepath.Join("/proc", e.Name(), "cmdline"))
		if err != nil || !bytes.HasPrefix(cmdline, []byte(windowBinary+"\x00")) {
			continue
		}
		environ, _ := os.ReadFile(filepath.Join("/proc", e.Name(), "environ"))
		if bytes.Contains(environ, []byte("HOME="+s.home+"\x00")) {
			pids = append(pids, pid)
		}
	}
	return pids
}

// windowProcess waits, up to timeout, for the one window process of the
// session, and returns its PID.
func (s *session) windowProcess(timeout time.Duration, what string) int {
	s.t.Helper()
	var pid int
	eventually(s.t, timeout, what, func() bool {
		if pids := s.windowProcesses(); len(pids) == 1 {
			pid = pids[0]
		}
		return pid != 0
	})
	return pid
}

// eventually polls cond until it holds, failing the test after timeout.
func eventually(t testing.TB, timeout time.Duration, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(timeout)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out after %v waiting until %s", timeout, what)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

// runIn runs posturebreak with args in the session, with LANG set to
// lang, and waits for it.
func (s *session) runIn(lang string, args ...string) (string, int) {
	env := slices.DeleteFunc(slices.Clone(s.env), func(kv string) bool { return strings.HasPrefix(kv, "LANG=") })
	return s.runWith(append(env, "LANG="+lang), args...)
}
