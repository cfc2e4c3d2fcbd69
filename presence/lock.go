//go:build !windows

package presence

import (
	"os"
	"time"

	"github.com/godbus/dbus/v5"
)

// screenSaver is a service that says whether the screen is locked (or
// blanked) with ActiveChanged, and answers GetActive.
type screenSaver struct {
	service string
	paths   []dbus.ObjectPath
	iface   string
}

// screenSavers are the lock services of the session bus: freedesktop's
// (KDE, Xfce, Cinnamon, and others), and GNOME's.
var screenSavers = []screenSaver{
	{"org.freedesktop.ScreenSaver", []dbus.ObjectPath{"/org/freedesktop/ScreenSaver", "/ScreenSaver"}, "org.freedesktop.ScreenSaver"},
	{"org.gnome.ScreenSaver", []dbus.ObjectPath{"/org/gnome/ScreenSaver"}, "org.gnome.ScreenSaver"},
}

// followScreenSaver follows one lock service, from now on and whenever it
// appears. It reports whether the service is on the bus now.
func (s *Session) followScreenSaver(b *bus, ss screenSaver) bool {
	read := func() {
		var active bool
		locked := b.call(ss.service, ss.paths[0], ss.iface+".GetActive", &active) == nil && active
		s.setLocked(ss.service, locked, time.Now())
	}
	present := false
	for i, p := range ss.paths {
		r := route{service: ss.service, path: p, member: ss.iface + ".ActiveChanged", on: func(body []any) {
			if len(body) == 1 {
				if active, ok := body[0].(bool); ok {
					s.setLocked(ss.service, active, time.Now())
				}
			}
		}}
		if i == 0 {
			r.appear = read
		}
		present = b.follow(r) || present
	}
	if present {
		read()
	}
	return present
}

const login1 = "org.freedesktop.login1"

// followLogind follows the LockedHint of this login session on the system
// bus. It reports whether logind knows the session.
func (s *Session) followLogind(b *bus) bool {
	session, ok := s.loginSession(b)
	if !ok {
		return false
	}
	const iface = "org.freedesktop.login1.Session"
	read := func() {
		locked, _ := property[bool](b, login1, session, iface, "LockedHint")
		s.setLocked("logind", locked, time.Now())
	}
	b.follow(route{service: login1, path: session, member: "org.freedesktop.DBus.Properties.PropertiesChanged", appear: read, on: func(body []any) {
		if locked, ok := changedProperty[bool](body, iface, "LockedHint"); ok {
			s.setLocked("logind", locked, time.Now())
		}
	}})
	read()
	return true
}

// loginSession finds this process's login session: by its PID, or else by
// XDG_SESSION_ID.
func (s *Session) loginSession(b *bus) (dbus.ObjectPath, bool) {
	const manager = dbus.ObjectPath("/org/freedesktop/login1")
	var path dbus.ObjectPath
	if b.call(login1, manager, login1+".Manager.GetSessionByPID", &path, uint32(os.Getpid())) == nil && path.IsValid() {
		return path, true
	}
	if id := os.Getenv("XDG_SESSION_ID"); id != "" {
		if b.call(login1, manager, login1+".Manager.GetSession", &path, id) == nil && path.IsValid() {
			return path, true
		}
	}
	return "", false
}
