package schedule

import (
	"fmt"
	"time"
)

// Phase is where the user is in the work–break rhythm.
type Phase int

const (
	Working Phase = iota // counting down to the next break
	Due                  // a break is due and the user has been told
	OnBreak              // the break window is open
)

func (p Phase) String() string {
	switch p {
	case Working:
		return "working"
	case Due:
		return "due"
	case OnBreak:
		return "on-break"
	}
	return "unknown"
}

// MarshalText writes the phase as its name, so saved state reads plainly.
func (p Phase) MarshalText() ([]byte, error) { return []byte(p.String()), nil }

// UnmarshalText reads a phase name; anything else is an error.
func (p *Phase) UnmarshalText(b []byte) error {
	for _, q := range []Phase{Working, Due, OnBreak} {
		if string(b) == q.String() {
			*p = q
			return nil
		}
	}
	return fmt.Errorf("unknown phase %q", b)
}

// Change tells the daemon what a tick means for the user.
type Change int

const (
	NoChange    Change = iota
	BreakDue           // a break has just fallen due: tell the user
	RemindAgain        // a due break has been ignored for Plan.Remind: tell the user again
	AwayTaken          // the user was away long enough while a break was due: it counts as taken
)

// Timer is the work timer. Its zero value is not ready; use New or Restore.
type Timer struct {
	plan    Plan
	phase   Phase
	start   time.Time // when the current stretch of work began
	next    time.Time // when the next break falls due (Working) or fell due (Due)
	remind  time.Time // when to tell the user again about a due break
	snoozes int       // snoozes of the current break so far
}

// New starts a stretch of work at now.
func New(p Plan, now time.Time) *Timer {
	t := &Timer{plan: p}
	t.work(now)
	return t
}

// Plan is the rhythm the timer follows.
func (t *Timer) Plan() Plan { return t.plan }

// Phase is where the user is now.
func (t *Timer) Phase() Phase { return t.phase }

// NextBreak is when the next break falls due, or fell due if one is due now.
func (t *Timer) NextBreak() time.Time { return t.next }

// Snoozes is how often the current break has been snoozed.
func (t *Timer) Snoozes() int { return t.snoozes }

// Tick moves the timer to now and says whether the user must be told anything.
func (t *Timer) Tick(now time.Time) Change {
	switch t.phase {
	case Working:
		if !now.Before(t.next) {
			t.phase = Due
			t.remind = now.Add(t.plan.Remind)
			return BreakDue
		}
	case Due:
		if !now.Before(t.remind) {
			t.remind = now.Add(t.plan.Remind)
			return RemindAgain
		}
	}
	return NoChange
}

// StartBreak opens a break now, whether or not one was due. It reports false
// if a break is already under way.
func (t *Timer) StartBreak() bool {
	if t.phase == OnBreak {
		return false
	}
	t.phase = OnBreak
	return true
}

// Snooze puts the break off for Plan.Snooze, counted from now.
func (t *Timer) Snooze(now time.Time) {
	t.phase = Working
	t.next = now.Add(t.plan.Snooze)
	t.snoozes++
}

// Skip gives up on this break: the next is a full work interval from now.
func (t *Timer) Skip(now time.Time) { t.work(now) }

// Finish ends a break at now: the next one is counted from here.
func (t *Timer) Finish(now time.Time) { t.work(now) }

// SetPlan changes the rhythm. A stretch of work keeps its start, so a shorter
// interval can make a break due at once; a snoozed or due break stays put.
func (t *Timer) SetPlan(p Plan, now time.Time) {
	t.plan = p
	if t.phase == Working && t.snoozes == 0 {
		t.next = t.start.Add(p.Work)
	}
}

// ClockJumped accounts for wall-clock time that passed, or went back, while
// no work was being timed: by > 0 is a suspend (or the clock set forward),
// by < 0 the clock set back. A jump of at least a break's length counts as a
// break taken, and work restarts at now; if a break was due or snoozed,
// that break is AwayTaken. A jump back keeps the time that was left, rather
// than stretching the interval.
func (t *Timer) ClockJumped(now time.Time, by time.Duration) Change {
	switch {
	case by < 0:
		t.start = t.start.Add(by)
		t.next = t.next.Add(by)
		t.remind = t.remind.Add(by)
	case by >= t.plan.Break && t.phase != OnBreak:
		pending := t.phase == Due || t.snoozes > 0
		t.work(now)
		if pending {
			return AwayTaken
		}
	}
	return NoChange
}

// Remaining is how long until the next break; zero or less once it is due.
func (t *Timer) Remaining(now time.Time) time.Duration { return t.next.Sub(now) }

func (t *Timer) work(now time.Time) {
	t.phase = Working
	t.start = now
	t.next = now.Add(t.plan.Work)
	t.snoozes = 0
}
