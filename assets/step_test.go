package assets

import (
	"bytes"
	"testing"
)

func TestAMovementIsItsKeyframesAndTheStepsBetween(t *testing.T) {
	one, _ := Keyframe("cat-cow", 1)
	two, _ := Keyframe("cat-cow", 2)
	for _, c := range []struct {
		from, to, k int
		want        []byte
	}{{1, 2, 0, one}, {1, 2, InBetweens, two}, {2, 1, 0, two}, {2, 1, InBetweens, one}, {2, 2, 5, two}} {
		if got, ok := Step("cat-cow", c.from, c.to, c.k); !ok || !bytes.Equal(got, c.want) {
			t.Errorf("%d→%d step %d is not the keyframe", c.from, c.to, c.k)
		}
	}
	forward, ok1 := Step("cat-cow", 1, 2, 3)
	back, ok2 := Step("cat-cow", 2, 1, InBetweens-3)
	if !ok1 || !ok2 || !bytes.Equal(forward, back) || bytes.Equal(forward, one) || bytes.Equal(forward, two) {
		t.Error("going back does not pass through the same pictures as going forward")
	}
	// Cat-cow goes flat, cow, flat, cat: from 1 to 3 and back as well, so
	// the keyframes not next to each other move too.
	forward, ok1 = Step("cat-cow", 1, 3, 5)
	back, ok2 = Step("cat-cow", 3, 1, InBetweens-5)
	three, _ := Keyframe("cat-cow", 3)
	if !ok1 || !ok2 || !bytes.Equal(forward, back) || bytes.Equal(forward, one) || bytes.Equal(forward, three) {
		t.Error("cat-cow does not move from keyframe 1 to 3 and back through the same pictures")
	}
	if _, ok := Step("cat-cow", 1, 4, 5); ok {
		t.Error("a movement to a keyframe that does not exist was found")
	}
	for _, id := range []string{"cat-cow", "seated-rotation", "thread-the-needle", "prone-swimmers", "superman"} {
		n := Keyframes(id)
		for a := 1; a <= n; a++ {
			for b := 1; b <= n; b++ {
				for k := 1; k < InBetweens && a != b; k++ {
					if _, ok := Step(id, a, b, k); !ok {
						t.Errorf("%s: no picture %d of the way from %d to %d", id, k, a, b)
					}
				}
			}
		}
	}
}
