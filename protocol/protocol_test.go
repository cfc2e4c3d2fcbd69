package protocol

import (
	"encoding/json"
	"reflect"
	"strings"
	"testing"
	"time"

	"posturebreak/history"
	"posturebreak/settings"
)

// Every request the daemon makes is read back by the window as it was made.
func TestEveryRequestRoundTripsItsCommandLine(t *testing.T) {
	custom := settings.Defaults
	custom.WorkMinutes, custom.Equipment = 30, []string{"band"}
	custom.WorkingHours.Enabled = true
	for _, req := range []Request{
		Break{Exercises: []string{"cat-cow", "rows", "superman"}, Length: 2 * time.Minute, Snooze: 5 * time.Minute},
		Break{Exercises: []string{"cat-cow"}, Length: 90 * time.Second},
		Settings{Current: custom, Problem: "Your settings file could not be used: it ends too early."},
		Settings{Current: settings.Defaults},
		Settings{Current: settings.Defaults, GnomeMovement: true},
		Intro{},
		Intro{GnomeMovement: true},
		About{},
		History{},
	} {
		cmd := Command(req)
		if cmd[0] != string(req.Kind()) {
			t.Errorf("%T: command %q", req, cmd)
		}
		got, err := Parse(cmd)
		if err != nil {
			t.Errorf("%T: %v", req, err)
			continue
		}
		if s, ok := got.(Settings); ok {
			if want := req.(Settings); !s.Current.Equal(want.Current) || s.Problem != want.Problem || s.GnomeMovement != want.GnomeMovement {
				t.Errorf("settings came back as %+v, want %+v", s, want)
			}
			continue
		}
		if !reflect.DeepEqual(got, req) {
			t.Errorf("%T came back as %+v, want %+v", req, got, req)
		}
	}
}

func TestABadCommandLineIsRefused(t *testing.T) {
	for _, args := range [][]string{
		nil,
		{"fireworks"},
		{"break"},
		{"break", "-exercises", "cat-cow,jumping-jacks", "-length", "2m"},
		{"break", "-exercises", "cat-cow", "-length", "0s"},
		{"break", "-exercises", "cat-cow", "-length", "2m", "-snooze", "-1m"},
		{"break", "-exercises", "cat-cow", "-length", "soon"},
		{"break", "-exercises", "cat-cow", "-length", "2m", "extra"},
		{"settings"},
		{"settings", "-current", `{"work_minutes": 0}`},
		{"settings", "-current", `{"work_minutes": 30`},
		{"settings", "-current", `{}`, "-colour", "red"},
		{"intro", "-now"},
		{"about", "please"},
	} {
		if req, err := Parse(args); err == nil {
			t.Errorf("%q was read as %+v", args, req)
		}
	}
}

func TestTheBreakWindowsResultIsCheckedAgainstWhatWasOffered(t *testing.T) {
	b := Break{Exercises: []string{"cat-cow", "rows"}, Length: 2 * time.Minute}
	good := map[string]BreakResult{
		`{"outcome":"done","exercise":"cat-cow","another":0,"seconds":120}`:                 {history.Done, "cat-cow", 0, 120, nil},
		`{"outcome":"skipped","exercise":"rows","another":1,"seconds":0}`:                   {history.Skipped, "rows", 1, 0, nil},
		`{"outcome":"snoozed","exercise":"cat-cow","seconds":86400}`:                        {history.Snoozed, "cat-cow", 0, 86400, nil},
		`{"outcome":"done","exercise":"rows","another":1,"left_out":["cat-cow"]}`:           {history.Done, "rows", 1, 0, []string{"cat-cow"}},
		`{"outcome":"skipped","exercise":"rows","another":1,"left_out":["cat-cow","rows"]}`: {history.Skipped, "rows", 1, 0, []string{"cat-cow", "rows"}},
	}
	for line, want := range good {
		if got, err := b.Result([]byte(line)); err != nil || !reflect.DeepEqual(got, want) {
			t.Errorf("%s: %+v, %v", line, got, err)
		}
	}
	for _, line := range []string{
		``, `garbage`, `[]`, `{"outcome":"exploded","exercise":"cat-cow"}`, `{"outcome":"away","exercise":"cat-cow"}`,
		`{"outcome":"done","exercise":"superman"}`, `{"outcome":"done","exercise":"rows","another":0}`,
		`{"outcome":"done","exercise":"cat-cow","another":2}`, `{"outcome":"done","exercise":"cat-cow","another":-1}`,
		`{"outcome":"done","exercise":"cat-cow","seconds":-1}`, `{"outcome":"done","exercise":"cat-cow","seconds":86401}`,
		`{"outcome":"done","exercise":"cat-cow","admin":true}`,
		`{"outcome":"done","exercise":"cat-cow","left_out":["rows"]}`, // not shown yet
		`{"outcome":"done","exercise":"rows","another":1,"left_out":["cat-cow","cat-cow"]}`,
		`{"outcome":"done","exercise":"cat-cow","left_out":["superman"]}`, `{"outcome":"done","exercise":"cat-cow","left_out":"cat-cow"}`,
	} {
		if got, err := b.Result([]byte(line)); err == nil {
			t.Errorf("%q was read as %+v", line, got)
		}
	}
}

