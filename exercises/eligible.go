package exercises

import (
	"slices"

	"posturebreak/translation"
)

// Extra is something a user may have beyond a desk: the settings window
// offers each as a checkbox, and ticking it makes its exercises eligible.
type Extra struct {
	Key   string // as saved in the settings file
	Label string
	Gives []Need
}

// Extras are the things the settings ask about, in the order they are asked.
var Extras = []Extra{
	{"floor-space", translation.Mark("Floor space to lie down"), []Need{FloorSpace}},
	{"foam-roller", translation.Mark("A foam roller"), []Need{FoamRoller}},
	{"weights", translation.Mark("Dumbbells or a cable machine"), []Need{Dumbbell, CableMachine}},
	{"band", translation.Mark("A resistance band"), []Need{Band}},
}

// AtDesk is what any desk offers: a chair, a doorway nearby, and something
// sturdy to hold.
var AtDesk = []Need{Chair, Doorway, StableObject}

// IsExtra says whether key names one of the Extras.
func IsExtra(key string) bool {
	return slices.ContainsFunc(Extras, func(x Extra) bool { return x.Key == key })
}

// Eligible says which exercises can be done with what a desk offers plus
// the extras the user has (keys of Extras): those whose every need is met.
func Eligible(have []string) func(Exercise) bool {
	available := slices.Clone(AtDesk)
	for _, x := range Extras {
		if slices.Contains(have, x.Key) {
			available = append(available, x.Gives...)
		}
	}
	return func(e Exercise) bool {
		for _, n := range e.Needs {
			if !slices.Contains(available, n) {
				return false
			}
		}
		return true
	}
}

// Missing are the extras the user would have to tick, beyond have, for e
// to come up: none if it can come up already.
func Missing(e Exercise, have []string) []Extra {
	var out []Extra
	for _, x := range Extras {
		if slices.Contains(have, x.Key) {
			continue
		}
		if slices.ContainsFunc(e.Needs, func(n Need) bool { return slices.Contains(x.Gives, n) }) {
			out = append(out, x)
		}
	}
	return out
}
