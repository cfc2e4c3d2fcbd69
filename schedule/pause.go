package schedule

import (
	"fmt"
	"time"
)

// Pause lengths the user may ask for by name.
const (
	UntilTomorrow = "until-tomorrow" // the start of the next working day
	Indefinitely  = "indefinitely"   // until resumed
)

// morning is the hour "tomorrow morning" starts without working hours.
const morning = 9

// PauseEnd reads how long to pause and says when the pause ends: a length
// such as 30m or 2h (1 minute to 24 hours), UntilTomorrow, or Indefinitely
// (the zero time: until resumed).
func PauseEnd(spec string, now time.Time, h Hours) (time.Time, error) {
	switch spec {
	case Indefinitely:
		return time.Time{}, nil
	case UntilTomorrow:
		loc := h.loc()
		local := now.In(loc)
		tomorrow := time.Date(local.Year(), local.Month(), local.Day()+1, 0, 0, 0, 0, loc)
		if h.Restricted() {
			// The first stretch of working hours to begin tomorrow or later;
			// a night shift that runs on past midnight is still today's.
			if start := h.NextStart(tomorrow.Add(-time.Nanosecond)); !start.IsZero() {
				return start, nil
			}
		}
		return time.Date(tomorrow.Year(), tomorrow.Month(), tomorrow.Day(), morning, 0, 0, 0, loc), nil
	}
	d, err := time.ParseDuration(spec)
	if err != nil || d < time.Minute || d > 24*time.Hour {
		return time.Time{}, fmt.Errorf("%q is not a pause: give a length such as 30m or 1h (up to 24h), %s or %s", spec, UntilTomorrow, Indefinitely)
	}
	return now.Add(d), nil
}
