//go:build e2e

package e2e

import (
	"sync"
	"testing"

	"github.com/godbus/dbus/v5"
	"github.com/godbus/dbus/v5/prop"

	"posturebreak/bustest"
)

// Fakes of the desktop services that cannot run here (GNOME Shell's idle
// monitor, a screen saver, logind, KDE's notification server), each
// speaking its documented D-Bus interface on a private bus.

// claim exports nothing more: it makes conn the owner of name.
func claim(t testing.TB, conn *dbus.Conn, name string) {
	t.Helper()
	if reply, err := conn.RequestName(name, dbus.NameFlagDoNotQueue); err != nil || reply != dbus.RequestNameReplyPrimaryOwner {
		t.Fatalf("claiming %s: %v", name, err)
	}
}

const (
	mutterName  = "org.gnome.Mutter.IdleMonitor"
	mutterPath  = dbus.ObjectPath("/org/gnome/Mutter/IdleMonitor/Core")
	mutterIface = "org.gnome.Mutter.IdleMonitor"
)

// fakeMutter is org.gnome.Mutter.IdleMonitor: idle watches fire when the
// test says the user has been idle, user-active watches (one-shot) when
// the test says they are back.
type fakeMutter struct {
	conn   *dbus.Conn
	mu     sync.Mutex
	next   uint32
	idle   map[uint32]uint64 // id → interval in ms
	active []uint32
}

func startMutter(t testing.TB, addr string) *fakeMutter {
	m := &fakeMutter{conn: bustest.Connect(t, addr), idle: map[uint32]uint64{}}
	if err := m.conn.Export(m, mutterPath, mutterIface); err != nil {
		t.Fatal(err)
	}
	claim(t, m.conn, mutterName)
	return m
}

func (m *fakeMutter) GetIdletime() (uint64, *dbus.Error) { return 0, nil }

func (m *fakeMutter) AddIdleWatch(interval uint64) (uint32, *dbus.Error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.next++
	m.idle[m.next] = interval
	return m.next, nil
}

func (m *fakeMutter) AddUserActiveWatch() (uint32, *dbus.Error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.next++
	m.active = append(m.active, m.next)
	return m.next, nil
}

func (m *fakeMutter) RemoveWatch(id uint32) *dbus.Error {
	m.mu.Lock()
	defer m.mu.Unlock()
	delete(m.idle, id)
	return nil
}

// intervals are the idle watches armed, in ms.
func (m *fakeMutter) intervals() []uint64 {
	m.mu.Lock()
	defer m.mu.Unlock()
	var out []uint64
	for _, ms := range m.idle {
		out = append(out, ms)
	}
	return out
}

// idleFor fires the idle watches of intervals up to ms.
func (m *fakeMutter) idleFor(ms uint64) {
	m.mu.Lock()
	var fire []uint32
	for id, interval := range m.idle {
		if interval <= ms {
			fire = append(fire, id)
		}
	}
	m.mu.Unlock()
	for _, id := range fire {
		m.conn.Emit(mutterPath, mutterIface+".WatchFired", id)
	}
}

// back fires, and so removes, the user-active watches.
func (m *fakeMutter) back() {
	m.mu.Lock()
	fire := m.active
	m.active = nil
	m.mu.Unlock()
	for _, id := range fire {
		m.conn.Emit(mutterPath, mutterIface+".WatchFired", id)
	}
}

// fakeScreenSaver is org.freedesktop.ScreenSaver (or GNOME's): GetActive,
// and ActiveChanged when the test locks or unlocks. idleMs, if set, is
// what GetSessionIdleTime answers, as KDE's does.
type fakeScreenSaver struct {
	conn   *dbus.Conn
	path   dbus.ObjectPath
	iface  string
	mu     sync.Mutex
	active bool
	idleMs *uint32
}

func startScreenSaver(t testing.TB, addr, name string, path dbus.ObjectPath) *fakeScreenSaver {
	ss := &fakeScreenSaver{conn: bustest.Connect(t, addr), path: path, iface: name}
	if err := ss.conn.Export(ss, path, name); err != nil {
		t.Fatal(err)
	}
	claim(t, ss.conn, name)
	return ss
}

