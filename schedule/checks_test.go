package schedule

import (
	"testing"
	"time"
)

// at is the status of a timer working towards a break at next.
func working(next time.Time) Status { return Status{Phase: Working, Next: next} }

func TestChecksComeEveryIntervalButNeverNearABreak(t *testing.T) {
	start := time.Date(2026, 12, 2, 9, 0, 0, 0, time.UTC)
	p := DefaultPlan
	p.Check = 15 * time.Minute
	var c Checks
	brk := start.Add(p.Work)
	var shown []time.Duration
	for now := start; now.Before(brk); now = now.Add(10 * time.Second) {
		if c.Tick(now, working(brk), p) {
			shown = append(shown, now.Sub(start))
		}
	}
	if len(shown) != 2 || shown[0] != 15*time.Minute || shown[1] != 30*time.Minute {
		t.Fatalf("checks at %v, want at 15 and 30 min of a 45-min interval (none within 5 min of the break)", shown)
	}
	p.Check = 10 * time.Minute
	c = Checks{}
	shown = nil
	for now := start; now.Before(brk); now = now.Add(10 * time.Second) {
		if c.Tick(now, working(brk), p) {
			shown = append(shown, now.Sub(start))
		}
	}
	if len(shown) != 3 || shown[2] != 30*time.Minute {
		t.Fatalf("every 10 min: checks at %v, want 10, 20 and 30 (40 is within 5 min of the break at 45)", shown)
	}
}

func TestAChecksThatFallsWhileBusyOrLateIsDropped(t *testing.T) {
	start := time.Date(2026, 12, 2, 9, 0, 0, 0, time.UTC)
	p := DefaultPlan
	p.Check = 15 * time.Minute
	brk := start.Add(p.Work)
	var c Checks
	c.Tick(start, working(brk), p)
	busy := working(brk)
	busy.Busy = InCall
	if c.Tick(start.Add(15*time.Minute), busy, p) {
		t.Fatal("a check came into a call")
	}
	if c.Tick(start.Add(20*time.Minute), working(brk), p) {
		t.Fatal("the check dropped in the call came after it")
	}
	if c.Next() != start.Add(30*time.Minute) {
		t.Fatalf("next check at %v, want the one at 30 min", c.Next())
	}
	if c.Tick(start.Add(32*time.Minute), working(brk), p) {
		t.Fatal("a check seen 2 minutes late was shown")
	}
	if !c.Next().IsZero() {
		t.Fatalf("next check %v: none is left before the break", c.Next())
	}
}

func TestNoCheckWhileNotWorking(t *testing.T) {
	start := time.Date(2026, 12, 2, 9, 0, 0, 0, time.UTC)
	p := DefaultPlan
	p.Check = 15 * time.Minute
	var c Checks
	brk := start.Add(p.Work)
	c.Tick(start, working(brk), p)
	for _, phase := range []Phase{Away, Paused, OffHours, OnBreak, Due} {
		if c.Tick(start.Add(15*time.Minute), Status{Phase: phase, Next: brk}, p) {
			t.Errorf("a check came while %v", phase)
		}
	}
	// Back to work, after a pause that ended just now, with a new break
	// ahead: the checks count from here, not from the old interval.
	back := start.Add(40 * time.Minute)
	if c.Tick(back, working(back.Add(p.Work)), p) {
		t.Fatal("a check came the moment work resumed")
	}
	if c.Next() != back.Add(15*time.Minute) {
		t.Fatalf("next check at %v, want 15 min after work resumed", c.Next())
	}
	p.Check = 0
	if c.Tick(back.Add(15*time.Minute), working(back.Add(p.Work)), p) || !c.Next().IsZero() {
		t.Fatal("checks switched off, and one came")
	}
}

// Checks count from the start of the stretch of work, so that an app
// restarted in the middle of one keeps them on time: one 30 s off comes in
// 30 s, and one whose time has come is not shown again.
func TestChecksCountFromTheStartOfTheStretch(t *testing.T) {
	start := time.Date(2026, 12, 2, 9, 0, 0, 0, time.UTC)
	p := DefaultPlan
	p.Check = 10 * time.Minute
	s := Status{Phase: Working, Start: start, Next: start.Add(p.Work)}
	for _, c := range []struct {
		now, want time.Duration // from the start
	}{
		{9*time.Minute + 30*time.Second, 10 * time.Minute},
		{10 * time.Minute, 20 * time.Minute}, // shown, perhaps, before a restart
		{12 * time.Minute, 20 * time.Minute},
		{0, 10 * time.Minute},
	} {
		var ch Checks
		ch.Tick(start.Add(c.now), s, p)
		if got := ch.Next().Sub(start); got != c.want {
			t.Errorf("seen first %v into the stretch: the next check at %v, want %v", c.now, got, c.want)
		}
	}
}
