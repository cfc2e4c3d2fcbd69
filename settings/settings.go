// Package settings owns the user's preferences: their defaults and limits,
// reading them from a file that may have been hand-edited or truncated,
// and saving them atomically. The window that edits them is in the window
// half (ui/settingswindow); only the running daemon reads the file with
// consequences (Load, which may move it aside) or writes it (Save).
//
// The file is JSON, in the user's config folder (settings.json). Rules for a
// file that is not as expected, so that nothing the user chose is lost:
//   - missing: the defaults are used;
//   - not JSON, not an object, or a value of the wrong type: the file is kept
//     beside the original as settings.json.bad-<time>, the defaults are used,
//     and the user is told;
//   - a number out of range: the nearest allowed value is used, the file is
//     left as it is, and the user is told;
//   - a working-hours range or a piece of equipment it cannot read: that
//     one entry is left out, the file is left as it is, and the user is told;
//   - a field it does not know (from a newer version, say): ignored.
package settings

import (
	"errors"
	"reflect"
	"slices"
	"time"

	"posturebreak/exercises"
	"posturebreak/schedule"

	"posturebreak/translation"
)

// Settings is what the user chose.
type Settings struct {
	WorkMinutes   int          `json:"work_minutes"`   // work between breaks
	BreakMinutes  int          `json:"break_minutes"`  // length of a break
	SnoozeMinutes int          `json:"snooze_minutes"` // length of a snooze
	MaxSnoozes    int          `json:"max_snoozes"`    // snoozes allowed per break; 0 offers none
	Sound         bool         `json:"sound"`          // a sound when a break starts
	StartAtLogin  bool         `json:"start_at_login"`
	WorkingHours  WorkingHours `json:"working_hours"`
	Equipment     []string     `json:"equipment"` // extras the user has (exercises.Extras keys), beyond a desk
	LeftOut       []string     `json:"left_out"`  // exercises the user said are not for them ("Not for me"), by id

	// A posture check every PostureCheckMinutes of work, between breaks;
	// 0 for none. One of CheckChoices.
	PostureCheckMinutes int `json:"posture_check_minutes"`
	// KeepGnomeBreaks: on GNOME 48 and later, the user chose to keep
	// GNOME's own movement breaks beside Posture Break's.
	KeepGnomeBreaks bool `json:"keep_gnome_movement_breaks"`

	// When I'm busy: see Presence.
	AwayIsBreak      bool `json:"away_counts_as_break"`      // time away counts as a break
	WaitDoNotDisturb bool `json:"wait_while_do_not_disturb"` // a due break waits while do not disturb is on
	WaitFullscreen   bool `json:"wait_while_fullscreen"`     // ... while the active window is fullscreen
	WaitInCall       bool `json:"wait_while_in_call"`        // ... while the camera or a microphone is in use
}

// Defaults are 45 minutes of work, then a 2-minute break, at any hour, with
// up to two 5-minute snoozes, a sound, and exercises that need nothing but
// a desk. Working hours, once switched on, start as 09:00-17:00 on weekdays.
//
// A posture check comes every 15 minutes of work: with the 45-minute
// interval that is two quiet cues between breaks, at 15 and 30 minutes,
// each as far from the other and from the breaks as the rule that no check
// comes within 5 minutes of a break allows. 10 would be four cues an hour
// of which one is always dropped; 20 and 30 would leave one.
var Defaults = Settings{
	WorkMinutes: 45, BreakMinutes: 2, SnoozeMinutes: 5, MaxSnoozes: 2, Sound: true,
	WorkingHours: OfficeHours, Equipment: []string{}, LeftOut: []string{}, PostureCheckMinutes: 15,
	AwayIsBreak: true, WaitDoNotDisturb: true, WaitFullscreen: true, WaitInCall: true,
}

// Equal says whether two settings are the same.
func (s Settings) Equal(o Settings) bool { return reflect.DeepEqual(s.normal(), o.normal()) }

// normal makes empty lists one way, so equal settings compare equal.
func (s Settings) normal() Settings {
	if s.Equipment == nil {
		s.Equipment = []string{}
	}
	if s.LeftOut == nil {
		s.LeftOut = []string{}
	}
	s.WorkingHours = s.WorkingHours.normal()
	return s
}

// Plan is the timer's rhythm for these settings.
func (s Settings) Plan() schedule.Plan {
	p := schedule.DefaultPlan
	p.Work = time.Duration(s.WorkMinutes) * time.Minute
	p.Break = time.Duration(s.BreakMinutes) * time.Minute
	p.Snooze = time.Duration(s.SnoozeMinutes) * time.Minute
	p.MaxSnoozes = s.MaxSnoozes
	p.Hours = s.WorkingHours.Hours()
	p.Check = time.Duration(s.PostureCheckMinutes) * time.Minute
	return p
}

