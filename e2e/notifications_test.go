//go:build e2e

package e2e

import (
	"sync"
	"testing"

	"github.com/godbus/dbus/v5"

	"posturebreak/bustest"
)

// sent is a Notify call seen on the bus.
type sent struct {
	app, summary, body string
	actions            []string
	hints              map[string]dbus.Variant
}

// notifyMonitor records every Notify call on the session bus, as
// dbus-monitor would.
type notifyMonitor struct {
	mu   sync.Mutex
	seen []sent
}

func (s *session) monitorNotifications(t testing.TB) *notifyMonitor {
	conn := bustest.Connect(t, s.addr)
	rule := "type='method_call',interface='org.freedesktop.Notifications',member='Notify'"
	if call := conn.BusObject().Call("org.freedesktop.DBus.Monitoring.BecomeMonitor", 0, []string{rule}, uint32(0)); call.Err != nil {
		t.Fatalf("becoming a bus monitor: %v", call.Err)
	}
	m := &notifyMonitor{}
	ch := make(chan *dbus.Message, 16)
	conn.Eavesdrop(ch)
	go func() {
		for msg := range ch {
			b := msg.Body
			if len(b) != 8 {
				continue
			}
			n := sent{}
			n.app, _ = b[0].(string)
			n.summary, _ = b[3].(string)
			n.body, _ = b[4].(string)
			n.actions, _ = b[5].([]string)
			n.hints, _ = b[6].(map[string]dbus.Variant)
			m.mu.Lock()
			m.seen = append(m.seen, n)
			m.mu.Unlock()
		}
	}()
	return m
}

func (m *notifyMonitor) all() []sent {
	m.mu.Lock()
	defer m.mu.Unlock()
	return append([]sent(nil), m.seen...)
}
