package daemon

import (
	"testing"
	"testing/synctest"
	"time"

	"posturebreak/advice"
	"posturebreak/exercises"
	"posturebreak/history"
	"posturebreak/notify"
	"posturebreak/presence"
	"posturebreak/protocol"
)

// checkRecords are the posture checks in the history.
func checkRecords(recs []history.Record) []history.Record {
	var out []history.Record
	for _, r := range recs {
		if r.Outcome == history.Check {
			out = append(out, r)
		}
	}
	return out
}

func TestPostureChecksComeBetweenBreaks(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		ds := dirs(t)
		r := start(t, ds)
		defer r.end()
		begin := time.Now()
		if got := r.tr.last().CheckLine; got != "Posture check in 15 min" {
			t.Fatalf("tray's check line %q", got)
		}
		if s := status(t, r.d); s.NextCheck == nil || !s.NextCheck.Equal(begin.Add(15*time.Minute)) {
			t.Fatalf("status gives the next check as %v, want in 15 min", s.NextCheck)
		}
		time.Sleep(15 * time.Minute)
		synctest.Wait()
		checks := r.n.checks()
		if len(checks) != 1 || checks[0].Sound || checks[0].Break || checks[0].Body != advice.PostureCues[0].Text {
			t.Fatalf("after 15 min: checks %+v, want the first cue, quiet", checks)
		}
		if len(r.windows(protocol.BreakWindow)) != 0 {
			t.Fatal("a posture check opened a window")
		}
		time.Sleep(15 * time.Minute)
		synctest.Wait()
		if checks = r.n.checks(); len(checks) != 2 || checks[1].Body == checks[0].Body {
			t.Fatalf("after 30 min: checks %+v, want a second, with another cue", checks)
		}
		if got := r.tr.last().CheckLine; got != "" {
			t.Fatalf("tray's check line %q, when none comes before the break at 45 min", got)
		}
		time.Sleep(15 * time.Minute)
		synctest.Wait()
		if len(r.n.checks()) != 2 || len(r.n.messages()) != 1 {
			t.Fatalf("at the break: %d checks, %d breaks; want 2 and 1", len(r.n.checks()), len(r.n.messages()))
		}
		recs := checkRecords(records(t, ds))
		if len(recs) != 2 || recs[0].Detail != "shoulders" || recs[1].Detail != "sit-tall" || !recs[0].Time.Equal(begin.Add(15*time.Minute)) {
			t.Fatalf("history of checks %+v", recs)
		}
	})
}

func TestPostureChecksCanBeSwitchedOff(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		ds := dirs(t)
		writeSettings(t, ds, `{"posture_check_minutes": 0}`)
		r := start(t, ds)
		defer r.end()
		time.Sleep(44 * time.Minute)
		synctest.Wait()
		if len(r.n.checks()) != 0 || r.tr.last().CheckLine != "" || status(t, r.d).NextCheck != nil {
			t.Fatalf("checks switched off: %d shown, tray %q", len(r.n.checks()), r.tr.last().CheckLine)
		}
	})
}

func TestNoPostureCheckIntoACallOrAnEmptyRoom(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		r, p := startWith(t, `{}`)
		defer r.end()
		time.Sleep(10 * time.Minute)
		p.set(r.d, func(re *presence.Reading) { re.InCall = true })
		time.Sleep(10 * time.Minute)
		p.set(r.d, func(re *presence.Reading) { re.InCall = false })
		synctest.Wait()
		if n := len(r.n.checks()); n != 0 {
			t.Fatalf("%d checks into a call, or after it: a late check is dropped", n)
		}
		if len(p.callChecks()) == 0 {
			t.Fatal("the daemon never looked for a call before the check")
		}
		time.Sleep(10 * time.Minute)
		synctest.Wait()
		if n := len(r.n.checks()); n != 1 {
			t.Fatalf("%d checks at 30 min, want the next one", n)
		}
		// Away: the second interval's checks fall while nobody is there.
		p.set(r.d, func(re *presence.Reading) { re.IdleSince = time.Now() })
		time.Sleep(50 * time.Minute)
		synctest.Wait()
		if n := len(r.n.checks()); n != 1 {
			t.Fatalf("%d checks, with nobody at the desk since the first", n)
		}
	})
}

