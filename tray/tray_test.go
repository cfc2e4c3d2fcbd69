package tray

import (
	"bytes"
	"image/png"
	"testing"
	"time"
	_ "time/tzdata" // real zones even where the system has none

	"posturebreak/assets"
	"posturebreak/schedule"
)

func TestTheStatusLineSaysExactlyWhatIsGoingOn(t *testing.T) {
	loc, err := time.LoadLocation("Europe/Berlin")
	if err != nil {
		t.Fatal(err)
	}
	now := time.Date(2026, 11, 24, 13, 50, 0, 0, loc) // a Tuesday
	snooze := 5 * time.Minute
	cases := []struct {
		s    schedule.Status
		want State
	}{
		{schedule.Status{Phase: schedule.Working, Next: now.Add(42 * time.Minute)}, State{Line: "Next break in 42 min", Icon: assets.Running}},
		{schedule.Status{Phase: schedule.Working, Next: now.Add(41*time.Minute + time.Second)}, State{Line: "Next break in 42 min", Icon: assets.Running}},
		{schedule.Status{Phase: schedule.Working, Next: now.Add(20 * time.Second)}, State{Line: "Next break in 1 min", Icon: assets.Running}},
		{schedule.Status{Phase: schedule.Due, MaxSnoozes: 2}, State{Line: "Break due", Icon: assets.Due, Due: true, SnoozeLabel: "Snooze 5 min"}},
		{schedule.Status{Phase: schedule.Due, Snoozes: 1, MaxSnoozes: 2}, State{Line: "Break due — snoozed 1 of 2", Icon: assets.Due, Due: true, SnoozeLabel: "Snooze 5 min"}},
		{schedule.Status{Phase: schedule.Due, Snoozes: 2, MaxSnoozes: 2}, State{Line: "Break due — snoozed 2 of 2", Icon: assets.Due, Due: true}},
		{schedule.Status{Phase: schedule.Due, MaxSnoozes: 0}, State{Line: "Break due", Icon: assets.Due, Due: true}},
		{schedule.Status{Phase: schedule.OnBreak}, State{Line: "On a break", Icon: assets.Running}},
		{schedule.Status{Phase: schedule.Paused, PausedUntil: time.Date(2026, 11, 24, 14, 30, 0, 0, loc)}, State{Line: "Paused until 14:30", Icon: assets.Resting, Paused: true}},
		{schedule.Status{Phase: schedule.Paused, PausedUntil: time.Date(2026, 11, 25, 9, 0, 0, 0, loc)}, State{Line: "Paused until Wed 09:00", Icon: assets.Resting, Paused: true}},
		{schedule.Status{Phase: schedule.Paused}, State{Line: "Paused until you resume", Icon: assets.Resting, Paused: true}},
		{schedule.Status{Phase: schedule.OffHours, Next: time.Date(2026, 11, 25, 9, 45, 0, 0, loc)}, State{Line: "Outside working hours — next break Wed 09:45", Icon: assets.Resting}},
		{schedule.Status{Phase: schedule.OffHours}, State{Line: "Outside working hours", Icon: assets.Resting}},
		{schedule.Status{Phase: schedule.Away, AwaySince: time.Date(2026, 11, 24, 13, 2, 0, 0, loc)}, State{Line: "Away since 13:02", Icon: assets.Resting}},
		{schedule.Status{Phase: schedule.Due, MaxSnoozes: 2, Waiting: schedule.InCall}, State{Line: "Break waiting: you're in a call", Icon: assets.Due, Due: true, SnoozeLabel: "Snooze 5 min"}},
		{schedule.Status{Phase: schedule.Due, Waiting: schedule.Fullscreen}, State{Line: "Break waiting: a window is fullscreen", Icon: assets.Due, Due: true}},
		{schedule.Status{Phase: schedule.Due, Snoozes: 1, MaxSnoozes: 2, Waiting: schedule.DoNotDisturb}, State{Line: "Break waiting: do not disturb is on", Icon: assets.Due, Due: true, SnoozeLabel: "Snooze 5 min"}},
	}
	for _, c := range cases {
		if got := Describe(c.s, snooze, now, loc); got != c.want {
			t.Errorf("%+v: %+v, want %+v", c.s, got, c.want)
		}
	}
}

func TestEveryStateHasItsOwnTrayIcon(t *testing.T) {
	seen := map[string]bool{}
	for _, i := range assets.Badges {
		b := assets.Read(assets.TrayIcon(i, IconSize))
		img, err := png.Decode(bytes.NewReader(b))
		if err != nil || img.Bounds().Dx() != IconSize {
			t.Fatalf("%s: %v", i, err)
		}
		if seen[string(b)] {
			t.Fatalf("%s looks like another state's icon", i)
		}
		seen[string(b)] = true
	}
}

func TestThePauseChoicesAreLengthsTheTimerKnows(t *testing.T) {
	for _, c := range PauseChoices {
		if _, err := schedule.PauseEnd(c.Length, time.Now(), schedule.Hours{}); err != nil {
			t.Errorf("%s: %v", c.Label, err)
		}
	}
}
