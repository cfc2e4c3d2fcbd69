//go:build linux

package cli

import (
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/godbus/dbus/v5"

	"posturebreak/bustest"
	"posturebreak/control"
)

// fakeDaemon answers on the bus; calls come on the bus's goroutines.
type fakeDaemon struct {
	mu     sync.Mutex
	called []string
	status control.Status
	err    error
}

func (d *fakeDaemon) note(call string) { d.mu.Lock(); d.called = append(d.called, call); d.mu.Unlock() }
func (d *fakeDaemon) calls() []string {
	d.mu.Lock()
	defer d.mu.Unlock()
	return append([]string(nil), d.called...)
}
func (d *fakeDaemon) OpenSettings() { d.note("settings") }
func (d *fakeDaemon) BreakNow()     { d.note("break-now") }
func (d *fakeDaemon) Relief()       { d.note("relief") }
func (d *fakeDaemon) Resume()       { d.note("resume") }
func (d *fakeDaemon) Quit()         { d.note("quit") }
func (d *fakeDaemon) Status() (control.Status, error) {
	d.mu.Lock()
	defer d.mu.Unlock()
	return d.status, d.err
}

func (d *fakeDaemon) setStatus(s control.Status) { d.mu.Lock(); d.status = s; d.mu.Unlock() }
func (d *fakeDaemon) Pause(length string) error {
	d.note("pause " + length)
	return nil
}

func TestCommandsReachTheRunningDaemon(t *testing.T) {
	addr := bustest.Start(t)
	bustest.Use(t, addr)
	until := time.Date(2026, 11, 24, 14, 30, 0, 0, time.FixedZone("CET", 3600))
	d := &fakeDaemon{status: control.Status{State: "paused", Line: "Paused until 14:30", PausedUntil: &until, MaxSnoozes: 2}}
	if err := control.Serve(bustest.Connect(t, addr), app.ID, d); err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{{"settings"}, {"break-now"}, {"relief"}, {"pause", "30m"}, {"pause", "until-tomorrow"}, {"pause", "indefinitely"}, {"resume"}} {
		if code, _, errs := run(args...); code != 0 {
			t.Fatalf("%v: exit %d, %s", args, code, errs)
		}
	}
	want := []string{"settings", "break-now", "relief", "pause 30m", "pause until-tomorrow", "pause indefinitely", "resume"}
	if got := d.calls(); strings.Join(got, ",") != strings.Join(want, ",") {
		t.Fatalf("daemon saw %v", got)
	}
	code, out, _ := run("status", "--json")
	if want := `{"state":"paused","line":"Paused until 14:30","next_break":null,"paused_until":"2026-11-24T14:30:00+01:00","snoozes":0,"max_snoozes":2,` +
		`"presence":"","away_since":null,"busy":"","waiting":null,"next_check":null}`; code != 0 || strings.TrimSpace(out) != want {
		t.Fatalf("status --json: %d %q", code, out)
	}
	code, out, _ = run("status")
	if code != 0 || !strings.Contains(out, "Paused until 14:30") || !strings.Contains(out, "paused") {
		t.Fatalf("status: %d %q", code, out)
	}
	since := time.Date(2026, 11, 24, 14, 2, 0, 0, time.Local)
	d.setStatus(control.Status{State: "due", Line: "Break waiting: you're in a call", Presence: control.Busy, Busy: "call",
		Waiting: &control.Waiting{For: "call", Since: since}})
	if code, out, _ = run("status"); code != 0 || !strings.Contains(out, "busy (call)") || !strings.Contains(out, "waiting       for call since Tue 24 Nov 14:02") {
		t.Fatalf("status while waiting: %d %q", code, out)
	}
	check := since.Add(15 * time.Minute)
	d.setStatus(control.Status{State: "working", Line: "Next break in 30 min", NextCheck: &check})
	if code, out, _ = run("status"); code != 0 || !strings.Contains(out, "next check    Tue 24 Nov 14:17") {
		t.Fatalf("status with a posture check to come: %d %q", code, out)
	}
	d.setStatus(control.Status{State: "away", Line: "Away since 14:02", Presence: control.Away, AwaySince: &since})
	if code, out, _ = run("status"); code != 0 || !strings.Contains(out, "away since 14:02") || strings.Contains(out, "waiting") {
		t.Fatalf("status while away: %d %q", code, out)
	}
}

func TestWithNoDaemonEachCommandSaysSoAndExits1(t *testing.T) {
	bustest.Use(t, bustest.Start(t))
	for _, args := range [][]string{{"settings"}, {"break-now"}, {"pause", "1h"}, {"resume"}, {"status"}, {"status", "--json"}} {
		code, _, errs := run(args...)
		if code != 1 || !strings.Contains(errs, "not running") {
			t.Errorf("%v: exit %d, %q", args, code, errs)
		}
	}
}

// garbled is a program on the bus that holds the daemon's name but
// answers Status with garbage.
type garbled struct{}

func (garbled) Status() (string, *dbus.Error) { return "garbage", nil }

func TestTheDaemonsGarbageIsReportedPlainly(t *testing.T) {
	addr := bustest.Start(t)
	bustest.Use(t, addr)
	conn := bustest.Connect(t, addr)
	conn.Export(garbled{}, control.Path, control.Interface)
	if _, err := conn.RequestName(app.ID, dbus.NameFlagDoNotQueue); err != nil {
		t.Fatal(err)
	}
	if code, _, errs := run("status"); code != 1 || !strings.Contains(errs, "cannot read") {
		t.Fatalf("exit %d, %q", code, errs)
	}
}

func TestABusyDaemonIsReportedPlainly(t *testing.T) {
	addr := bustest.Start(t)
	bustest.Use(t, addr)
	if err := control.Serve(bustest.Connect(t, addr), app.ID, &fakeDaemon{err: control.ErrBusy}); err != nil {
		t.Fatal(err)
	}
	if code, out, errs := run("status"); code != 1 || out != "" || !strings.Contains(errs, "busy") {
		t.Fatalf("exit %d, %q, %q", code, out, errs)
	}
}
