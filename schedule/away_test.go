package schedule

import (
	"testing"
	"testing/synctest"
	"time"
)

// happening is one change the timer reported, and when.
type happening struct {
	Change Change
	At     time.Time
}

// live runs the daemon's loop in fake time until until: it wakes when the
// timer asks, or every 15 s as a polled idle source does, reads the
// presence the session would report, and collects what the timer says.
func live(t *testing.T, tm *Timer, until time.Time, presence func(now time.Time) Presence) []happening {
	t.Helper()
	var got []happening
	guard := rounds(t, 100_000)
	for now := time.Now(); now.Before(until); now = time.Now() {
		guard()
		for _, c := range []Change{tm.Observe(presence(now), now), tm.Tick(now)} {
			if c != NoChange {
				got = append(got, happening{c, now})
			}
		}
		time.Sleep(min(tm.NextWake(now), 15*time.Second, until.Sub(now)))
	}
	return got
}

// idleFrom is a user who stops touching anything at from and comes back at
// to (never, if to is zero).
func idleFrom(from, to time.Time) func(now time.Time) Presence {
	return func(now time.Time) Presence {
		if !now.Before(from) && (to.IsZero() || now.Before(to)) {
			return Presence{IdleSince: from}
		}
		return Presence{}
	}
}

func only(t *testing.T, got []happening, want ...Change) {
	t.Helper()
	if len(got) != len(want) {
		t.Fatalf("the timer said %v, want %v", got, want)
	}
	for i := range got {
		if got[i].Change != want[i] {
			t.Fatalf("the timer said %v, want %v", got, want)
		}
	}
}

func TestTimeAwayCountsAsABreak(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		start := time.Now()
		left, back := start.Add(10*time.Minute), start.Add(30*time.Minute)
		tm := New(plan, start)
		got := live(t, tm, back.Add(time.Minute), idleFrom(left, back))
		only(t, got, AwayTaken)
		if got[0].At.Sub(back) > 15*time.Second {
			t.Errorf("back at %v, noticed %v later", back, got[0].At.Sub(back))
		}
		if a := tm.LastAway(); !a.Since.Equal(left) || a.Due || a.Length() < 20*time.Minute {
			t.Errorf("the spell away was %+v, want since %v, 20 min, no break due", a, left)
		}
		if tm.Phase() != Working || !tm.NextBreak().Equal(got[0].At.Add(plan.Work)) {
			t.Errorf("after coming back: %v, next break %v, want working with a full interval from %v", tm.Phase(), tm.NextBreak(), got[0].At)
		}
	})
}

func TestTheTrayKnowsTheUserIsAway(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		start := time.Now()
		left := start.Add(10 * time.Minute)
		tm := New(plan, start)
		live(t, tm, left.Add(plan.Break+time.Second), idleFrom(left, time.Time{}))
		if s := tm.Status(time.Now()); s.Phase != Away || !s.AwaySince.Equal(left) {
			t.Fatalf("status %+v, want away since %v", s, left)
		}
	})
}

func TestIdleTooShortIsNeitherABreakNorAPause(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		start := time.Now()
		tm := New(plan, start)
		short := plan.Break - time.Second
		left := start.Add(20 * time.Minute)
		got := live(t, tm, start.Add(plan.Work+time.Second), idleFrom(left, left.Add(short)))
		only(t, got, BreakDue)
		if !got[0].At.Equal(start.Add(plan.Work)) {
			t.Errorf("break due %v after the start, want %v: a short idle spell counts as work", got[0].At.Sub(start), plan.Work)
		}
	})
}

func TestABreakDueWhenTheUserLeftIsCreditedNotRepeated(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		start := time.Now()
		due := start.Add(plan.Work)
		left, back := due.Add(time.Minute), due.Add(40*time.Minute)
		tm := New(plan, start)
		got := live(t, tm, back.Add(time.Minute), idleFrom(left, back))
		only(t, got, BreakDue, Withheld, AwayTaken) // no reminder to an empty room
		if got[1].At.Sub(left) != plan.Break {
			t.Errorf("the notification went %v after the user left, want %v", got[1].At.Sub(left), plan.Break)
		}
		if a := tm.LastAway(); !a.Due {
			t.Errorf("the spell away %+v does not say a break was due", a)
		}
	})
}

