package schedule

import (
	"testing"
	"testing/synctest"
	"time"
	_ "time/tzdata" // real zones even where the system has none
)

func location(t *testing.T, name string) *time.Location {
	t.Helper()
	loc, err := time.LoadLocation(name)
	if err != nil {
		t.Fatalf("loading %s (install tzdata): %v", name, err)
	}
	return loc
}

// weekdays are 09:00-12:30 and 13:30-17:30, Monday to Friday.
func weekdays(loc *time.Location) Hours {
	var h Hours
	for d := time.Monday; d <= time.Friday; d++ {
		h.Days[d] = []Span{{9 * 60, 12*60 + 30}, {13*60 + 30, 17*60 + 30}}
	}
	h.Loc = loc
	return h
}

// nights are 22:00-06:00, every night: they cross midnight.
func nights(loc *time.Location) Hours {
	var h Hours
	for d := range h.Days {
		h.Days[d] = []Span{{22 * 60, 30 * 60}}
	}
	h.Loc = loc
	return h
}

// simulated is a wall clock that starts at a chosen local time and runs
// with the bubble's fake clock, so the timer meets real calendars.
func simulated(start time.Time) func() time.Time {
	origin := time.Now()
	return func() time.Time { return start.Add(time.Since(origin)) }
}

func TestParseSpan(t *testing.T) {
	for in, want := range map[string]Span{
		"09:00-17:30": {540, 1050}, "9:00 - 12:30": {540, 750}, "22:00-06:00": {1320, 1800}, "00:00-24:00": {0, 1440},
	} {
		if got, err := ParseSpan(in); err != nil || got != want {
			t.Errorf("%q: %v %v, want %v", in, got, err, want)
		}
	}
	for _, bad := range []string{"", "9-5", "09:00", "25:00-26:00", "09:60-10:00", "09:00-09:00", "ab:cd-10:00", "09:5-10:00"} {
		if _, err := ParseSpan(bad); err == nil {
			t.Errorf("%q accepted", bad)
		}
	}
	if s := (Span{1320, 1800}).String(); s != "22:00-06:00" {
		t.Errorf("written as %q", s)
	}
}

func TestWorkingHoursAndTheNextStart(t *testing.T) {
	loc := location(t, "Europe/Berlin")
	h := weekdays(loc)
	at := func(day, hh, mm int) time.Time { return time.Date(2026, 11, day, hh, mm, 0, 0, loc) } // 23 Nov 2026 is a Monday
	for _, c := range []struct {
		t       time.Time
		working bool
		end     time.Time
		next    time.Time
	}{
		{at(23, 8, 0), false, time.Time{}, at(23, 9, 0)},
		{at(23, 9, 0), true, at(23, 12, 30), at(23, 13, 30)},
		{at(23, 12, 45), false, time.Time{}, at(23, 13, 30)},
		{at(27, 17, 30), false, time.Time{}, at(30, 9, 0)}, // Friday evening: Monday morning
		{at(28, 11, 0), false, time.Time{}, at(30, 9, 0)},  // Saturday
	} {
		working, end := h.Working(c.t)
		if working != c.working || !end.Equal(c.end) {
			t.Errorf("%v: working %v until %v, want %v until %v", c.t, working, end, c.working, c.end)
		}
		if next := h.NextStart(c.t); !next.Equal(c.next) {
			t.Errorf("%v: next start %v, want %v", c.t, next, c.next)
		}
	}
	if w, _ := (Hours{}).Working(at(28, 3, 0)); !w {
		t.Error("no working hours set means always working")
	}
}

func TestHoursThatCrossMidnight(t *testing.T) {
	loc := location(t, "America/New_York")
	h := nights(loc)
	mon := func(day, hh int) time.Time { return time.Date(2026, 6, day, hh, 0, 0, 0, loc) }
	if w, end := h.Working(mon(16, 3)); !w || !end.Equal(mon(16, 6)) {
		t.Errorf("03:00: working %v until %v, want until 06:00", w, end)
	}
	if w, _ := h.Working(mon(16, 12)); w {
		t.Error("noon counts as night work")
	}
	synctest.Test(t, func(t *testing.T) {
		now := simulated(mon(15, 21))
		p := plan
		p.Hours = h
		tm := New(p, now())
		tm.Tick(now())
		if tm.Phase() != OffHours {
			t.Fatalf("21:00: %v", tm.Phase())
		}
		dues := 0
		round := rounds(t, 5000)
		for now().Before(mon(16, 7)) {
			round()
			time.Sleep(tm.NextWake(now()))
			switch tm.Tick(now()) {
			case BreakDue:
				dues++
				if w, _ := h.Working(now()); !w {
					t.Fatalf("a break fell due at %v, outside the night shift", now())
				}
				tm.StartBreak()
				time.Sleep(plan.Break)
				tm.Finish(now())
			}
		}
		if dues != 8*60/47 || tm.Phase() != OffHours { // 22:00 to 06:00 in rounds of 45 + 2
			t.Fatalf("%d breaks over the night, phase %v", dues, tm.Phase())
		}
	})
}

