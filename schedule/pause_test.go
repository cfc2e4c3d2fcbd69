package schedule

import (
	"encoding/json"
	"testing"
	"testing/synctest"
	"time"
)

func TestAPauseEndsByItself(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		tm := New(plan, time.Now())
		time.Sleep(40 * time.Minute)
		until := time.Now().Add(30 * time.Minute)
		tm.Pause(time.Now(), until)
		if s := tm.Status(time.Now()); s.Phase != Paused || !s.PausedUntil.Equal(until) {
			t.Fatalf("paused: %+v", s)
		}
		round := rounds(t, 1000)
		for tm.Phase() == Paused {
			round()
			time.Sleep(tm.NextWake(time.Now()))
			if c := tm.Tick(time.Now()); c != NoChange {
				t.Fatalf("a break during a pause: %v", c)
			}
		}
		if !time.Now().Equal(until) || !tm.NextBreak().Equal(until.Add(plan.Work)) {
			t.Fatalf("resumed at %v, next %v; want at %v with a fresh interval", time.Now(), tm.NextBreak(), until)
		}
	})
}

func TestAPauseUntilResumed(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		tm := New(plan, time.Now())
		tm.Pause(time.Now(), time.Time{})
		time.Sleep(30 * time.Hour)
		if tm.Tick(time.Now()); tm.Phase() != Paused {
			t.Fatal("an open-ended pause ended by itself")
		}
		if tm.ClockJumped(time.Now(), 5*time.Hour); tm.Phase() != Paused {
			t.Fatal("a suspend ended the pause")
		}
		tm.Resume(time.Now())
		if tm.Phase() != Working || !tm.NextBreak().Equal(time.Now().Add(plan.Work)) {
			t.Fatalf("after resuming: %v next %v", tm.Phase(), tm.NextBreak())
		}
	})
}

func TestAPauseSurvivesARestart(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		tm := New(plan, time.Now())
		until := time.Now().Add(2 * time.Hour)
		tm.Pause(time.Now(), until)
		b, _ := json.Marshal(tm.Snapshot(time.Now()))
		time.Sleep(time.Hour) // the daemon was down for an hour
		var snap Snapshot
		json.Unmarshal(b, &snap)
		back, _ := Restore(plan, snap, time.Now())
		if back.Phase() != Paused || !back.PausedUntil().Equal(until) {
			t.Fatalf("restored %v until %v, want paused until %v", back.Phase(), back.PausedUntil(), until)
		}
		forever := New(plan, time.Now())
		forever.Pause(time.Now(), time.Time{})
		b, _ = json.Marshal(forever.Snapshot(time.Now()))
		var open Snapshot
		json.Unmarshal(b, &open)
		if back, _ := Restore(plan, open, time.Now().Add(48*time.Hour)); back.Phase() != Paused || !back.PausedUntil().IsZero() {
			t.Fatalf("an open-ended pause came back as %v until %v", back.Phase(), back.PausedUntil())
		}
	})
}

func TestTheSnoozeLimit(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		tm := New(plan, time.Now())
		for i := 1; i <= plan.MaxSnoozes; i++ {
			waitFor(t, tm, time.Now)
			if !tm.CanSnooze() || !tm.Snooze(time.Now()) {
				t.Fatalf("snooze %d refused", i)
			}
			if s := tm.Status(time.Now()); s.Snoozes != i || s.MaxSnoozes != plan.MaxSnoozes {
				t.Fatalf("status %+v", s)
			}
		}
		waitFor(t, tm, time.Now)
		if tm.CanSnooze() || tm.Snooze(time.Now()) || tm.Phase() != Due {
			t.Fatalf("snoozed past the limit: %v", tm.Phase())
		}
		tm.Skip(time.Now())
		if !tm.CanSnooze() {
			t.Fatal("the next break cannot be snoozed")
		}
	})
}

func TestPauseLengths(t *testing.T) {
	loc := location(t, "Europe/Berlin")
	now := time.Date(2026, 11, 27, 15, 10, 0, 0, loc) // a Friday afternoon
	for _, c := range []struct {
		spec  string
		hours Hours
		want  time.Time
	}{
		{"30m", Hours{}, now.Add(30 * time.Minute)},
		{"1h", Hours{}, now.Add(time.Hour)},
		{"indefinitely", Hours{}, time.Time{}},
		{"until-tomorrow", Hours{Loc: loc}, time.Date(2026, 11, 28, 9, 0, 0, 0, loc)},
		{"until-tomorrow", weekdays(loc), time.Date(2026, 11, 30, 9, 0, 0, 0, loc)}, // the next working day is Monday
	} {
		got, err := PauseEnd(c.spec, now, c.hours)
		if err != nil || !got.Equal(c.want) {
			t.Errorf("%s: %v %v, want %v", c.spec, got, err, c.want)
		}
	}
	for _, bad := range []string{"", "forever", "0s", "30s", "25h", "-1h", "tomorrow"} {
		if _, err := PauseEnd(bad, now, Hours{}); err == nil {
			t.Errorf("%q accepted", bad)
		}
	}
}

func TestABreakDuringAPauseKeepsThePause(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		for _, end := range []func(*Timer){
			func(tm *Timer) { tm.Finish(time.Now()) },
			func(tm *Timer) { tm.Skip(time.Now()) },
			func(tm *Timer) { tm.Snooze(time.Now()) },
		} {
			tm := New(plan, time.Now())
			tm.Pause(time.Now(), time.Time{})
			if !tm.StartBreak() {
				t.Fatal("no break during a pause")
			}
			end(tm)
			if tm.Phase() != Paused {
				t.Fatalf("after the break: %v, want paused still", tm.Phase())
			}
		}
	})
}

func TestUntilTomorrowMorningOnANightShiftAndOverDST(t *testing.T) {
	loc := location(t, "Europe/Berlin")
	mon23 := time.Date(2026, 11, 23, 23, 0, 0, 0, loc)
	if got, _ := PauseEnd(UntilTomorrow, mon23, nights(loc)); !got.Equal(time.Date(2026, 11, 24, 22, 0, 0, 0, loc)) {
		t.Errorf("mid night shift: until %v, want the next shift, Tuesday 22:00", got)
	}
	beforeChange := time.Date(2026, 10, 24, 20, 0, 0, 0, loc) // the clocks go back that night
	if got, _ := PauseEnd(UntilTomorrow, beforeChange, Hours{Loc: loc}); !got.Equal(time.Date(2026, 10, 25, 9, 0, 0, 0, loc)) {
		t.Errorf("over the DST change: until %v, want 09:00 by the clock", got)
	}
}