func TestALockWhileABreakIsDue(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		start := time.Now()
		tm := New(plan, start)
		due := start.Add(plan.Work)
		locked, unlocked := due.Add(30*time.Second), due.Add(30*time.Second+plan.Break)
		got := live(t, tm, unlocked.Add(time.Second), lockedFrom(locked, unlocked))
		only(t, got, BreakDue, Withheld, AwayTaken)
		if !got[1].At.Equal(locked) {
			t.Errorf("the notification went at %v, want at the lock, %v", got[1].At, locked)
		}
		if tm.Phase() != Working {
			t.Errorf("after the lock: %v, want working", tm.Phase())
		}
	})
}

func TestAShortLockLeavesTheBreakDue(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		start := time.Now()
		tm := New(plan, start)
		due := start.Add(plan.Work)
		locked, unlocked := due.Add(30*time.Second), due.Add(time.Minute)
		got := live(t, tm, unlocked.Add(time.Second), lockedFrom(locked, unlocked))
		only(t, got, BreakDue, Withheld, RemindAgain)
		if !got[2].At.Equal(unlocked) {
			t.Errorf("told again at %v, want at once on unlocking, %v", got[2].At, unlocked)
		}
	})
}

// lockedFrom is a screen locked from from until to.
func lockedFrom(from, to time.Time) func(now time.Time) Presence {
	return func(now time.Time) Presence {
		if !now.Before(from) && now.Before(to) {
			return Presence{LockedSince: from}
		}
		return Presence{}
	}
}

// busyFrom is a user busy with why from from until to.
func busyFrom(why Busy, from, to time.Time) func(now time.Time) Presence {
	return func(now time.Time) Presence {
		if !now.Before(from) && now.Before(to) {
			return Presence{Busy: why}
		}
		return Presence{}
	}
}

func TestADeferEndsWithTheBreakAtOnce(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		start := time.Now()
		tm := New(plan, start)
		due := start.Add(plan.Work)
		free := due.Add(12 * time.Minute)
		got := live(t, tm, free.Add(time.Second), busyFrom(InCall, start.Add(40*time.Minute), free))
		only(t, got, BreakDue)
		if !got[0].At.Equal(free) {
			t.Errorf("the break came at %v, want the moment the call ended, %v", got[0].At, free)
		}
		w, ok := tm.Waited()
		if !ok || w.Why != InCall || w.Length() != 12*time.Minute {
			t.Errorf("waited %+v (%v), want 12 min for a call", w, ok)
		}
	})
}

func TestWhileABreakWaitsTheTraySaysWhy(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		start := time.Now()
		tm := New(plan, start)
		due := start.Add(plan.Work)
		live(t, tm, due.Add(time.Minute), busyFrom(DoNotDisturb, start, due.Add(time.Hour)))
		if s := tm.Status(time.Now()); s.Phase != Due || s.Waiting != DoNotDisturb || !s.WaitSince.Equal(due) {
			t.Fatalf("status %+v, want due, waiting since %v for do not disturb", s, due)
		}
	})
}

func TestBusyTakesATimeBreakAwayUntilItEnds(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		start := time.Now()
		tm := New(plan, start)
		due := start.Add(plan.Work)
		film := due.Add(2 * time.Minute)
		got := live(t, tm, film.Add(time.Hour+time.Second), busyFrom(Fullscreen, film, film.Add(time.Hour)))
		only(t, got, BreakDue, Withheld, BreakDue)
		if !got[1].At.Equal(film) || !got[2].At.Equal(film.Add(time.Hour)) {
			t.Errorf("withheld at %v and offered at %v, want %v and an hour later", got[1].At, got[2].At, film)
		}
	})
}

func TestAVeryLongDeferWaitsQuietlyAndOffersOneBreak(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		start := time.Now()
		tm := New(plan, start)
		end := start.Add(3 * time.Hour)
		got := live(t, tm, end.Add(plan.Remind+time.Second), busyFrom(Fullscreen, start, end))
		only(t, got, BreakDue, RemindAgain) // one break, offered at the end, then told again as any due break is
		if !got[0].At.Equal(end) || got[1].At.Sub(end) != plan.Remind {
			t.Errorf("offered at %v and reminded %v later, want at %v, then after %v", got[0].At, got[1].At.Sub(end), end, plan.Remind)
		}
		if w, _ := tm.Waited(); w.Length() != 3*time.Hour-plan.Work {
			t.Errorf("waited %v, want %v", w.Length(), 3*time.Hour-plan.Work)
		}
	})
}

