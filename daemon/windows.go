package daemon

import (
	"errors"
	"log"
	"path/filepath"
	"slices"
	"time"

	"posturebreak/protocol"
	"posturebreak/settings"
	"posturebreak/translation"
	"posturebreak/words"
)

// openSettings opens the settings window on the settings the daemon runs
// on, saying what is wrong with the file, if anything. The window reads no
// file: what the user saves comes back here, and only the daemon writes.
func (d *Daemon) openSettings() {
	req := protocol.Settings{Current: d.settings, Problem: words.Settings(settings.Problem(d.Dirs.SettingsFile())), GnomeMovement: d.askAboutGnome(true)}
	if req.Problem == "" && d.allLeftOut() {
		req.Problem = allLeftOutText()
	}
	d.open(req, func(line []byte, err error) {
		d.do(func(now time.Time) { d.settingsEnded(now, req, line, err) })
	})
}

// settingsEnded saves what the settings window saved, and runs on it.
func (d *Daemon) settingsEnded(now time.Time, req protocol.Settings, line []byte, err error) {
	r, rerr := req.Result(line)
	switch {
	case err != nil || rerr != nil:
		log.Printf("the settings window failed: %v", errors.Join(err, rerr))
		return
	case !r.Saved:
		return
	}
	s := *r.Settings
	d.chooseGnome(r.Gnome, &s)
	d.saveSettings(now, s)
}

// saveSettings writes new settings to the file, saying so if it could
// not, and runs on them either way.
func (d *Daemon) saveSettings(now time.Time, s settings.Settings) {
	kept, err := settings.Save(d.Dirs.SettingsFile(), s)
	switch {
	case err != nil:
		d.tellPlainly(translation.L("Your settings could not be saved ({{.Problem}}). Posture Break uses them until it stops.", map[string]any{"Problem": words.Problem(err)}))
	case kept != "":
		d.tellPlainly(translation.L("Your settings are saved. The file that was there could not be used, and is kept as {{.File}}.", map[string]string{"File": filepath.Base(kept)}))
	}
	d.told = ""
	d.apply(now, s)
}

// leaveOut adds exercises the user said are not for them to the settings.
func (d *Daemon) leaveOut(now time.Time, ids []string) {
	s := d.settings
	s.LeftOut = slices.Clone(s.LeftOut)
	for _, id := range ids {
		if !slices.Contains(s.LeftOut, id) {
			s.LeftOut = append(s.LeftOut, id)
		}
	}
	if len(s.LeftOut) > len(d.settings.LeftOut) {
		d.saveSettings(now, s)
	}
}

// page is a window that only shows: the introduction, About or History.
type page interface {
	protocol.Request
	Result(line []byte) (protocol.PageResult, error)
}

// openPage opens a window of advice. Nothing hangs on how it ends, but a
// window that failed is logged.
func (d *Daemon) openPage(req page) {
	d.open(req, func(line []byte, err error) {
		if _, rerr := req.Result(line); err != nil || rerr != nil {
			log.Printf("the %s window failed: %v", req.Kind(), errors.Join(err, rerr))
		}
	})
}

// openIntro opens the first-run introduction. It counts as shown once the
// user has closed it: one that failed to open, or was stopped, comes again
// at the next start.
func (d *Daemon) openIntro() {
	req := protocol.Intro{GnomeMovement: d.askAboutGnome(false)}
	d.open(req, func(line []byte, err error) {
		r, rerr := req.Result(line)
		if err != nil || rerr != nil {
			log.Printf("the introduction failed, so it will come again at the next start: %v", errors.Join(err, rerr))
			return
		}
		d.do(func(now time.Time) {
			d.introduced = d.introduced || r.Read
			if s := d.settings; d.chooseGnome(r.Gnome, &s) {
				d.saveSettings(now, s)
			}
		})
	})
}

// open opens a window, unless one of its kind is open already.
func (d *Daemon) open(req protocol.Request, done func([]byte, error)) {
	if !d.openWindow(req, done) {
		log.Printf("the %s window is already open", req.Kind())
	}
}

// openWindow starts a window process, as Windows.Open does. A window
// that could not open the display is told to the user, once: each window
// after it would fail the same way.
func (d *Daemon) openWindow(req protocol.Request, done func([]byte, error)) bool {
	return d.Windows.Open(req, func(line []byte, err error) {
		if errors.Is(err, protocol.ErrNoDisplay) {
			d.do(func(time.Time) { d.tellNoDisplay() })
		}
		done(line, err)
	})
}

// tellNoDisplay says, once, that the windows cannot open.
func (d *Daemon) tellNoDisplay() {
	if d.toldNoDisplay {
		return
	}
	d.toldNoDisplay = true
	d.notice("Posture Break", translation.L("Posture Break's windows cannot open on this display; its log says why. Breaks still come as notifications."))
}

// reload reads the settings file again, after it changed.
func (d *Daemon) reload(now time.Time) {
	s, n := settings.Reload(d.Dirs.SettingsFile(), d.settings)
	notice := words.Settings(n)
	if notice != "" && notice != d.told {
		d.tellPlainly(notice)
	}
	d.told = notice
	d.apply(now, s)
}

// apply runs on new settings.
func (d *Daemon) apply(now time.Time, s settings.Settings) {
	if s.Equal(d.settings) {
		return
	}
	login := s.StartAtLogin != d.settings.StartAtLogin
	d.settings = s
	d.timer.SetPlan(s.Plan(), now)
	d.presence.SetThreshold(s.Plan().Break)
	if login {
		d.startAtLogin()
	}
}

// startAtLogin makes the system agree with the setting.
func (d *Daemon) startAtLogin() {
	if d.Autostart == nil {
		return
	}
	if err := d.Autostart(d.settings.StartAtLogin); err != nil {
		log.Printf("could not change whether Posture Break starts at login: %v", err)
	}
}
