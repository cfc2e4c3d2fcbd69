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
	keepLog(dirs)
	exe, err := os.Executable()
	if err != nil {
		log.Printf("cannot find my own program file: %v", err)
		return 1
	}
	if err := translation.Use(translation.System()); err != nil {
		log.Printf("speaking English: %v", err)
	}
	desk := openDesktop(app, dirs, exe)
	d := New(dirs, desk.notifier, windowProgram(exe))
	d.Autostart = func(on bool) error { return autostart.Set(on, app.ID, app.Name, exe) }
	if err := desk.serve(d); errors.Is(err, control.ErrRunning) {
		return openSettingsThere(app)
	} else if err != nil {
		log.Printf("cannot answer the command line (%v); carrying on without it", err)
	}
	d.Load() // this is the one daemon: its files are its own now
	watchSettings(dirs, d)
	if desk.gnome != nil {
		if g := desk.gnome(d.GnomeMovementChanged); g != nil {
			d.UseGnomeBreaks(g)
		}
	}
	go func() {
		p := desk.presence(d.settings.Plan().Break, d.PresenceChanged)
		log.Printf("to know when you are away or busy, Posture Break follows: %s", p.Sources())
		d.UsePresence(p)
	}()
	stop := stopOnSignal()
	if !desk.tray { // no tray: the loop is all there is
		d.Run(stop)
		return 0
	}
	go answerNotifications(desk.notifier.Actions(), d)
	tray.Run(app, func(t *tray.Tray) {
		d.Tray = t
		go answerTray(t.Clicks(), d)
		d.Run(stop)
		tray.Stop()
	})
	return 0
}

// windowProgram is the window processes, run from the window program beside
// exe or where an install puts it; or, if it is missing, windows that fail
// at once and say why (NoWindows).
func windowProgram(exe string) Windows {
	program, err := protocol.Find(exe)
	if err != nil {
		return NoWindows{Why: err}
	}
	return &Launcher{Exe: program}
}

// desktop is what this platform's session offers the daemon, behind the
// small interfaces its loop uses: notifications and their clicks, the
// channel the command line and a second start reach it by (which also
// makes it the one instance), what the session says of the user, and
// whether there is a tray. desktop_unix.go and desktop_windows.go make it.
type desktop struct {
	notifier interface {
		Notifier
		Actions() <-chan notify.Action
	}
	serve    func(control.Handler) error // control.ErrRunning if another daemon answers
	presence func(threshold time.Duration, changed func()) *presence.Session
	tray     bool
	// gnome follows GNOME's own break reminders, calling changed when its
	// movement breaks are turned on or off; nil where there are none.
	gnome func(changed func(movement bool)) GnomeBreaks
}

// openSettingsThere asks the daemon already running to open its settings,
// as a second start does, and returns the exit code.
func openSettingsThere(app identity.App) int {
	fmt.Println("Posture Break is already running; opening its settings.")
	if _, err := control.Ask(app.ID, control.OpenSettingsMethod); err != nil {
		log.Printf("the running Posture Break did not answer: %v", err)
		return 1
	}
	return 0
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
		case notify.ShowMe:
			d.Relief()
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
