//go:build e2e

package e2e

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"image"
	_ "image/png"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
)

// Posture Break on Windows, as a user installs and runs it, under Wine on
// Xvfb: the installer that make windows builds (dist/*-setup.exe) installs
// it silently, the daemon starts, shows its tray icon (in trayer, an
// XEmbed tray that Wine docks its tray icons in) and answers the command
// line on its named pipe; a second start opens its settings; a click on
// the icon opens a break window that
// paints; a break that falls due, where there are no toasts (Wine has
// none), opens its window directly; quit leaves no process behind;
// installing again over the running app stops it first; and the
// uninstaller leaves no file or registry value of ours but the user's own.
//
// Real here: the installer, both programs, the pipe, the Win32 tray and
// its click, Fyne's GL window through Mesa, the registry. Not real: Wine
// stubs the session's lock events and the notification state, and has no
// toasts (see docs/WINDOWS.md for checking those on a Windows PC).
func TestWindowsUnderWine(t *testing.T) {
	setup := installer(t)
	w := newWine(t)

	w.run(t, 180*time.Second, setup, "/S")
	programs := w.path(`AppData\Local\Programs\Posture Break`)
	for _, f := range []string{"posturebreak.exe", "posturebreak-window.exe", "uninstall.exe"} {
		if _, err := os.Stat(filepath.Join(programs, f)); err != nil {
			t.Fatalf("the installer did not install %s: %v", f, err)
		}
	}
	shortcut := w.path(`AppData\Roaming\Microsoft\Windows\Start Menu\Programs\Posture Break.lnk`)
	if _, err := os.Stat(shortcut); err != nil {
		t.Fatalf("no Start-menu shortcut: %v", err)
	}
	if !w.registry(uninstallKey, "QuietUninstallString") {
		t.Fatal("no entry in Apps & Features")
	}

	// A break falls due a minute after start; the introduction was read.
	settings := w.path(`AppData\Roaming\Posture Break\settings.json`)
	os.MkdirAll(filepath.Dir(settings), 0o755)
	os.WriteFile(settings, []byte(`{"work_minutes": 1, "away_counts_as_break": false}`), 0o644)
	state := w.path(`AppData\Local\Posture Break\state.json`)
	os.MkdirAll(filepath.Dir(state), 0o755)
	os.WriteFile(state, []byte(`{"introduced": true}`), 0o644)

	daemon := filepath.Join(programs, "posturebreak.exe")
	log := w.start(t, daemon)
	eventually(t, 90*time.Second, "posturebreak.exe status answers over its pipe", func() bool {
		out, err := w.output(daemon, "status")
		return err == nil && strings.Contains(out, "Next break in")
	})
	icon := w.trayIcon(t)

	// A second start opens the settings of the one running, as on Linux.
	if out, err := w.output(daemon); err != nil || !strings.Contains(out, "already running") {
		t.Fatalf("a second start: %v %q", err, out)
	}
	settingsWindow := w.window(t, "Settings", 60*time.Second)
	w.s.keyToClose(settingsWindow, "Escape")
	eventually(t, 30*time.Second, "the settings window is gone", func() bool { return w.mapped("Settings") == "" })

	w.s.x("xdotool", "mousemove", "--sync", icon.x, icon.y, "click", "1")
	win := w.window(t, "Break", 60*time.Second)
	shot := w.s.screenshot(win, "windows-break-window.png")
	if !painted(t, shot) {
		t.Fatalf("the break window did not paint: %s", shot)
	}
	w.s.keyToClose(win, "Escape")
	eventually(t, 30*time.Second, "the break window is gone", func() bool { return w.mapped("Break") == "" })

	// The next break falls due a minute on, with no toasts: its window
	// opens by itself.
	win = w.window(t, "Break", 150*time.Second)
	w.s.keyToClose(win, "Escape")
	if !strings.Contains(log.String(), "no notification could be shown") {
		t.Errorf("the daemon did not say why the window opened by itself:\n%s", log.String())
	}

	if out, err := w.output(daemon, "quit"); err != nil {
		t.Fatalf("quit: %v %s", err, out)
	}
	eventually(t, 60*time.Second, "no process of Posture Break is left", func() bool { return len(w.ours()) == 0 })

	// An upgrade over the app running: the installer asks it to quit and
	// waits until it has gone, so that it can replace its programs.
	w.start(t, daemon)
	eventually(t, 90*time.Second, "the daemon answers again", func() bool {
		out, err := w.output(daemon, "status")
		return err == nil && strings.Contains(out, "Next break in")
	})
	w.run(t, 180*time.Second, setup, "/S")
	if left := w.ours(); len(left) != 0 {
		t.Fatalf("the installer returned with Posture Break still running: %q", left)
	}

	// At 150% (144 dpi, which Settings › Display › Scale sets) on a
	// 1920×1080 screen, as on many laptops, the break window is drawn at
	// one and a half times its size, sharp, not stretched, and fits.
	w.scale(t, 144)
	w.start(t, daemon)
	eventually(t, 90*time.Second, "the daemon answers at 150%", func() bool {
		out, err := w.output(daemon, "break-now")
		return err == nil && !strings.Contains(out, "not running")
	})
	win = w.window(t, "Break", 60*time.Second)
	if wd, ht := w.s.geometry(win); wd != 1380 || ht != 990 {
		t.Errorf("at 150%% the break window is %d×%d px, want 1380×990 (920×660 at 1.5)", wd, ht)
	}
	if shot := w.s.screenshot(win, "windows-break-window-150.png"); !painted(t, shot) {
		t.Errorf("at 150%% the break window did not paint: %s", shot)
	}
	w.s.keyToClose(win, "Escape")
	if out, err := w.output(daemon, "quit"); err != nil {
		t.Fatalf("quit at 150%%: %v %s", err, out)
	}
	eventually(t, 60*time.Second, "no process of Posture Break is left at 150%", func() bool { return len(w.ours()) == 0 })

	// What the app writes of its own on Windows, which the uninstaller
	// removes with the programs: the toasts' icon (written here too),
	// their COM activator and start at login (written here by the test,
	// as Wine has no toasts and start at login is off).
	toastIcon := filepath.Join(filepath.Dir(state), "notification-icon.png")
	if _, err := os.Stat(toastIcon); err != nil {
		t.Fatalf("the daemon wrote no toast icon: %v", err)
	}
	const (
		activatorKey = `HKCU\Software\Classes\CLSID\{6C3A1B6E-2D4F-4E0B-9A51-7F2C8B1D5E43}`
		runKey       = `HKCU\Software\Microsoft\Windows\CurrentVersion\Run`
		approvedKey  = `HKCU\Software\Microsoft\Windows\CurrentVersion\Explorer\StartupApproved\Run`
	)
	for _, add := range [][]string{
		{activatorKey + `\LocalServer32`, "/ve", "/d", `C:\Posture Break\posturebreak.exe`},
		{runKey, "/v", "Posture Break", "/d", `"C:\Posture Break\posturebreak.exe"`},
		{approvedKey, "/v", "Posture Break", "/t", "REG_BINARY", "/d", "020000000000000000000000"},
	} {
		// Wine's registry may refuse a write just after its services
		// restarted for the scale above (reg exits 1): the write is tried
		// until it is taken.
		args := append(append([]string{"add"}, add...), "/f")
		deadline := time.Now().Add(30 * time.Second)
		for out, err := w.output("reg", args...); err != nil; out, err = w.output("reg", args...) {
			if time.Now().After(deadline) {
				t.Fatalf("reg %v: %v %s", args, err, out)
			}
			t.Logf("reg %v: %v; trying again", args, err)
			time.Sleep(500 * time.Millisecond)
		}
	}
	if !w.registry(activatorKey, "") || !w.registry(runKey, "Posture Break") || !w.registry(approvedKey, "Posture Break") {
		t.Fatal("reg add wrote nothing reg query reads")
	}

	w.run(t, 120*time.Second, filepath.Join(programs, "uninstall.exe"), "/S")
	eventually(t, 60*time.Second, "the uninstaller removed the programs", func() bool {
		_, err := os.Stat(programs)
		return errors.Is(err, os.ErrNotExist)
	})
	if _, err := os.Stat(shortcut); err == nil {
		t.Error("the shortcut is left")
	}
	if w.registry(uninstallKey, "") || w.registry(`HKCU\Software\Classes\AppUserModelId\io.github.posturebreak.PostureBreak`, "") {
		t.Error("the uninstaller left the app's registry keys")
	}
	if _, err := os.Stat(toastIcon); err == nil {
		t.Error("the uninstaller left notification-icon.png")
	}
	if w.registry(activatorKey, "") {
		t.Error("the uninstaller left the toasts' activator, " + activatorKey)
	}
	if w.registry(runKey, "Posture Break") || w.registry(approvedKey, "Posture Break") {
		t.Error("the uninstaller left start at login's Run or StartupApproved value")
	}
	for _, kept := range []string{settings, filepath.Join(filepath.Dir(state), "history.jsonl")} {
		if _, err := os.Stat(kept); err != nil {
			t.Errorf("the uninstaller removed the user's %s: %v", filepath.Base(kept), err)
		}
	}
}

