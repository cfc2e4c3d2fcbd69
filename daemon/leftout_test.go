package daemon

import (
	"slices"
	"strings"
	"testing"
	"testing/synctest"
	"time"

	"posturebreak/protocol"
	"posturebreak/settings"
)

// "Not for me" in a break window moves the rotation on, as "Another
// exercise" does, and the exercise left out is saved in the settings file
// and no longer comes up.
func TestNotForMeLeavesTheExerciseOut(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		ds := dirs(t)
		r := start(t, ds)
		defer r.end()
		r.d.BreakNow()
		synctest.Wait()
		w := r.lastWindow(t, protocol.BreakWindow)
		ids := offered(w)
		w.done([]byte(`{"outcome":"done","exercise":"`+ids[1]+`","another":1,"seconds":90,"left_out":["`+ids[0]+`"]}`), nil)
		synctest.Wait()
		if got, _ := settings.Load(ds.SettingsFile()); !slices.Equal(got.LeftOut, []string{ids[0]}) {
			t.Fatalf("the settings file leaves out %v, want [%s]", got.LeftOut, ids[0])
		}
		for i := range 6 {
			r.d.BreakNow()
			synctest.Wait()
			w := r.lastWindow(t, protocol.BreakWindow)
			if slices.Contains(offered(w), ids[0]) {
				t.Fatalf("break %d offers %v, with %s left out", i, offered(w), ids[0])
			}
			w.done([]byte(`{"outcome":"done","exercise":"`+offered(w)[0]+`","seconds":90}`), nil)
			synctest.Wait()
		}
	})
}

// The relief window's "Not for me" leaves its exercise out too.
func TestNotForMeInTheReliefWindow(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		ds := dirs(t)
		r := start(t, ds)
		defer r.end()
		r.d.Relief()
		synctest.Wait()
		w := r.lastWindow(t, protocol.BreakWindow)
		id := offered(w)[0]
		w.done([]byte(`{"outcome":"skipped","exercise":"`+id+`","seconds":3,"left_out":["`+id+`"]}`), nil)
		synctest.Wait()
		if !slices.Contains(r.d.settings.LeftOut, id) {
			t.Fatalf("the daemon leaves out %v, want %s among them", r.d.settings.LeftOut, id)
		}
		r.d.Relief()
		synctest.Wait()
		if next := offered(r.lastWindow(t, protocol.BreakWindow))[0]; next == id {
			t.Fatalf("the next relief exercise is %s, which was left out", id)
		}
	})
}

// With every exercise the user can do left out, the break's notification
// says so, and asking for the break opens the settings, which say it too,
// instead of a break window with nothing in it.
func TestEveryExerciseLeftOut(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		ds := dirs(t)
		writeSettings(t, ds, `{"work_minutes": 20, "posture_check_minutes": 0, "left_out": ["seated-rotation", "doorway-chest", "lat-stretch"]}`)
		r := start(t, ds)
		defer r.end()
		time.Sleep(20 * time.Minute)
		synctest.Wait()
		msgs := r.n.messages()
		if len(msgs) != 1 || !msgs[0].Break || !strings.Contains(msgs[0].Body, "left out") {
			t.Fatalf("notifications %+v, want one break notification saying every exercise is left out", msgs)
		}
		r.d.StartDueBreak()
		synctest.Wait()
		if w := r.windows(protocol.BreakWindow); len(w) != 0 {
			t.Fatalf("a break window opened with nothing to show: %+v", w[0].req)
		}
		req := r.lastWindow(t, protocol.SettingsWindow).req.(protocol.Settings)
		if !strings.Contains(req.Problem, "left out") {
			t.Fatalf("the settings window says %q, want that every exercise is left out", req.Problem)
		}
		if got := r.tr.last().Line; got != "Next break in 20 min" {
			t.Fatalf("the tray says %q: the break with nothing to show should be put aside", got)
		}
		r.d.Relief()
		synctest.Wait()
		if w := r.windows(protocol.BreakWindow); len(w) != 0 {
			t.Fatalf("a relief window opened with nothing to show: %+v", w[0].req)
		}
	})
}

// Moving on from an exercise with "Another exercise" makes it sit out the
// next cycle: the rotation remembers it across a restart.
func TestASwappedAwayExerciseRests(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		ds := dirs(t)
		r := start(t, ds)
		r.d.BreakNow()
		synctest.Wait()
		w := r.lastWindow(t, protocol.BreakWindow)
		ids := offered(w)
		w.done([]byte(`{"outcome":"done","exercise":"`+ids[1]+`","another":1,"seconds":90}`), nil)
		synctest.Wait()
		r.end()
		again := start(t, ds)
		defer again.end()
		if !slices.Equal(again.d.rotation.Rest, []string{ids[0]}) {
			t.Fatalf("resting %v after a restart, want [%s]", again.d.rotation.Rest, ids[0])
		}
		var next []string
		for range 3 { // the rest of this cycle, and the next, of three desk exercises
			again.d.BreakNow()
			synctest.Wait()
			w := again.lastWindow(t, protocol.BreakWindow)
			next = append(next, offered(w)[0])
			w.done([]byte(`{"outcome":"done","exercise":"`+offered(w)[0]+`","seconds":90}`), nil)
			synctest.Wait()
		}
		if slices.Contains(next, ids[0]) {
			t.Fatalf("the next breaks offered %v; %s was swapped away and should sit out a cycle", next, ids[0])
		}
	})
}
