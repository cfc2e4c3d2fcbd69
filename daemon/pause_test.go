package daemon

import (
	"strings"
	"testing"
	"testing/synctest"
	"time"

	"posturebreak/control"
	"posturebreak/protocol"
)

func status(t *testing.T, d *Daemon) control.Status {
	t.Helper()
	s, err := d.Status()
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// localIsUTC makes the test's local time UTC, and puts it back after.
func localIsUTC(t *testing.T) {
	old := time.Local
	time.Local = time.UTC
	t.Cleanup(func() { time.Local = old })
}

func TestPauseAndResume(t *testing.T) {
	localIsUTC(t)
	synctest.Test(t, func(t *testing.T) {
		ds := dirs(t)
		r := start(t, ds)
		defer r.end()
		if err := r.d.Pause("90m"); err != nil {
			t.Fatal(err)
		}
		synctest.Wait()
		until := time.Now().Add(90 * time.Minute)
		if got := r.tr.last(); got.Line != "Paused until "+until.Format("15:04") || !got.Paused {
			t.Fatalf("tray %+v", got)
		}
		if s := status(t, r.d); s.State != "paused" || s.PausedUntil == nil || !s.PausedUntil.Equal(until) || s.NextBreak != nil {
			t.Fatalf("status %+v", s)
		}
		if err := r.d.Pause("soon"); err == nil {
			t.Fatal("a pause of 'soon' was taken")
		}
		time.Sleep(2 * time.Hour) // no break in a pause, and it ends by itself
		synctest.Wait()
		if len(r.n.messages()) != 0 {
			t.Fatalf("notified during a pause: %+v", r.n.messages())
		}
		if got := r.tr.last().Line; !strings.HasPrefix(got, "Next break in") {
			t.Fatalf("after the pause: %q", got)
		}
		r.d.Pause("indefinitely")
		synctest.Wait()
		if got := r.tr.last().Line; got != "Paused until you resume" {
			t.Fatalf("tray %q", got)
		}
		r.d.Resume()
		synctest.Wait()
		if got := r.tr.last().Line; got != "Next break in 45 min" {
			t.Fatalf("after resuming: %q", got)
		}
	})
}

func TestAPauseSurvivesARestart(t *testing.T) {
	localIsUTC(t)
	synctest.Test(t, func(t *testing.T) {
		ds := dirs(t)
		r := start(t, ds)
		r.d.Pause("until-tomorrow")
		synctest.Wait()
		r.end()
		again := start(t, ds)
		defer again.end()
		if s := status(t, again.d); s.State != "paused" || s.PausedUntil == nil || s.PausedUntil.Hour() != 9 {
			t.Fatalf("after a restart: %+v", s)
		}
	})
}

func TestPausingADueBreakTakesItsNotificationAway(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		ds := dirs(t)
		writeSettings(t, ds, `{"work_minutes": 5}`)
		r := start(t, ds)
		defer r.end()
		time.Sleep(5 * time.Minute)
		synctest.Wait()
		before := r.n.withdrawals()
		r.d.Pause("30m")
		synctest.Wait()
		if r.n.withdrawals() == before {
			t.Fatal("the notification of the due break stayed")
		}
	})
}