// installer is the installer make windows built.
func installer(t *testing.T) string {
	found, _ := filepath.Glob(filepath.Join("..", "dist", "posturebreak-*-setup.exe"))
	if len(found) != 1 {
		t.Fatalf("no installer in dist/ (make windows builds it; make test does before the end-to-end suite): %v", found)
	}
	abs, _ := filepath.Abs(found[0])
	return abs
}

// wine is a Windows desktop under Wine: a prefix of the test's own, on an
// X server of its own with a window manager and a tray.
type wine struct {
	s      *session
	prefix string
}

func newWine(t *testing.T) *wine {
	home := t.TempDir()
	display := startXOf(t, "1920x1080")
	w := &wine{prefix: filepath.Join(home, "wine")}
	// The locale is pinned, as for every session: in C, Wine names the
	// windows in another encoding, which xdotool's patterns then miss.
	w.s = &session{t: t, home: home, display: display, env: environ(map[string]string{"DISPLAY": display, "HOME": home,
		"POSTUREBREAK_WINEPREFIX": w.prefix, "WINEDEBUG": "-all", "LANG": "en_US.UTF-8", "LANGUAGE": "", "LC_ALL": "", "LC_MESSAGES": ""})}
	w.s.startOpenbox()
	w.s.startHelper("trayer", "--edge", "bottom", "--align", "right", "--widthtype", "pixel", "--width", "200", "--height", "32")
	t.Cleanup(func() {
		cmd := exec.Command("/usr/lib/wine/wineserver", "-k") // Wine's services, of this prefix only
		cmd.Env = w.s.env
		cmd.Env = append(cmd.Env, "WINEPREFIX="+w.prefix)
		cmd.Run()
	})
	return w
}

