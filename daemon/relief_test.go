package daemon

import (
	"testing"
	"testing/synctest"
	"time"

	"posturebreak/exercises"
	"posturebreak/history"
	"posturebreak/protocol"
)

func TestStiffRightNowOpensAMobilityExerciseAndIsRecorded(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		ds := dirs(t)
		writeSettings(t, ds, `{"work_minutes": 30, "break_minutes": 2}`)
		r := start(t, ds)
		defer r.end()
		time.Sleep(10 * time.Minute)
		r.d.Relief()
		synctest.Wait()
		w := r.lastWindow(t, protocol.BreakWindow)
		id := offered(w)[0]
		if e, _ := exercises.ByID(id); e.Category != exercises.Mobility || len(offered(w)) != 1 || breakOf(w).Snooze != 0 {
			t.Fatalf("relief offered %v (%s), snooze %v", offered(w), e.Category, breakOf(w).Snooze)
		}
		if got := r.tr.last().Line; got != "Next break in 20 min" {
			t.Fatalf("during relief the tray says %q: the work timer should run on", got)
		}
		// A short one: recorded, and the timer runs on.
		time.Sleep(time.Minute)
		w.done([]byte(`{"outcome":"done","exercise":"`+id+`","seconds":60}`), nil)
		synctest.Wait()
		if got := r.tr.last().Line; got != "Next break in 19 min" {
			t.Fatalf("after a short relief the tray says %q", got)
		}
		// One as long as a break counts as the next break.
		r.d.Relief()
		synctest.Wait()
		w = r.lastWindow(t, protocol.BreakWindow)
		time.Sleep(2 * time.Minute)
		w.done([]byte(`{"outcome":"done","exercise":"`+offered(w)[0]+`","seconds":120}`), nil)
		synctest.Wait()
		if got := r.tr.last().Line; got != "Next break in 30 min" {
			t.Fatalf("after a relief a break long, the tray says %q: it should count as the break", got)
		}
		recs := records(t, ds)
		if len(recs) != 2 || recs[0].Outcome != history.Relief || recs[0].Seconds != 60 || recs[1].Outcome != history.Relief || recs[1].Exercise == "" {
			t.Fatalf("history %+v", recs)
		}
	})
}
