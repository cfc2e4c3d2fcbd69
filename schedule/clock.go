package schedule

import "time"

// MaxWake is the longest the daemon sleeps between ticks, so the tray's
// "Next break in N min" line is never stale and a clock change is noticed
// within a minute.
const MaxWake = time.Minute

// NextWake is how long to sleep before the next tick: until the minute shown
// in the tray changes, a break falls due, a pause ends or working hours
// begin or end, whichever is first, and never longer than MaxWake. Zero
// means tick now.
func (t *Timer) NextWake(now time.Time) time.Duration {
	wait := MaxWake
	until := func(at time.Time) {
		if !at.IsZero() {
			wait = min(wait, max(at.Sub(now), 0))
		}
	}
	switch t.phase {
	case Working:
		left := t.next.Sub(now)
		if left <= 0 {
			return 0
		}
		step := left % time.Minute // when the minute shown changes
		if step == 0 {
			step = time.Minute
		}
		wait = min(wait, step)
	case Due:
		if !t.waiting {
			until(t.remind)
		}
	case Paused:
		until(t.pausedUntil)
	case OffHours:
		until(t.plan.Hours.NextStart(now))
	}
	if t.phase == Working || t.phase == Due || t.phase == Away {
		if _, end := t.plan.Hours.Working(now); !end.IsZero() {
			until(end)
		}
	}
	return wait
}

// jumpTolerance ignores the drift that clock slewing (NTP) puts between the
// wall clock and the monotonic clock over a minute.
const jumpTolerance = time.Second

// Jump is how far the wall clock moved between two readings beyond the time
// that passed while the machine was awake: the length of a suspend, or of a
// clock change. prev and now must carry monotonic readings, as time.Now's do.
func Jump(prev, now time.Time) time.Duration {
	by := now.Round(0).Sub(prev.Round(0)) - now.Sub(prev)
	if by > -jumpTolerance && by < jumpTolerance {
		return 0
	}
	return by
}
