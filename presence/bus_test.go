//go:build linux

package presence

import (
	"sync/atomic"
	"testing"
	"time"

	"github.com/godbus/dbus/v5"

	"posturebreak/bustest"
)

// ping makes a round trip to the bus, so that what conn sent before has
// been routed.
func ping(t *testing.T, conn *dbus.Conn) {
	t.Helper()
	var id string
	if err := conn.BusObject().Call("org.freedesktop.DBus.GetId", 0).Store(&id); err != nil {
		t.Fatal(err)
	}
}

func waitUntil(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(60 * time.Second) // a busy machine may be slow to start a compositor
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting until %s", what)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

type screenSaverObject struct{}

func (screenSaverObject) GetActive() (bool, *dbus.Error) { return false, nil }

// A signal counts only from the owner of the name it claims to be from.
func TestOnlyTheOwnerIsBelieved(t *testing.T) {
	addr := bustest.Start(t)
	owner, imposter, daemon := bustest.Connect(t, addr), bustest.Connect(t, addr), bustest.Connect(t, addr)
	const name, path = "org.freedesktop.ScreenSaver", dbus.ObjectPath("/org/freedesktop/ScreenSaver")
	const gnome, gnomePath = "org.gnome.ScreenSaver", dbus.ObjectPath("/org/gnome/ScreenSaver")
	owner.Export(screenSaverObject{}, path, name)
	owner.Export(screenSaverObject{}, gnomePath, gnome)
	for _, n := range []string{name, gnome} {
		if reply, err := owner.RequestName(n, dbus.NameFlagDoNotQueue); err != nil || reply != dbus.RequestNameReplyPrimaryOwner {
			t.Fatal(err)
		}
	}
	var changes atomic.Int32
	s := &Session{changed: func() { changes.Add(1) }}
	b := newBus(daemon)
	if !s.followScreenSaver(b, screenSavers[0]) || !s.followScreenSaver(b, screenSavers[1]) {
		t.Fatal("the screen savers on the bus were not found")
	}
	lockedBy := func(source string) bool {
		s.mu.Lock()
		defer s.mu.Unlock()
		_, ok := s.locked[source]
		return ok
	}
	// The bus itself routes only the owner's signals to a rule that names
	// the sender; but the daemon's connection has other rules (the
	// notifications'), so another program's signal can reach it all the
	// same. This rule stands for those.
	if err := daemon.AddMatchSignal(dbus.WithMatchInterface(name)); err != nil {
		t.Fatal(err)
	}

	imposter.Emit(path, name+".ActiveChanged", true)
	imposter.Emit(path, name+".ActiveChanged", "yes")   // and a malformed one
	ping(t, imposter)                                   // routed to the daemon before what follows
	owner.Emit(path, name+".ActiveChanged", true, true) // the owner, malformed: two arguments
	owner.Emit("/elsewhere", name+".ActiveChanged", true)
	owner.Emit(path, name+".ActiveChanged", false)      // a change only if something above counted
	owner.Emit(gnomePath, gnome+".ActiveChanged", true) // the marker: delivered after all the above
	waitUntil(t, "the marker is believed", func() bool { return lockedBy(gnome) })
	if n := changes.Load(); n != 1 || lockedBy(name) {
		t.Fatalf("%d changes, want only the marker: a signal from an imposter, or a malformed one, counted", n)
	}
	owner.Emit(path, name+".ActiveChanged", true)
	waitUntil(t, "the owner's own lock is believed", func() bool { return lockedBy(name) })
}
