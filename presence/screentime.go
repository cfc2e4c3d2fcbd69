//go:build !windows

package presence

import (
	"time"

	"github.com/godbus/dbus/v5"
)

// GNOME 48 and later has break reminders of its own (breakManager.js),
// and says on the bus, under the shell's name, whether one of its breaks
// is running. While it is, the user is away from the desk.
const (
	shellName       = "org.gnome.Shell"
	screenTimePath  = dbus.ObjectPath("/org/gnome/Shell/ScreenTime")
	screenTimeIface = "org.gnome.Shell.ScreenTime"
	// gnomeInBreak is breakManager.js's BreakState.IN_BREAK: a break is
	// needed and the user is taking it. The interface's XML documentation
	// numbers the states differently (it says 2); the shell sends 3.
	gnomeInBreak = 3
)

// followGnomeBreaks follows the State of GNOME's own break reminders,
// from now on and whenever the shell appears, and reports whether the
// shell offers it now. A break of GNOME's counts as the screen being
// locked: time away from the desk, from when it began.
func (s *Session) followGnomeBreaks(b *bus) bool {
	const source = "GNOME's own break"
	set := func(state uint32) { s.setLocked(source, state == gnomeInBreak, time.Now()) }
	read := func() {
		state, _ := property[uint32](b, shellName, screenTimePath, screenTimeIface, "State")
		set(state)
	}
	b.follow(route{service: shellName, path: screenTimePath, member: "org.freedesktop.DBus.Properties.PropertiesChanged", appear: read, on: func(body []any) {
		if state, ok := changedProperty[uint32](body, screenTimeIface, "State"); ok {
			set(state)
		}
	}})
	state, ok := property[uint32](b, shellName, screenTimePath, screenTimeIface, "State")
	if ok {
		set(state)
	}
	return ok
}
