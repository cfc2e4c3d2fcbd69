package tray

import (
	"fmt"
	"time"

	"posturebreak/assets"
	"posturebreak/schedule"
)

// State is what the tray shows.
type State struct {
	Line        string // the status line at the top of the menu
	Icon        assets.Badge
	Due         bool   // a break is due: offer to skip it
	SnoozeLabel string // offer to snooze it, with this label; empty for no
	Paused      bool   // offer to resume rather than to pause
}

// Describe is the tray for a timer's status at now, with times written in
// loc.
func Describe(s schedule.Status, snooze time.Duration, now time.Time, loc *time.Location) State {
	switch s.Phase {
	case schedule.Away:
		return State{Line: "Away since " + when(s.AwaySince, now, loc), Icon: assets.Resting}
	case schedule.Due:
		st := State{Line: "Break due", Icon: assets.Due, Due: true}
		if s.Waiting != schedule.NotBusy {
			st.Line = "Break waiting: " + waitingFor[s.Waiting]
		} else if s.Snoozes > 0 {
			st.Line = fmt.Sprintf("Break due — snoozed %d of %d", s.Snoozes, s.MaxSnoozes)
		}
		if s.Snoozes < s.MaxSnoozes {
			st.SnoozeLabel = schedule.SnoozeLabel(snooze)
		}
		return st
	case schedule.OnBreak:
		return State{Line: "On a break", Icon: assets.Running}
	case schedule.Paused:
		if s.PausedUntil.IsZero() {
			return State{Line: "Paused until you resume", Icon: assets.Resting, Paused: true}
		}
		return State{Line: "Paused until " + when(s.PausedUntil, now, loc), Icon: assets.Resting, Paused: true}
	case schedule.OffHours:
		if s.Next.IsZero() {
			return State{Line: "Outside working hours", Icon: assets.Resting}
		}
		return State{Line: "Outside working hours — next break " + when(s.Next, now, loc), Icon: assets.Resting}
	}
	minutes := int((s.Next.Sub(now) + time.Minute - 1) / time.Minute)
	return State{Line: fmt.Sprintf("Next break in %d min", max(minutes, 1)), Icon: assets.Running}
}

// waitingFor ends "Break waiting: …" for each reason a break waits.
var waitingFor = map[schedule.Busy]string{
	schedule.InCall:       "you're in a call",
	schedule.Fullscreen:   "a window is fullscreen",
	schedule.DoNotDisturb: "do not disturb is on",
}

// when writes a time as 14:30 if it is today, or Tue 09:45 if not.
func when(t, now time.Time, loc *time.Location) string {
	t, now = t.In(loc), now.In(loc)
	if y, m, d := t.Date(); y == now.Year() && m == now.Month() && d == now.Day() {
		return t.Format("15:04")
	}
	return t.Format("Mon 15:04")
}
