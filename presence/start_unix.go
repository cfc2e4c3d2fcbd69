//go:build !windows

package presence

import (
	"os"
	"time"

	"github.com/godbus/dbus/v5"
)

// Start follows whichever sources the session offers, and returns once it
// knows which: session and system may be nil (no bus), and an X display
// is used if DISPLAY names one. changed is called, from the sources' own
// goroutines, whenever an event source changes what Read would say.
// threshold is how long without input matters (a break's length).
func Start(session, system *dbus.Conn, threshold time.Duration, changed func()) *Session {
	s := &Session{changed: changed, calls: systemCalls(), threshold: threshold}
	var x *display
	if os.Getenv("DISPLAY") != "" {
		x, _ = openDisplay(threshold, s.notify)
	}
	if session != nil {
		s.followSession(newBus(session), threshold)
	} else if idle, err := followWaylandIdle(threshold, s.notify); err == nil {
		s.setIdle(idle, idle.says())
	}
	if x != nil {
		switch {
		case s.idle != nil: // GNOME's IdleMonitor, or the Wayland compositor's
		case x.alarms != nil:
			s.setIdle(x.alarms, "idle time from X11's SYNC IDLETIME alarms")
		case x.idleOK:
			s.setIdle(polledIdle{x.idleFor}, "idle time from X11's MIT-SCREEN-SAVER (asked every 15 s)")
		}
		s.mu.Lock()
		s.screen = x
		s.mu.Unlock()
		s.use("fullscreen windows from X11")
	}
	if system != nil {
		if s.followLogind(newBus(system)) {
			s.use("screen lock from logind")
		} else {
			system.Close() // nothing to follow there
		}
	}
	if s.calls != nil {
		s.use("calls from open cameras and running microphones (near a break only)")
	}
	return s
}

// followSession follows the session bus's sources. The idle source is the
// first of GNOME's IdleMonitor, the Wayland compositor's ext-idle-notify-v1
// and KDE's ScreenSaver idle time (polled).
func (s *Session) followSession(b *bus, threshold time.Duration) {
	if idle, ok := followMutter(b, threshold, s.notify); ok {
		s.setIdle(idle, "idle time from GNOME's IdleMonitor")
	} else if idle, err := followWaylandIdle(threshold, s.notify); err == nil {
		s.setIdle(idle, idle.says())
	} else if idle, ok := freedesktopIdle(b); ok {
		s.setIdle(idle, "idle time from org.freedesktop.ScreenSaver (asked every 15 s)")
	}
	for _, ss := range screenSavers {
		if s.followScreenSaver(b, ss) {
			s.use("screen lock from " + ss.service)
		}
	}
	for _, sw := range serverSwitches {
		if s.followServerSwitch(b, sw) {
			s.use("do not disturb from " + sw.name)
		}
	}
	if s.followGnomeInhibitors(b) {
		s.use("videos and presentations from gnome-session's idle inhibitors")
	}
	if s.followKDEInhibitors(b) {
		s.use("videos and presentations from KDE's idle inhibitors")
	}
	if s.followGnomeBreaks(b) {
		s.use("GNOME's own breaks, as time away (org.gnome.Shell.ScreenTime)")
	}
	if s.followGnome(b) {
		s.use("do not disturb from GNOME's show-banners (settings portal)")
	}
	if s.followXfce(b) {
		s.use("do not disturb from Xfce (xfconf)")
	}
}
