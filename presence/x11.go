//go:build !windows

package presence

import (
	"io"
	"log"
	"slices"
	"sync"
	"time"

	"github.com/jezek/xgb"
	"github.com/jezek/xgb/screensaver"
	"github.com/jezek/xgb/xproto"
)

func init() { xgb.Logger = log.New(io.Discard, "", 0) } // its errors come back to us as values

// display is the X server: the MIT-SCREEN-SAVER extension says how long
// since the last input, and PropertyNotify events on the root window say
// when the active window changes, or goes fullscreen.
type display struct {
	conn    *xgb.Conn
	root    xproto.Window
	atoms   struct{ active, state, fullscreen xproto.Atom }
	changed func()

	mu         sync.Mutex
	active     xproto.Window // the active window, watched for its state
	fullscreen bool
	idleOK     bool      // the server has MIT-SCREEN-SAVER
	alarms     *syncIdle // the server's SYNC IDLETIME alarms; nil without them
}

// openDisplay connects to the X server named by DISPLAY, with alarms for
// idle at threshold if it has them. It reports false without one.
func openDisplay(threshold time.Duration, changed func()) (*display, bool) {
	conn, err := xgb.NewConn()
	if err != nil {
		return nil, false
	}
	d := &display{conn: conn, root: xproto.Setup(conn).DefaultScreen(conn).Root, changed: changed}
	d.idleOK = screensaver.Init(conn) == nil
	for name, atom := range map[string]*xproto.Atom{
		"_NET_ACTIVE_WINDOW": &d.atoms.active, "_NET_WM_STATE": &d.atoms.state, "_NET_WM_STATE_FULLSCREEN": &d.atoms.fullscreen,
	} {
		reply, err := xproto.InternAtom(conn, false, uint16(len(name)), name).Reply()
		if err != nil {
			conn.Close()
			return nil, false
		}
		*atom = reply.Atom
	}
	if alarms, err := followSyncIdle(conn, threshold, changed); err == nil {
		d.alarms = alarms
	}
	d.watch(d.root)
	d.refresh()
	go d.events()
	return d, true
}

// idleFor is how long since the last keyboard or mouse input.
func (d *display) idleFor() (time.Duration, error) {
	info, err := screensaver.QueryInfo(d.conn, xproto.Drawable(d.root)).Reply()
	if err != nil {
		return 0, err
	}
	return time.Duration(info.MsSinceUserInput) * time.Millisecond, nil
}

// Fullscreen says whether the active window is fullscreen.
func (d *display) Fullscreen() bool {
	d.mu.Lock()
	defer d.mu.Unlock()
	return d.fullscreen
}

// watch asks for a window's property changes.
func (d *display) watch(w xproto.Window) {
	xproto.ChangeWindowAttributes(d.conn, w, xproto.CwEventMask, []uint32{xproto.EventMaskPropertyChange})
}

// events follows property changes until the X server goes.
func (d *display) events() {
	for {
		ev, err := d.conn.WaitForEvent()
		if ev == nil && err == nil {
			log.Print("the X server has gone: fullscreen windows are no longer noticed")
			d.mu.Lock()
			d.fullscreen = false
			d.mu.Unlock()
			return
		}
		if p, ok := ev.(xproto.PropertyNotifyEvent); ok && d.matters(p) {
			d.refresh()
		}
		if a, ok := ev.(alarmNotify); ok && d.alarms != nil {
			d.alarms.fired(a)
		}
	}
}

// matters says whether a property change may change what is fullscreen.
func (d *display) matters(p xproto.PropertyNotifyEvent) bool {
	d.mu.Lock()
	defer d.mu.Unlock()
	return (p.Window == d.root && p.Atom == d.atoms.active) || (p.Window == d.active && p.Atom == d.atoms.state)
}

// refresh reads the active window and its state, and tells the daemon if
// whether it is fullscreen changed.
func (d *display) refresh() {
	active := xproto.Window(0)
	if ids := d.atomList(d.root, d.atoms.active, xproto.AtomWindow); len(ids) > 0 {
		active = xproto.Window(ids[0])
	}
	full := active != 0 && slices.Contains(d.atomList(active, d.atoms.state, xproto.AtomAtom), uint32(d.atoms.fullscreen))
	d.mu.Lock()
	old, was := d.active, d.fullscreen
	d.active, d.fullscreen = active, full
	d.mu.Unlock()
	if active != old {
		if old != 0 && old != d.root {
			xproto.ChangeWindowAttributes(d.conn, old, xproto.CwEventMask, []uint32{0}) // its titles and the like are no concern
		}
		if active != 0 {
			d.watch(active)
		}
	}
	if full != was {
		d.changed()
	}
}

// atomList reads a property that is a list of 32-bit values.
func (d *display) atomList(w xproto.Window, prop, kind xproto.Atom) []uint32 {
	reply, err := xproto.GetProperty(d.conn, false, w, prop, kind, 0, 64).Reply()
	if err != nil || reply == nil || reply.Format != 32 {
		return nil
	}
	out := make([]uint32, 0, reply.ValueLen)
	for i := 0; i+4 <= len(reply.Value); i += 4 {
		out = append(out, xgb.Get32(reply.Value[i:]))
	}
	return out
}
