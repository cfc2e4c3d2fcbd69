package exercises

import "slices"

// Rotation picks the exercise for each break. No exercise comes back until
// every eligible one has been shown, and consecutive breaks change category
// where they can. It is saved with the timer, so it survives restarts.
type Rotation struct {
	Shown []string `json:"shown"` // ids shown in the current cycle, oldest first
	Last  string   `json:"last"`  // the id shown last, across cycles
}

// Next picks the next exercise from all those eligible says yes to (from
// the whole list if it says yes to none), and records it as shown.
func (r *Rotation) Next(all []Exercise, eligible func(Exercise) bool) Exercise {
	pool := slices.DeleteFunc(slices.Clone(all), func(e Exercise) bool { return !eligible(e) })
	if len(pool) == 0 {
		pool = slices.Clone(all)
	}
	fresh := slices.DeleteFunc(slices.Clone(pool), func(e Exercise) bool { return slices.Contains(r.Shown, e.ID) })
	if len(fresh) == 0 { // a new cycle; don't open it with the one just shown
		r.Shown = nil
		fresh = slices.DeleteFunc(slices.Clone(pool), func(e Exercise) bool { return e.ID == r.Last && len(pool) > 1 })
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

func find(all []Exercise, id string) (Exercise, bool) {
	i := slices.IndexFunc(all, func(e Exercise) bool { return e.ID == id })
	if i < 0 {
		return Exercise{}, false
	}
	return all[i], true
}