func TestTheWorkTimerStartsFreshWhenWorkingHoursBegin(t *testing.T) {
	loc := location(t, "Europe/Berlin")
	synctest.Test(t, func(t *testing.T) {
		now := simulated(time.Date(2026, 11, 23, 7, 0, 0, 0, loc))
		p := plan
		p.Hours = weekdays(loc)
		tm := New(p, now())
		tm.Tick(now())
		if s := tm.Status(now()); s.Phase != OffHours || !s.Next.Equal(time.Date(2026, 11, 23, 9, 45, 0, 0, loc)) {
			t.Fatalf("before work: %+v", s)
		}
		round := rounds(t, 1000)
		for tm.Phase() == OffHours {
			round()
			time.Sleep(tm.NextWake(now()))
			tm.Tick(now())
		}
		if got := now(); !got.Equal(time.Date(2026, 11, 23, 9, 0, 0, 0, loc)) {
			t.Fatalf("work began at %v, want 09:00 sharp", got)
		}
		c, at := waitFor(t, tm, now)
		if c != BreakDue || !at.Equal(time.Date(2026, 11, 23, 9, 45, 0, 0, loc)) {
			t.Fatalf("%v at %v, want the first break at 09:45", c, at)
		}
	})
}

func TestADueBreakIsCalledOffWhenWorkingHoursEnd(t *testing.T) {
	loc := location(t, "Europe/Berlin")
	synctest.Test(t, func(t *testing.T) {
		now := simulated(time.Date(2026, 11, 23, 11, 40, 0, 0, loc))
		p := plan
		p.Hours = weekdays(loc)
		tm := New(p, now())
		if c, at := waitFor(t, tm, now); c != BreakDue { // 12:25
			t.Fatalf("got %v at %v", c, at)
		}
		if c, at := waitFor(t, tm, now); c != Called || !at.Equal(time.Date(2026, 11, 23, 12, 30, 0, 0, loc)) {
			t.Fatalf("%v at %v, want the break called off at 12:30, lunch", c, at)
		}
	})
}

// DST in both directions, in two time zones: working hours keep to the
// wall clock, and the work timer to real minutes.
func TestDaylightSavingChanges(t *testing.T) {
	for _, c := range []struct {
		zone string
		day  time.Time // a Monday... or whatever day the change falls on; hours are every day here
	}{
		{"Europe/Berlin", time.Date(2026, 3, 29, 0, 0, 0, 0, time.UTC)},
		{"Europe/Berlin", time.Date(2026, 10, 25, 0, 0, 0, 0, time.UTC)},
		{"America/New_York", time.Date(2026, 3, 8, 0, 0, 0, 0, time.UTC)},
		{"America/New_York", time.Date(2026, 11, 1, 0, 0, 0, 0, time.UTC)},
	} {
		t.Run(c.zone+" "+c.day.Format("Jan 2"), func(t *testing.T) {
			loc := location(t, c.zone)
			synctest.Test(t, func(t *testing.T) {
				// The night shift before the change: 22:00 to 06:00 spans it.
				eve := time.Date(c.day.Year(), c.day.Month(), c.day.Day()-1, 22, 0, 0, 0, loc)
				morning := time.Date(c.day.Year(), c.day.Month(), c.day.Day(), 6, 0, 0, 0, loc)
				shift := morning.Sub(eve) // 7 h when clocks go forward, 9 h when back
				if shift != 7*time.Hour && shift != 9*time.Hour {
					t.Fatalf("no DST change that night: the shift is %v", shift)
				}
				now := simulated(eve)
				p := plan
				p.Hours = nights(loc)
				tm := New(p, now())
				last := now()
				round := rounds(t, 5000)
				for now().Before(morning.Add(time.Hour)) {
					round()
					time.Sleep(tm.NextWake(now()))
					switch tm.Tick(now()) {
					case BreakDue:
						if gap := now().Sub(last); gap != p.Work {
							t.Fatalf("a break fell due %v after the last ended, at %v", gap, now())
						}
						tm.StartBreak()
						time.Sleep(p.Break)
						last = now()
						tm.Finish(last)
					}
					if tm.Phase() == OffHours && now().Before(morning) {
						t.Fatalf("off hours at %v, before 06:00", now().In(loc))
					}
				}
				if tm.Phase() != OffHours {
					t.Fatalf("still %v after the shift", tm.Phase())
				}
			})
		})
	}
}

