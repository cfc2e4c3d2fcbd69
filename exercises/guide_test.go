package exercises

import (
	"slices"
	"testing"
	"time"
)

func exercise(t *testing.T, id string) Exercise {
	t.Helper()
	e, ok := ByID(id)
	if !ok {
		t.Fatalf("no exercise %s", id)
	}
	return e
}

func TestStepsComeOneAtATimeAndTheMainStepGetsTheTime(t *testing.T) {
	e := exercise(t, "cat-cow") // two-sided; steps: set-up, cow, cat, main
	length := 2 * time.Minute
	for _, c := range []struct {
		at   time.Duration
		step int
	}{{0, 0}, {7 * time.Second, 0}, {8 * time.Second, 1}, {16 * time.Second, 2}, {24 * time.Second, 3}, {119 * time.Second, 3}, {5 * time.Minute, 3}} {
		m := e.At(length, c.at)
		if m.Step != c.step || m.Side != BothSides || m.Mirror || m.Switch {
			t.Errorf("at %v: %+v, want step %d on both sides", c.at, m, c.step)
		}
	}
}

func TestTheMainStepPlaysItsFrames(t *testing.T) {
	e := exercise(t, "cat-cow")
	start := 24 * time.Second // the main step, frames 2 and 3
	var seen []int
	for i := range 4 {
		seen = append(seen, e.At(2*time.Minute, start+time.Duration(i)*FrameTime).Frame)
	}
	if want := []int{2, 3, 2, 3}; !slices.Equal(seen, want) {
		t.Fatalf("frames %v, want %v", seen, want)
	}
}

func TestOneSidedExercisesSwitchSidesHalfway(t *testing.T) {
	e := exercise(t, "thread-the-needle")
	length := 2 * time.Minute
	left := e.At(length, 30*time.Second)
	if left.Side != LeftSide || left.Mirror || left.Switch {
		t.Fatalf("first half: %+v", left)
	}
	right := e.At(length, time.Minute+time.Second)
	if right.Side != RightSide || !right.Mirror || !right.Switch || right.Step != 0 {
		t.Fatalf("just after halfway: %+v, want the right side, mirrored, with the switch cue, from the first step", right)
	}
	if later := e.At(length, time.Minute+SwitchTime); later.Switch || !later.Mirror {
		t.Fatalf("after the cue: %+v", later)
	}
	if end := e.At(length, 3*time.Minute); end.Side != RightSide || end.Step != e.MainStep() {
		t.Fatalf("past the end: %+v", end)
	}
}

func TestAShortBreakStillShowsEveryStep(t *testing.T) {
	e := exercise(t, "doorway-chest") // one-sided, a step after the main one
	length := time.Minute
	seen := map[int]bool{}
	for at := time.Duration(0); at < length/2; at += time.Second {
		seen[e.At(length, at).Step] = true
	}
	if len(seen) != len(e.Steps) {
		t.Fatalf("steps seen on one side of a 1-minute break: %v of %d", seen, len(e.Steps))
	}
}

func TestSteppingThroughTheGuide(t *testing.T) {
	e := exercise(t, "cat-cow")
	length := 2 * time.Minute
	at := time.Duration(0)
	for want := 1; want <= 3; want++ {
		at = e.NextStepAt(length, at)
		if got := e.At(length, at).Step; got != want {
			t.Fatalf("next: step %d, want %d", got, want)
		}
	}
	if e.NextStepAt(length, at) != at {
		t.Fatal("next from the last step moved")
	}
	at = e.PrevStepAt(length, at+10*time.Second)
	if got := e.At(length, at).Step; got != 2 {
		t.Fatalf("back: step %d, want 2", got)
	}
	if e.PrevStepAt(length, 0) != 0 {
		t.Fatal("back from the first step moved")
	}
}

// The figure holds each keyframe, then moves on to the next over
// MoveTime, easing in and out.
func TestTheFigureMovesBetweenKeyframes(t *testing.T) {
	e, _ := ByID("cat-cow")
	main := e.MainStep() // frames 2, 3
	start := time.Duration(0)
	for _, s := range e.plan(2 * time.Minute) {
		if s.step == main {
			start = s.start
			break
		}
	}
	at := func(d time.Duration) Moment { return e.At(2*time.Minute, start+d) }
	if m := at(FrameTime / 2); m.Frame != 2 || m.Next != 2 || m.Blend != 0 {
		t.Fatalf("holding: %+v", m)
	}
	half := at(FrameTime - MoveTime/2)
	if half.Frame != 2 || half.Next != 3 || half.Blend < 0.49 || half.Blend > 0.51 {
		t.Fatalf("halfway through the move: %+v", half)
	}
	early, late := at(FrameTime-MoveTime+MoveTime/10), at(FrameTime-MoveTime/10)
	if early.Blend <= 0 || early.Blend >= 0.1 || late.Blend <= 0.9 || late.Blend >= 1 {
		t.Fatalf("the move does not ease in and out: %.3f at a tenth, %.3f at nine tenths", early.Blend, late.Blend)
	}
	if m := at(FrameTime + FrameTime - MoveTime/2); m.Frame != 3 || m.Next != 2 {
		t.Fatalf("and back: %+v", m)
	}
	if m := e.At(2*time.Minute, FrameTime-MoveTime/2); m.Next != m.Frame || m.Blend != 0 {
		t.Fatalf("a step of one keyframe moves: %+v", m)
	}
}
