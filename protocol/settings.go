package protocol

import (
	"errors"
	"fmt"

	"posturebreak/settings"
)

// Settings asks for the settings window, showing the settings the daemon
// runs on. The window never reads the settings file itself: only the
// daemon does, and it says in Problem what is wrong with the file, if
// anything. With GnomeMovement, it says that GNOME's own movement breaks
// are on, and offers the choice of which should remind the user.
type Settings struct {
	Current       settings.Settings
	Problem       string
	GnomeMovement bool
}

// The settings window's flags.
const (
	currentFlag = "current"
	problemFlag = "problem"
)

func (Settings) Kind() Kind { return SettingsWindow }

func (s Settings) Args() []string {
	args := []string{"-" + currentFlag, string(settings.Encode(s.Current))}
	if s.Problem != "" {
		args = append(args, "-"+problemFlag, s.Problem)
	}
	if s.GnomeMovement {
		args = append(args, "-"+gnomeFlag)
	}
	return args
}

func parseSettings(args []string) (Settings, error) {
	fs := flagSet(SettingsWindow)
	current := fs.String(currentFlag, "", "")
	var s Settings
	fs.StringVar(&s.Problem, problemFlag, "", "")
	fs.BoolVar(&s.GnomeMovement, gnomeFlag, false, "")
	if err := parseFlags(fs, args); err != nil {
		return s, err
	}
	var err error
	if s.Current, err = exactly([]byte(*current)); err != nil {
		return s, fmt.Errorf("%s: -%s: %w", fs.Name(), currentFlag, err)
	}
	return s, nil
}

// exactly reads settings that must be right as they are: no value out of
// range and nothing unknown (a field left out takes its default, as in the
// settings file).
func exactly(b []byte) (settings.Settings, error) {
	s, problems, err := settings.Parse(b)
	if err == nil && len(problems) > 0 {
		err = problems[0]
	}
	return s, err
}

// SettingsResult is how the settings window ended: saved with new
// settings, and what the user chose about GNOME's movement breaks, or
// closed without.
type SettingsResult struct {
	Saved    bool               `json:"saved"`
	Settings *settings.Settings `json:"settings,omitempty"` // with Saved: the settings to save
	Gnome    Gnome              `json:"gnome,omitempty"`    // with Saved, if offered
}

// Result reads the settings window's line: settings to save that are
// valid as they are, or none.
func (s Settings) Result(line []byte) (SettingsResult, error) {
	var r SettingsResult
	if err := decode(SettingsWindow, line, &r); err != nil {
		return r, err
	}
	if r.Saved != (r.Settings != nil) {
		return r, errors.New("the settings window said saved without settings, or gave settings it did not save")
	}
	if r.Saved {
		if err := r.Settings.Validate(); err != nil {
			return r, fmt.Errorf("the settings window gave settings that are not valid: %w", err)
		}
	}
	return r, r.Gnome.check(SettingsWindow, s.GnomeMovement && r.Saved)
}
