package exercises

import (
	"fmt"
	"slices"
	"testing"
)

func all(Exercise) bool { return true }

func catalogue(cats ...Category) []Exercise {
	var out []Exercise
	for i, c := range cats {
		out = append(out, Exercise{ID: fmt.Sprintf("e%d", i), Category: c, Position: Seated})
	}
	return out
}

func TestNoRepeatUntilAllHaveBeenShown(t *testing.T) {
	list := catalogue(Mobility, Mobility, Stretch, Strength, Stretch)
	var r Rotation
	for cycle := 0; cycle < 200; cycle++ {
		seen := map[string]bool{}
		for range list {
			e := r.Next(list, all)
			if seen[e.ID] {
				t.Fatalf("cycle %d: %s repeated before all were shown", cycle, e.ID)
			}
			seen[e.ID] = true
		}
	}
}

func TestNeverTheSameTwiceInARowAcrossCycles(t *testing.T) {
	list := catalogue(Mobility, Stretch, Strength)
	var r Rotation
	last := ""
	for i := 0; i < 3000; i++ {
		e := r.Next(list, all)
		if e.ID == last {
			t.Fatalf("break %d repeats %s", i, e.ID)
		}
		last = e.ID
	}
}

func TestCategoriesAlternateWherePossible(t *testing.T) {
	list := catalogue(Mobility, Mobility, Stretch, Stretch)
	var r Rotation
	prev := r.Next(list, all)
	for i := 0; i < 1000; i++ {
		e := r.Next(list, all)
		if e.Category == prev.Category {
			t.Fatalf("break %d: %s after %s, both %s", i, e.ID, prev.ID, e.Category)
		}
		prev = e
	}
}

func TestTheFilterIsRespected(t *testing.T) {
	list := catalogue(Mobility, Stretch, Strength, Mobility)
	onlyEven := func(e Exercise) bool { return e.ID == "e0" || e.ID == "e2" }
	var r Rotation
	for i := 0; i < 1000; i++ {
		if e := r.Next(list, onlyEven); !onlyEven(e) {
			t.Fatalf("break %d: %s is not eligible", i, e.ID)
		}
	}
}

func TestAnEmptyFilterStillGivesAnExercise(t *testing.T) {
	var r Rotation
	if e := r.Next(Catalogue(), func(Exercise) bool { return false }); e.ID == "" {
		t.Fatal("no exercise")
	}
}

func TestByDefaultOnlyDeskExercisesComeUp(t *testing.T) {
	desk := Eligible(nil)
	var got []string
	for _, e := range Catalogue() {
		if desk(e) {
			got = append(got, e.ID)
			if e.Position != Seated && e.Position != Standing {
				t.Errorf("%s is %s, not at a desk", e.ID, e.Position)
			}
		}
	}
	if len(got) != 3 {
		t.Fatalf("desk exercises %v, want the three the article gives for a desk", got)
	}
	everything := Eligible([]string{"floor-space", "foam-roller", "weights", "band"})
	for _, e := range Catalogue() {
		if !everything(e) {
			t.Errorf("%s is not eligible with every extra", e.ID)
		}
	}
	if !Eligible([]string{"weights"})(exercise(t, "rows")) || Eligible([]string{"band"})(exercise(t, "rows")) {
		t.Error("rows should need the weights, and only them")
	}
}

// Thousands of simulated breaks over the real catalogue, with every mix of
// extras: none repeats within a cycle, the filter always holds, every
// eligible exercise comes up equally often, and a category follows itself
// only when nothing of another category was left to show.
func TestTheRotationOverThousandsOfBreaks(t *testing.T) {
	for mask := range 1 << len(Extras) {
		var have []string
		for i, x := range Extras {
			if mask&(1<<i) != 0 {
				have = append(have, x.Key)
			}
		}
		ok := Eligible(have)
		eligible := 0
		for _, e := range Catalogue() {
			if ok(e) {
				eligible++
			}
		}
		var r Rotation
		count := map[string]int{}
		var prev Exercise
		cycles := 300
		for i := range eligible * cycles {
			left := map[Category]bool{}
			for _, e := range Catalogue() {
				if ok(e) && !slices.Contains(r.Shown, e.ID) {
					left[e.Category] = true
				}
			}
			if len(left) == 0 { // a new cycle starts
				for _, e := range Catalogue() {
					if ok(e) && e.ID != r.Last {
						left[e.Category] = true
					}
				}
			}
			e := r.Next(Catalogue(), ok)
			if !ok(e) {
				t.Fatalf("extras %v, break %d: %s is not eligible", have, i, e.ID)
			}
			if i%eligible != 0 && slices.Index(r.Shown, e.ID) != len(r.Shown)-1 {
				t.Fatalf("extras %v, break %d: %s repeated within a cycle", have, i, e.ID)
			}
			if i > 0 && e.Category == prev.Category {
				for c := range left {
					if c != e.Category {
						t.Fatalf("extras %v, break %d: %s after %s, both %s, though a %s was left", have, i, e.ID, prev.ID, e.Category, c)
					}
				}
			}
			count[e.ID]++
			prev = e
		}
		for id, n := range count {
			if n != cycles {
				t.Errorf("extras %v: %s came up %d times in %d cycles", have, id, n, cycles)
			}
		}
	}
}

// An exercise the user always swaps away from comes up half as often as
// the others, but still comes up; once they stop, it comes as often again.
func TestASwappedAwayExerciseComesUpHalfAsOften(t *testing.T) {
	list := catalogue(Mobility, Stretch, Strength, Mobility)
	var r Rotation
	count := map[string]int{}
	for range 400 {
		e := r.Next(list, all)
		count[e.ID]++
		if e.ID == "e0" {
			r.SwapAway(e.ID)
		}
	}
	for _, id := range []string{"e1", "e2", "e3"} {
		if got := float64(count["e0"]) / float64(count[id]); got < 0.45 || got > 0.55 {
			t.Errorf("swapped away, e0 came up %d times to %s's %d, want about half", count["e0"], id, count[id])
		}
	}
	clear(count)
	for range 400 {
		count[r.Next(list, all).ID]++
	}
	if count["e0"] != count["e1"] {
		t.Errorf("no longer swapped away, e0 came up %d times to e1's %d, want as often", count["e0"], count["e1"])
	}
}

// When every exercise rests, the next cycle still has something to show,
// and never the one just shown.
func TestEveryExerciseRestingStillGivesOne(t *testing.T) {
	list := catalogue(Mobility, Stretch)
	var r Rotation
	last := ""
	for i := range 100 {
		e := r.Next(list, all)
		if e.ID == last {
			t.Fatalf("break %d repeats %s", i, e.ID)
		}
		last = e.ID
		r.SwapAway(e.ID)
	}
}

// Missing names what to tick for an exercise to come up, and nothing once
// it can.
func TestMissingSaysWhatToTick(t *testing.T) {
	for _, e := range Catalogue() {
		for _, have := range [][]string{nil, {"floor-space"}, {"weights", "band"}} {
			missing := Missing(e, have)
			if Eligible(have)(e) != (len(missing) == 0) {
				t.Errorf("%s with %v: missing %v, but eligible is %v", e.ID, have, missing, Eligible(have)(e))
			}
			var keys []string
			for _, x := range missing {
				keys = append(keys, x.Key)
			}
			if len(missing) > 0 && !Eligible(append(slices.Clone(have), keys...))(e) {
				t.Errorf("%s with %v and the missing %v is still not eligible", e.ID, have, keys)
			}
		}
	}
}
