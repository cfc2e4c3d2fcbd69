//go:build !windows

package daemon

import (
	"log"
	"time"

	"github.com/godbus/dbus/v5"

	"posturebreak/assets"
	"posturebreak/control"
	"posturebreak/gnomebreaks"
	"posturebreak/identity"
	"posturebreak/notify"
	"posturebreak/presence"
	"posturebreak/storage"
)

// openDesktop is Linux's and the BSDs' session: notifications, the
// command line and presence over D-Bus (presence on X11 too), and a tray
// if there is a session bus. Without one there is nothing to offer: each
// break opens its window directly.
func openDesktop(app identity.App, _ storage.Dirs, _ string) desktop {
	conn := sessionBus()
	d := desktop{
		notifier: notify.New(conn, app.Name, app.ID, assets.Read(assets.AppIcon64)),
		serve:    func(control.Handler) error { return nil },
		presence: func(threshold time.Duration, changed func()) *presence.Session {
			system, err := dbus.ConnectSystemBus()
			if err != nil {
				system = nil // no logind to ask about the lock; the session's own sources remain
			}
			return presence.Start(conn, system, threshold, changed)
		},
		tray: conn != nil,
		gnome: func(changed func(bool)) GnomeBreaks {
			if r := gnomebreaks.Follow(conn, changed); r != nil {
				return r
			}
			return nil // not a nil *Reminders in an interface
		},
	}
	if conn != nil {
		d.serve = func(h control.Handler) error {
			err := control.Serve(conn, app.ID, h)
			if err == nil {
				sayIfNoTray(conn)
			}
			return err
		}
	}
	return d
}

// sessionBus connects to the session bus, or says plainly what is lost
// without one and returns nil.
func sessionBus() *dbus.Conn {
	conn, err := dbus.ConnectSessionBus()
	if err != nil {
		log.Printf("no D-Bus session bus (%v): there will be no tray icon and no clickable notifications; each break opens its window directly", err)
		return nil
	}
	return conn
}

// sayIfNoTray tells the log plainly when no panel will show the icon.
func sayIfNoTray(conn *dbus.Conn) {
	var has bool
	err := conn.BusObject().Call("org.freedesktop.DBus.NameHasOwner", 0, "org.kde.StatusNotifierWatcher").Store(&has)
	if err == nil && !has {
		log.Print("no system tray on this desktop (nothing owns org.kde.StatusNotifierWatcher), so no icon is shown; " +
			"breaks still come as notifications, and `posturebreak settings` opens the settings")
	}
}
