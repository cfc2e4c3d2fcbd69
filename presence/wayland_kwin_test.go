//go:build linux

package presence

import (
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"

	"posturebreak/bustest"
)

// On a real compositor: KWin 5.27 (Debian 12), virtual, offers
// ext-idle-notify-v1 version 1. With no input at all, it says the user is
// idle once the timeout has passed. A return cannot be made here: the
// virtual KWin takes no input from outside (the small compositor of
// TestWaylandsIdleNotification sends it).
func TestWaylandIdleOnKWin(t *testing.T) {
	// A copy of the program, without its file capability (cap_sys_resource),
	// which a container may refuse to run.
	kwin := filepath.Join(t.TempDir(), "kwin_wayland")
	copyFile(t, "/usr/bin/kwin_wayland", kwin)
	run := t.TempDir()
	cmd := exec.Command(kwin, "--virtual", "--socket", "wayland-kwin", "--width", "800", "--height", "600")
	cmd.Env = append(os.Environ(), "XDG_RUNTIME_DIR="+run, "DBUS_SESSION_BUS_ADDRESS="+bustest.Start(t), "WAYLAND_DISPLAY=", "DISPLAY=")
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { cmd.Process.Kill(); cmd.Wait() })
	socket := filepath.Join(run, "wayland-kwin")
	waitUntil(t, "KWin makes its socket", func() bool { _, err := os.Stat(socket); return err == nil })
	t.Setenv("WAYLAND_DISPLAY", socket)
	var w *waylandIdle
	waitUntil(t, "KWin answers", func() bool {
		var err error
		w, err = followWaylandIdle(time.Second, func() {})
		return err == nil
	})
	if w.input {
		t.Fatal("KWin 5.27 offers version 1; the client says it has the input idle notification")
	}
	waitUntil(t, "KWin says the user is idle", func() bool { return !w.since(time.Now()).IsZero() })
}

func copyFile(t *testing.T, from, to string) {
	t.Helper()
	in, err := os.Open(from)
	if err != nil {
		t.Fatalf("%v (scripts/deps test installs kwin-wayland)", err)
	}
	defer in.Close()
	out, err := os.OpenFile(to, os.O_CREATE|os.O_WRONLY, 0o755)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := io.Copy(out, in); err != nil {
		t.Fatal(err)
	}
	out.Close()
}
