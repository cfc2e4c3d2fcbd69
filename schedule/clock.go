package schedule

import "time"

// MaxWake is the longest the daemon sleeps between ticks, so the tray's
// "Next break in N min" line is never stale and a clock change is noticed
// within a minute.
const MaxWake = time.Minute

// NextWake is how long to sleep before the next tick: until the minute shown
// in the tray changes, or the break falls due, whichever is first, and never
// longer than MaxWake. Zero means tick now.
func (t *Timer) NextWake(now time.Time) time.Duration {
	var wait time.Duration
	switch t.phase {
	case Working:
		left := t.next.Sub(now)
		if left <= 0 {
			return 0
		}
		wait = left % time.Minute
		if wait == 0 {
			wait = time.Minute
		}
	case Due:
		wait = t.remind.Sub(now)
		if wait <= 0 {
			return 0
		}
	default:
		wait = MaxWake
	}
	return min(wait, MaxWake)
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
