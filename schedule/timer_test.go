package schedule

import (
	"testing"
	"testing/synctest"
	"time"
)

var plan = Plan{Work: 45 * time.Minute, Break: 2 * time.Minute, Snooze: 5 * time.Minute, MaxSnoozes: 2, Remind: 5 * time.Minute}

// waitFor sleeps tick by tick, as the daemon does, until the timer reports a
// change, and returns it with the time it came. clock, if given, is the wall
// clock (simulated); the bubble's own by default.
func waitFor(t *testing.T, tm *Timer, clock ...func() time.Time) (Change, time.Time) {
	t.Helper()
	now := time.Now
	if len(clock) > 0 {
		now = clock[0]
	}
	for range 10_000 {
		time.Sleep(tm.NextWake(now()))
		at := now()
		if c := tm.Tick(at); c != NoChange {
			return c, at
		}
	}
	t.Fatal("no change after 10,000 ticks")
	return NoChange, time.Time{}
}

// rounds guards a simulation loop: called once a round, it fails the test
// at once, rather than let it hang until the test binary's timeout, when
// the loop goes round more often than a working timer ever needs.
func rounds(t *testing.T, most int) func() {
	n := 0
	return func() {
		t.Helper()
		if n++; n > most {
			t.Fatalf("the simulation went round %d times: the timer is stuck", most)
		}
	}
}

func TestBreakFallsDueAfterTheWorkInterval(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		start := time.Now()
		tm := New(plan, start)
		if tm.Phase() != Working {
			t.Fatalf("new timer is %v, want working", tm.Phase())
		}
		c, at := waitFor(t, tm)
		if c != BreakDue || at.Sub(start) != 45*time.Minute {
			t.Fatalf("got %v after %v, want BreakDue after 45m", c, at.Sub(start))
		}
		if tm.Phase() != Due {
			t.Fatalf("phase %v, want due", tm.Phase())
		}
	})
}

func TestIgnoredBreakIsToldAgain(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		tm := New(plan, time.Now())
		_, due := waitFor(t, tm)
		c, at := waitFor(t, tm)
		if c != RemindAgain || at.Sub(due) != plan.Remind {
			t.Fatalf("got %v after %v, want RemindAgain after %v", c, at.Sub(due), plan.Remind)
		}
		if c, again := waitFor(t, tm); c != RemindAgain || again.Sub(at) != plan.Remind {
			t.Fatalf("second reminder: %v after %v", c, again.Sub(at))
		}
	})
}

func TestNextBreakIsCountedFromTheEndOfTheLast(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		tm := New(plan, time.Now())
		waitFor(t, tm)
		if !tm.StartBreak() || tm.Phase() != OnBreak {
			t.Fatalf("StartBreak from due: phase %v", tm.Phase())
		}
		if tm.StartBreak() {
			t.Fatal("StartBreak during a break started another")
		}
		time.Sleep(3 * time.Minute) // the break window stays open a while
		if c := tm.Tick(time.Now()); c != NoChange {
			t.Fatalf("tick on a break: %v", c)
		}
		end := time.Now()
		tm.Finish(end)
		if tm.Phase() != Working || !tm.NextBreak().Equal(end.Add(plan.Work)) {
			t.Fatalf("after finishing: %v, next %v, want working, %v", tm.Phase(), tm.NextBreak(), end.Add(plan.Work))
		}
	})
}

func TestBreakNowWhileWorking(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		tm := New(plan, time.Now())
		time.Sleep(10 * time.Minute)
		if !tm.StartBreak() || tm.Phase() != OnBreak {
			t.Fatal("could not start a break while working")
		}
		tm.Skip(time.Now()) // closing the window counts as a skip
		if want := time.Now().Add(plan.Work); !tm.NextBreak().Equal(want) {
			t.Fatalf("next %v, want %v", tm.NextBreak(), want)
		}
	})
}

func TestSnoozePutsTheBreakOff(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		tm := New(plan, time.Now())
		waitFor(t, tm)
		snoozed := time.Now()
		tm.Snooze(snoozed)
		if tm.Phase() != Working || tm.Snoozes() != 1 {
			t.Fatalf("after snooze: %v with %d snoozes", tm.Phase(), tm.Snoozes())
		}
		c, at := waitFor(t, tm)
		if c != BreakDue || at.Sub(snoozed) != plan.Snooze {
			t.Fatalf("got %v after %v, want BreakDue after the snooze", c, at.Sub(snoozed))
		}
		if !tm.Snooze(at) || tm.Snoozes() != 2 {
			t.Fatalf("snoozes %d, want 2", tm.Snoozes())
		}
		tm.StartBreak()
		tm.Finish(time.Now())
		if tm.Snoozes() != 0 {
			t.Fatalf("a finished break left %d snoozes", tm.Snoozes())
		}
	})
}

