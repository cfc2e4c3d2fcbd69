// Package schedule owns the work timer: when the next break falls due, and
// what taking, snoozing or skipping a break, pausing, working hours,
// sleeping the machine, changing the clock or restarting the app does to it.
//
// It is pure. It reads no clock and makes no OS call: every method is handed
// the current time, so the rules can be tested against any calendar.
// Deadlines are wall-clock instants; the daemon reports clock jumps (suspend,
// or the clock being set) through Timer.ClockJumped.
package schedule

import (
	"time"
)

// Plan is the rhythm the user chose.
type Plan struct {
	Work       time.Duration // how long to work between breaks
	Break      time.Duration // how long a break lasts
	Snooze     time.Duration // how long a snooze puts a due break off
	MaxSnoozes int           // how often one break may be snoozed
	Remind     time.Duration // how long a due break may be ignored before the user is told again
	Hours      Hours         // when breaks may fall; the zero value is any time
	Check      time.Duration // a posture check every Check of work, between breaks; 0 for none
}

// DefaultPlan is 45 minutes of work, then a 2-minute break, at any hour,
// with up to two 5-minute snoozes.
var DefaultPlan = Plan{
	Work:       45 * time.Minute,
	Break:      2 * time.Minute,
	Snooze:     5 * time.Minute,
	MaxSnoozes: 2,
	Remind:     5 * time.Minute,
}
