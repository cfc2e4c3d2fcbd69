package tray

import (
	"time"

	"posturebreak/assets"
	"posturebreak/schedule"
	"posturebreak/translation"
	"posturebreak/words"
)

// State is what the tray shows.
type State struct {
	Line        string // the status line at the top of the menu
	CheckLine   string // when the next posture check comes, under it; empty for none
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
		return State{Line: translation.L("Away since {{.Time}}", at(s.AwaySince, now, loc)), Icon: assets.Resting}
	case schedule.Due:
		st := State{Line: translation.L("Break due"), Icon: assets.Due, Due: true}
		if s.Waiting != schedule.NotBusy {
			st.Line = translation.L(waitingFor[s.Waiting])
		} else if s.Snoozes > 0 {
			st.Line = translation.L("Break due — snoozed {{.Snoozes}} of {{.Most}}", map[string]int{"Snoozes": s.Snoozes, "Most": s.MaxSnoozes})
		}
		if s.Snoozes < s.MaxSnoozes {
			st.SnoozeLabel = words.Snooze(snooze)
		}
		return st
	case schedule.OnBreak:
		return State{Line: translation.L("On a break"), Icon: assets.Running}
	case schedule.Paused:
		if s.PausedUntil.IsZero() {
			return State{Line: translation.L("Paused until you resume"), Icon: assets.Resting, Paused: true}
		}
		return State{Line: translation.L("Paused until {{.Time}}", at(s.PausedUntil, now, loc)), Icon: assets.Resting, Paused: true}
	case schedule.OffHours:
		if s.Next.IsZero() {
			return State{Line: translation.L("Outside working hours"), Icon: assets.Resting}
		}
		return State{Line: translation.L("Outside working hours — next break {{.Time}}", at(s.Next, now, loc)), Icon: assets.Resting}
	}
	minutes := int((s.Next.Sub(now) + time.Minute - 1) / time.Minute)
	return State{Line: translation.L("Next break in {{.Minutes}} min", map[string]int{"Minutes": max(minutes, 1)}), Icon: assets.Running}
}

// waitingFor is the status line for each reason a break waits.
var waitingFor = map[schedule.Busy]string{
	schedule.InCall:       translation.Mark("Break waiting: you're in a call"),
	schedule.Fullscreen:   translation.Mark("Break waiting: a window is fullscreen"),
	schedule.Presenting:   translation.Mark("Break waiting: a video or presentation is on"),
	schedule.DoNotDisturb: translation.Mark("Break waiting: do not disturb is on"),
}

// at is a time for a status line, as {{.Time}}.
func at(t, now time.Time, loc *time.Location) map[string]string {
	return map[string]string{"Time": When(t, now, loc)}
}

// When writes a time as 14:30 if it is today, or Tue 09:45 if not, with
// the day in the user's language.
func When(t, now time.Time, loc *time.Location) string {
	t, now = t.In(loc), now.In(loc)
	if y, m, d := t.Date(); y == now.Year() && m == now.Month() && d == now.Day() {
		return t.Format("15:04")
	}
	return translation.L(weekdays[t.Weekday()]) + " " + t.Format("15:04")
}

// weekdays are the days' short names, from Sunday.
var weekdays = [...]string{
	translation.Mark("Sun"), translation.Mark("Mon"), translation.Mark("Tue"), translation.Mark("Wed"),
	translation.Mark("Thu"), translation.Mark("Fri"), translation.Mark("Sat"),
}
