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
	if _, ok := Step("cat-cow", 1, 3, 5); ok {
		t.Error("a movement between keyframes that are not next to each other was found")
	}
	for _, id := range []string{"cat-cow", "thread-the-needle", "prone-swimmers", "superman"} {
		for n := 1; n < Keyframes(id); n++ {
			for k := 1; k < InBetweens; k++ {
				if _, ok := Step(id, n, n+1, k); !ok {
					t.Errorf("%s: no picture %d of the way from %d to %d", id, k, n, n+1)
				}
			}
		}
	}
}
