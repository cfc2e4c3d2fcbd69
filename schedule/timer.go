package schedule

import "time"

// Phase is where the user is in the work–break rhythm.
type Phase int

const (
	Working  Phase = iota // counting down to the next break
	Due                   // a break is due and the user has been told
	OnBreak               // the break window is open
	Paused                // the user asked for no breaks for now
	OffHours              // outside working hours: no breaks until they begin
	Away                  // the user has left the desk (no input, or the screen locked)
)

var phaseNames = []string{"working", "due", "on-break", "paused", "off-hours", "away"}

func (p Phase) String() string { return nameOf(phaseNames, p) }

// MarshalText writes the phase as its name, so saved state reads plainly.
func (p Phase) MarshalText() ([]byte, error) { return []byte(p.String()), nil }

// UnmarshalText reads a phase name; anything else is an error.
func (p *Phase) UnmarshalText(b []byte) (err error) {
	*p, err = named[Phase](phaseNames, b, "phase")
	return err
}

// Change tells the daemon what a tick means for the user.
type Change int

const (
	NoChange    Change = iota
	BreakDue           // a break has just fallen due: tell the user
	RemindAgain        // a due break has been ignored for Plan.Remind: tell the user again
	AwayTaken          // the user was away long enough to count as a break (Timer.LastAway says how long): it counts as taken
	Called             // a due break no longer applies (working hours ended): take its notification away
	Withheld           // a due break waits, for the user to come back or to be free: take its notification away
)

// Timer is the work timer. Its zero value is not ready; use New or Restore.
type Timer struct {
	plan        Plan
	phase       Phase
	start       time.Time // when the current stretch of work began
	next        time.Time // when the next break falls due (Working) or fell due (Due)
	remind      time.Time // when to tell the user again about a due break
	snoozes     int       // snoozes of the current break so far
	pausedUntil time.Time // when a pause ends by itself; zero while paused means until resumed
	inPause     bool      // the break under way was taken during a pause, which goes on after it
	busy        Busy      // what the user is busy with, as last observed
	away        Spell     // the spell away under way (phase Away), or the last one
	awayFrom    Phase     // the phase to go back to after a spell away too short to count
	wait        Wait      // how the due break waited for the user to be free, if it did
	waiting     bool      // the due break is held back now
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

// CanSnooze says whether the current break may be snoozed again.
func (t *Timer) CanSnooze() bool { return t.snoozes < t.plan.MaxSnoozes }

// Tick moves the timer to now and says whether the user must be told anything.
func (t *Timer) Tick(now time.Time) Change {
	switch t.phase {
	case Paused:
		if !t.pausedUntil.IsZero() && !now.Before(t.pausedUntil) {
			t.Resume(now)
		}
	case OffHours:
		if working, _ := t.plan.Hours.Working(now); working {
			t.work(now) // working hours begin: a fresh stretch
		}
	case Working, Due, Away:
		if working, _ := t.plan.Hours.Working(now); !working {
			return t.hoursEnd(now)
		}
		return t.tickWork(now)
	}
	return NoChange
}

// hoursEnd stops timing at the end of working hours; a break that was due
// or snoozed is called off. A spell away ends with them, and counts as a
// break if it was long enough.
func (t *Timer) hoursEnd(now time.Time) Change {
	pending := t.phase == Due || t.snoozes > 0 || (t.phase == Away && t.away.Due)
	credited := t.phase == Away && t.endAway(now)
	t.phase, t.snoozes = OffHours, 0
	t.release()
	switch {
	case credited:
		return AwayTaken
	case pending:
		return Called
	}
	return NoChange
}

// tickWork is a tick in working time: a break falls due at its deadline,
// and a due break is told again every Plan.Remind. A break that falls due
// while the user is busy waits, untold.
func (t *Timer) tickWork(now time.Time) Change {
	switch {
	case t.phase == Working && !now.Before(t.next):
		t.phase = Due
		t.remind = now.Add(t.plan.Remind)
		if t.busy != NotBusy {
			t.hold(now)
			return NoChange
		}
		return BreakDue
	case t.phase == Due && !t.waiting && !now.Before(t.remind):
		t.remind = now.Add(t.plan.Remind)
		return RemindAgain
	}
	return NoChange
}

// StartBreak opens a break now, whether or not one was due. It reports false
// if a break is already under way. A break taken during a pause leaves the
// pause in place for when it ends.
func (t *Timer) StartBreak() bool {
	if t.phase == OnBreak {
		return false
	}
	t.inPause = t.phase == Paused
	t.phase = OnBreak
	return true
}

// Snooze puts the break off for Plan.Snooze, counted from now. It reports
// false, and changes nothing, once the break has been snoozed
// Plan.MaxSnoozes times.
func (t *Timer) Snooze(now time.Time) bool {
	if t.backToPause() {
		return true
	}
	if !t.CanSnooze() {
		return false
	}
	t.phase = Working
	t.next = now.Add(t.plan.Snooze)
	t.snoozes++
	t.release()
	return true
}

// Took counts a break taken outside the timer's own, such as an urge
// answered with a movement that lasted a break's length: work starts afresh
// at now. It reports whether a break that was due or snoozed is thereby
// taken. In a pause, on a break or outside working hours it changes
// nothing.
func (t *Timer) Took(now time.Time) (pending bool) {
	switch t.phase {
	case Working, Due, Away:
		pending = t.phase == Due || t.snoozes > 0 || (t.phase == Away && t.away.Due)
		t.work(now)
	}
	return pending
}

// Skip gives up on this break: the next is a full work interval from now.
func (t *Timer) Skip(now time.Time) {
	if !t.backToPause() {
		t.work(now)
	}
}

// Finish ends a break at now: the next one is counted from here.
func (t *Timer) Finish(now time.Time) {
	if !t.backToPause() {
		t.work(now)
	}
}

// backToPause ends a break taken during a pause by going back to the pause.
func (t *Timer) backToPause() bool {
	if t.phase != OnBreak || !t.inPause {
		return false
	}
	t.phase, t.inPause = Paused, false
	return true
}

// Pause stops breaks until until, or until Resume if until is zero.
func (t *Timer) Pause(now, until time.Time) {
	t.phase, t.pausedUntil, t.snoozes, t.inPause = Paused, until, 0, false
	t.release()
}

// PausedUntil is when a pause ends by itself; zero if it lasts until resumed.
func (t *Timer) PausedUntil() time.Time { return t.pausedUntil }

// Resume ends a pause: work starts afresh at now, if now is working time.
func (t *Timer) Resume(now time.Time) {
	t.pausedUntil = time.Time{}
	t.work(now)
	if working, _ := t.plan.Hours.Working(now); !working {
		t.phase = OffHours
	}
}

// SetPlan changes the rhythm. A stretch of work keeps its start, so a shorter
// interval can make a break due at once; a snoozed or due break stays put.
// New working hours take effect at the next tick.
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
// than stretching the interval. A pause, and time outside working hours,
// are wall-clock times the user chose: jumps leave them alone. So is a
// spell away already under way: it ends when the user comes back.
func (t *Timer) ClockJumped(now time.Time, by time.Duration) Change {
	if t.phase == Paused || t.phase == OffHours || t.phase == OnBreak {
		return NoChange
	}
	switch {
	case by < 0:
		t.start = t.start.Add(by)
		t.next = t.next.Add(by)
		t.remind = t.remind.Add(by)
		t.away.Since = t.away.Since.Add(by)
	case by >= t.plan.Break && t.phase != Away:
		pending := t.phase == Due || t.snoozes > 0
		t.away = Spell{Since: now.Add(-by), Until: now, Due: pending}
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
	t.release()
}