func TestSkipRestartsTheInterval(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		tm := New(plan, time.Now())
		_, due := waitFor(t, tm)
		tm.Skip(due)
		c, at := waitFor(t, tm)
		if c != BreakDue || at.Sub(due) != plan.Work {
			t.Fatalf("after skip: %v after %v, want BreakDue after %v", c, at.Sub(due), plan.Work)
		}
	})
}

func TestSuspendLongerThanABreakCountsAsOne(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		tm := New(plan, time.Now())
		time.Sleep(20 * time.Minute)
		// The lid closes for an hour: the wall clock moves, the monotonic one does not.
		woke := time.Now().Add(time.Hour)
		if c := tm.ClockJumped(woke, time.Hour); c != NoChange {
			t.Fatalf("jump while working: %v", c)
		}
		if want := woke.Add(plan.Work); !tm.NextBreak().Equal(want) {
			t.Fatalf("next %v, want a fresh interval from waking, %v", tm.NextBreak(), want)
		}
	})
}

func TestSuspendWhileABreakIsDueTakesIt(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		tm := New(plan, time.Now())
		waitFor(t, tm)
		woke := time.Now().Add(plan.Break)
		if c := tm.ClockJumped(woke, plan.Break); c != AwayTaken {
			t.Fatalf("jump of a break's length while due: %v, want AwayTaken", c)
		}
		if tm.Phase() != Working || !tm.NextBreak().Equal(woke.Add(plan.Work)) {
			t.Fatalf("after away: %v next %v", tm.Phase(), tm.NextBreak())
		}
	})
}

func TestSuspendWhileSnoozedTakesThatBreak(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		tm := New(plan, time.Now())
		waitFor(t, tm)
		tm.Snooze(time.Now())
		if c := tm.ClockJumped(time.Now().Add(time.Hour), time.Hour); c != AwayTaken || tm.Snoozes() != 0 {
			t.Fatalf("jump while snoozed: %v with %d snoozes, want AwayTaken and none", c, tm.Snoozes())
		}
	})
}

func TestShortSuspendKeepsTheWallClockDeadline(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		start := time.Now()
		tm := New(plan, start)
		time.Sleep(44 * time.Minute)
		woke := time.Now().Add(90 * time.Second) // asleep 90 s: shorter than a break
		if c := tm.ClockJumped(woke, 90*time.Second); c != NoChange {
			t.Fatalf("short jump: %v", c)
		}
		if c := tm.Tick(woke); c != BreakDue {
			t.Fatalf("tick past the deadline after a short suspend: %v, want BreakDue", c)
		}
		if !tm.NextBreak().Equal(start.Add(plan.Work)) {
			t.Fatalf("deadline moved to %v", tm.NextBreak())
		}
	})
}

func TestSuspendDuringABreakLeavesItToTheWindow(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		tm := New(plan, time.Now())
		tm.StartBreak()
		if c := tm.ClockJumped(time.Now().Add(time.Hour), time.Hour); c != NoChange || tm.Phase() != OnBreak {
			t.Fatalf("jump on a break: %v, phase %v", c, tm.Phase())
		}
	})
}

func TestClockSetBackKeepsTheTimeLeft(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		tm := New(plan, time.Now())
		time.Sleep(30 * time.Minute)
		now := time.Now().Add(-2 * time.Hour) // someone sets the clock two hours back
		tm.ClockJumped(now, -2*time.Hour)
		if left := tm.Remaining(now); left != 15*time.Minute {
			t.Fatalf("%v left after the clock went back, want 15m", left)
		}
		// ...and the interval is not stretched: it falls due 15 real minutes on.
		time.Sleep(15 * time.Minute)
		if c := tm.Tick(now.Add(15 * time.Minute)); c != BreakDue {
			t.Fatalf("got %v, want BreakDue", c)
		}
	})
}

func TestClockSetBackWhileDueStillReminds(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		tm := New(plan, time.Now())
		_, due := waitFor(t, tm)
		back := due.Add(-time.Hour)
		tm.ClockJumped(back, -time.Hour)
		if c := tm.Tick(back.Add(plan.Remind)); c != RemindAgain {
			t.Fatalf("reminder after the clock went back: %v", c)
		}
	})
}

