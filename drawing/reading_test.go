package drawing

import "testing"

// The tests in this file hold what blind readers of the pictures asked
// for, where a test can hold it.

// mixedTones is a limb drawn in more than one tone, if any.
func mixedTones(ls []stroke) (bad bool, limb Joint) {
	ink := map[Joint]string{}
	for _, l := range ls {
		if was, ok := ink[l.limb[0]]; ok && was != l.ink {
			return true, l.limb[0]
		}
		ink[l.limb[0]] = l.ink
	}
	return false, 0
}

// A limb is one tone from its root to its end, near or far, in every
// picture: a leg whose thigh is grey and shin dark reads as two legs.
func TestALimbIsOneTone(t *testing.T) {
	s := scenes["cat-cow"][0]
	ls := s.strokes(s.Figure.Pose())
	ls[1].ink = map[string]string{Ink: FarInk, FarInk: Ink}[ls[1].ink] // the left forearm
	if bad, _ := mixedTones(ls); !bad {
		t.Fatal("mixedTones misses a forearm in another tone than its upper arm")
	}
	for _, s := range everyStep() {
		if bad, limb := mixedTones(s.scene.strokes(s.scene.Figure.Pose())); bad {
			t.Errorf("%s: the limb from the %s is drawn in two tones", s.name, limb)
		}
	}
}