func TestNoPostureCheckJustAfterAPause(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		r := start(t, dirs(t))
		defer r.end()
		time.Sleep(10 * time.Minute)
		if err := r.d.Pause("20m"); err != nil {
			t.Fatal(err)
		}
		time.Sleep(20*time.Minute + 14*time.Minute) // the pause, and 14 min of work after it
		synctest.Wait()
		if n := len(r.n.checks()); n != 0 {
			t.Fatalf("%d checks: one came in the pause, or just after it", n)
		}
		time.Sleep(time.Minute)
		synctest.Wait()
		if n := len(r.n.checks()); n != 1 {
			t.Fatalf("%d checks 15 min after the pause, want one", n)
		}
	})
}

func TestTheCuesTakeTurnsAcrossARestart(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		ds := dirs(t)
		r := start(t, ds)
		time.Sleep(15 * time.Minute)
		synctest.Wait()
		r.end()
		r = start(t, ds)
		defer r.end()
		time.Sleep(15 * time.Minute)
		synctest.Wait()
		recs := checkRecords(records(t, ds))
		if len(recs) != 2 || recs[0].Detail == recs[1].Detail {
			t.Fatalf("checks before and after a restart: %+v, want two different cues", recs)
		}
	})
}

func TestShowMeOpensTheQuickReliefExercise(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		r := start(t, dirs(t))
		defer r.end()
		actions := make(chan notify.Action)
		defer close(actions)
		go answerNotifications(actions, r.d)
		time.Sleep(15 * time.Minute)
		synctest.Wait()
		actions <- notify.ShowMe
		synctest.Wait()
		w := r.windows(protocol.BreakWindow)
		if len(w) != 1 {
			t.Fatalf("Show me opened %d break windows, want the relief exercise", len(w))
		}
		e, _ := exercises.ByID(offered(w[0])[0])
		if len(offered(w[0])) != 1 || e.Category != exercises.Mobility || breakOf(w[0]).Snooze != 0 {
			t.Fatalf("Show me opened %+v, want a relief mobility exercise", w[0].req)
		}
	})
}

// A working day, 09:00 to 17:00, each break taken when it comes: two checks
// in each 45-minute interval, and none after the day ends.
func TestADayOfWorkGivesTwoChecksAnInterval(t *testing.T) {
	localIsUTC(t)
	synctest.Test(t, func(t *testing.T) {
		ds := dirs(t)
		// The bubble's clock starts on Saturday 1 January 2000, at midnight.
		writeSettings(t, ds, `{"working_hours": {"enabled": true, "monday": ["09:00-17:00"]}}`)
		r := start(t, ds)
		defer r.end()
		time.Sleep(57 * time.Hour) // to Monday 09:00
		end := time.Now().Add(8 * time.Hour)
		for breaks := 0; time.Now().Before(end); breaks++ {
			time.Sleep(45 * time.Minute)
			synctest.Wait()
			if len(r.n.messages()) != breaks+1 {
				break // the day is over: no break came
			}
			r.d.StartDueBreak()
			synctest.Wait()
			w := r.lastWindow(t, protocol.BreakWindow)
			time.Sleep(2 * time.Minute)
			w.done([]byte(`{"outcome":"done","exercise":"`+offered(w)[0]+`","seconds":120}`), nil)
			synctest.Wait()
		}
		time.Sleep(2 * time.Hour)
		synctest.Wait()
		// 10 intervals of 47 min fit in the day (to 16:50), each with two
		// checks; the 11th interval's first would come at 17:05.
		if n, recs := len(r.n.checks()), checkRecords(records(t, ds)); n != 20 || len(recs) != 20 {
			t.Fatalf("a day of work gave %d checks (%d in the history), want 20", n, len(recs))
		}
	})
}
