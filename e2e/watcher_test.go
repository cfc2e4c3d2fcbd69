//go:build e2e

package e2e

import (
	"strings"
	"sync"
	"testing"

	"github.com/godbus/dbus/v5"
	"github.com/godbus/dbus/v5/prop"
)

const watcherName = "org.kde.StatusNotifierWatcher"

// watcher is a StatusNotifierWatcher, the service a desktop panel runs so
// that tray icons can register with it.
type watcher struct {
	conn  *dbus.Conn
	mu    sync.Mutex
	items []item
	props *prop.Properties
}

// item is a registered tray icon: the bus name that owns it, and its path.
type item struct {
	service string
	path    dbus.ObjectPath
}

func startWatcher(t testing.TB, conn *dbus.Conn) *watcher {
	t.Helper()
	w := &watcher{conn: conn}
	if err := conn.Export(w, "/StatusNotifierWatcher", watcherName); err != nil {
		t.Fatal(err)
	}
	props, err := prop.Export(conn, "/StatusNotifierWatcher", map[string]map[string]*prop.Prop{watcherName: {
		"RegisteredStatusNotifierItems":  {Value: []string{}, Emit: prop.EmitTrue},
		"IsStatusNotifierHostRegistered": {Value: true, Emit: prop.EmitTrue},
		"ProtocolVersion":                {Value: int32(0), Emit: prop.EmitTrue},
	}})
	if err != nil {
		t.Fatal(err)
	}
	w.props = props
	if reply, err := conn.RequestName(watcherName, dbus.NameFlagDoNotQueue); err != nil || reply != dbus.RequestNameReplyPrimaryOwner {
		t.Fatalf("claiming %s: %v", watcherName, err)
	}
	return w
}

// RegisterStatusNotifierItem is called by a tray icon, with either its
// object path (on the caller's own connection) or a bus name.
func (w *watcher) RegisterStatusNotifierItem(sender dbus.Sender, service string) *dbus.Error {
	it := item{service: string(sender), path: "/StatusNotifierItem"}
	if strings.HasPrefix(service, "/") {
		it.path = dbus.ObjectPath(service)
	} else if service != "" {
		it.service = service
	}
	w.mu.Lock()
	w.items = append(w.items, it)
	names := make([]string, len(w.items))
	for i, x := range w.items {
		names[i] = x.service + string(x.path)
	}
	w.mu.Unlock()
	w.props.SetMust(watcherName, "RegisteredStatusNotifierItems", names)
	w.conn.Emit("/StatusNotifierWatcher", watcherName+".StatusNotifierItemRegistered", it.service+string(it.path))
	return nil
}

func (w *watcher) RegisterStatusNotifierHost(service string) *dbus.Error { return nil }

// registered is the last tray icon registered by the process owning a bus
// name with the given unique-name owner, if any.
func (w *watcher) registered() (item, bool) {
	w.mu.Lock()
	defer w.mu.Unlock()
	if len(w.items) == 0 {
		return item{}, false
	}
	return w.items[len(w.items)-1], true
}
