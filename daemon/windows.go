package daemon

import (
	"log"
	"time"

	"posturebreak/settings"
)

func (d *Daemon) openSettings() {
	d.open("settings", []string{"-file", d.Dirs.SettingsFile()}, func([]byte, error) { d.SettingsChanged() })
}

// open opens a window, unless one of its kind is open already.
func (d *Daemon) open(kind string, args []string, done func([]byte, error)) {
	if !d.Windows.Open(kind, args, done) {
		log.Printf("the %s window is already open", kind)
	}
}

func (d *Daemon) reload(now time.Time) {
	s, notice := settings.Reload(d.Dirs.SettingsFile(), d.settings)
	if notice != "" && notice != d.told {
		d.tellPlainly(notice)
	}
	d.told = notice
	if !s.Equal(d.settings) {
		login := s.StartAtLogin != d.settings.StartAtLogin
		d.settings = s
		d.timer.SetPlan(s.Plan(), now)
		if login {
			d.startAtLogin()
		}
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