// CheckChoices are how often a posture check may come, in minutes of
// work; 0 is never.
var CheckChoices = []int{0, 10, 15, 20, 30}

// Field is one whole-number setting: its key in the file, how the settings
// window names it, its unit, its limits (inclusive), and its place in
// Settings.
type Field struct {
	Key      string
	Label    string
	Unit     string
	Min, Max int
	Of       func(*Settings) *int
}

// Clamp is the nearest value within the field's limits.
func (f Field) Clamp(v int) int { return min(max(v, f.Min), f.Max) }

// The whole-number settings.
var (
	Work    = Field{"work_minutes", translation.Mark("Work interval"), translation.Mark("minutes"), 1, 240, func(s *Settings) *int { return &s.WorkMinutes }}
	Break   = Field{"break_minutes", translation.Mark("Break length"), translation.Mark("minutes"), 1, 30, func(s *Settings) *int { return &s.BreakMinutes }}
	Snooze  = Field{"snooze_minutes", translation.Mark("Snooze length"), translation.Mark("minutes"), 1, 30, func(s *Settings) *int { return &s.SnoozeMinutes }}
	Snoozes = Field{"max_snoozes", translation.Mark("Snoozes per break"), translation.Mark("snoozes"), 0, 10, func(s *Settings) *int { return &s.MaxSnoozes }}
	Fields  = []Field{Work, Break, Snooze, Snoozes}
)

// Switch is one on-or-off setting: its key in the file, how the settings
// window names it, the one line that says what it watches, and its place
// in Settings.
type Switch struct {
	Key, Label, Watches string
	Of                  func(*Settings) *bool
}

// The on-or-off settings. Busy are those of the "When I'm busy" tab.
var (
	Sound        = Switch{"sound", translation.Mark("Play a sound when a break starts"), "", func(s *Settings) *bool { return &s.Sound }}
	StartAtLogin = Switch{"start_at_login", translation.Mark("Start Posture Break when I log in"), "", func(s *Settings) *bool { return &s.StartAtLogin }}
	Busy         = []Switch{
		{"away_counts_as_break", translation.Mark("Count time away as a break"),
			translation.Mark("No keyboard or mouse input for a break's length, or a locked screen, counts as a break taken."),
			func(s *Settings) *bool { return &s.AwayIsBreak }},
		{"wait_while_do_not_disturb", translation.Mark("Wait while do not disturb is on"),
			translation.Mark("Watches your desktop's do-not-disturb switch (GNOME, KDE, Xfce or dunst)."),
			func(s *Settings) *bool { return &s.WaitDoNotDisturb }},
		{"wait_while_fullscreen", translation.Mark("Wait while a window is fullscreen"),
			translation.Mark("Watches whether the window you are using fills the screen (a film, a slideshow, a game), or a video or presentation keeps the screen awake."),
			func(s *Settings) *bool { return &s.WaitFullscreen }},
		{"wait_while_in_call", translation.Mark("Wait while I'm in a call"),
			translation.Mark("Watches whether your camera or a microphone is in use, never what they see or hear."),
			func(s *Settings) *bool { return &s.WaitInCall }},
	}
	// KeepGnome has no switch of its own: the windows ask about it while
	// GNOME's own movement breaks are on.
	KeepGnome = Switch{"keep_gnome_movement_breaks", "", "", func(s *Settings) *bool { return &s.KeepGnomeBreaks }}
	Switches  = append([]Switch{Sound, StartAtLogin, KeepGnome}, Busy...)
)

// Validate reports every value out of range, any equipment the app does
// not know, and working hours switched on with none set.
func (s Settings) Validate() error {
	var errs []error
	for _, f := range Fields {
		if v := *f.Of(&s); f.Clamp(v) != v {
			errs = append(errs, &RangeError{f, v, false})
		}
	}
	for _, key := range s.Equipment {
		if !exercises.IsExtra(key) {
			errs = append(errs, &UnknownName{"equipment", key, false})
		}
	}
	for _, id := range s.LeftOut {
		if _, ok := exercises.ByID(id); !ok {
			errs = append(errs, &UnknownName{"left_out", id, false})
		}
	}
	if !slices.Contains(CheckChoices, s.PostureCheckMinutes) {
		errs = append(errs, &ChoiceError{s.PostureCheckMinutes, false})
	}
	if err := s.WorkingHours.Validate(); err != nil {
		errs = append(errs, err)
	}
	return errors.Join(errs...)
}
