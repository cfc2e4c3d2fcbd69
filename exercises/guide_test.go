package exercises

import (
	"slices"
	"testing"
	"time"

	"posturebreak/assets"
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

// mainStart is when the main step of an exercise done over length begins.
func mainStart(e Exercise, length time.Duration) time.Duration {
	for _, s := range e.plan(length) {
		if s.step == e.MainStep() {
			return s.start
		}
	}
	return 0
}

// One repetition of the main step rests in the start pose, then visits
// each pose in turn and comes back to the start.
func TestTheMainStepPlaysOneRepetitionAfterAnother(t *testing.T) {
	e := exercise(t, "cat-cow") // main step: flat, cow, flat, cat
	start := mainStart(e, 2*time.Minute)
	var visited []int
	for at := start; at < start+2*repetition(e.Steps[e.MainStep()]); at += 100 * time.Millisecond {
		m := e.At(2*time.Minute, at)
		if m.Next == m.Frame && (len(visited) == 0 || visited[len(visited)-1] != m.Frame) {
			visited = append(visited, m.Frame)
		}
	}
	if want := []int{1, 2, 1, 3, 1, 2, 1, 3, 1}; !slices.Equal(visited, want) {
		t.Fatalf("poses held %v, want %v", visited, want)
	}
}

// repetition is how long one repetition of a step's movement takes.
func repetition(s Step) time.Duration {
	moves := time.Duration(len(s.Frames))
	return RestTime + moves*MoveTime + (moves-1)*TurnTime
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

// The figure rests in the start pose, then moves to the next over
// MoveTime, easing in and out, in steps there are pictures for; it stays
// a moment where the movement turns, and comes back.
func TestTheFigureMovesSlowly(t *testing.T) {
	e := exercise(t, "superman") // main step: frames 1, 2
	start := mainStart(e, 2*time.Minute)
	at := func(d time.Duration) Moment { return e.At(2*time.Minute, start+d) }
	if m := at(RestTime - time.Millisecond); m.Frame != 1 || m.Next != 1 || m.Blend != 0 {
		t.Fatalf("resting in the start pose: %+v", m)
	}
	half := at(RestTime + MoveTime/2)
	if half.Frame != 1 || half.Next != 2 || half.Blend < 0.49 || half.Blend > 0.51 {
		t.Fatalf("halfway through the move: %+v", half)
	}
	early, late := at(RestTime+MoveTime/5), at(RestTime+MoveTime*4/5)
	if early.Blend <= 0 || early.Blend >= 0.15 || late.Blend <= 0.85 || late.Blend >= 1 {
		t.Fatalf("the move does not ease in and out: %.3f at a fifth, %.3f at four fifths", early.Blend, late.Blend)
	}
	for d := time.Duration(0); d < repetition(e.Steps[e.MainStep()]); d += 10 * time.Millisecond {
		if m := at(d); m.Blend*assets.InBetweens != float64(m.Tween()) {
			t.Fatalf("at %v the blend %v is not one of the %d steps drawn", d, m.Blend, assets.InBetweens)
		}
	}
	if m := at(RestTime + MoveTime + TurnTime/2); m.Frame != 2 || m.Next != 2 {
		t.Fatalf("where the movement turns: %+v", m)
	}
	if m := at(RestTime + MoveTime + TurnTime + MoveTime/2); m.Frame != 2 || m.Next != 1 {
		t.Fatalf("and back: %+v", m)
	}
	if m := e.At(2*time.Minute, RestTime+MoveTime/2); m.Next != m.Frame || m.Blend != 0 {
		t.Fatalf("a step of one keyframe moves: %+v", m)
	}
}

// A step that says hold moves into its position once, slowly, and then
// holds still for as long as it lasts.
func TestAHoldHoldsStill(t *testing.T) {
	for _, e := range Catalogue() {
		for i, s := range e.Steps {
			if !s.Hold {
				continue
			}
			start := time.Duration(-1)
			for _, seg := range e.plan(2 * time.Minute) {
				if seg.step == i && start < 0 {
					start = seg.start
				}
			}
			if m := e.At(2*time.Minute, start+RestTime+MoveTime/2); m.Next == m.Frame {
				t.Errorf("%s, step %d: not moving into the hold: %+v", e.ID, i+1, m)
			}
			last := s.Frames[len(s.Frames)-1]
			for d := repetition(s); d < repetition(s)+5*time.Minute; d += 250 * time.Millisecond {
				if m := s.pose(d); m.Frame != last || m.Next != last {
					t.Fatalf("%s, step %d: %v into the hold, the picture moves: %+v", e.ID, i+1, d, m)
				}
			}
		}
	}
}

// Every movement is slow: seconds, not a flick.
func TestThePaceIsSlow(t *testing.T) {
	if MoveTime < 2*time.Second || RestTime < time.Second {
		t.Fatalf("a move takes %v and a rest %v: too quick for \"slowly\"", MoveTime, RestTime)
	}
}
