package daemon

import (
	"log"
	"time"

	"posturebreak/control"
	"posturebreak/history"
	"posturebreak/protocol"
	"posturebreak/schedule"
)

// These are what the user can ask of the daemon, whether from the tray, a
// notification, the bus or the command line; run.go maps each of those
// onto them. Each hands its work to the loop.

// BreakNow starts a break at once, with no notification first.
func (d *Daemon) BreakNow() { d.do(d.startBreak) }

// StartDueBreak starts the break that is due, if one still is: the user
// clicked its notification.
func (d *Daemon) StartDueBreak() { d.whileDue(d.startBreak) }

// EarlierNotification answers a click on a break notification that is no
// longer current (the server kept it after the break was dealt with): it
// opens the break that is due now, if one is, and otherwise nothing; the
// log says which.
func (d *Daemon) EarlierNotification() {
	d.do(func(now time.Time) {
		if d.timer.Phase() != schedule.Due {
			log.Print("a notification of an earlier break was clicked; no break is due now, so nothing opens")
			return
		}
		log.Print("a notification of an earlier break was clicked; opening the break that is due now")
		d.startBreak(now)
	})
}

// Snooze puts the due break off, if the settings allow another snooze.
func (d *Daemon) Snooze() {
	d.whileDue(func(now time.Time) {
		if !d.timer.Snooze(now) {
			log.Print("this break has been snoozed as often as the settings allow")
			return
		}
		d.untell()
		d.record(now, history.Snoozed, 0, "")
	})
}

// Skip gives up on the due break: the next one is a full interval away.
func (d *Daemon) Skip() {
	d.whileDue(func(now time.Time) {
		d.timer.Skip(now)
		d.record(now, history.Skipped, 0, "")
		d.callOff()
	})
}

// whileDue does f in the loop if a break is still due then: a click on a
// stale notification or menu entry, after the break was dealt with another
// way, does nothing.
func (d *Daemon) whileDue(f func(now time.Time)) {
	d.do(func(now time.Time) {
		if d.timer.Phase() == schedule.Due {
			f(now)
		}
	})
}

// OpenSettings opens the settings window.
func (d *Daemon) OpenSettings() { d.do(func(time.Time) { d.openSettings() }) }

// OpenAbout opens the About window.
func (d *Daemon) OpenAbout() {
	d.do(func(time.Time) { d.openPage(protocol.About{}) })
}

// OpenHistory opens the History window.
func (d *Daemon) OpenHistory() {
	d.do(func(time.Time) { d.openPage(protocol.History{}) })
}

// Quit ends the loop.
func (d *Daemon) Quit() { d.do(func(time.Time) { d.leave() }) }

// SettingsChanged reloads the settings file.
func (d *Daemon) SettingsChanged() { d.do(d.reload) }

// Pause stops breaks for a while: length is as schedule.PauseEnd reads it.
func (d *Daemon) Pause(length string) error {
	err, busy := ask(d, func(now time.Time) error {
		until, err := schedule.PauseEnd(length, now, d.timer.Plan().Hours)
		if err != nil {
			return err
		}
		if d.timer.Phase() == schedule.Due || d.timer.Snoozes() > 0 {
			d.callOff() // that break is off
		}
		d.timer.Pause(now, until)
		return nil
	})
	if busy != nil {
		return busy
	}
	return err
}

// Resume ends a pause.
func (d *Daemon) Resume() {
	d.do(func(now time.Time) {
		if d.timer.Phase() == schedule.Paused {
			d.timer.Resume(now)
		}
	})
}

// Status is the timer's state, for the bus.
func (d *Daemon) Status() (control.Status, error) { return ask(d, d.status) }

// status is the timer's state as the bus reports it.
func (d *Daemon) status(now time.Time) control.Status {
	s := d.timer.Status(now)
	out := control.Status{State: s.Phase.String(), Line: d.describe(now).Line, Snoozes: s.Snoozes, MaxSnoozes: s.MaxSnoozes}
	if !s.Next.IsZero() && s.Phase != schedule.OnBreak {
		next := s.Next.Round(time.Second)
		out.NextBreak = &next
	}
	if !s.PausedUntil.IsZero() {
		until := s.PausedUntil.Round(time.Second)
		out.PausedUntil = &until
	}
	out.Presence, out.Busy = control.Here, s.Busy.String()
	switch {
	case s.Phase == schedule.Away:
		since := s.AwaySince.Round(time.Second)
		out.Presence, out.AwaySince, out.Busy = control.Away, &since, ""
	case s.Busy != schedule.NotBusy:
		out.Presence = control.Busy
	}
	if s.Waiting != schedule.NotBusy {
		out.Waiting = &control.Waiting{For: s.Waiting.String(), Since: s.WaitSince.Round(time.Second)}
	}
	if next := d.checks.Next(); !next.IsZero() {
		next = next.Round(time.Second)
		out.NextCheck = &next
	}
	return out
}
