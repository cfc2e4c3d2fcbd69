//go:build !windows

package presence

import "github.com/godbus/dbus/v5"

// Something that keeps the screen from going idle (a video player, a
// slide show, a browser in a call, and apps that ask through the portal's
// Inhibit) is what a fullscreen window is on X11: the user is watching,
// or showing, and a break would interrupt. Wayland hides other apps'
// windows, but the desktop knows who inhibits idle.
const (
	gnomeSession     = "org.gnome.SessionManager"
	gnomeSessionPath = dbus.ObjectPath("/org/gnome/SessionManager")
	// gnomeInhibitIdle is the idle bit of gnome-session's InhibitedActions
	// (GsmInhibitorFlag: 1 log out, 2 switch user, 4 suspend, 8 idle).
	gnomeInhibitIdle = 8

	kdeInhibit     = "org.freedesktop.PowerManagement.Inhibit"
	kdeInhibitPath = dbus.ObjectPath("/org/freedesktop/PowerManagement/Inhibit")
)

// followGnomeInhibitors follows gnome-session's InhibitedActions, and
// reports whether the session manager is there. Posture Break inhibits
// nothing itself, so every inhibitor is another app's.
func (s *Session) followGnomeInhibitors(b *bus) bool {
	const source = "gnome-session"
	set := func(flags uint32) { s.setInhibited(source, flags&gnomeInhibitIdle != 0) }
	read := func() {
		flags, _ := property[uint32](b, gnomeSession, gnomeSessionPath, gnomeSession, "InhibitedActions")
		set(flags)
	}
	present := b.follow(route{service: gnomeSession, path: gnomeSessionPath, member: "org.freedesktop.DBus.Properties.PropertiesChanged", appear: read, on: func(body []any) {
		if flags, ok := changedProperty[uint32](body, gnomeSession, "InhibitedActions"); ok {
			set(flags)
		}
	}})
	if present {
		read()
	}
	return present
}

// followKDEInhibitors follows KDE's PowerManagement HasInhibit, and
// reports whether it answers.
func (s *Session) followKDEInhibitors(b *bus) bool {
	const source = "KDE power management"
	read := func() {
		var has bool
		err := b.call(kdeInhibit, kdeInhibitPath, kdeInhibit+".HasInhibit", &has)
		s.setInhibited(source, err == nil && has)
	}
	present := b.follow(route{service: kdeInhibit, path: kdeInhibitPath, member: kdeInhibit + ".HasInhibitChanged", appear: read, on: func(body []any) {
		if len(body) == 1 {
			if has, ok := body[0].(bool); ok {
				s.setInhibited(source, has)
			}
		}
	}})
	if !present {
		return false
	}
	var has bool
	if b.call(kdeInhibit, kdeInhibitPath, kdeInhibit+".HasInhibit", &has) != nil {
		return false
	}
	s.setInhibited(source, has)
	return true
}

// setInhibited records what an idle-inhibitor source says.
func (s *Session) setInhibited(source string, on bool) { s.setSaid(&s.inhibited, source, on) }
