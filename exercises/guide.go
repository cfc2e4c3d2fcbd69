package exercises

import (
	"time"

	"posturebreak/translation"
)

// Side is the side of the body a part of the break works.
type Side int

const (
	BothSides Side = iota // a two-sided exercise
	LeftSide
	RightSide
)

func (s Side) String() string {
	return [...]string{"", translation.L("Left side"), translation.L("Right side")}[s]
}

// Moment is what the break window shows at one time into an exercise.
type Moment struct {
	Step  int // index into the exercise's steps
	Frame int // keyframe, from 1
	// Next is the keyframe the picture is moving to, and Blend how far it
	// has got (0 to 1, eased): in the last MoveTime of each keyframe's
	// FrameTime the figure moves on to the next. Next is Frame while it
	// holds still.
	Next   int
	Blend  float64
	Side   Side // for one-sided exercises
	Mirror bool // the keyframe is drawn for the left side: mirror it for the right
	Switch bool // the side has just changed: say so
}

const (
	// SetupTime is how long each step around the main one shows, at most.
	SetupTime = 8 * time.Second
	// FrameTime is how long each keyframe of a step shows before the next,
	// so the pictures play the movement.
	FrameTime = 2 * time.Second
	// MoveTime is how long the figure takes to move from one keyframe to
	// the next, at the end of the first's FrameTime.
	MoveTime = 800 * time.Millisecond
	// SwitchTime is how long "switch sides" is said.
	SwitchTime = 4 * time.Second
)

// segment is one step on one side, from start to end into the exercise.
type segment struct {
	start, end time.Duration
	step       int
	side       Side
}

// plan lays the steps out over length: once for a two-sided exercise, once
// a side for a one-sided one. The main step gets whatever time the other
// steps leave.
func (e Exercise) plan(length time.Duration) []segment {
	sides := []Side{BothSides}
	if e.Sides {
		sides = []Side{LeftSide, RightSide}
	}
	perSide := length / time.Duration(len(sides))
	setup := min(SetupTime, perSide/time.Duration(len(e.Steps)+2))
	main := e.MainStep()
	mainTime := perSide - setup*time.Duration(len(e.Steps)-1)
	var out []segment
	at := time.Duration(0)
	for _, side := range sides {
		for i := range e.Steps {
			d := setup
			if i == main {
				d = mainTime
			}
			out = append(out, segment{at, at + d, i, side})
			at += d
		}
	}
	return out
}

// At is the moment elapsed into an exercise done over length. Past the end
// it stays on the last main step, still moving.
func (e Exercise) At(length, elapsed time.Duration) Moment {
	plan := e.plan(length)
	seg := plan[len(plan)-1]
	for _, s := range plan {
		if elapsed < s.end {
			seg = s
			break
		}
	}
	if elapsed >= seg.end { // past the end: keep playing the main step
		for _, s := range plan {
			if s.step == e.MainStep() && s.side == seg.side {
				seg = s
			}
		}
	}
	frames := e.Steps[seg.step].Frames
	into := max(elapsed-seg.start, 0)
	i := int(into / FrameTime)
	m := Moment{Step: seg.step, Frame: frames[i%len(frames)], Next: frames[(i+1)%len(frames)], Side: seg.side, Mirror: seg.side == RightSide}
	if moving := into%FrameTime - (FrameTime - MoveTime); moving > 0 && m.Next != m.Frame {
		m.Blend = ease(float64(moving) / float64(MoveTime))
	} else {
		m.Next = m.Frame
	}
	m.Switch = seg.side == RightSide && elapsed < e.sideStart(plan, RightSide)+SwitchTime
	return m
}

// ease starts a movement gently and ends it gently (smoothstep).
func ease(t float64) float64 { return t * t * (3 - 2*t) }

func (e Exercise) sideStart(plan []segment, side Side) time.Duration {
	for _, s := range plan {
		if s.side == side {
			return s.start
		}
	}
	return 0
}

// NextStepAt and PrevStepAt are where the steps after and before the one
// showing at elapsed begin, for stepping through by hand. They stay put at
// either end.
func (e Exercise) NextStepAt(length, elapsed time.Duration) time.Duration {
	for _, s := range e.plan(length) {
		if s.start > elapsed {
			return s.start
		}
	}
	return elapsed
}

func (e Exercise) PrevStepAt(length, elapsed time.Duration) time.Duration {
	plan := e.plan(length)
	for i := len(plan) - 1; i > 0; i-- {
		if plan[i].start <= elapsed {
			return plan[i-1].start
		}
	}
	return 0
}
