// Package settings owns the user's preferences: their defaults and limits,
// reading them from a file that may have been hand-edited or truncated,
// saving them atomically, and the window that edits them.
//
// The file is JSON, in the user's config folder (settings.json). Rules for a
// file that is not as expected, so that nothing the user chose is lost:
//   - missing: the defaults are used;
//   - not JSON, not an object, or a value of the wrong type: the file is kept
//     beside the original as settings.json.bad-<time>, the defaults are used,
//     and the user is told;
//   - a number out of range: the nearest allowed value is used, the file is
//     left as it is, and the user is told;
//   - a field it does not know (from a newer version, say): ignored.
package settings

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"posturebreak/exercises"
	"posturebreak/schedule"
)

// Settings is what the user chose.
type Settings struct {
	WorkMinutes  int      `json:"work_minutes"`  // work between breaks
	BreakMinutes int      `json:"break_minutes"` // length of a break
	Equipment    []string `json:"equipment"`     // extras the user has (exercises.Extras keys), beyond a desk
}

// Equal says whether two settings are the same.
func (s Settings) Equal(o Settings) bool {
	return s.WorkMinutes == o.WorkMinutes && s.BreakMinutes == o.BreakMinutes && slices.Equal(s.Equipment, o.Equipment)
}

// Limits of each setting, inclusive.
const (
	MinWorkMinutes  = 1
	MaxWorkMinutes  = 240
	MinBreakMinutes = 1
	MaxBreakMinutes = 30
)

// Defaults are 45 minutes of work, then a 2-minute break, with exercises
// that need nothing but a desk.
var Defaults = Settings{WorkMinutes: 45, BreakMinutes: 2, Equipment: []string{}}

// Plan is the timer's rhythm for these settings.
func (s Settings) Plan() schedule.Plan {
	p := schedule.DefaultPlan
	p.Work = time.Duration(s.WorkMinutes) * time.Minute
	p.Break = time.Duration(s.BreakMinutes) * time.Minute
	return p
}

// RangeError is a value outside its limits.
type RangeError struct {
	Field    string
	Value    int
	Min, Max int
}

func (e *RangeError) Error() string {
	return fmt.Sprintf("%s must be from %d to %d; %d is not", e.Field, e.Min, e.Max, e.Value)
}

// field is one numeric setting, with its limits and its place in Settings.
type field struct {
	name     string
	label    string
	min, max int
	of       func(*Settings) *int
}

var fields = []field{
	{"work_minutes", "Work interval", MinWorkMinutes, MaxWorkMinutes, func(s *Settings) *int { return &s.WorkMinutes }},
	{"break_minutes", "Break length", MinBreakMinutes, MaxBreakMinutes, func(s *Settings) *int { return &s.BreakMinutes }},
}

// Validate reports every value out of range, and any equipment the app
// does not know.
func (s Settings) Validate() error {
	var errs []error
	for _, key := range s.Equipment {
		if !exercises.IsExtra(key) {
			errs = append(errs, fmt.Errorf("unknown equipment %q", key))
		}
	}
	for _, f := range fields {
		if v := *f.of(&s); v < f.min || v > f.max {
			errs = append(errs, &RangeError{f.label, v, f.min, f.max})
		}
	}
	return errors.Join(errs...)
}

// Parse reads a settings file. Fields it lacks take their defaults. Values
// out of range are clamped, and each clamp is described in problems. An
// error means the file as a whole cannot be trusted.
func Parse(data []byte) (s Settings, problems []string, err error) {
	if trimmed := bytes.TrimSpace(data); len(trimmed) == 0 || trimmed[0] != '{' {
		return Defaults, nil, errors.New("the file does not hold a JSON object")
	}
	raw := map[string]json.RawMessage{}
	if err := json.Unmarshal(data, &raw); err != nil {
		return Defaults, nil, describe(err)
	}
	s = Defaults
	if v, ok := raw["equipment"]; ok {
		var have []string
		if err := json.Unmarshal(v, &have); err != nil {
			return Defaults, nil, fmt.Errorf("equipment should be a list of names, not %s", v)
		}
		s.Equipment = []string{}
		for _, key := range have {
			switch {
			case !exercises.IsExtra(key):
				problems = append(problems, fmt.Sprintf("equipment %q is not one the app knows; ignoring it", key))
			case !slices.Contains(s.Equipment, key):
				s.Equipment = append(s.Equipment, key)
			}
		}
	}
	for _, f := range fields {
		v, ok := raw[f.name]
		if !ok {
			continue
		}
		n := f.of(&s)
		if err := json.Unmarshal(v, n); err != nil {
			return Defaults, nil, fmt.Errorf("%s should be a whole number, not %s", f.name, v)
		}
		if *n < f.min || *n > f.max {
			clamped := min(max(*n, f.min), f.max)
			problems = append(problems, fmt.Sprintf("%s is %d, outside %d–%d; using %d", f.name, *n, f.min, f.max, clamped))
			*n = clamped
		}
	}
	return s, problems, nil
}

// Encode is the file form of s.
func Encode(s Settings) []byte {
	b, _ := json.MarshalIndent(s, "", "  ") // cannot fail: plain ints
	return append(b, '\n')
}

func describe(err error) error {
	if strings.Contains(err.Error(), "unexpected end of JSON input") {
		return errors.New("it ends too early; it may have been cut short")
	}
	var syntax *json.SyntaxError
	if errors.As(err, &syntax) {
		return fmt.Errorf("it is not valid JSON (at byte %d: %v)", syntax.Offset, err)
	}
	return err
}
