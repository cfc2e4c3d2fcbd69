package schedule

import (
	"encoding/json"
	"testing"
	"testing/synctest"
	"time"
)

func roundTrip(t *testing.T, s Snapshot) Snapshot {
	t.Helper()
	b, err := json.Marshal(s)
	if err != nil {
		t.Fatal(err)
	}
	var back Snapshot
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatalf("%s: %v", b, err)
	}
	return back
}

func TestRestartKeepsTheDeadline(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		tm := New(plan, time.Now())
		time.Sleep(20 * time.Minute)
		snap := roundTrip(t, tm.Snapshot(time.Now()))
		time.Sleep(time.Minute) // restarted a minute later: shorter than a break
		back, c := Restore(plan, snap, time.Now())
		if c != NoChange || !back.NextBreak().Equal(tm.NextBreak()) || back.Phase() != Working {
			t.Fatalf("restored %v next %v (%v), want working next %v", back.Phase(), back.NextBreak(), c, tm.NextBreak())
		}
	})
}

func TestRestartAfterALongGapStartsFresh(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		tm := New(plan, time.Now())
		snap := tm.Snapshot(time.Now())
		time.Sleep(8 * time.Hour) // logged out overnight
		back, _ := Restore(plan, snap, time.Now())
		if want := time.Now().Add(plan.Work); !back.NextBreak().Equal(want) {
			t.Fatalf("next %v, want a fresh interval %v", back.NextBreak(), want)
		}
	})
}

func TestRestartWhileDueTellsTheUserAgain(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		tm := New(plan, time.Now())
		waitFor(t, tm)
		snap := roundTrip(t, tm.Snapshot(time.Now()))
		time.Sleep(10 * time.Second)
		back, c := Restore(plan, snap, time.Now())
		if c != NoChange || back.Phase() != Due {
			t.Fatalf("restored %v (%v), want due", back.Phase(), c)
		}
		if c := back.Tick(time.Now()); c != RemindAgain {
			t.Fatalf("first tick after restart: %v, want RemindAgain", c)
		}
	})
}

func TestRestartWhileDueAfterAGapCountsAsAway(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		tm := New(plan, time.Now())
		waitFor(t, tm)
		snap := tm.Snapshot(time.Now())
		time.Sleep(time.Hour)
		if back, c := Restore(plan, snap, time.Now()); c != AwayTaken || back.Phase() != Working {
			t.Fatalf("restored %v (%v), want working after AwayTaken", back.Phase(), c)
		}
	})
}

func TestRestartDuringABreakCountsItTaken(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		tm := New(plan, time.Now())
		tm.StartBreak()
		snap := tm.Snapshot(time.Now())
		back, _ := Restore(plan, snap, time.Now())
		if back.Phase() != Working || !back.NextBreak().Equal(time.Now().Add(plan.Work)) {
			t.Fatalf("restored %v next %v", back.Phase(), back.NextBreak())
		}
	})
}

func TestRestartPicksUpANewInterval(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		start := time.Now()
		snap := New(plan, start).Snapshot(start)
		shorter := plan
		shorter.Work = 10 * time.Minute
		back, _ := Restore(shorter, snap, time.Now())
		if !back.NextBreak().Equal(start.Add(10 * time.Minute)) {
			t.Fatalf("next %v after start, want 10m", back.NextBreak().Sub(start))
		}
	})
}

func TestNonsenseSnapshotsStartFresh(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		now := time.Now()
		good := New(plan, now).Snapshot(now)
		bad := map[string]Snapshot{
			"empty":             {},
			"next before start": {Phase: Working, Start: now, Next: now.Add(-time.Minute), Saved: now},
			"far future":        {Phase: Working, Start: now.Add(1000 * time.Hour), Next: now.Add(1001 * time.Hour), Saved: now},
			"negative snoozes":  {Phase: Working, Start: good.Start, Next: good.Next, Snoozes: -1, Saved: now},
			"unknown phase":     {Phase: Phase(7), Start: good.Start, Next: good.Next, Saved: now},
		}
		for name, s := range bad {
			back, c := Restore(plan, s, now)
			if c != NoChange || back.Phase() != Working || !back.NextBreak().Equal(now.Add(plan.Work)) {
				t.Errorf("%s: restored %v next %v (%v), want fresh", name, back.Phase(), back.NextBreak(), c)
			}
		}
	})
}

func TestPhaseNamesRoundTrip(t *testing.T) {
	for _, p := range []Phase{Working, Due, OnBreak} {
		b, _ := p.MarshalText()
		var q Phase
		if err := q.UnmarshalText(b); err != nil || q != p {
			t.Errorf("%v -> %s -> %v, %v", p, b, q, err)
		}
	}
	var q Phase
	if err := q.UnmarshalText([]byte("napping")); err == nil {
		t.Error("unknown phase name accepted")
	}
}

// A saved deadline is believed up to the furthest any rule can set (a work
// interval and a snooze away), and not a minute further.
func TestRestoreBelievesADeadlineOnlyAsFarAsTheRulesReach(t *testing.T) {
	now := time.Date(2026, 11, 24, 9, 0, 0, 0, time.UTC)
	snooze := func(next time.Time) Snapshot { // a snoozed break keeps its deadline
		return Snapshot{Phase: Working, Start: now.Add(-10 * time.Minute), Next: next, Snoozes: 1, Saved: now}
	}
	furthest := now.Add(plan.Work + plan.Snooze)
	if tm, _ := Restore(plan, snooze(furthest), now); !tm.NextBreak().Equal(furthest) || tm.Snoozes() != 1 {
		t.Fatalf("at the limit: next %v with %d snoozes, want it kept", tm.NextBreak(), tm.Snoozes())
	}
	if tm, _ := Restore(plan, snooze(furthest.Add(time.Minute)), now); !tm.NextBreak().Equal(now.Add(plan.Work)) || tm.Snoozes() != 0 {
		t.Fatalf("past the limit: next %v with %d snoozes, want a fresh interval", tm.NextBreak(), tm.Snoozes())
	}
}
