//go:build !windows

package presence

import (
	"slices"
	"sync"
	"time"

	"github.com/godbus/dbus/v5"
)

// freedesktopIdle asks org.freedesktop.ScreenSaver (KDE's) for the session's
// idle time. It reports false where the service does not answer it, as
// GNOME's does not.
func freedesktopIdle(b *bus) (idleSource, bool) {
	ask := func() (time.Duration, error) {
		var ms uint32
		err := b.call("org.freedesktop.ScreenSaver", "/ScreenSaver", "org.freedesktop.ScreenSaver.GetSessionIdleTime", &ms)
		return time.Duration(ms) * time.Millisecond, err
	}
	if _, err := ask(); err != nil {
		return nil, false
	}
	return polledIdle{ask}, true
}

const (
	mutter      = "org.gnome.Mutter.IdleMonitor"
	mutterPath  = dbus.ObjectPath("/org/gnome/Mutter/IdleMonitor/Core")
	mutterIface = "org.gnome.Mutter.IdleMonitor"
)

// mutterIdle follows GNOME's IdleMonitor by its watches rather than by
// polling: one fires when the user has been idle for the threshold, and
// another at their first input after.
type mutterIdle struct {
	b       *bus
	changed func()
	arming  sync.Mutex // one arming of the watches at a time

	mu        sync.Mutex
	threshold time.Duration
	idleWatch uint32    // the watch for the threshold; 0 if none
	backWatch uint32    // the watch for the next input; 0 if none
	idleSince time.Time // zero while the user is active
	early     []uint32  // watches that fired before their adding returned
}

// followMutter starts following the IdleMonitor, if the session has one.
func followMutter(b *bus, threshold time.Duration, changed func()) (idleSource, bool) {
	m := &mutterIdle{b: b, changed: changed}
	present := b.follow(route{service: mutter, path: mutterPath, member: mutterIface + ".WatchFired", on: m.fired, appear: m.restart})
	if !present {
		return nil, false
	}
	m.arm(threshold)
	return m, true
}

func (m *mutterIdle) polled() bool { return false }

func (m *mutterIdle) since(time.Time) time.Time {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.idleSince
}

// setThreshold arms the idle watch for d, and finds out whether the user
// is already idle that long. It calls GNOME Shell, so it does that on its
// own goroutine: the daemon's loop never waits on another program.
func (m *mutterIdle) setThreshold(d time.Duration) { go m.arm(d) }

func (m *mutterIdle) arm(d time.Duration) {
	m.arming.Lock()
	defer m.arming.Unlock()
	m.mu.Lock()
	old := m.idleWatch
	m.threshold, m.idleWatch = d, 0
	m.mu.Unlock()
	if old != 0 {
		m.b.call(mutter, mutterPath, mutterIface+".RemoveWatch", nil, old)
	}
	var id uint32
	if m.b.call(mutter, mutterPath, mutterIface+".AddIdleWatch", &id, uint64(d.Milliseconds())) != nil {
		return
	}
	var idle uint64
	if m.b.call(mutter, mutterPath, mutterIface+".GetIdletime", &idle) != nil {
		return
	}
	m.mu.Lock()
	m.idleWatch = id
	m.mu.Unlock()
	if time.Duration(idle)*time.Millisecond >= d {
		m.wentIdle(time.Now().Add(-time.Duration(idle) * time.Millisecond))
	}
}

// restart arms the watches afresh for a new IdleMonitor (GNOME Shell
// restarted); the old one's watches went with it.
func (m *mutterIdle) restart() {
	m.mu.Lock()
	d := m.threshold
	m.idleWatch, m.backWatch, m.idleSince = 0, 0, time.Time{}
	m.mu.Unlock()
	m.arm(d)
	m.changed()
}

// fired is a watch firing.
func (m *mutterIdle) fired(body []any) {
	if len(body) != 1 {
		return
	}
	id, ok := body[0].(uint32)
	if !ok || id == 0 {
		return
	}
	m.mu.Lock()
	idle, back, threshold := m.idleWatch, m.backWatch, m.threshold
	m.mu.Unlock()
	switch id {
	case idle:
		m.wentIdle(time.Now().Add(-threshold))
	case back:
		m.back()
	default:
		m.mu.Lock()
		m.early = append(m.early[max(len(m.early)-7, 0):], id)
		m.mu.Unlock()
	}
}

func (m *mutterIdle) back() {
	m.mu.Lock()
	m.backWatch, m.idleSince = 0, time.Time{}
	m.mu.Unlock()
	m.changed()
}

// wentIdle notes the user idle since since, and watches for their return.
func (m *mutterIdle) wentIdle(since time.Time) {
	var id uint32
	if m.b.call(mutter, mutterPath, mutterIface+".AddUserActiveWatch", &id) != nil {
		return
	}
	m.mu.Lock()
	m.backWatch, m.idleSince = id, since
	already := slices.Contains(m.early, id) // the user came back before the watch was known
	m.mu.Unlock()
	if already {
		m.back()
		return
	}
	m.changed()
}
