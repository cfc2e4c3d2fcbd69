//go:build linux

// Package bustest starts a private D-Bus session bus for tests, so they
// never touch the desktop's own bus.
package bustest

import (
	"bufio"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"github.com/godbus/dbus/v5"
)

// config is a session bus that starts no services on demand: a test gets
// exactly the programs it starts, and no stray notification daemon.
const config = `<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:path=%s</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
`

// Start runs a dbus-daemon for the test and returns its address. It is
// stopped, by the PID it had, when the test ends.
func Start(t testing.TB) string {
	t.Helper()
	dir := t.TempDir()
	conf := filepath.Join(dir, "session.conf")
	if err := os.WriteFile(conf, []byte(fmt.Sprintf(config, filepath.Join(dir, "bus"))), 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command("dbus-daemon", "--config-file="+conf, "--nofork", "--print-address=1")
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	if err := cmd.Start(); err != nil {
		t.Fatalf("starting dbus-daemon (install the dbus package): %v", err)
	}
	t.Cleanup(func() {
		cmd.Process.Signal(syscall.SIGTERM)
		cmd.Wait()
	})
	addr, err := bufio.NewReader(out).ReadString('\n')
	if err != nil {
		t.Fatalf("dbus-daemon gave no address: %v", err)
	}
	return strings.TrimSpace(addr)
}

// Connect opens a private connection to the bus at addr, closed when the
// test ends.
func Connect(t testing.TB, addr string) *dbus.Conn {
	t.Helper()
	conn, err := dbus.Connect(addr)
	if err != nil {
		t.Fatalf("connecting to %s: %v", addr, err)
	}
	t.Cleanup(func() { conn.Close() })
	return conn
}

// Use makes the test's process, and the processes it starts, use the bus
// at addr as their session bus.
func Use(t testing.TB, addr string) {
	t.Setenv("DBUS_SESSION_BUS_ADDRESS", addr)
	os.Unsetenv("DBUS_SESSION_BUS_PID")
}
