package settings

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"

	"posturebreak/exercises"
)

// Parse reads a settings file. Fields it lacks take their defaults. Values
// out of range are clamped, entries that cannot be read are left out, and
// each is described in problems. An error means the file as a whole cannot
// be trusted.
func Parse(data []byte) (s Settings, problems []string, err error) {
	if trimmed := bytes.TrimSpace(data); len(trimmed) == 0 || trimmed[0] != '{' {
		return Defaults, nil, errors.New("the file does not hold a JSON object")
	}
	raw := map[string]json.RawMessage{}
	if err := json.Unmarshal(data, &raw); err != nil {
		return Defaults, nil, describe(err)
	}
	s = Defaults
	s.Equipment, s.LeftOut = []string{}, []string{}
	for _, part := range []func(map[string]json.RawMessage, *Settings) ([]string, error){
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
func parseNumbers(raw map[string]json.RawMessage, s *Settings) (problems []string, err error) {
	for _, f := range Fields {
		v, ok := raw[f.Key]
		if !ok {
			continue
		}
		n := f.Of(s)
		if err := json.Unmarshal(v, n); err != nil {
			return nil, fmt.Errorf("%s should be a whole number, not %s", f.Key, v)
		}
		if clamped := f.Clamp(*n); clamped != *n {
			problems = append(problems, fmt.Sprintf("%s is %d, outside %d–%d; using %d", f.Key, *n, f.Min, f.Max, clamped))
			*n = clamped
		}
	}
	return problems, nil
}

// parseSwitches reads the settings that are on or off.
func parseSwitches(raw map[string]json.RawMessage, s *Settings) ([]string, error) {
	for _, sw := range Switches {
		if v, ok := raw[sw.Key]; ok {
			if err := json.Unmarshal(v, sw.Of(s)); err != nil {
				return nil, fmt.Errorf("%s should be true or false, not %s", sw.Key, v)
			}
		}
	}
	return nil, nil
}

func parseHours(raw map[string]json.RawMessage, s *Settings) (problems []string, err error) {
	v, ok := raw["working_hours"]
	if !ok {
		return nil, nil
	}
	s.WorkingHours, problems, err = decodeHours(v)
	return problems, err
}

// parseEquipment reads the extras the user has, leaving out any the app
// does not know and any named twice.
func parseEquipment(raw map[string]json.RawMessage, s *Settings) (problems []string, err error) {
	v, ok := raw["equipment"]
	if !ok {
		return nil, nil
	}
	var have []string
	if err := json.Unmarshal(v, &have); err != nil {
		return nil, fmt.Errorf("equipment should be a list of names, not %s", v)
	}
	for _, key := range have {
		switch {
		case !exercises.IsExtra(key):
			problems = append(problems, fmt.Sprintf("equipment %q is not one the app knows; ignoring it", key))
		case !slices.Contains(s.Equipment, key):
			s.Equipment = append(s.Equipment, key)
		}
	}
	return problems, nil
}

// parseLeftOut reads the exercises the user left out, leaving out any the
// catalogue no longer has and any named twice.
func parseLeftOut(raw map[string]json.RawMessage, s *Settings) (problems []string, err error) {
	v, ok := raw["left_out"]
	if !ok {
		return nil, nil
	}
	var ids []string
	if err := json.Unmarshal(v, &ids); err != nil {
		return nil, fmt.Errorf("left_out should be a list of exercises, not %s", v)
	}
	for _, id := range ids {
		switch _, known := exercises.ByID(id); {
		case !known:
			problems = append(problems, fmt.Sprintf("left_out names %q, which is not an exercise the app knows; ignoring it", id))
		case !slices.Contains(s.LeftOut, id):
			s.LeftOut = append(s.LeftOut, id)
		}
	}
	return problems, nil
}

// parseChecks reads how often a posture check comes, taking the nearest
// choice for a value that is not one.
func parseChecks(raw map[string]json.RawMessage, s *Settings) (problems []string, err error) {
	v, ok := raw["posture_check_minutes"]
	if !ok {
		return nil, nil
	}
	var n int
	if err := json.Unmarshal(v, &n); err != nil {
		return nil, fmt.Errorf("posture_check_minutes should be a whole number, not %s", v)
	}
	nearest := CheckChoices[0]
	for _, c := range CheckChoices {
		if abs(c-n) < abs(nearest-n) {
			nearest = c
		}
	}
	if nearest != n {
		problems = append(problems, fmt.Sprintf("posture_check_minutes is %d, not one of %v; using %d", n, CheckChoices, nearest))
	}
	s.PostureCheckMinutes = nearest
	return problems, nil
}

func abs(n int) int { return max(n, -n) }

// Encode is the file form of s.
func Encode(s Settings) []byte {
	b, _ := json.MarshalIndent(s.normal(), "", "  ") // cannot fail: plain values
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