func (w *wine) command(ctx context.Context, program string, args ...string) *exec.Cmd {
	cmd := exec.CommandContext(ctx, filepath.Join("..", "scripts", "wine", "exec"), append([]string{program}, args...)...)
	cmd.Env = w.s.env
	return cmd
}

// run runs a Windows program to its end.
func (w *wine) run(t *testing.T, timeout time.Duration, program string, args ...string) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	if out, err := w.command(ctx, program, args...).CombinedOutput(); err != nil {
		t.Fatalf("%s %v: %v\n%s", filepath.Base(program), args, err, out)
	}
}

// output runs a Windows program and returns what it printed.
func (w *wine) output(program string, args ...string) (string, error) {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	var stderr bytes.Buffer
	cmd := w.command(ctx, program, args...)
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil && stderr.Len() > 0 {
		err = fmt.Errorf("%w: %s", err, bytes.TrimSpace(stderr.Bytes()))
	}
	return string(out), err
}

// start starts a Windows program in the background, for the rest of the
// test, and returns its log.
func (w *wine) start(t *testing.T, program string, args ...string) *lockedBuffer {
	log := &lockedBuffer{}
	cmd := w.command(context.Background(), program, args...)
	cmd.Stdout, cmd.Stderr = log, log
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		cmd.Process.Kill()
		cmd.Wait()
		if t.Failed() {
			t.Logf("the daemon's log:\n%s", log.String())
		}
	})
	return log
}

// scale sets the screen's scale, in dots per inch (96 is 100%), as
// Windows's Settings does, and restarts Wine's services to take it: with
// nothing of ours running.
func (w *wine) scale(t *testing.T, dpi int) {
	t.Helper()
	if out, err := w.output("reg", "add", `HKCU\Control Panel\Desktop`, "/v", "LogPixels", "/t", "REG_DWORD", "/d", strconv.Itoa(dpi), "/f"); err != nil {
		t.Fatalf("setting the scale: %v %s", err, out)
	}
	w.command(context.Background(), "wineserver", "-k").Run() // it may have gone already
	w.run(t, 60*time.Second, "wineserver", "-w")
}

