//go:build e2e

package e2e

import (
	"testing"
	"time"

	"github.com/godbus/dbus/v5"

	"posturebreak/bustest"
)

// unicast sends a signal straight to one connection, past any match rules.
func unicast(t testing.TB, conn *dbus.Conn, dest string, path dbus.ObjectPath, iface, member string, body ...any) {
	msg := &dbus.Message{Type: dbus.TypeSignal, Headers: map[dbus.HeaderField]dbus.Variant{
		dbus.FieldPath:        dbus.MakeVariant(path),
		dbus.FieldInterface:   dbus.MakeVariant(iface),
		dbus.FieldMember:      dbus.MakeVariant(member),
		dbus.FieldDestination: dbus.MakeVariant(dest),
	}, Body: body}
	if len(body) > 0 {
		msg.Headers[dbus.FieldSignature] = dbus.MakeVariant(dbus.SignatureOf(body...))
	}
	if call := conn.Send(msg, nil); call.Err != nil {
		t.Logf("sending %s: %v", member, call.Err)
	}
}

// Other programs share the session bus. Nothing they send, however
// malformed, may crash the daemon or stop it answering.
func TestAHostileBusChangesNothing(t *testing.T) {
	t.Parallel()
	s := newSession(t, options{})
	s.startDaemon()
	p := s.panel()
	evil := bustest.Connect(t, s.addr)

	var daemonConn, seen string
	s.bus.BusObject().Call("org.freedesktop.DBus.GetNameOwner", 0, "io.github.posturebreak.PostureBreak").Store(&daemonConn)
	evil.BusObject().Call("org.freedesktop.DBus.GetNameOwner", 0, "io.github.posturebreak.PostureBreak").Store(&seen)
	if daemonConn == "" || seen != daemonConn {
		t.Fatalf("the hostile program is not on the daemon's bus: it sees %q, the daemon is %q", seen, daemonConn)
	}
	const notif = "org.freedesktop.Notifications"
	for _, dest := range []string{daemonConn, p.it.service, ""} {
		for _, body := range [][]any{
			{}, {"7"}, {uint32(1)}, {uint32(1), int32(5)}, {"x", "default"}, {uint32(1), "default", "extra"},
			{[]byte{0xff, 0x00}}, {map[string]int32{"a": 1}},
		} {
			if dest == "" {
				evil.Emit("/org/freedesktop/Notifications", notif+".ActionInvoked", body...)
				evil.Emit("/org/freedesktop/Notifications", notif+".NotificationClosed", body...)
				continue
			}
			unicast(t, evil, dest, "/org/freedesktop/Notifications", notif, "ActionInvoked", body...)
			unicast(t, evil, dest, "/org/freedesktop/Notifications", notif, "NotificationClosed", body...)
			unicast(t, evil, dest, "/org/freedesktop/DBus", "org.freedesktop.DBus", "NameOwnerChanged", body...)
		}
	}
	control := evil.Object("io.github.posturebreak.PostureBreak", "/io/github/posturebreak/PostureBreak")
	for _, c := range []struct {
		method string
		args   []any
	}{
		{"io.github.posturebreak.PostureBreak1.BreakNow", []any{"now!"}},
		{"io.github.posturebreak.PostureBreak1.Status", []any{int32(-1)}},
		{"io.github.posturebreak.PostureBreak1.Explode", nil},
		{"org.freedesktop.DBus.Properties.GetAll", []any{"nonsense"}},
	} {
		callWithin(control, c.method, c.args...)
	}
	menu := evil.Object(p.it.service, p.menu)
	callWithin(menu, "com.canonical.dbusmenu.Event", int32(99999), "clicked", dbus.MakeVariant("x"), uint32(0))
	callWithin(menu, "com.canonical.dbusmenu.Event", "not an id", 5)
	callWithin(menu, "com.canonical.dbusmenu.GetLayout", int32(-7), int32(1<<30), []string{"\x00"})
	callWithin(menu, "com.canonical.dbusmenu.GetGroupProperties", []int32{-1, 1 << 30}, []string{})
	callWithin(menu, "com.canonical.dbusmenu.GetProperty", int32(424242), "label")
	callWithin(menu, "com.canonical.dbusmenu.AboutToShow", int32(-1))
	callWithin(menu, "com.canonical.dbusmenu.EventGroup", []struct {
		A int32
		B string
		C dbus.Variant
		D uint32
	}{{-5, "clicked", dbus.MakeVariant(1), 0}})
	callWithin(evil.Object(p.it.service, p.it.path), "org.freedesktop.DBus.Properties.Set",
		"org.kde.StatusNotifierItem", "IconPixmap", dbus.MakeVariant("not pixels"))
	callWithin(evil.Object(p.it.service, p.it.path), "org.kde.StatusNotifierItem.Scroll", int32(1), "sideways")

	// Messages from one sender arrive in order: once these answer, the
	// daemon and its tray have read everything above.
	var status string
	if err := callWithin(control, "io.github.posturebreak.PostureBreak1.Status").Store(&status); err != nil {
		t.Fatalf("the daemon stopped answering: %v", err)
	}
	p.items()
	if s.hasExited() {
		t.Fatalf("the daemon died: %v\n%s", s.status, s.log.String())
	}
	if got := p.status(); got != "Next break in 45 min" {
		t.Fatalf("the tray now says %q", got)
	}
	if len(s.windowProcesses()) != 0 {
		t.Fatal("a window opened")
	}
	p.click("Take a break now")
	s.waitMapped(breakTitle, 20*time.Second)
}
