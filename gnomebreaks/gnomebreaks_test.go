//go:build linux

package gnomebreaks

import (
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"sync/atomic"
	"testing"
	"time"

	"posturebreak/bustest"
)

// Settings gives the test GNOME 48's break-reminder keys, compiled into a
// private GSETTINGS_SCHEMA_DIR (GNOME here is older), kept by a real
// dconf-service on a private session bus, and returns that bus's address.
func Settings(t *testing.T) string {
	t.Helper()
	schemas := t.TempDir()
	_, here, _, _ := runtime.Caller(0)
	xml, err := os.ReadFile(filepath.Join(filepath.Dir(here), "testdata", "org.gnome.desktop.break-reminders.gschema.xml"))
	if err != nil {
		t.Fatal(err)
	}
	os.WriteFile(filepath.Join(schemas, "org.gnome.desktop.break-reminders.gschema.xml"), xml, 0o644)
	if out, err := exec.Command("glib-compile-schemas", schemas).CombinedOutput(); err != nil {
		t.Fatalf("glib-compile-schemas (in libglib2.0-bin; scripts/deps test installs it): %v %s", err, out)
	}
	addr := bustest.Start(t)
	run := t.TempDir()
	for k, v := range map[string]string{"DBUS_SESSION_BUS_ADDRESS": addr, "GSETTINGS_SCHEMA_DIR": schemas, "GSETTINGS_BACKEND": "dconf",
		"XDG_CONFIG_HOME": t.TempDir(), "XDG_RUNTIME_DIR": run} {
		t.Setenv(k, v)
	}
	dconf := exec.Command("/usr/libexec/dconf-service")
	if err := dconf.Start(); err != nil {
		t.Fatalf("dconf-service (in dconf-service; scripts/deps test installs it): %v", err)
	}
	t.Cleanup(func() { dconf.Process.Kill(); dconf.Wait() })
	conn := bustest.Connect(t, addr)
	waitFor(t, "dconf-service to be on the bus", func() bool {
		var has bool
		return conn.BusObject().Call("org.freedesktop.DBus.NameHasOwner", 0, "ca.desrt.dconf").Store(&has) == nil && has
	})
	return addr
}

func set(t *testing.T, value string) {
	t.Helper()
	if out, err := exec.Command("gsettings", "set", schema, key, value).CombinedOutput(); err != nil {
		t.Fatalf("gsettings set %s: %v %s", value, err, out)
	}
}

func TestParseList(t *testing.T) {
	for in, want := range map[string][]string{
		"@as []\n": nil, "['eyesight', 'movement']\n": {"eyesight", "movement"}, "['movement']": {"movement"},
	} {
		if got, err := parseList(in); err != nil || !slices.Equal(got, want) {
			t.Errorf("%q read as %q, %v", in, got, err)
		}
	}
	for _, in := range []string{"", "true", "'movement'", "[unterminated"} {
		if got, err := parseList(in); err == nil {
			t.Errorf("%q read as %q", in, got)
		}
	}
}

// With GNOME's real settings machinery (gsettings and dconf), the
// movement breaks are read at the start, followed as the user turns them
// on and off, and turned off on request with the eyesight breaks kept.
func TestGnomesMovementBreaksAreFollowedAndTurnedOff(t *testing.T) {
	addr := Settings(t)
	set(t, "['eyesight', 'movement']")
	var movement atomic.Int32 // 0 unknown, 1 off, 2 on: as last said
	r := Follow(bustest.Connect(t, addr), func(on bool) {
		if on {
			movement.Store(2)
		} else {
			movement.Store(1)
		}
	})
	if r == nil || !r.Movement() {
		t.Fatal("GNOME's movement breaks, on, were not found")
	}
	set(t, "['eyesight']")
	waitFor(t, "the change to off to be seen", func() bool { return movement.Load() == 1 })
	if r.Movement() {
		t.Fatal("Movement says on after it was turned off")
	}
	set(t, "['movement', 'eyesight']")
	waitFor(t, "the change to on to be seen", func() bool { return movement.Load() == 2 })
	if err := r.TurnOffMovement(); err != nil {
		t.Fatal(err)
	}
	out, _ := exec.Command("gsettings", "get", schema, key).Output()
	if got, _ := parseList(string(out)); !slices.Equal(got, []string{"eyesight"}) {
		t.Fatalf("after TurnOffMovement the selected breaks are %q, want only eyesight", out)
	}
	waitFor(t, "its own change to be seen", func() bool { return movement.Load() == 1 })
}

// Where the schema is not installed, there is nothing to follow.
func TestNoSchemaIsNoReminders(t *testing.T) {
	t.Setenv("GSETTINGS_SCHEMA_DIR", t.TempDir())
	t.Setenv("XDG_DATA_DIRS", t.TempDir()) // nor the system's schemas, should its GNOME be 48 or later
	if r := Follow(nil, nil); r != nil {
		t.Fatal("reminders found where GNOME has none")
	}
}

func waitFor(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(20 * time.Millisecond)
	}
}