func (ss *fakeScreenSaver) GetActive() (bool, *dbus.Error) {
	ss.mu.Lock()
	defer ss.mu.Unlock()
	return ss.active, nil
}

func (ss *fakeScreenSaver) GetSessionIdleTime() (uint32, *dbus.Error) {
	ss.mu.Lock()
	defer ss.mu.Unlock()
	if ss.idleMs == nil {
		return 0, dbus.NewError("org.freedesktop.DBus.Error.NotSupported", []any{"not supported"})
	}
	return *ss.idleMs, nil
}

func (ss *fakeScreenSaver) setIdle(ms uint32) {
	ss.mu.Lock()
	ss.idleMs = &ms
	ss.mu.Unlock()
}

func (ss *fakeScreenSaver) lock(on bool) {
	ss.mu.Lock()
	ss.active = on
	ss.mu.Unlock()
	ss.conn.Emit(ss.path, ss.iface+".ActiveChanged", on)
}

const loginSession = dbus.ObjectPath("/org/freedesktop/login1/session/_31")

// fakeLogind is org.freedesktop.login1 on the bus that stands in for the
// system bus: one session, whose LockedHint the test sets.
type fakeLogind struct {
	props *prop.Properties
}

type loginManager struct{}

func (loginManager) GetSessionByPID(uint32) (dbus.ObjectPath, *dbus.Error) { return loginSession, nil }

func startLogind(t testing.TB, addr string) *fakeLogind {
	conn := bustest.Connect(t, addr)
	if err := conn.Export(loginManager{}, "/org/freedesktop/login1", "org.freedesktop.login1.Manager"); err != nil {
		t.Fatal(err)
	}
	props, err := prop.Export(conn, loginSession, map[string]map[string]*prop.Prop{"org.freedesktop.login1.Session": {
		"LockedHint": {Value: false, Emit: prop.EmitTrue},
	}})
	if err != nil {
		t.Fatal(err)
	}
	claim(t, conn, "org.freedesktop.login1")
	return &fakeLogind{props: props}
}

func (l *fakeLogind) lock(on bool) {
	l.props.SetMust("org.freedesktop.login1.Session", "LockedHint", on)
}

// fakePlasma is KDE's notification server, as far as this app uses it:
// Notify, CloseNotification, and the Inhibited property (do not disturb).
type fakePlasma struct {
	props *prop.Properties
	mu    sync.Mutex
	sent  []string // the body of each notification
}

func startPlasma(t testing.TB, addr string) *fakePlasma {
	conn := bustest.Connect(t, addr)
	p := &fakePlasma{}
	const path, iface = "/org/freedesktop/Notifications", "org.freedesktop.Notifications"
	if err := conn.Export(p, path, iface); err != nil {
		t.Fatal(err)
	}
	props, err := prop.Export(conn, path, map[string]map[string]*prop.Prop{iface: {
		"Inhibited": {Value: false, Emit: prop.EmitTrue},
	}})
	if err != nil {
		t.Fatal(err)
	}
	p.props = props
	claim(t, conn, iface)
	return p
}

func (p *fakePlasma) Notify(app string, replaces uint32, icon, summary, body string, actions []string, hints map[string]dbus.Variant, timeout int32) (uint32, *dbus.Error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.sent = append(p.sent, body)
	return uint32(len(p.sent)), nil
}

func (p *fakePlasma) CloseNotification(uint32) *dbus.Error { return nil }
func (p *fakePlasma) GetCapabilities() ([]string, *dbus.Error) {
	return []string{"actions", "body"}, nil
}
func (p *fakePlasma) GetServerInformation() (string, string, string, string, *dbus.Error) {
	return "Plasma", "KDE", "6.0", "1.2", nil
}

func (p *fakePlasma) bodies() []string {
	p.mu.Lock()
	defer p.mu.Unlock()
	return append([]string(nil), p.sent...)
}

func (p *fakePlasma) inhibit(on bool) {
	p.props.SetMust("org.freedesktop.Notifications", "Inhibited", on)
}
