//go:build linux

package presence

import (
	"testing"
	"time"

	"github.com/godbus/dbus/v5"

	"posturebreak/bustest"
)

// sessionManager stands in for gnome-session's org.gnome.SessionManager,
// by its interface (gnome-session needs a whole GNOME session to run):
// it answers Properties.Get with its InhibitedActions.
type sessionManager struct{ flags uint32 }

func (m *sessionManager) Get(iface, name string) (dbus.Variant, *dbus.Error) {
	if iface != gnomeSession || name != "InhibitedActions" {
		return dbus.Variant{}, dbus.MakeFailedError(dbus.ErrMsgUnknownMethod)
	}
	return dbus.MakeVariant(m.flags), nil
}

// kdeInhibitor stands in for KDE's PowerManagement Inhibit, by its
// interface (PowerDevil needs a whole Plasma session).
type kdeInhibitor struct{ has bool }

func (k *kdeInhibitor) HasInhibit() (bool, *dbus.Error) { return k.has, nil }

func presenting(s *Session) bool { return s.Read(time.Time{}, false).Presenting }

// gnome-session's idle bit, and only that bit, is a presentation: read at
// the start and followed in PropertiesChanged.
func TestGnomesIdleInhibitorsArePresenting(t *testing.T) {
	addr := bustest.Start(t)
	gnome, daemon := bustest.Connect(t, addr), bustest.Connect(t, addr)
	gnome.Export(&sessionManager{flags: 4 | 8}, gnomeSessionPath, "org.freedesktop.DBus.Properties")
	if _, err := gnome.RequestName(gnomeSession, dbus.NameFlagDoNotQueue); err != nil {
		t.Fatal(err)
	}
	s := &Session{}
	if !s.followGnomeInhibitors(newBus(daemon)) || !presenting(s) {
		t.Fatal("an idle inhibitor at the start is not a presentation")
	}
	changed := func(flags uint32) {
		gnome.Emit(gnomeSessionPath, "org.freedesktop.DBus.Properties.PropertiesChanged", gnomeSession,
			map[string]dbus.Variant{"InhibitedActions": dbus.MakeVariant(flags)}, []string{})
	}
	changed(4) // suspend only: a download, say
	waitUntil(t, "the idle inhibitor's end is seen", func() bool { return !presenting(s) })
	changed(8)
	waitUntil(t, "a new idle inhibitor is seen", func() bool { return presenting(s) })
}

// KDE's HasInhibit is a presentation: read at the start, and followed in
// HasInhibitChanged.
func TestKDEsIdleInhibitorsArePresenting(t *testing.T) {
	addr := bustest.Start(t)
	kde, daemon := bustest.Connect(t, addr), bustest.Connect(t, addr)
	kde.Export(&kdeInhibitor{}, kdeInhibitPath, kdeInhibit)
	if _, err := kde.RequestName(kdeInhibit, dbus.NameFlagDoNotQueue); err != nil {
		t.Fatal(err)
	}
	s := &Session{}
	if !s.followKDEInhibitors(newBus(daemon)) || presenting(s) {
		t.Fatal("KDE's inhibitors were not found, or nothing inhibiting counted")
	}
	kde.Emit(kdeInhibitPath, kdeInhibit+".HasInhibitChanged", true)
	waitUntil(t, "an inhibitor is seen", func() bool { return presenting(s) })
	kde.Emit(kdeInhibitPath, kdeInhibit+".HasInhibitChanged", false)
	waitUntil(t, "its end is seen", func() bool { return !presenting(s) })
}
