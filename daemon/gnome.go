package daemon

import (
	"log"
	"time"

	"posturebreak/protocol"
	"posturebreak/settings"
	"posturebreak/translation"
	"posturebreak/words"
)

// GnomeBreaks is GNOME's own break reminders (gnomebreaks.Reminders), on
// GNOME 48 and later: whether its movement breaks are on, and turning
// them off.
type GnomeBreaks interface {
	Movement() bool
	TurnOffMovement() error
}

// UseGnomeBreaks follows GNOME's own reminders from before the loop
// starts, so that the first-run introduction knows to ask about them.
func (d *Daemon) UseGnomeBreaks(g GnomeBreaks) {
	d.gnome, d.gnomeMovement = g, g.Movement()
	if d.gnomeMovement {
		log.Print("GNOME's own movement breaks are on too")
	}
}

// GnomeMovementChanged says that GNOME's movement breaks were turned on
// or off: windows opened from now on say so.
func (d *Daemon) GnomeMovementChanged(on bool) {
	d.do(func(time.Time) {
		log.Printf("GNOME's own movement breaks were turned %s", map[bool]string{true: "on", false: "off"}[on])
		d.gnomeMovement = on
	})
}

// askAboutGnome says whether a window should ask which reminds the user
// to move; Settings asks whenever GNOME's movement breaks are on, the
// introduction only if the user has not chosen to keep both.
func (d *Daemon) askAboutGnome(evenIfKept bool) bool {
	return d.gnome != nil && d.gnomeMovement && (evenIfKept || !d.settings.KeepGnomeBreaks)
}

// chooseGnome carries out what the user chose about GNOME's movement
// breaks, in s, the settings about to be saved: to keep both, or to turn
// GNOME's off. It reports whether s changed.
func (d *Daemon) chooseGnome(g protocol.Gnome, s *settings.Settings) bool {
	switch {
	case g == protocol.GnomeKept:
		changed := !s.KeepGnomeBreaks
		s.KeepGnomeBreaks = true
		return changed
	case g == protocol.GnomeOff && d.gnome != nil:
		if err := d.gnome.TurnOffMovement(); err != nil {
			d.tellPlainly(translation.L("GNOME's movement breaks could not be turned off ({{.Problem}}). You can turn them off in GNOME's Settings, under Wellbeing.", map[string]any{"Problem": words.Problem(err)}))
			return false
		}
		d.gnomeMovement = false // until GNOME says otherwise
		changed := s.KeepGnomeBreaks
		s.KeepGnomeBreaks = false
		return changed
	}
	return false
}
