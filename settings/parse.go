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
	s.Equipment = []string{}
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
	for name, b := range map[string]*bool{"sound": &s.Sound, "start_at_login": &s.StartAtLogin} {
		if v, ok := raw[name]; ok {
			if err := json.Unmarshal(v, b); err != nil {
				return Defaults, nil, fmt.Errorf("%s should be true or false, not %s", name, v)
			}
		}
	}
	if v, ok := raw["working_hours"]; ok {
		if err := json.Unmarshal(v, &s.WorkingHours); err != nil {
			return Defaults, nil, err
		}
		problems = append(problems, s.WorkingHours.keepReadable()...)
	}
	if v, ok := raw["equipment"]; ok {
		var have []string
		if err := json.Unmarshal(v, &have); err != nil {
			return Defaults, nil, fmt.Errorf("equipment should be a list of names, not %s", v)
		}
		for _, key := range have {
			switch {
			case !exercises.IsExtra(key):
				problems = append(problems, fmt.Sprintf("equipment %q is not one the app knows; ignoring it", key))
			case !slices.Contains(s.Equipment, key):
				s.Equipment = append(s.Equipment, key)
			}
		}
	}
	return s, problems, nil
}

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
