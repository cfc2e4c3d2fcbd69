//go:build !windows

package presence

import (
	"context"
	"log"
	"sync"
	"time"

	"github.com/godbus/dbus/v5"
)

// bus follows signals from named services on one bus. A signal counts only
// if it comes from the current owner of the name it claims to be from:
// any program on the bus can send any signal.
type bus struct {
	conn   *dbus.Conn
	mu     sync.Mutex
	owners map[string]string // well-known name → its owner's unique name
	routes []route
}

// route is what to do with one kind of signal from one service.
type route struct {
	service string          // the sender's well-known name
	path    dbus.ObjectPath // empty for any
	member  string          // interface.member
	on      func(body []any)
	appear  func() // the service has a new owner: read its state afresh
}

const callTimeout = 2 * time.Second

func newBus(conn *dbus.Conn) *bus {
	b := &bus{conn: conn, owners: map[string]string{}}
	signals := make(chan *dbus.Signal, 16)
	conn.Signal(signals)
	go func() {
		for sig := range signals {
			b.deliver(sig)
		}
	}()
	return b
}

// follow routes a signal, and watches its service's owner. It returns
// whether the service is on the bus now.
func (b *bus) follow(r route) bool {
	b.mu.Lock()
	b.routes = append(b.routes, r)
	_, known := b.owners[r.service]
	b.mu.Unlock()
	opts := []dbus.MatchOption{dbus.WithMatchSender(r.service), dbus.WithMatchMember(member(r.member)), dbus.WithMatchInterface(iface(r.member))}
	if r.path != "" {
		opts = append(opts, dbus.WithMatchObjectPath(r.path))
	}
	if err := b.conn.AddMatchSignal(opts...); err != nil {
		log.Printf("cannot listen to %s: %v", r.service, err)
	}
	if !known {
		b.conn.AddMatchSignal(dbus.WithMatchSender("org.freedesktop.DBus"), dbus.WithMatchMember("NameOwnerChanged"), dbus.WithMatchArg(0, r.service))
		b.setOwner(r.service, b.owner(r.service))
	}
	return b.ownerOf(r.service) != ""
}

func (b *bus) owner(name string) string {
	var owner string
	ctx, cancel := context.WithTimeout(context.Background(), callTimeout)
	defer cancel()
	if b.conn.BusObject().CallWithContext(ctx, "org.freedesktop.DBus.GetNameOwner", 0, name).Store(&owner) != nil {
		return ""
	}
	return owner
}

func (b *bus) ownerOf(name string) string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.owners[name]
}

func (b *bus) setOwner(name, owner string) {
	b.mu.Lock()
	b.owners[name] = owner
	b.mu.Unlock()
}

// deliver hands a signal to its routes, if it is from whom it says.
func (b *bus) deliver(sig *dbus.Signal) {
	if sig == nil {
		return
	}
	if sig.Sender == "org.freedesktop.DBus" && sig.Name == "org.freedesktop.DBus.NameOwnerChanged" {
		b.ownerChanged(sig.Body)
		return
	}
	b.mu.Lock()
	var todo []func([]any)
	for _, r := range b.routes {
		if sig.Name == r.member && (r.path == "" || sig.Path == r.path) && sig.Sender != "" && b.owners[r.service] == sig.Sender {
			todo = append(todo, r.on)
		}
	}
	b.mu.Unlock()
	for _, on := range todo {
		on(sig.Body)
	}
}

func (b *bus) ownerChanged(body []any) {
	if len(body) != 3 {
		return
	}
	name, ok1 := body[0].(string)
	owner, ok2 := body[2].(string)
	if !ok1 || !ok2 {
		return
	}
	b.mu.Lock()
	if _, watched := b.owners[name]; !watched {
		b.mu.Unlock()
		return
	}
	b.owners[name] = owner
	var todo []func()
	for _, r := range b.routes {
		if r.service == name && r.appear != nil {
			todo = append(todo, r.appear)
		}
	}
	b.mu.Unlock()
	for _, appear := range todo {
		appear() // with no owner, each reads nothing and says so
	}
}

// call calls a method, with a deadline, and stores its reply in out
// (nil for a method that returns nothing).
func (b *bus) call(service string, path dbus.ObjectPath, method string, out any, args ...any) error {
	ctx, cancel := context.WithTimeout(context.Background(), callTimeout)
	defer cancel()
	c := b.conn.Object(service, path).CallWithContext(ctx, method, dbus.FlagNoAutoStart, args...)
	if out == nil {
		return c.Err
	}
	return c.Store(out)
}

// property reads a property as a T.
func property[T any](b *bus, service string, path dbus.ObjectPath, iface, name string) (T, bool) {
	var v dbus.Variant
	var none T
	if b.call(service, path, "org.freedesktop.DBus.Properties.Get", &v, iface, name) != nil {
		return none, false
	}
	t, ok := v.Value().(T)
	return t, ok
}

// changedProperty finds a property in a PropertiesChanged signal's body
// for iface, if it is there and a T.
func changedProperty[T any](body []any, iface, name string) (T, bool) {
	var none T
	if len(body) != 3 {
		return none, false
	}
	if i, ok := body[0].(string); !ok || i != iface {
		return none, false
	}
	props, ok := body[1].(map[string]dbus.Variant)
	if !ok {
		return none, false
	}
	v, ok := props[name]
	if !ok {
		return none, false
	}
	t, ok := v.Value().(T)
	return t, ok
}

func iface(member string) string {
	for i := len(member) - 1; i >= 0; i-- {
		if member[i] == '.' {
			return member[:i]
		}
	}
	return ""
}

func member(full string) string { return full[len(iface(full))+1:] }
