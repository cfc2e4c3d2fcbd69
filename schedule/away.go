package schedule

import "time"

// Observe follows what the session says about the user at now, while work
// is being timed (it changes nothing in a pause, a break or off hours):
//   - No input for at least a break's length, or a locked screen, is time
//     away: the timer stops, and a due break's notification goes
//     (Withheld). No input while the user is busy at the desk (a call, a
//     fullscreen film) is not time away.
//   - Back from a spell away at least a break long, it counts as a break
//     (AwayTaken) and work starts afresh; a shorter spell counted as work.
//   - While the user is busy, a due break waits untold (Withheld if it had
//     been told); it is offered at once when they are free (BreakDue), and
//     Waited says how long it waited and why.
func (t *Timer) Observe(p Presence, now time.Time) Change {
	t.busy = p.Busy
	switch t.phase {
	case Away:
		if _, gone := t.gone(p, now); gone {
			return NoChange
		}
		if t.endAway(now) {
			return AwayTaken
		}
		return t.holdOrOffer(now)
	case Working, Due:
		if since, gone := t.gone(p, now); gone {
			return t.leave(since)
		}
		return t.holdOrOffer(now)
	}
	return NoChange
}

// gone says whether the user is away from the desk at now, and since when.
func (t *Timer) gone(p Presence, now time.Time) (since time.Time, gone bool) {
	idle := !p.IdleSince.IsZero() && !p.Busy.AtDesk()
	switch {
	case !p.LockedSince.IsZero() && idle && p.IdleSince.Before(p.LockedSince):
		return p.IdleSince, true // the screen locked itself after a while without input
	case !p.LockedSince.IsZero():
		return p.LockedSince, true
	case idle && now.Sub(p.IdleSince) >= t.plan.Break:
		return p.IdleSince, true
	}
	return time.Time{}, false
}

// leave starts a spell away.
func (t *Timer) leave(since time.Time) Change {
	told := t.phase == Due && !t.waiting
	t.away = Spell{Since: since, Due: t.phase == Due || t.snoozes > 0}
	t.awayFrom, t.phase = t.phase, Away
	if told {
		return Withheld
	}
	return NoChange
}

// endAway ends a spell away at now, and reports whether it counts as a
// break: if so, work starts afresh. A shorter spell counted as work: the
// timer goes back to where it was, and a due break is told again at once.
func (t *Timer) endAway(now time.Time) (credited bool) {
	t.away.Until = now
	if t.away.Length() >= t.plan.Break {
		t.work(now)
		return true
	}
	t.phase = t.awayFrom
	t.remind = now
	return false
}

// LastAway is the spell away under way, or the last one to end.
func (t *Timer) LastAway() Spell { return t.away }

// hold starts holding the due break back.
func (t *Timer) hold(now time.Time) {
	t.wait, t.waiting = Wait{Since: now, Why: t.busy}, true
}

// release forgets any wait: the break it was for is over.
func (t *Timer) release() { t.wait, t.waiting = Wait{}, false }

// holdOrOffer holds a due break back while the user is busy, and offers it
// as soon as they are not.
func (t *Timer) holdOrOffer(now time.Time) Change {
	switch {
	case t.phase != Due:
	case t.busy != NotBusy && !t.waiting:
		t.hold(now)
		return Withheld
	case t.busy != NotBusy:
		t.wait.Why = t.busy
	case t.waiting:
		t.waiting = false
		t.wait.Until = now
		t.remind = now.Add(t.plan.Remind)
		return BreakDue
	}
	return NoChange
}

// Waited is how the due break waited for the user to be free, once it no
// longer waits; ok is false if it did not wait.
func (t *Timer) Waited() (w Wait, ok bool) {
	return t.wait, t.phase == Due && !t.waiting && !t.wait.Until.IsZero()
}