// path is a file of the prefix's user, by its Windows path under the
// user's profile.
func (w *wine) path(windowsPath string) string {
	users, _ := filepath.Glob(filepath.Join(w.prefix, "drive_c", "users", "*", "AppData"))
	for _, u := range users {
		if !strings.HasSuffix(filepath.Dir(u), "Public") {
			return filepath.Join(filepath.Dir(u), filepath.FromSlash(strings.ReplaceAll(windowsPath, `\`, "/")))
		}
	}
	w.s.t.Fatalf("the Wine prefix has no user")
	return ""
}

// uninstallKey is the app's entry in Apps & Features.
const uninstallKey = `HKCU\Software\Microsoft\Windows\CurrentVersion\Uninstall\io.github.posturebreak.PostureBreak`

// registry says whether the prefix's registry has key, and value in it if
// one is named, as Wine's reg.exe reads it.
func (w *wine) registry(key, value string) bool {
	args := []string{"query", key}
	if value != "" {
		args = append(args, "/v", value)
	}
	_, err := w.output("reg", args...)
	return err == nil
}

// mapped is the id of a mapped window of ours titled "<what> · Posture
// Break", or "". Wine writes the title's middle dot as "." in the
// window's plain name, so any one character stands for it.
func (w *wine) mapped(what string) string {
	out, err := w.s.x("xdotool", "search", "--onlyvisible", "--name", "^"+what+" . Posture Break$")
	if err != nil || out == "" {
		return ""
	}
	return strings.Fields(out)[0]
}

// window waits for a window of ours, as mapped names it.
func (w *wine) window(t *testing.T, what string, timeout time.Duration) string {
	t.Helper()
	var id string
	deadline := time.Now().Add(timeout)
	for id = w.mapped(what); id == ""; id = w.mapped(what) {
		if time.Now().After(deadline) {
			tree, _ := w.s.x("xwininfo", "-root", "-tree")
			t.Fatalf("timed out after %v waiting until the %s window is mapped; the windows on the screen:\n%s", timeout, what, tree)
		}
		time.Sleep(20 * time.Millisecond)
	}
	return id
}

// point is a place on the screen, as xdotool takes it.
type point struct{ x, y string }

// trayIcon waits for the app's icon in the tray, docked by Wine's explorer
// into trayer's panel, and returns its middle.
func (w *wine) trayIcon(t *testing.T) point {
	var at point
	eventually(t, 60*time.Second, "Wine docks the tray icon in trayer", func() bool {
		tree, err := w.s.x("xwininfo", "-root", "-tree")
		if err != nil {
			return false
		}
		inPanel := false
		for _, line := range strings.Split(tree, "\n") {
			if strings.Contains(line, `("panel" "trayer")`) {
				inPanel = true
				continue
			}
			if inPanel && strings.Contains(line, `("explorer.exe" "explorer.exe")`) {
				f := strings.Fields(line)
				var wd, ht, x, y int
				_, err1 := fmt.Sscanf(f[len(f)-2], "%dx%d", &wd, &ht)
				_, err2 := fmt.Sscanf(f[len(f)-1], "+%d+%d", &x, &y)
				if err1 == nil && err2 == nil {
					at = point{strconv.Itoa(x + wd/2), strconv.Itoa(y + ht/2)}
					return true
				}
			}
		}
		return false
	})
	return at
}

// ours are the processes of Posture Break still running under Wine.
func (w *wine) ours() []string {
	var left []string
	entries, _ := os.ReadDir("/proc")
	for _, e := range entries {
		cmdline, err := os.ReadFile(filepath.Join("/proc", e.Name(), "cmdline"))
		if err != nil {
			continue
		}
		environ, _ := os.ReadFile(filepath.Join("/proc", e.Name(), "environ"))
		if bytes.Contains(cmdline, []byte("posturebreak")) && bytes.Contains(cmdline, []byte(".exe")) && bytes.Contains(environ, []byte(w.prefix)) {
			left = append(left, strings.ReplaceAll(string(cmdline), "\x00", " "))
		}
	}
	return left
}

// painted says whether a screenshot holds a drawn window: many colours,
// not one.
func painted(t *testing.T, path string) bool {
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	img, _, err := image.Decode(f)
	if err != nil {
		t.Fatal(err)
	}
	colours := map[[4]uint32]bool{}
	b := img.Bounds()
	for y := b.Min.Y; y < b.Max.Y; y += 4 {
		for x := b.Min.X; x < b.Max.X; x += 4 {
			r, g, bl, a := img.At(x, y).RGBA()
			colours[[4]uint32{r >> 8, g >> 8, bl >> 8, a >> 8}] = true
		}
	}
	return len(colours) > 50
}
