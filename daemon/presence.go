package daemon

import (
	"log"
	"time"

	"posturebreak/history"
	"posturebreak/presence"
	"posturebreak/schedule"
	"posturebreak/translation"
	"posturebreak/words"
)

// Presence is what the session says about the user (presence.Session).
type Presence interface {
	Read(now time.Time, calls bool) presence.Reading
	PollIn(now time.Time) time.Duration // when to ask a polled source again; 0 if none
	SetThreshold(time.Duration)
}

// UsePresence starts following the session's presence: the loop reads it
// from now on.
func (d *Daemon) UsePresence(p Presence) {
	d.do(func(now time.Time) {
		d.presence = p
		p.SetThreshold(d.timer.Plan().Break)
	})
}

// PresenceChanged wakes the loop to read the session again: an event
// source saw the user leave, come back, or become busy or free. It never
// blocks: one wake-up stands for any number of changes.
func (d *Daemon) PresenceChanged() {
	select {
	case d.poke <- struct{}{}:
	default:
	}
}

// observe reads the session at now, as the user's settings say to heed it.
func (d *Daemon) observe(now time.Time) schedule.Presence {
	r := d.presence.Read(now, d.wantCalls(now))
	d.reading = r
	s := d.settings
	var p schedule.Presence
	if s.AwayIsBreak {
		p.IdleSince, p.LockedSince = r.IdleSince, r.LockedSince
	}
	switch {
	case s.WaitInCall && r.InCall:
		p.Busy = schedule.InCall
	case s.WaitFullscreen && r.Fullscreen:
		p.Busy = schedule.Fullscreen
	case s.WaitFullscreen && r.Presenting:
		p.Busy = schedule.Presenting
	case s.WaitDoNotDisturb && r.DoNotDisturb:
		p.Busy = schedule.DoNotDisturb
	}
	return p
}

// wantCalls says whether the call check should run: only while a break is
// due or waiting, or within a minute of falling due.
func (d *Daemon) wantCalls(now time.Time) bool {
	if !d.settings.WaitInCall {
		return false
	}
	switch d.timer.Phase() {
	case schedule.Due:
		return true
	case schedule.Working:
		soon := func(at time.Time) bool { return !at.IsZero() && at.Sub(now) <= time.Minute }
		return d.timer.Remaining(now) <= time.Minute || soon(d.checks.Next()) // a check, too, never comes into a call
	}
	return false
}

// nextWake is how long the loop sleeps: as the timer asks, and, while work
// is timed, no longer than until a polled idle source must be asked again
// (if time away counts) or the call check is due (if it is wanted).
func (d *Daemon) nextWake(now time.Time) time.Duration {
	wake := d.timer.NextWake(now)
	if !d.settleAt.IsZero() {
		wake = min(wake, max(d.settleAt.Sub(now), 0)) // hand back what a burst used on time, not at the next tick
	}
	if len(d.unwritten) > 0 {
		wake = min(wake, max(d.retryAt.Sub(now), 0))
	}
	if next := d.checks.Next(); !next.IsZero() {
		wake = min(wake, max(next.Sub(now), 0))
	}
	switch d.timer.Phase() {
	case schedule.Working, schedule.Due, schedule.Away:
		if in := d.presence.PollIn(now); in > 0 && d.settings.AwayIsBreak {
			wake = min(wake, in)
		}
		if d.wantCalls(now) {
			wake = min(wake, presence.PollEvery)
		}
	}
	return wake
}

// backFromAway records a spell away that counted as a break.
func (d *Daemon) backFromAway(now time.Time) {
	a := d.timer.LastAway()
	exercise := "" // no break was on its way: the spell names no exercise
	if a.Due {
		exercise = d.upcoming
	}
	d.recordAs(now, exercise, history.Away, int(a.Length().Seconds()), "")
}

// waitedLine says how long a break waited, and for what: "Waited 12 min
// for your call to end". Empty if it did not wait.
func (d *Daemon) waitedLine() string {
	w, ok := d.timer.Waited()
	if !ok {
		return ""
	}
	return translation.L(waitedFor[w.Why], map[string]string{"Length": minutes(w.Length())})
}

// waitedFor is the line for each reason.
var waitedFor = map[schedule.Busy]string{
	schedule.InCall:       translation.Mark("Waited {{.Length}} for your call to end."),
	schedule.Fullscreen:   translation.Mark("Waited {{.Length}} for your fullscreen window to close."),
	schedule.Presenting:   translation.Mark("Waited {{.Length}} for your video or presentation to end."),
	schedule.DoNotDisturb: translation.Mark("Waited {{.Length}} for do not disturb to be turned off."),
}

// minutes writes how long a break waited: at least "1 min".
func minutes(d time.Duration) string { return words.Length(max(d, time.Minute)) }

// recordWait records a break that waited, once it is offered.
func (d *Daemon) recordWait(now time.Time) {
	if w, ok := d.timer.Waited(); ok {
		log.Printf("the break waited %s while the user was busy (%s)", minutes(w.Length()), w.Why)
		d.record(now, history.Deferred, int(w.Length().Seconds()), w.Why.String())
	}
}