func TestShorterIntervalKeepsTheStretchStart(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		start := time.Now()
		tm := New(plan, start)
		time.Sleep(10 * time.Minute)
		shorter := plan
		shorter.Work = 20 * time.Minute
		tm.SetPlan(shorter, time.Now())
		if !tm.NextBreak().Equal(start.Add(20 * time.Minute)) {
			t.Fatalf("next %v, want 20m after the start", tm.NextBreak().Sub(start))
		}
		shorter.Work = 5 * time.Minute // already worked longer than that
		tm.SetPlan(shorter, time.Now())
		if c := tm.Tick(time.Now()); c != BreakDue {
			t.Fatalf("interval below the time worked: %v, want BreakDue", c)
		}
	})
}

func TestNewIntervalLeavesASnoozeAlone(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		tm := New(plan, time.Now())
		waitFor(t, tm)
		tm.Snooze(time.Now())
		want := tm.NextBreak()
		longer := plan
		longer.Work = time.Hour
		tm.SetPlan(longer, time.Now())
		if !tm.NextBreak().Equal(want) {
			t.Fatalf("snoozed deadline moved from %v to %v", want, tm.NextBreak())
		}
	})
}

func TestNextWakeLandsOnMinutesAndTheDeadline(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		start := time.Now()
		tm := New(plan, start)
		time.Sleep(90 * time.Second)
		if w := tm.NextWake(time.Now()); w != 30*time.Second {
			t.Fatalf("90 s in, wake in %v, want 30s (when the minute shown changes)", w)
		}
		ticks := 0
		for tm.Tick(time.Now()) == NoChange {
			w := tm.NextWake(time.Now())
			if w <= 0 || w > MaxWake {
				t.Fatalf("wake %v out of (0, %v]", w, MaxWake)
			}
			time.Sleep(w)
			ticks++
		}
		if ticks != 44 || time.Since(start) != plan.Work {
			t.Fatalf("%d ticks, due after %v; want 44 ticks, due after 45m", ticks, time.Since(start))
		}
		if w := tm.NextWake(time.Now()); w != MaxWake {
			t.Fatalf("due: wake in %v, want %v (the reminder is further off)", w, MaxWake)
		}
		tm.StartBreak()
		if w := tm.NextWake(time.Now()); w != MaxWake {
			t.Fatalf("on a break: wake in %v, want %v", w, MaxWake)
		}
	})
}

// A month of working days: every break falls due exactly one work interval
// after the last one ended, with no drift however long the daemon runs.
func TestThirtyDaysWithoutDrift(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		tm := New(plan, time.Now())
		lastEnd := time.Now()
		breaks := 0
		round := rounds(t, 2000)
		for day := time.Now().Add(30 * 24 * time.Hour); time.Now().Before(day); {
			round()
			c, at := waitFor(t, tm)
			if c != BreakDue {
				t.Fatalf("break %d: %v", breaks, c)
			}
			if at.Sub(lastEnd) != plan.Work {
				t.Fatalf("break %d fell due %v after the last ended, want %v", breaks, at.Sub(lastEnd), plan.Work)
			}
			breaks++
			switch breaks % 3 { // the user snoozes some, skips some, takes most
			case 0:
				tm.Snooze(at)
				if c, again := waitFor(t, tm); c != BreakDue || again.Sub(at) != plan.Snooze {
					t.Fatalf("snoozed break %d: %v after %v", breaks, c, again.Sub(at))
				}
				fallthrough
			default:
				tm.StartBreak()
				time.Sleep(plan.Break)
				lastEnd = time.Now()
				tm.Finish(lastEnd)
			}
		}
		if want := 30 * 24 * 60 / 48; breaks < want-30 || breaks > want {
			t.Fatalf("%d breaks in 30 days, want about %d", breaks, want)
		}
	})
}

func TestJumpIgnoresAnAwakeMachine(t *testing.T) {
	prev := time.Now()
	time.Sleep(time.Millisecond)
	if j := Jump(prev, time.Now()); j != 0 {
		t.Fatalf("jump %v with no suspend", j)
	}
	if j := Jump(prev, prev.Add(time.Hour)); j != 0 {
		t.Fatalf("jump %v when wall and monotonic clocks moved together", j)
	}
}

// A snooze counts from the click, not from when the break fell due: a user
// who reads the notification three minutes late still gets the whole snooze.
func TestASnoozeCountsFromTheClick(t *testing.T) {
	start := time.Date(2026, 11, 24, 9, 0, 0, 0, time.UTC)
	tm := New(plan, start)
	due := start.Add(plan.Work)
	if c := tm.Tick(due); c != BreakDue {
		t.Fatalf("at the deadline: %v", c)
	}
	click := due.Add(3 * time.Minute)
	if !tm.Snooze(click) || !tm.NextBreak().Equal(click.Add(plan.Snooze)) {
		t.Fatalf("snoozed at %v: next break %v, want %v", click, tm.NextBreak(), click.Add(plan.Snooze))
	}
}