func TestTheSettingsWindowsResultIsValidSettingsOrNone(t *testing.T) {
	want := settings.Defaults
	want.WorkMinutes = 240
	saved, _ := json.Marshal(SettingsResult{Saved: true, Settings: &want})
	if r, err := (Settings{}).Result(saved); err != nil || !r.Saved || !r.Settings.Equal(want) {
		t.Fatalf("%s: %+v, %v", saved, r, err)
	}
	if r, err := (Settings{}).Result([]byte(`{"saved":false}`)); err != nil || r.Saved {
		t.Fatalf("cancelled: %+v, %v", r, err)
	}
	for _, line := range []string{
		`{"saved":true}`,
		`{"saved":false,"settings":` + strings.TrimSpace(string(settings.Encode(want))) + `}`,
		strings.Replace(string(saved), `"work_minutes":240`, `"work_minutes":241`, 1),
		strings.Replace(string(saved), `"equipment":[]`, `"equipment":["jetpack"]`, 1),
		strings.Replace(string(saved), `"monday":["09:00-17:00"]`, `"monday":["9 to 5"]`, 1),
		`{"saved":true,"settings":{"work_minutes":"many"}}`,
		`{"read":true}`,
	} {
		if r, err := (Settings{}).Result([]byte(line)); err == nil {
			t.Errorf("%s was read as %+v", line, r)
		}
	}
}

func TestAPageResultIsThatItWasRead(t *testing.T) {
	if r, err := (Intro{}).Result([]byte(`{"read":true}`)); err != nil || !r.Read {
		t.Fatalf("%+v, %v", r, err)
	}
	if _, err := (About{}).Result([]byte(`{"read":true,"x":1}`)); err == nil {
		t.Fatal("an unknown field was taken")
	}
}

// A choice about GNOME's movement breaks is read only from a window that
// offered it, and only as one of the known choices.
func TestTheGnomeChoiceIsOnlyWhatWasOffered(t *testing.T) {
	offered, plain := Intro{GnomeMovement: true}, Intro{}
	for line, want := range map[string]Gnome{`{"read":true}`: GnomeUndecided, `{"read":true,"gnome":"posture-break"}`: GnomeOff, `{"read":true,"gnome":"keep-both"}`: GnomeKept} {
		if r, err := offered.Result([]byte(line)); err != nil || r.Gnome != want {
			t.Errorf("the introduction's %s read as %+v, %v", line, r, err)
		}
	}
	for req, line := range map[Intro]string{offered: `{"read":true,"gnome":"off"}`, plain: `{"read":true,"gnome":"keep-both"}`} {
		if r, err := req.Result([]byte(line)); err == nil {
			t.Errorf("%+v: %s read as %+v", req, line, r)
		}
	}
	if r, err := (About{}).Result([]byte(`{"read":true,"gnome":"posture-break"}`)); err == nil {
		t.Errorf("About made a choice about GNOME's breaks: %+v", r)
	}
	saved := `{"saved":true,"settings":` + string(settings.Encode(settings.Defaults)) + `,"gnome":"posture-break"}`
	if r, err := (Settings{GnomeMovement: true}).Result([]byte(saved)); err != nil || r.Gnome != GnomeOff {
		t.Errorf("the settings window's choice read as %+v, %v", r, err)
	}
	for offered, line := range map[bool]string{false: saved, true: `{"saved":false,"gnome":"keep-both"}`} {
		if r, err := (Settings{GnomeMovement: offered}).Result([]byte(line)); err == nil {
			t.Errorf("offered %v: %s read as %+v", offered, line, r)
		}
	}
}
