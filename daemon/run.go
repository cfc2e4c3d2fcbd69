package daemon

import (
	"errors"
	"fmt"
	"log"
	"os"
	"os/signal"
	"path/filepath"
	"syscall"
	"time"

	"github.com/fsnotify/fsnotify"
	"github.com/godbus/dbus/v5"

	"posturebreak/assets"
	"posturebreak/autostart"
	"posturebreak/control"
	"posturebreak/identity"
	"posturebreak/notify"
	"posturebreak/presence"
	"posturebreak/protocol"
	"posturebreak/storage"
	"posturebreak/translation"
	"posturebreak/tray"
)

// Run is the tray daemon (posturebreak with no arguments). If one is
// running already, it asks that one to open its settings and returns. It
// returns the exit code.
func Run(app identity.App) int {
	log.SetFlags(log.Ldate | log.Ltime)
	log.SetPrefix("posturebreak: ")
	dirs, err := storage.UserDirs()
	if err != nil {
		log.Printf("cannot find your home folder: %v", err)
		return 1
	}
	exe, err := os.Executable()
	if err != nil {
		log.Printf("cannot find my own program file: %v", err)
		return 1
	}
	if err := translation.Use(translation.System()); err != nil {
		log.Printf("speaking English: %v", err)
	}
	conn := sessionBus()
	notifier := notify.New(conn, app.Name, app.ID, assets.Read(assets.AppIcon64))
	d := New(dirs, notifier, windows(exe))
	d.Autostart = func(on bool) error { return autostart.Set(on, app.ID, app.Name, exe) }
	if conn != nil {
		if code, another := claim(conn, app, d); another {
			return code
		}
		sayIfNoTray(conn)
	}
	d.Load() // this is the one daemon: its files are its own now
	watchSettings(dirs, d)
	go watchPresence(conn, d.settings.Plan().Break, d)
	stop := stopOnSignal()
	if conn == nil { // no bus, no tray: the loop is all there is
		d.Run(stop)
		return 0
	}
	go answerNotifications(notifier.Actions(), d)
	tray.Run(app, func(t *tray.Tray) {
		d.Tray = t
		go answerTray(t.Clicks(), d)
		d.Run(stop)
		tray.Stop()
	})
	return 0
}

// windows are the window processes, run from the window program beside
// exe or where an install puts it; or, if it is missing, windows that fail
// at once and say why (NoWindows).
func windows(exe string) Windows {
	program, err := protocol.Find(exe)
	if err != nil {
		return NoWindows{Why: err}
	}
	return &Launcher{Exe: program}
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

// claim makes this the one Posture Break on the bus. If another holds
// the name, it asks that one to open its settings, and another is true:
// this process is done, with the exit code.
func claim(conn *dbus.Conn, app identity.App, d *Daemon) (code int, another bool) {
	switch err := control.Serve(conn, app.ID, d); {
	case errors.Is(err, control.ErrRunning):
		fmt.Println("Posture Break is already running; opening its settings.")
		if err := control.Call(conn, app.ID, control.OpenSettingsMethod).Err; err != nil {
			log.Printf("the running Posture Break did not answer: %v", err)
			return 1, true
		}
		return 0, true
	case err != nil:
		log.Printf("cannot offer the D-Bus interface (%v); carrying on without it", err)
	}
	return 0, false
}

// stopOnSignal closes the channel it returns at the first SIGINT, SIGTERM
// or SIGHUP, for the loop to end in order; a second one exits at once.
func stopOnSignal() <-chan struct{} {
	stop := make(chan struct{})
	signals := make(chan os.Signal, 2)
	signal.Notify(signals, syscall.SIGINT, syscall.SIGTERM, syscall.SIGHUP)
	go func() {
		<-signals
		close(stop)
		<-signals
		log.Print("asked again to stop: leaving at once")
		os.Exit(1)
	}()
	return stop
}

// answerNotifications maps what the user does with a break notification
// onto what the daemon does.
func answerNotifications(actions <-chan notify.Action, d *Daemon) {
	for a := range actions {
		switch a {
		case notify.Open:
			d.StartDueBreak()
		case notify.Snooze:
			d.Snooze()
		case notify.Skip:
			d.Skip()
		case notify.Earlier:
			d.EarlierNotification()
		}
	}
}

// answerTray maps the tray's menu onto what the daemon does.
func answerTray(clicks <-chan tray.Click, d *Daemon) {
	for c := range clicks {
		switch c.Action {
		case tray.BreakNow:
			d.BreakNow()
		case tray.Relief:
			d.Relief()
		case tray.Snooze:
			d.Snooze()
		case tray.Skip:
			d.Skip()
		case tray.Pause:
			if err := d.Pause(c.Pause); err != nil {
				log.Printf("could not pause: %v", err)
			}
		case tray.Resume:
			d.Resume()
		case tray.Settings:
			d.OpenSettings()
		case tray.History:
			d.OpenHistory()
		case tray.About:
			d.OpenAbout()
		case tray.Quit:
			d.Quit()
		}
	}
}

// watchPresence follows what the session says about the user, and says
// once, in plain words, where from.
func watchPresence(session *dbus.Conn, threshold time.Duration, d *Daemon) {
	system, err := dbus.ConnectSystemBus()
	if err != nil {
		system = nil // no logind to ask about the lock; the session's own sources remain
	}
	p := presence.Start(session, system, threshold, d.PresenceChanged)
	log.Printf("to know when you are away or busy, Posture Break follows: %s", p.Sources())
	d.UsePresence(p)
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

// editSettles is how long the settings file must stay unchanged before it is
// read: editors save in several steps (truncate and write, or rename and
// create), and a file read midway is not what the user meant.
const editSettles = 300 * time.Millisecond

// watchSettings reloads the settings whenever the file changes, whoever
// changed it, once it has settled. Without a watcher, the settings window's
// closing still does.
func watchSettings(dirs storage.Dirs, d *Daemon) {
	if err := os.MkdirAll(dirs.Config, 0o755); err != nil {
		log.Printf("cannot create the settings folder: %v", err)
		return
	}
	w, err := fsnotify.NewWatcher()
	if err == nil {
		err = w.Add(dirs.Config)
	}
	if err != nil {
		log.Printf("cannot watch the settings file (%v); edits by hand take effect at the next start", err)
		return
	}
	name := filepath.Base(dirs.SettingsFile())
	reload := time.AfterFunc(0, d.SettingsChanged) // once now: an edit between loading and watching is not missed
	go func() {
		for {
			select {
			case ev, ok := <-w.Events:
				if !ok {
					return
				}
				if filepath.Base(ev.Name) == name && ev.Op&(fsnotify.Write|fsnotify.Create|fsnotify.Rename|fsnotify.Remove) != 0 {
					reload.Reset(editSettles)
				}
			case _, ok := <-w.Errors:
				if !ok {
					return
				}
			}
		}
	}()
}
