package exercises

import "slices"

// Rotation picks the exercise for each break. No exercise comes back until
// every eligible one has been shown, and consecutive breaks change category
// where they can. It is saved with the timer, so it survives restarts.
//
// An exercise the user swaps away from ("Another exercise") sits out the
// next cycle, so it comes up half as often as the others for as long as
// the user keeps swapping it away, and as often as the rest once they stop.
type Rotation struct {
	Shown []string `json:"shown"`          // ids shown in the current cycle, oldest first
	Last  string   `json:"last"`           // the id shown last, across cycles
	Rest  []string `json:"rest,omitempty"` // ids swapped away from, which sit out the next cycle
}

// SwapAway records that the user moved on from id without doing it.
func (r *Rotation) SwapAway(id string) {
	if !slices.Contains(r.Rest, id) {
		r.Rest = append(r.Rest, id)
	}
}

// Next picks the next exercise from all those eligible says yes to (from
// the whole list if it says yes to none), and records it as shown.
func (r *Rotation) Next(all []Exercise, eligible func(Exercise) bool) Exercise {
	pool := slices.DeleteFunc(slices.Clone(all), func(e Exercise) bool { return !eligible(e) })
	if len(pool) == 0 {
		pool = slices.Clone(all)
	}
	fresh := slices.DeleteFunc(slices.Clone(pool), func(e Exercise) bool { return slices.Contains(r.Shown, e.ID) })
	if len(fresh) == 0 {
		fresh = r.newCycle(pool)
	}
	pick := fresh[0]
	if last, ok := find(all, r.Last); ok {
		if i := slices.IndexFunc(fresh, func(e Exercise) bool { return e.Category != last.Category }); i >= 0 {
			pick = fresh[i]
		}
	}
	r.Shown = append(r.Shown, pick.ID)
	r.Last = pick.ID
	return pick
}

// newCycle starts a cycle and gives the exercises it may open with: not
// the one just shown, nor those resting, unless nothing else is left.
func (r *Rotation) newCycle(pool []Exercise) []Exercise {
	r.Shown, r.Rest = r.Rest, nil // those resting count as shown in this cycle
	fresh := slices.DeleteFunc(slices.Clone(pool), func(e Exercise) bool { return slices.Contains(r.Shown, e.ID) || e.ID == r.Last })
	if len(fresh) == 0 {
		r.Shown = nil
		fresh = slices.DeleteFunc(slices.Clone(pool), func(e Exercise) bool { return e.ID == r.Last && len(pool) > 1 })
	}
	return fresh
}

func find(all []Exercise, id string) (Exercise, bool) {
	i := slices.IndexFunc(all, func(e Exercise) bool { return e.ID == id })
	if i < 0 {
		return Exercise{}, false
	}
	return all[i], true
}
