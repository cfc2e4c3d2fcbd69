package schedule

import "time"

// Status is what the user may want to know about the timer.
type Status struct {
	Phase       Phase
	Start       time.Time // when the current stretch of work began
	Next        time.Time // the next break: due at (working), fell due at (due), or the first one once working hours begin (off hours); zero if unknown
	PausedUntil time.Time // when a pause ends; zero if it lasts until resumed
	Snoozes     int       // of the break that is due or snoozed
	MaxSnoozes  int
	Busy        Busy      // what the user is busy with, as last observed
	AwaySince   time.Time // when the user left, while away
	Waiting     Busy      // what a due break is waiting for; NotBusy if it is not waiting
	WaitSince   time.Time // since when it has waited
}

// Status is the timer's state at now.
func (t *Timer) Status(now time.Time) Status {
	s := Status{Phase: t.phase, Start: t.start, Next: t.next, Snoozes: t.snoozes, MaxSnoozes: t.plan.MaxSnoozes, Busy: t.busy}
	if t.waiting {
		s.Waiting, s.WaitSince = t.wait.Why, t.wait.Since
	}
	switch t.phase {
	case Away:
		s.AwaySince = t.away.Since
	case Paused:
		s.Next, s.PausedUntil = time.Time{}, t.pausedUntil
	case OffHours:
		s.Next = time.Time{}
		if start := t.plan.Hours.NextStart(now); !start.IsZero() {
			s.Next = start.Add(t.plan.Work)
		}
	}
	return s
}
