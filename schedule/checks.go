package schedule

import "time"

// Checks times the posture checks between breaks: a quiet cue every
// Plan.Check of work, counted from the start of each stretch of work. A
// check never comes within CheckClear of the break that ends the
// interval, nor while the user is away, paused, outside working hours or
// on a break (the timer is not working then), nor while they are busy:
// one that falls due then is dropped, not put off, since a posture check
// that comes late is worthless. For the same reason one the loop sees
// more than CheckLate after its time (the machine slept, say) is dropped.
//
// Checks follows the timer: it reads its Status at every turn of the
// daemon's loop, and a work interval starts whenever the break it leads
// to moves (work starts afresh after a break, a pause or time away, or
// the settings change).
type Checks struct {
	every    time.Duration
	interval time.Time // the break the current interval leads to; zero when not working
	next     time.Time // the next check's time in it; zero if none is left
}

const (
	// CheckClear is how far from a break a check may come, at the least.
	CheckClear = 5 * time.Minute
	// CheckLate is how late a check may still be shown.
	CheckLate = time.Minute
)

// Tick reads the timer's status at now, and says whether a check is to be
// shown now. A check that falls due while the user is busy is dropped.
func (c *Checks) Tick(now time.Time, s Status, p Plan) (show bool) {
	if p.Check != c.every {
		c.every, c.interval = p.Check, time.Time{} // new settings: the interval is timed afresh
	}
	if c.every <= 0 || s.Phase != Working || s.Next.IsZero() {
		c.interval, c.next = time.Time{}, time.Time{}
		return false
	}
	if !s.Next.Equal(c.interval) {
		c.interval, c.next = s.Next, c.first(now, s.Start)
	}
	if c.next.IsZero() || now.Before(c.next) {
		c.skipPastClear()
		return false
	}
	due := c.next
	c.next = due.Add(c.every)
	c.skipPastClear()
	return s.Busy == NotBusy && now.Sub(due) <= CheckLate
}

// first is the first check of a stretch of work that began at start, as
// seen at now: a check every Check from start, the first after now.
// Counted from the stretch's start, a restart of the app keeps the checks
// on time, and never shows again one shown just before it. A start
// unknown, or to come, counts from now.
func (c *Checks) first(now, start time.Time) time.Time {
	if start.IsZero() || start.After(now) {
		start = now
	}
	return start.Add((now.Sub(start)/c.every + 1) * c.every)
}

// skipPastClear forgets the next check if it would come within CheckClear
// of the interval's break.
func (c *Checks) skipPastClear() {
	if !c.next.IsZero() && !c.next.Add(CheckClear).Before(c.interval) {
		c.next = time.Time{}
	}
}

// Next is when the next check is due; zero if none is left before the
// next break, or checks are off.
func (c *Checks) Next() time.Time { return c.next }
