package settings

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"

	"posturebreak/schedule"
)

// WorkingHours are when breaks may fall, if the user wants that: for each
// weekday, any number of ranges such as "09:00-12:30"; a range that ends
// before it starts runs past midnight. A day with none has no work.
type WorkingHours struct {
	Enabled bool
	Days    [7][]string // by time.Weekday
}

// OfficeHours are 09:00-17:00 on weekdays, switched off.
var OfficeHours = WorkingHours{Days: [7][]string{
	time.Monday: {"09:00-17:00"}, time.Tuesday: {"09:00-17:00"}, time.Wednesday: {"09:00-17:00"},
	time.Thursday: {"09:00-17:00"}, time.Friday: {"09:00-17:00"},
}}

// dayNames are the weekdays as the file names them.
var dayNames = [7]string{"sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"}

// Hours are the working hours for the timer; none if they are switched off.
func (w WorkingHours) Hours() schedule.Hours {
	var h schedule.Hours
	if !w.Enabled {
		return h
	}
	for d, spans := range w.Days {
		for _, s := range spans {
			if span, err := schedule.ParseSpan(s); err == nil {
				h.Days[d] = append(h.Days[d], span)
			}
		}
	}
	return h
}

// Validate reports every range that cannot be read, and working hours
// switched on with none set.
func (w WorkingHours) Validate() error {
	var errs []error
	for d, spans := range w.Days {
		for _, s := range spans {
			if _, err := schedule.ParseSpan(s); err != nil {
				errs = append(errs, fmt.Errorf("%s: %w", capitalized(dayNames[d]), err))
			}
		}
	}
	if w.Enabled && !w.Hours().Restricted() && len(errs) == 0 {
		errs = append(errs, errors.New("working hours are on, but no day has any"))
	}
	return errors.Join(errs...)
}

func (w WorkingHours) normal() WorkingHours {
	for d := range w.Days {
		if w.Days[d] == nil {
			w.Days[d] = []string{}
		}
	}
	return w
}

func (w WorkingHours) MarshalJSON() ([]byte, error) {
	m := map[string]any{"enabled": w.Enabled}
	for d, name := range dayNames {
		spans := w.Days[d]
		if spans == nil {
			spans = []string{}
		}
		m[name] = spans
	}
	return json.Marshal(m)
}

// UnmarshalJSON reads working hours strictly: a wrong type fails, while
// ranges that cannot be read are kept for Parse to drop and report.
func (w *WorkingHours) UnmarshalJSON(b []byte) error {
	var raw map[string]json.RawMessage
	if err := json.Unmarshal(b, &raw); err != nil || raw == nil {
		return errors.New("working_hours should be an object")
	}
	out := WorkingHours{}
	if v, ok := raw["enabled"]; ok {
		if err := json.Unmarshal(v, &out.Enabled); err != nil {
			return fmt.Errorf("working_hours.enabled should be true or false, not %s", v)
		}
	}
	for d, name := range dayNames {
		if v, ok := raw[name]; ok {
			if err := json.Unmarshal(v, &out.Days[d]); err != nil {
				return fmt.Errorf("working_hours.%s should be a list of ranges like \"09:00-17:00\", not %s", name, v)
			}
		}
	}
	*w = out
	return nil
}

// keepReadable drops the ranges that cannot be read, and says which.
func (w *WorkingHours) keepReadable() (problems []string) {
	for d := range w.Days {
		var kept []string
		for _, s := range w.Days[d] {
			if _, err := schedule.ParseSpan(s); err != nil {
				problems = append(problems, fmt.Sprintf("working hours on %s: %v; leaving it out", capitalized(dayNames[d]), err))
				continue
			}
			kept = append(kept, s)
		}
		w.Days[d] = kept
	}
	if w.Enabled && !w.Hours().Restricted() {
		w.Enabled = false
		problems = append(problems, "working hours were on with none set; breaks come at any hour")
	}
	return problems
}

func capitalized(s string) string { return strings.ToUpper(s[:1]) + s[1:] }
