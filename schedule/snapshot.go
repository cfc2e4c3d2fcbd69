package schedule

import "time"

// Snapshot is what survives a restart. The daemon persists it; Restore
// turns it back into a timer.
type Snapshot struct {
	Phase       Phase     `json:"phase"`
	Start       time.Time `json:"start"`
	Next        time.Time `json:"next"`
	Snoozes     int       `json:"snoozes"`
	PausedUntil time.Time `json:"paused_until,omitzero"` // with phase "paused"; zero means until resumed
	Saved       time.Time `json:"saved"`                 // when the daemon last saw the clock
}

// Snapshot captures the timer as of now.
func (t *Timer) Snapshot(now time.Time) Snapshot {
	return Snapshot{Phase: t.phase, Start: t.start.Round(0), Next: t.next.Round(0), Snoozes: t.snoozes,
		PausedUntil: t.pausedUntil.Round(0), Saved: now.Round(0)}
}

// Restore picks up where a previous run left off. A pause carries over as
// it was. Otherwise the time the app was not running is a clock jump: long
// enough, and it counts as a break. A break window that was open died with
// the previous run, so that break counts as taken. A snapshot that makes no
// sense starts fresh.
func Restore(p Plan, s Snapshot, now time.Time) (*Timer, Change) {
	fresh := New(p, now)
	if s.Phase == Paused && !s.Saved.IsZero() {
		t := &Timer{plan: p, start: now, next: now.Add(p.Work)}
		t.Pause(now, s.PausedUntil)
		return t, NoChange
	}
	if s.Saved.IsZero() || s.Start.IsZero() || s.Next.IsZero() || s.Snoozes < 0 ||
		s.Next.Before(s.Start) || (s.Phase != Working && s.Phase != Due) {
		return fresh, NoChange // nonsense, a break that was open, or off hours: start afresh
	}
	// The snooze limit may have been lowered meanwhile: the break keeps its
	// snoozes, up to the new limit.
	t := &Timer{plan: p, phase: s.Phase, start: s.Start, next: s.Next, snoozes: min(s.Snoozes, p.MaxSnoozes)}
	t.SetPlan(p, now)  // the settings may have changed while the app was not running
	t.remind = s.Saved // a break that was due is told again at the first tick
	change := t.ClockJumped(now, now.Sub(s.Saved))
	if t.next.Sub(now) > p.Work+p.Snooze {
		return fresh, NoChange // a deadline further off than any rule can set
	}
	return t, change
}