func TestTheSnoozeLimitShowsInTheNotificationAndTray(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		ds := dirs(t)
		writeSettings(t, ds, `{"work_minutes": 10, "snooze_minutes": 3, "max_snoozes": 1, "sound": false}`)
		r := start(t, ds)
		defer r.end()
		time.Sleep(10 * time.Minute)
		synctest.Wait()
		if m := r.n.messages()[0]; m.Snooze != "Snooze 3 min" || m.Sound {
			t.Fatalf("first notification %+v", m)
		}
		if got := r.tr.last(); got.SnoozeLabel != "Snooze 3 min" || !got.Due {
			t.Fatalf("tray %+v", got)
		}
		r.d.Snooze()
		synctest.Wait()
		time.Sleep(3 * time.Minute)
		synctest.Wait()
		if m := r.n.messages()[1]; m.Snooze != "" {
			t.Fatalf("the second notification still offers Snooze: %+v", m)
		}
		if got := r.tr.last(); got.Line != "Break due — snoozed 1 of 1" || got.SnoozeLabel != "" {
			t.Fatalf("tray %+v", got)
		}
		r.d.Snooze() // refused: the limit is reached
		synctest.Wait()
		if s := status(t, r.d); s.State != "due" || s.Snoozes != 1 {
			t.Fatalf("status %+v", s)
		}
		r.d.BreakNow()
		synctest.Wait()
		if w := r.lastWindow(t, protocol.BreakWindow); breakOf(w).Snooze != 0 {
			t.Fatalf("the break window offers a snooze: %+v", w.req)
		}
	})
}

func TestOutsideWorkingHoursNoBreakComes(t *testing.T) {
	localIsUTC(t)
	synctest.Test(t, func(t *testing.T) {
		ds := dirs(t)
		// The bubble's clock starts on Saturday 1 January 2000, at midnight.
		writeSettings(t, ds, `{"working_hours": {"enabled": true, "monday": ["09:00-17:00"]}}`)
		r := start(t, ds)
		defer r.end()
		if got := r.tr.last().Line; got != "Outside working hours — next break Mon 09:45" {
			t.Fatalf("tray %q", got)
		}
		time.Sleep(33 * time.Hour) // to Sunday 09:00
		synctest.Wait()
		if len(r.n.messages()) != 0 {
			t.Fatal("a break at the weekend")
		}
		time.Sleep(24*time.Hour + 45*time.Minute) // Monday 09:45
		synctest.Wait()
		if len(r.n.messages()) != 1 {
			t.Fatalf("%d breaks by Monday 09:45, want the first", len(r.n.messages()))
		}
	})
}

func TestStartAtLoginFollowsTheSetting(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		ds := dirs(t)
		var asked []bool
		r := start(t, ds, func(d *Daemon) { d.Autostart = func(on bool) error { asked = append(asked, on); return nil } })
		defer r.end()
		writeSettings(t, ds, `{"start_at_login": true}`)
		r.d.SettingsChanged()
		synctest.Wait()
		writeSettings(t, ds, `{"start_at_login": true, "work_minutes": 30}`)
		r.d.SettingsChanged() // no change to start at login: the system is not asked again
		synctest.Wait()
		writeSettings(t, ds, `{"start_at_login": false}`)
		r.d.SettingsChanged()
		synctest.Wait()
		if len(asked) != 3 || asked[0] || !asked[1] || asked[2] {
			t.Fatalf("asked %v, want off at start, then on, then off", asked)
		}
	})
}

func TestABreakTakenDuringAPauseLeavesThePause(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		r := start(t, dirs(t))
		defer r.end()
		r.d.Pause("indefinitely")
		r.d.BreakNow()
		synctest.Wait()
		w := r.lastWindow(t, protocol.BreakWindow)
		w.done([]byte(`{"outcome":"done","exercise":"`+offered(w)[0]+`","another":0,"seconds":60}`), nil)
		synctest.Wait()
		if got := r.tr.last().Line; got != "Paused until you resume" {
			t.Fatalf("after the break: %q", got)
		}
	})
}

func TestABreakDueBeforeALongRestartIsRecordedAsAwayWithItsExercise(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		ds := dirs(t)
		writeSettings(t, ds, `{"work_minutes": 5}`)
		r := start(t, ds)
		time.Sleep(5 * time.Minute)
		synctest.Wait()
		r.end()
		time.Sleep(time.Hour)
		again := start(t, ds)
		defer again.end()
		recs := records(t, ds)
		if len(recs) != 1 || recs[0].Outcome != "away" || recs[0].Exercise == "" {
			t.Fatalf("history %+v", recs)
		}
	})
}
