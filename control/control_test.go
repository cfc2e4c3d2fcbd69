//go:build linux

package control

import (
	"errors"
	"sync/atomic"
	"testing"

	"posturebreak/bustest"
)

const name = "io.github.posturebreak.Test"

type counter struct {
	settings, breaks, reliefs, resumes atomic.Int32
	paused                             atomic.Value
}

func (c *counter) OpenSettings() { c.settings.Add(1) }
func (c *counter) BreakNow()     { c.breaks.Add(1) }
func (c *counter) Relief()       { c.reliefs.Add(1) }
func (c *counter) Resume()       { c.resumes.Add(1) }
func (c *counter) Quit()         {}
func (c *counter) Pause(length string) error {
	if length != "1h" {
		return errors.New("not a pause: " + length)
	}
	c.paused.Store(length)
	return nil
}
func (c *counter) Status() (Status, error) {
	return Status{State: "working", Line: "Next break in 5 min"}, nil
}

// busyDaemon's loop never answers in time.
type busyDaemon struct{ counter }

func (*busyDaemon) Status() (Status, error) { return Status{}, ErrBusy }
func (*busyDaemon) Pause(string) error      { return ErrBusy }

func TestOneDaemonHoldsTheName(t *testing.T) {
	addr := bustest.Start(t)
	first, second := bustest.Connect(t, addr), bustest.Connect(t, addr)
	var h counter
	if err := Serve(first, name, &h); err != nil {
		t.Fatal(err)
	}
	if err := Serve(second, name, &counter{}); !errors.Is(err, ErrRunning) {
		t.Fatalf("second daemon: %v, want ErrRunning", err)
	}
	for _, m := range []Method{OpenSettingsMethod, BreakNowMethod, ReliefMethod, ResumeMethod} {
		if err := Call(second, name, m).Err; err != nil {
			t.Fatalf("%s: %v", m, err)
		}
	}
	var status string
	if err := Call(second, name, StatusMethod).Store(&status); err != nil ||
		status != `{"state":"working","line":"Next break in 5 min","next_break":null,"paused_until":null,"snoozes":0,"max_snoozes":0,`+
			`"presence":"","away_since":null,"busy":"","waiting":null,"next_check":null}` {
		t.Fatalf("status %q, %v", status, err)
	}
	if err := Call(second, name, PauseMethod, "1h").Err; err != nil || h.paused.Load() != "1h" {
		t.Fatalf("pause: %v", err)
	}
	if err := Call(second, name, PauseMethod, "a while").Err; err == nil || err.Error() != "not a pause: a while" {
		t.Fatalf("a bad pause gave %v, want the daemon's reason", err)
	}
	if h.settings.Load() != 1 || h.breaks.Load() != 1 || h.reliefs.Load() != 1 || h.resumes.Load() != 1 {
		t.Fatalf("handler saw %d settings, %d breaks, %d resumes", h.settings.Load(), h.breaks.Load(), h.resumes.Load())
	}
}

func TestNoDaemonIsReportedPlainly(t *testing.T) {
	conn := bustest.Connect(t, bustest.Start(t))
	if err := Call(conn, name, "OpenSettings").Err; !errors.Is(err, ErrNotRunning) {
		t.Fatalf("got %v, want ErrNotRunning", err)
	}
}

func TestMalformedCallsNeverReachTheDaemon(t *testing.T) {
	addr := bustest.Start(t)
	conn, other := bustest.Connect(t, addr), bustest.Connect(t, addr)
	var h counter
	if err := Serve(conn, name, &h); err != nil {
		t.Fatal(err)
	}
	obj := other.Object(name, Path)
	for _, c := range []struct {
		method string
		args   []any
	}{
		{Interface + ".OpenSettings", []any{"unexpected"}},
		{Interface + ".BreakNow", []any{int32(1), []string{"x"}}},
		{Interface + ".Pause", []any{int32(30)}},
		{Interface + ".Pause", nil},
		{Interface + ".SelfDestruct", nil},
		{"org.example.Other.BreakNow", nil},
	} {
		if call := obj.Call(c.method, 0, c.args...); call.Err == nil {
			t.Errorf("%s%v: accepted", c.method, c.args)
		}
	}
	// Signals aimed at the daemon are ignored, too.
	other.Emit(Path, Interface+".BreakNow", "junk", 42)
	if h.settings.Load() != 0 || h.breaks.Load() != 0 {
		t.Fatalf("malformed calls reached the handler: %d settings, %d breaks", h.settings.Load(), h.breaks.Load())
	}
	var s string
	if err := Call(other, name, "Status").Store(&s); err != nil {
		t.Fatalf("the daemon stopped answering: %v", err)
	}
	intro := ""
	if err := obj.Call("org.freedesktop.DBus.Introspectable.Introspect", 0).Store(&intro); err != nil || len(intro) < 100 {
		t.Fatalf("introspection %q: %v", intro, err)
	}
}

// A daemon too busy to answer says so with a D-Bus error, for every
// method that answers, and the caller gets ErrBusy.
func TestBusyIsAnError(t *testing.T) {
	addr := bustest.Start(t)
	conn := bustest.Connect(t, addr)
	if err := Serve(bustest.Connect(t, addr), name, &busyDaemon{}); err != nil {
		t.Fatal(err)
	}
	var s string
	if err := Call(conn, name, StatusMethod).Store(&s); !errors.Is(err, ErrBusy) || s != "" {
		t.Fatalf("status %q, %v; want ErrBusy", s, err)
	}
	if err := Call(conn, name, PauseMethod, "1h").Err; !errors.Is(err, ErrBusy) {
		t.Fatalf("pause: %v; want ErrBusy", err)
	}
}
