package exercises

import (
	"fmt"
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
	if e := r.Next(Catalogue, func(Exercise) bool { return false }); e.ID == "" {
		t.Fatal("no exercise")
	}
}
