package settings

import (
	"encoding/json"
	"strings"
	"time"

	"posturebreak/schedule"
)

// WorkingHours are when breaks may fall, if the user wants that: for each
// weekday, any number of spans such as 09:00-12:30; a span that ends before
// it starts runs past midnight. A day with none has no work. In the file
// each day is a list of spans written as text, under its weekday's name.
type WorkingHours struct {
	Enabled bool
	Days    [7][]schedule.Span // by time.Weekday
}

var nineToFive = []schedule.Span{{Start: 9 * 60, End: 17 * 60}}

// OfficeHours are 09:00-17:00 on weekdays, switched off.
var OfficeHours = WorkingHours{Days: [7][]schedule.Span{
	time.Monday: nineToFive, time.Tuesday: nineToFive, time.Wednesday: nineToFive,
	time.Thursday: nineToFive, time.Friday: nineToFive,
}}

// dayKey is a weekday as the file names it: "monday".
func dayKey(d time.Weekday) string { return strings.ToLower(d.String()) }

// Hours are the working hours for the timer; none if they are switched off.
func (w WorkingHours) Hours() schedule.Hours {
	if !w.Enabled {
		return schedule.Hours{}
	}
	return schedule.Hours{Days: w.Days}
}

// Validate reports working hours switched on with none set.
func (w WorkingHours) Validate() error {
	if w.Enabled && !(schedule.Hours{Days: w.Days}).Restricted() {
		return ErrNoHours
	}
	return nil
}

func (w WorkingHours) normal() WorkingHours {
	for d := range w.Days {
		if w.Days[d] == nil {
			w.Days[d] = []schedule.Span{}
		}
	}
	return w
}

func (w WorkingHours) MarshalJSON() ([]byte, error) {
	m := map[string]any{"enabled": w.Enabled}
	for d, spans := range w.normal().Days {
		m[dayKey(time.Weekday(d))] = spans
	}
	return json.Marshal(m)
}

// UnmarshalJSON reads working hours strictly: a span it cannot read is an
// error. Parse is the lenient reader, for the user's file.
func (w *WorkingHours) UnmarshalJSON(b []byte) error {
	h, problems, err := decodeHours(b)
	if err == nil && len(problems) > 0 {
		err = problems[0]
	}
	if err == nil {
		*w = h
	}
	return err
}

// decodeHours reads working hours: a wrong type fails, while a span that
// cannot be read is left out and described in problems, as are hours
// switched on with none left.
func decodeHours(b []byte) (w WorkingHours, problems []error, err error) {
	var raw map[string]json.RawMessage
	if err := json.Unmarshal(b, &raw); err != nil || raw == nil {
		return w, nil, &TypeError{"working_hours", Object, string(b)}
	}
	if v, ok := raw["enabled"]; ok {
		if err := json.Unmarshal(v, &w.Enabled); err != nil {
			return w, nil, &TypeError{"working_hours.enabled", TrueOrFalse, string(v)}
		}
	}
	for d := range w.Days {
		v, ok := raw[dayKey(time.Weekday(d))]
		if !ok {
			continue
		}
		spans, left, err := decodeDay(time.Weekday(d), v)
		if err != nil {
			return w, nil, err
		}
		w.Days[d], problems = spans, append(problems, left...)
	}
	if w.Validate() != nil {
		w.Enabled = false
		problems = append(problems, ErrHoursOff)
	}
	return w, problems, nil
}

// decodeDay reads one day's spans, leaving out those it cannot read and
// saying which.
func decodeDay(day time.Weekday, v json.RawMessage) (spans []schedule.Span, problems []error, err error) {
	var texts []string
	if err := json.Unmarshal(v, &texts); err != nil {
		return nil, nil, &TypeError{"working_hours." + dayKey(day), Ranges, string(v)}
	}
	for _, text := range texts {
		var s schedule.Span
		if err := s.UnmarshalText([]byte(text)); err != nil {
			problems = append(problems, &SpanError{day, text, err})
			continue
		}
		spans = append(spans, s)
	}
	return spans, problems, nil
}
