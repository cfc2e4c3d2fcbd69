package settings

import (
	"bytes"
	"encoding/json"
	"errors"
	"slices"
	"strings"

	"posturebreak/exercises"
)

// Parse reads a settings file. Fields it lacks take their defaults. Values
// out of range are clamped, entries that cannot be read are left out, and
// each is described in problems. An error means the file as a whole cannot
// be trusted.
func Parse(data []byte) (s Settings, problems []error, err error) {
	if trimmed := bytes.TrimSpace(data); len(trimmed) == 0 || trimmed[0] != '{' {
		return Defaults, nil, ErrNotAnObject
	}
	raw := map[string]json.RawMessage{}
	if err := json.Unmarshal(data, &raw); err != nil {
		return Defaults, nil, describe(err)
	}
	s = Defaults
	s.Equipment, s.LeftOut = []string{}, []string{}
	for _, part := range []func(map[string]json.RawMessage, *Settings) ([]error, error){
		parseNumbers, parseSwitches, parseHours, parseEquipment, parseLeftOut, parseChecks,
	} {
		more, err := part(raw, &s)
		if err != nil {
			return Defaults, nil, err
		}
		problems = append(problems, more...)
	}
	return s, problems, nil
}

// parseNumbers reads the whole-number settings, clamping each to its limits.
func parseNumbers(raw map[string]json.RawMessage, s *Settings) (problems []error, err error) {
	for _, f := range Fields {
		v, ok := raw[f.Key]
		if !ok {
			continue
		}
		n := f.Of(s)
		if err := json.Unmarshal(v, n); err != nil {
			return nil, &TypeError{f.Key, WholeNumber, string(v)}
		}
		if clamped := f.Clamp(*n); clamped != *n {
			problems = append(problems, &RangeError{f, *n, true})
			*n = clamped
		}
	}
	return problems, nil
}

// parseSwitches reads the settings that are on or off.
func parseSwitches(raw map[string]json.RawMessage, s *Settings) ([]error, error) {
	for _, sw := range Switches {
		if v, ok := raw[sw.Key]; ok {
			if err := json.Unmarshal(v, sw.Of(s)); err != nil {
				return nil, &TypeError{sw.Key, TrueOrFalse, string(v)}
			}
		}
	}
	return nil, nil
}

func parseHours(raw map[string]json.RawMessage, s *Settings) (problems []error, err error) {
	v, ok := raw["working_hours"]
	if !ok {
		return nil, nil
	}
	s.WorkingHours, problems, err = decodeHours(v)
	return problems, err
}

// parseEquipment reads the extras the user has, leaving out any the app
// does not know and any named twice.
func parseEquipment(raw map[string]json.RawMessage, s *Settings) (problems []error, err error) {
	v, ok := raw["equipment"]
	if !ok {
		return nil, nil
	}
	var have []string
	if err := json.Unmarshal(v, &have); err != nil {
		return nil, &TypeError{"equipment", Names, string(v)}
	}
	for _, key := range have {
		switch {
		case !exercises.IsExtra(key):
			problems = append(problems, &UnknownName{"equipment", key, true})
		case !slices.Contains(s.Equipment, key):
			s.Equipment = append(s.Equipment, key)
		}
	}
	return problems, nil
}

// parseLeftOut reads the exercises the user left out, leaving out any the
// catalogue no longer has and any named twice.
func parseLeftOut(raw map[string]json.RawMessage, s *Settings) (problems []error, err error) {
	v, ok := raw["left_out"]
	if !ok {
		return nil, nil
	}
	var ids []string
	if err := json.Unmarshal(v, &ids); err != nil {
		return nil, &TypeError{"left_out", Names, string(v)}
	}
	for _, id := range ids {
		switch _, known := exercises.ByID(id); {
		case !known:
			problems = append(problems, &UnknownName{"left_out", id, true})
		case !slices.Contains(s.LeftOut, id):
			s.LeftOut = append(s.LeftOut, id)
		}
	}
	return problems, nil
}

// parseChecks reads how often a posture check comes, taking the nearest
// choice for a value that is not one.
func parseChecks(raw map[string]json.RawMessage, s *Settings) (problems []error, err error) {
	v, ok := raw["posture_check_minutes"]
	if !ok {
		return nil, nil
	}
	var n int
	if err := json.Unmarshal(v, &n); err != nil {
		return nil, &TypeError{"posture_check_minutes", WholeNumber, string(v)}
	}
	s.PostureCheckMinutes = NearestCheck(n)
	if s.PostureCheckMinutes != n {
		problems = append(problems, &ChoiceError{n, true})
	}
	return problems, nil
}

// Encode is the file form of s.
func Encode(s Settings) []byte {
	b, _ := json.MarshalIndent(s.normal(), "", "  ") // cannot fail: plain values
	return append(b, '\n')
}

func describe(err error) error {
	if strings.Contains(err.Error(), "unexpected end of JSON input") {
		return ErrCutShort
	}
	var syntax *json.SyntaxError
	if errors.As(err, &syntax) {
		return &SyntaxError{syntax.Offset, err}
	}
	return err
}
