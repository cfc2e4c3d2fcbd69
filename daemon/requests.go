package daemon

import (
	"encoding/json"
	"log"
	"time"

	"posturebreak/control"
	"posturebreak/history"
	"posturebreak/notify"
	"posturebreak/schedule"
)

// These are what the tray, the notifications, the bus and the command line
// ask of the daemon. Each hands its work to the loop.

// BreakNow starts a break at once, with no notification first.
func (d *Daemon) BreakNow() { d.do(d.startBreak) }

// OpenSettings opens the settings window.
func (d *Daemon) OpenSettings() { d.do(func(time.Time) { d.openSettings() }) }

// OpenAbout opens the About window.
func (d *Daemon) OpenAbout() { d.do(func(time.Time) { d.open("about", nil, func([]byte, error) {}) }) }

// Quit ends the loop.
func (d *Daemon) Quit() { d.do(func(time.Time) { d.leave() }) }

// SettingsChanged reloads the settings file.
func (d *Daemon) SettingsChanged() { d.do(d.reload) }

// Act handles a choice about the break that is due, from its notification
// or the tray.
func (d *Daemon) Act(a notify.Action) {
	d.do(func(now time.Time) {
		if d.timer.Phase() != schedule.Due {
			return // the break was dealt with another way meanwhile
		}
		switch a {
		case notify.Open:
			d.startBreak(now)
		case notify.Snooze:
			if !d.timer.Snooze(now) {
				log.Print("this break has been snoozed as often as the settings allow")
				return
			}
			d.Notifier.Withdraw()
			d.record(now, history.Snoozed, 0, "")
		case notify.Skip:
			d.Notifier.Withdraw()
			d.timer.Skip(now)
			d.record(now, history.Skipped, 0, "")
			d.upcoming = ""
		}
	})
}

// Pause stops breaks for a while: length is as schedule.PauseEnd reads it.
func (d *Daemon) Pause(length string) error {
	return ask(d, control.ErrBusy, func(now time.Time) error {
		until, err := schedule.PauseEnd(length, now, d.timer.Plan().Hours)
		if err != nil {
			return err
		}
		if d.timer.Phase() == schedule.Due || d.timer.Snoozes() > 0 {
			d.Notifier.Withdraw()
			d.upcoming = "" // that break is off
		}
		d.timer.Pause(now, until)
		return nil
	})
}

// Resume ends a pause.
func (d *Daemon) Resume() {
	d.do(func(now time.Time) {
		if d.timer.Phase() == schedule.Paused {
			d.timer.Resume(now)
		}
	})
}

// Status is the timer's state as JSON (control.Status), for the bus.
func (d *Daemon) Status() string {
	return ask(d, control.BusyStatus, func(now time.Time) string {
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
		b, _ := json.Marshal(out)
		return string(b)
	})
}