// A suspend that starts in working hours and ends after them: no break is
// due on waking, and the next comes when working hours begin again.
func TestASuspendOverTheEndOfWorkingHours(t *testing.T) {
	loc := location(t, "Europe/Berlin")
	synctest.Test(t, func(t *testing.T) {
		now := simulated(time.Date(2026, 11, 23, 17, 0, 0, 0, loc))
		p := plan
		p.Hours = weekdays(loc)
		tm := New(p, now())
		woke := time.Date(2026, 11, 23, 19, 0, 0, 0, loc)
		tm.ClockJumped(woke, woke.Sub(now()))
		if c := tm.Tick(woke); c != NoChange || tm.Phase() != OffHours {
			t.Fatalf("on waking at 19:00: %v, %v", c, tm.Phase())
		}
		if s := tm.Status(woke); !s.Next.Equal(time.Date(2026, 11, 24, 9, 45, 0, 0, loc)) {
			t.Fatalf("next break %v, want Tuesday 09:45", s.Next)
		}
	})
}

func TestTheClockSetBackOutsideWorkingHours(t *testing.T) {
	loc := location(t, "Europe/Berlin")
	p := plan
	p.Hours = weekdays(loc)
	at := time.Date(2026, 11, 23, 17, 0, 0, 0, loc)
	tm := New(p, at)
	back := at.Add(-10 * time.Hour) // 07:00 the same day
	tm.ClockJumped(back, -10*time.Hour)
	if tm.Tick(back); tm.Phase() != OffHours {
		t.Fatalf("at 07:00: %v", tm.Phase())
	}
	if tm.Tick(back.Add(2 * time.Hour)); tm.Phase() != Working || !tm.NextBreak().Equal(back.Add(2*time.Hour+p.Work)) {
		t.Fatalf("at 09:00: %v, next %v", tm.Phase(), tm.NextBreak())
	}
}

// Hours that never stop, however they are written, are hours that never stop.
func TestHoursAroundTheClockDoNotHang(t *testing.T) {
	loc := location(t, "Europe/Berlin")
	for _, spans := range [][]Span{{{0, 1440}}, {{0, 720}, {720, 1440}}} {
		var h Hours
		h.Loc = loc
		for d := range h.Days {
			h.Days[d] = spans
		}
		at := time.Date(2026, 11, 24, 10, 0, 0, 0, loc)
		working, end := h.Working(at)
		if !working || end.Sub(at) < 6*24*time.Hour {
			t.Errorf("%v: working %v until %v", spans, working, end)
		}
		if next := h.NextStart(at); !next.IsZero() {
			t.Errorf("%v: hours that never stop start again at %v", spans, next)
		}
	}
}

func TestAWholeDayRoundTrips(t *testing.T) {
	for _, in := range []string{"00:00-24:00", "13:00-24:00", "22:00-06:00", "09:00-17:30"} {
		span, err := ParseSpan(in)
		if err != nil {
			t.Fatal(err)
		}
		if again, err := ParseSpan(span.String()); err != nil || again != span {
			t.Errorf("%s -> %s -> %v, %v", in, span, again, err)
		}
	}
}

func TestASnoozedBreakIsCalledOffWhenWorkingHoursEnd(t *testing.T) {
	loc := location(t, "Europe/Berlin")
	p := plan
	p.Hours = weekdays(loc)
	at := time.Date(2026, 11, 23, 12, 20, 0, 0, loc)
	tm := New(p, at.Add(-p.Work))
	if c := tm.Tick(at); c != BreakDue {
		t.Fatalf("at 12:20: %v", c)
	}
	tm.Snooze(at) // to 12:25, still before lunch
	if c := tm.Tick(time.Date(2026, 11, 23, 12, 24, 0, 0, loc)); c != NoChange {
		t.Fatalf("at 12:24: %v", c)
	}
	if c := tm.Tick(time.Date(2026, 11, 23, 12, 30, 0, 0, loc)); c != Called || tm.Snoozes() != 0 {
		t.Fatalf("a snoozed break at lunch: %v, %d snoozes", c, tm.Snoozes())
	}
}
