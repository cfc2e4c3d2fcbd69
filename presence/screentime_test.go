//go:build linux

package presence

import (
	"sync/atomic"
	"testing"

	"github.com/godbus/dbus/v5"

	"posturebreak/bustest"
)

// screenTime stands in for gnome-shell 48's org.gnome.Shell.ScreenTime,
// by its interface: the shell here (43) has no break reminders. It answers
// Properties.Get with its State.
type screenTime struct{ state uint32 }

func (st *screenTime) Get(iface, name string) (dbus.Variant, *dbus.Error) {
	if iface != screenTimeIface || name != "State" {
		return dbus.Variant{}, dbus.MakeFailedError(dbus.ErrMsgUnknownMethod)
	}
	return dbus.MakeVariant(st.state), nil
}

// A break of GNOME's own, and only that state, is time away; it is read at
// the start, followed in PropertiesChanged, and only from the shell.
func TestGnomesOwnBreakIsTimeAway(t *testing.T) {
	addr := bustest.Start(t)
	shell, imposter, daemon := bustest.Connect(t, addr), bustest.Connect(t, addr), bustest.Connect(t, addr)
	shell.Export(&screenTime{state: gnomeInBreak}, screenTimePath, "org.freedesktop.DBus.Properties")
	if reply, err := shell.RequestName(shellName, dbus.NameFlagDoNotQueue); err != nil || reply != dbus.RequestNameReplyPrimaryOwner {
		t.Fatal(err)
	}
	var changes atomic.Int32
	s := &Session{changed: func() { changes.Add(1) }}
	away := func() bool { s.mu.Lock(); defer s.mu.Unlock(); return len(s.locked) > 0 }
	if !s.followGnomeBreaks(newBus(daemon)) {
		t.Fatal("the shell's ScreenTime was not found")
	}
	if !away() {
		t.Fatal("a GNOME break running at the start is not time away")
	}
	changed := func(conn *dbus.Conn, state any) {
		conn.Emit(screenTimePath, "org.freedesktop.DBus.Properties.PropertiesChanged", screenTimeIface,
			map[string]dbus.Variant{"State": dbus.MakeVariant(state), "LastBreakEndTime": dbus.MakeVariant(uint64(0))}, []string{})
	}
	changed(shell, uint32(1)) // ACTIVE
	waitUntil(t, "the end of GNOME's break is seen", func() bool { return !away() })
	before := changes.Load()
	changed(imposter, uint32(gnomeInBreak))
	changed(shell, "3")       // malformed
	changed(shell, uint32(2)) // IDLE: idle, but no break of GNOME's
	changed(shell, uint32(4)) // BREAK_DUE: due, and the user still at work
	changed(shell, uint32(1))
	ping(t, imposter) // routed before the marker
	changed(shell, uint32(gnomeInBreak))
	waitUntil(t, "GNOME's next break is seen", away)
	if n := changes.Load() - before; n != 1 {
		t.Fatalf("%d changes, want only the last: an imposter's signal, a malformed one, or a state other than IN_BREAK counted", n)
	}
}
