//go:build e2e

package e2e

import (
	"fmt"
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
	id                 uint32 // the server's answer: the notification's id; 0 until it answers

	sender string // who sent the call, and its serial, to find the answer by
	serial uint32
}

// notifyMonitor records every Notify call on the session bus, as
// dbus-monitor would.
type notifyMonitor struct {
	mu      sync.Mutex
	seen    []sent
	answers map[string]uint32 // the ids answered, by the caller and the call's serial
}

func (s *session) monitorNotifications(t testing.TB) *notifyMonitor {
	conn := bustest.Connect(t, s.addr)
	rules := []string{"type='method_call',interface='org.freedesktop.Notifications',member='Notify'", "type='method_return'"}
	if call := conn.BusObject().Call("org.freedesktop.DBus.Monitoring.BecomeMonitor", 0, rules, uint32(0)); call.Err != nil {
		t.Fatalf("becoming a bus monitor: %v", call.Err)
	}
	m := &notifyMonitor{answers: map[string]uint32{}}
	ch := make(chan *dbus.Message, 64)
	conn.Eavesdrop(ch)
	go func() {
		for msg := range ch {
			b := msg.Body
			if msg.Type == dbus.TypeMethodReply {
				to, _ := msg.Headers[dbus.FieldDestination].Value().(string)
				serial, _ := msg.Headers[dbus.FieldReplySerial].Value().(uint32)
				if len(b) == 1 {
					if id, ok := b[0].(uint32); ok {
						m.mu.Lock()
						m.answers[fmt.Sprint(to, serial)] = id
						m.mu.Unlock()
					}
				}
				continue
			}
			if len(b) != 8 {
				continue
			}
			n := sent{}
			n.app, _ = b[0].(string)
			n.summary, _ = b[3].(string)
			n.body, _ = b[4].(string)
			n.actions, _ = b[5].([]string)
			n.hints, _ = b[6].(map[string]dbus.Variant)
			n.sender, _ = msg.Headers[dbus.FieldSender].Value().(string)
			n.serial = msg.Serial()
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
	out := append([]sent(nil), m.seen...)
	for i := range out {
		out[i].id = m.answers[fmt.Sprint(out[i].sender, out[i].serial)]
	}
	return out
}
