package exercises

import (
	"slices"
	"time"

	"posturebreak/assets"
)

// Side is the side of the body a part of the break works.
type Side int

const (
	BothSides Side = iota // a two-sided exercise
	LeftSide
	RightSide
)

// Moment is what the break window shows at one time into an exercise.
type Moment struct {
	Step  int // index into the exercise's steps
	Frame int // keyframe, from 1
	// Next is the keyframe the picture is moving to, and Blend how far it
	// has got (0 to 1, eased, in steps of 1/assets.InBetweens, the
	// pictures there are). Next is Frame while it holds still.
	Next   int
	Blend  float64
	Side   Side // for one-sided exercises
	Mirror bool // the keyframe is drawn for the left side: mirror it for the right
	Switch bool // the side has just changed: say so
}

// Tween is how many of assets.InBetweens steps the picture has moved from
// Frame towards Next.
func (m Moment) Tween() int { return int(m.Blend*assets.InBetweens + 0.5) }

// The pace of the pictures. The steps say "slowly", so a movement takes
// seconds, and between repetitions the figure rests in the start pose.
// The article gives no number of repetitions or seconds: these are how
// the pictures move, not what the user is asked to do.
const (
	// SetupTime is how long each step around the main one shows, at most.
	SetupTime = 8 * time.Second
	// RestTime is how long the figure rests in the start pose before a
	// movement, and between one repetition and the next.
	RestTime = 2 * time.Second
	// MoveTime is how long the figure takes to move from one pose to the
	// next.
	MoveTime = 3 * time.Second
	// TurnTime is how long the figure stays in a pose the movement turns
	// at, before it moves on.
	TurnTime = time.Second
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
	m := e.Steps[seg.step].pose(max(elapsed-seg.start, 0))
	m.Step, m.Side, m.Mirror = seg.step, seg.side, seg.side == RightSide
	m.Switch = seg.side == RightSide && elapsed < e.sideStart(plan, RightSide)+SwitchTime
	return m
}

// pose is where a step's picture is, into time after the step began. A
// step of one keyframe holds it. Otherwise its frames are one
// repetition: the figure rests in the first, moves to each of the others
// in turn, stays a moment in each, and comes back to the first. A hold
// step does that once, without coming back, and holds still at its end.
func (s Step) pose(into time.Duration) Moment {
	path := s.Frames
	if len(path) == 1 {
		return still(path[0])
	}
	if !s.Hold {
		path = append(slices.Clone(path), path[0])
	}
	rep := RestTime + time.Duration(len(path)-1)*MoveTime + time.Duration(len(path)-2)*TurnTime
	if s.Hold {
		into = min(into, rep)
	} else {
		into %= rep
	}
	at := into - RestTime
	for i := 1; i < len(path); i++ {
		if at < 0 {
			return still(path[i-1])
		}
		if at < MoveTime {
			return moving(path[i-1], path[i], ease(float64(at)/float64(MoveTime)))
		}
		at -= MoveTime + TurnTime
	}
	return still(path[len(path)-1])
}

func still(frame int) Moment { return Moment{Frame: frame, Next: frame} }

// moving is the picture blend of the way from keyframe a to b, rounded to
// the steps there are pictures for: one that rounds to either end is that
// keyframe, holding still.
func moving(a, b int, blend float64) Moment {
	switch k := (Moment{Blend: blend}).Tween(); k {
	case 0:
		return still(a)
	case assets.InBetweens:
		return still(b)
	default:
		return Moment{Frame: a, Next: b, Blend: float64(k) / assets.InBetweens}
	}
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