func TestIdleDuringADefer(t *testing.T) {
	t.Run("do not disturb, and the user leaves: a break taken", func(t *testing.T) {
		synctest.Test(t, func(t *testing.T) {
			start := time.Now()
			tm := New(plan, start)
			due := start.Add(plan.Work)
			left, back := due.Add(time.Minute), due.Add(30*time.Minute)
			presence := func(now time.Time) Presence {
				p := idleFrom(left, back)(now)
				p.Busy = DoNotDisturb
				return p
			}
			got := live(t, tm, back.Add(time.Minute), presence)
			only(t, got, AwayTaken)
			if tm.Phase() != Working || !tm.LastAway().Due {
				t.Errorf("after: %v, away %+v; want working, the waiting break credited", tm.Phase(), tm.LastAway())
			}
		})
	})
	t.Run("a film, with no input: still at the desk", func(t *testing.T) {
		synctest.Test(t, func(t *testing.T) {
			start := time.Now()
			tm := New(plan, start)
			watching := start.Add(30 * time.Minute)
			end := watching.Add(2 * time.Hour)
			presence := func(now time.Time) Presence {
				if now.Before(watching) || !now.Before(end) {
					return Presence{}
				}
				return Presence{IdleSince: watching, Busy: Fullscreen}
			}
			got := live(t, tm, end.Add(time.Second), presence)
			only(t, got, BreakDue)
			if !got[0].At.Equal(end) {
				t.Errorf("the break came at %v, want when the film ended, %v", got[0].At, end)
			}
		})
	})
}

func TestAwayAcrossTheEndOfWorkingHours(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		loc := location(t, "Europe/Paris")
		now := simulated(time.Date(2026, 3, 2, 16, 0, 0, 0, loc)) // a Monday
		p := plan
		p.Hours = weekdays(loc)
		tm := New(p, now())
		left := time.Date(2026, 3, 2, 16, 46, 0, 0, loc)
		back := time.Date(2026, 3, 3, 9, 20, 0, 0, loc)
		var got []happening
		for at := now(); at.Before(back.Add(time.Minute)); at = now() {
			for _, c := range []Change{tm.Observe(idleFrom(left, back)(at), at), tm.Tick(at)} {
				if c != NoChange {
					got = append(got, happening{c, at})
				}
			}
			time.Sleep(min(tm.NextWake(at), 15*time.Second))
		}
		// left at 16:46 while the 16:45 break was due; the day ends at 17:30
		// with the spell away counted; the next morning the user is still
		// away when work begins, and is back at 9:20.
		only(t, got, BreakDue, Withheld, AwayTaken, AwayTaken)
		if end := got[2].At; end.Hour() != 17 || end.Minute() != 30 {
			t.Errorf("the evening's spell away ended at %v, want 17:30", end)
		}
		if tm.Phase() != Working || tm.NextBreak().Sub(back) > 15*time.Second+p.Work {
			t.Errorf("the morning: %v, next break %v, want working, an interval after %v", tm.Phase(), tm.NextBreak(), back)
		}
	})
}

func TestAwayAndPauses(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		start := time.Now()
		tm := New(plan, start)
		tm.Pause(start, start.Add(time.Hour))
		if c := tm.Observe(Presence{LockedSince: start}, start.Add(time.Minute)); c != NoChange || tm.Phase() != Paused {
			t.Fatalf("a lock in a pause: %v, %v; want it left alone", c, tm.Phase())
		}
		// The pause ends while the user is still away: the timer knows, and
		// work starts when they come back.
		back := start.Add(90 * time.Minute)
		got := live(t, tm, back.Add(time.Minute), idleFrom(start, back))
		only(t, got, AwayTaken)
		if tm.Phase() != Working || tm.NextBreak().Sub(back) > 15*time.Second+plan.Work {
			t.Errorf("after: %v, next %v", tm.Phase(), tm.NextBreak())
		}
	})
}

func TestBusyNames(t *testing.T) {
	for b := NotBusy; b <= InCall; b++ {
		text, _ := b.MarshalText()
		var back Busy
		if err := back.UnmarshalText(text); err != nil || back != b {
			t.Errorf("%v: %q read back as %v (%v)", b, text, back, err)
		}
	}
	var b Busy
	if err := b.UnmarshalText([]byte("lunch")); err == nil {
		t.Error("an unknown reason was read")
	}
}
