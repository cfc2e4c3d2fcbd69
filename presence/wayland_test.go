//go:build linux

package presence

import (
	"bufio"
	"encoding/binary"
	"net"
	"path/filepath"
	"sync"
	"testing"
	"time"
)

// compositor is a Wayland compositor of the few messages ext-idle-notify
// takes, speaking the real wire format: Debian 12's compositors predate
// the protocol (sway 1.7), or need a whole Plasma session (KWin).
type compositor struct {
	t        *testing.T
	globals  []global
	mu       sync.Mutex
	conn     net.Conn
	bound    map[string]uint32 // interface → the client's id for it
	asked    []asked           // notifications asked for
	closed   []uint32          // notifications destroyed
	received chan struct{}
}

type global struct {
	iface   string
	version uint32
}

// asked is a get_idle_notification (op 1) or get_input_idle_notification (2).
type asked struct {
	op                uint16
	id, timeout, seat uint32
}

// serve listens at a socket in a fresh folder, and sets WAYLAND_DISPLAY
// to it.
func serve(t *testing.T, globals ...global) *compositor {
	path := filepath.Join(t.TempDir(), "wayland-test")
	ln, err := net.Listen("unix", path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ln.Close() })
	t.Setenv("WAYLAND_DISPLAY", path)
	c := &compositor{t: t, globals: globals, bound: map[string]uint32{}, received: make(chan struct{}, 64)}
	go func() {
		conn, err := ln.Accept()
		if err != nil {
			return
		}
		c.mu.Lock()
		c.conn = conn
		c.mu.Unlock()
		t.Cleanup(func() { conn.Close() })
		c.read(bufio.NewReader(conn))
	}()
	return c
}

func (c *compositor) read(r *bufio.Reader) {
	var registry uint32
	for {
		obj, op, args, err := readMessage(r)
		if err != nil {
			return
		}
		word := func(i int) uint32 { return binary.LittleEndian.Uint32(args[4*i:]) }
		c.mu.Lock()
		switch {
		case obj == wlDisplayID && op == displayGetRegistry:
			registry = word(0)
			for i, g := range c.globals {
				c.send(registry, registryGlobal, cat(u32(uint32(i+1)), str(g.iface), u32(g.version)))
			}
		case obj == wlDisplayID && op == displaySync:
			c.send(word(0), callbackDone, u32(7))
			c.send(wlDisplayID, displayDeleteID, u32(word(0)))
		case obj == registry && op == registryBind:
			n := int(word(1))
			iface := string(args[8 : 8+n-1])
			c.bound[iface] = binary.LittleEndian.Uint32(args[8+(n+3)&^3+4:])
		case obj == c.bound["ext_idle_notifier_v1"] && (op == notifierGetIdle || op == notifierGetInputIdle):
			c.asked = append(c.asked, asked{op, word(0), word(1), word(2)})
		case op == notificationDestroy:
			c.closed = append(c.closed, obj)
		}
		c.mu.Unlock()
		c.received <- struct{}{}
	}
}

// send writes an event. c.mu is held.
func (c *compositor) send(obj uint32, op uint16, args []byte) {
	c.conn.Write(cat(u32(obj), u32(uint32(8+len(args))<<16|uint32(op)), args))
}

// event sends an event on the notification last asked for.
func (c *compositor) event(op uint16) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.send(c.asked[len(c.asked)-1].id, op, nil)
}

func (c *compositor) lastAsked() (asked, int) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if len(c.asked) == 0 {
		return asked{}, 0
	}
	return c.asked[len(c.asked)-1], len(c.asked)
}

var desktop = []global{{"wl_compositor", 5}, {"wl_seat", 7}}

// With version 2 offered, the client asks for the input idle notification
// at the threshold, on the seat it bound, and follows its idled and
// resumed; a new threshold replaces the notification.
func TestWaylandsIdleNotification(t *testing.T) {
	c := serve(t, append(desktop, global{"ext_idle_notifier_v1", 2})...)
	var changes sync.WaitGroup
	changes.Add(2)
	w, err := followWaylandIdle(2*time.Minute, func() { changes.Done() })
	if err != nil {
		t.Fatal(err)
	}
	waitUntil(t, "the notification is asked for", func() bool { _, n := c.lastAsked(); return n == 1 })
	a, _ := c.lastAsked()
	c.mu.Lock()
	seat := c.bound["wl_seat"]
	c.mu.Unlock()
	if a.op != notifierGetInputIdle || a.timeout != 120000 || a.seat != seat || seat == 0 {
		t.Fatalf("asked %+v with the seat bound as %d; want the input idle notification, at 120000 ms, on that seat", a, seat)
	}
	c.event(notificationIdled)
	waitUntil(t, "idle is seen", func() bool { return !w.since(time.Now()).IsZero() })
	if ago := time.Since(w.since(time.Now())); ago < 2*time.Minute || ago > 2*time.Minute+10*time.Second {
		t.Fatalf("idle since %v ago, want the threshold", ago)
	}
	c.event(notificationBack)
	waitUntil(t, "the return is seen", func() bool { return w.since(time.Now()).IsZero() })
	changes.Wait()
	w.setThreshold(3 * time.Minute)
	waitUntil(t, "a new notification is asked for", func() bool { _, n := c.lastAsked(); return n == 2 })
	if b, _ := c.lastAsked(); b.timeout != 180000 || b.id == a.id {
		t.Fatalf("after the new threshold asked %+v, want 180000 ms on a new object", b)
	}
	c.mu.Lock()
	closed := c.closed
	c.mu.Unlock()
	if len(closed) != 1 || closed[0] != a.id {
		t.Fatalf("destroyed %v, want the old notification %d", closed, a.id)
	}
	if w.says() == "" || !w.input {
		t.Fatal("the source does not say it is the input idle notification")
	}
}

// Version 1 has only the idle notification, which inhibitors hold back;
// a compositor without the protocol offers nothing, and says so.
func TestWaylandsOlderAndMissingIdleNotification(t *testing.T) {
	c := serve(t, append(desktop, global{"ext_idle_notifier_v1", 1})...)
	if _, err := followWaylandIdle(time.Minute, func() {}); err != nil {
		t.Fatal(err)
	}
	waitUntil(t, "the notification is asked for", func() bool { _, n := c.lastAsked(); return n == 1 })
	if a, _ := c.lastAsked(); a.op != notifierGetIdle {
		t.Fatalf("asked %+v of a version 1 notifier", a)
	}
	serve(t, desktop...)
	if w, err := followWaylandIdle(time.Minute, func() {}); err == nil {
		t.Fatalf("followed %+v where the compositor has no ext-idle-notify", w)
	}
	t.Setenv("WAYLAND_DISPLAY", "")
	if _, err := followWaylandIdle(time.Minute, func() {}); err == nil {
		t.Fatal("followed a Wayland compositor with none")
	}
}
