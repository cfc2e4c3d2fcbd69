//go:build e2e

package e2e

import (
	"context"
	"testing"
	"time"

	"github.com/godbus/dbus/v5"
)

// menuItem is one entry of a dbusmenu layout.
type menuItem struct {
	id      int32
	label   string
	enabled bool
	visible bool
	kind    string
}

// panel reads and clicks the tray menu of a registered item over
// com.canonical.dbusmenu, as a desktop panel does.
type panel struct {
	t    testing.TB
	conn *dbus.Conn
	it   item
	menu dbus.ObjectPath
}

func (s *session) panel() *panel {
	s.t.Helper()
	var it item
	eventually(s.t, 20*time.Second, "the tray icon registers with the watcher", func() bool {
		var ok bool
		it, ok = s.watcher.registered()
		return ok && s.hasName(it.service) // not one left by an earlier daemon
	})
	return s.panelOf(it)
}

// panelOf reads the menu of a registered item.
func (s *session) panelOf(it item) *panel {
	s.t.Helper()
	p := &panel{t: s.t, conn: s.bus, it: it}
	v, err := s.bus.Object(it.service, it.path).GetProperty("org.kde.StatusNotifierItem.Menu")
	if err != nil {
		s.t.Fatalf("reading the item's Menu property: %v", err)
	}
	p.menu = v.Value().(dbus.ObjectPath)
	return p
}

// property reads a StatusNotifierItem property.
func (p *panel) property(name string) dbus.Variant {
	v, err := p.conn.Object(p.it.service, p.it.path).GetProperty("org.kde.StatusNotifierItem." + name)
	if err != nil {
		p.t.Fatalf("reading %s: %v", name, err)
	}
	return v
}

// items is the whole menu, read with GetLayout: entries of a submenu follow
// their parent, with the parent's label and a slash before their own.
func (p *panel) items() []menuItem {
	var revision uint32
	var layout struct {
		ID       int32
		Props    map[string]dbus.Variant
		Children []dbus.Variant
	}
	call := callWithin(p.conn.Object(p.it.service, p.menu), "com.canonical.dbusmenu.GetLayout", int32(0), int32(-1), []string{})
	if err := call.Store(&revision, &layout); err != nil {
		p.t.Fatalf("GetLayout: %v", err)
	}
	return p.flatten(layout.Children, "")
}

func (p *panel) flatten(children []dbus.Variant, parent string) []menuItem {
	var out []menuItem
	for _, c := range children {
		fields, ok := c.Value().([]any)
		if !ok || len(fields) != 3 {
			p.t.Fatalf("malformed menu entry %v", c)
		}
		props, _ := fields[1].(map[string]dbus.Variant)
		m := menuItem{id: fields[0].(int32), enabled: true, visible: true}
		if v, ok := props["label"]; ok {
			m.label, _ = v.Value().(string)
		}
		if v, ok := props["enabled"]; ok {
			m.enabled, _ = v.Value().(bool)
		}
		if v, ok := props["visible"]; ok {
			m.visible, _ = v.Value().(bool)
		}
		if v, ok := props["type"]; ok {
			m.kind, _ = v.Value().(string)
		}
		if parent != "" {
			m.label = parent + "/" + m.label
		}
		out = append(out, m)
		if sub, ok := fields[2].([]dbus.Variant); ok && len(sub) > 0 {
			out = append(out, p.flatten(sub, m.label)...)
		}
	}
	return out
}

// status is the menu's first entry: the status line.
func (p *panel) status() string {
	items := p.items()
	if len(items) == 0 {
		p.t.Fatal("the tray menu is empty")
	}
	return items[0].label
}

// click chooses the visible entry with this label ("Pause/For 1 hour" for
// an entry of a submenu).
func (p *panel) click(label string) {
	p.t.Helper()
	for _, m := range p.items() {
		if m.label == label && m.visible && m.enabled {
			call := callWithin(p.conn.Object(p.it.service, p.menu), "com.canonical.dbusmenu.Event",
				m.id, "clicked", dbus.MakeVariant(int32(0)), uint32(time.Now().Unix()))
			if call.Err != nil {
				p.t.Fatalf("clicking %q: %v", label, call.Err)
			}
			return
		}
	}
	p.t.Fatalf("no enabled menu entry %q in %+v", label, p.items())
}

func (p *panel) waitStatus(timeout time.Duration, want func(string) bool, what string) string {
	p.t.Helper()
	var got string
	eventually(p.t, timeout, what, func() bool {
		got = p.status()
		return want(got)
	})
	return got
}

// callWithin calls a method, giving up after five seconds: a test must fail,
// never hang, when the other side does not answer.
func callWithin(obj dbus.BusObject, method string, args ...any) *dbus.Call {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	return obj.CallWithContext(ctx, method, 0, args...)
}

// changes reports when the item next changes what a panel shows: a new
// icon, or a new menu layout or label. It listens from now on.
func (p *panel) changes() <-chan time.Time {
	p.t.Helper()
	for _, rule := range []dbus.MatchOption{dbus.WithMatchInterface("org.kde.StatusNotifierItem"), dbus.WithMatchInterface("com.canonical.dbusmenu")} {
		if err := p.conn.AddMatchSignal(dbus.WithMatchSender(p.it.service), rule); err != nil {
			p.t.Fatal(err)
		}
	}
	signals := make(chan *dbus.Signal, 64)
	p.conn.Signal(signals)
	at := make(chan time.Time, 64)
	go func() {
		for sig := range signals {
			switch sig.Name {
			case "org.kde.StatusNotifierItem.NewIcon", "com.canonical.dbusmenu.LayoutUpdated", "com.canonical.dbusmenu.ItemsPropertiesUpdated":
				select {
				case at <- time.Now():
				default:
				}
			}
		}
	}()
	return at
}
