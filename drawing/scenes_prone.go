package drawing

import "math"

// Strength, lying face down: Y-raises and swimmers for the lower
// trapezius, seen from above; the superman for the muscles along the
// spine, seen from the side.

// prone is the figure lying face down along the floor, head to the Right,
// arms by its sides, legs straight, toes pointed.
func prone(x float64) Figure {
	return Figure{
		Pelvis: V{x, floor, 0}, Spine: Right, Chest: Down, Face: Down,
		LeftArm: Straight(Left), RightArm: Straight(Left),
		LeftLeg: Straight(V{-1, 0, -0.06}), RightLeg: Straight(V{-1, 0, 0.06}),
		LeftFoot: Left.Add(Down), RightFoot: Left.Add(Down),
	}
}

// fromAbove looks straight down on a figure lying head to the Right, as
// the side view would show it: its left side at the top of the picture.
var fromAbove = Camera{Pitch: 90, Zoom: 0.92, Focus: Pt{104, 214}}

// The mat under a figure lying on the floor, seen from above.
var mat = Mat{X0: -10, X1: 218, Z0: -86, Z1: 86}

// arm is a straight arm reaching out at deg degrees from the line of the
// head (0 overhead, 90 out to the side), raised lift degrees off the
// floor, on the figure's left (side -1) or right (+1).
func arm(side, deg, lift float64) Limb {
	r, l := deg*math.Pi/180, lift*math.Pi/180
	flat := Right.Mul(math.Cos(r)).Add(V{0, 0, side * math.Sin(r)})
	return Straight(flat.Mul(math.Cos(l)).Add(Up.Mul(math.Sin(l))))
}

func yRaise() []Scene {
	rest := prone(92)
	rest.LeftArm, rest.RightArm = arm(-1, 40, 0), arm(1, 40, 0)
	up := rest
	up.LeftArm, up.RightArm = arm(-1, 40, 22), arm(1, 40, 22)
	up.Neck = Dir(80)
	return []Scene{
		{Camera: fromAbove, Behind: []Prop{mat}, Figure: rest, Work: lowerTrapezius},
		{Camera: fromAbove, Behind: []Prop{mat}, Figure: up, Work: lowerTrapezius},
	}
}

func proneSwimmers() []Scene {
	over := prone(92)
	over.LeftArm, over.RightArm = arm(-1, 12, 6), arm(1, 12, 6)
	out := over
	out.LeftArm, out.RightArm = arm(-1, 90, 6), arm(1, 90, 6)
	back := over
	b := back.Pose()
	for _, s := range []struct {
		arm  *Limb
		side float64
	}{{&back.LeftArm, -1}, {&back.RightArm, 1}} {
		// The hands rest on the lower back, the elbows bent out to the side.
		*s.arm = Reach(b.On(0.2, -10, s.side*8), V{0, -0.5, s.side})
	}
	// The arms sweep round the shoulders: arrows on both sides, just
	// outside the hands' path.
	sweep := func(from, to float64) []Arrow {
		l, r := fromAbove.At(over.At(LeftShoulder)), fromAbove.At(over.At(RightShoulder))
		return []Arrow{Arc(l, 66, 66, -from, -to), Arc(r, 66, 66, from, to)}
	}
	return []Scene{
		{Camera: fromAbove, Behind: []Prop{mat}, Figure: over, Work: lowerTrapezius},
		{Camera: fromAbove, Behind: []Prop{mat}, Figure: out, Work: lowerTrapezius, Arrows: sweep(20, 75)},
		{Camera: fromAbove, Behind: []Prop{mat}, Figure: back, Work: lowerTrapezius, Arrows: sweep(105, 150)},
	}
}

func superman() []Scene {
	flat := prone(102)
	flat.LeftArm, flat.RightArm = Straight(Right), Straight(Right)
	lifted := flat
	lifted.Spine = Dir(96)
	lifted.Curve = -4
	lifted.Neck = Dir(100)
	lifted.LeftArm, lifted.RightArm = Straight(Dir(104)), Straight(Dir(104))
	lifted.LeftLeg, lifted.RightLeg = Straight(Dir(-97)), Straight(Dir(-97))
	cam := Camera{Zoom: 1.04, Focus: Pt{110, 186}}
	// Short arrows lift the hands and the feet.
	hands, feet := cam.At(lifted.At(RightHand)), cam.At(lifted.At(RightToe))
	up := []Arrow{{hands.add(Pt{-4, -10}), hands.add(Pt{-4, -28})}, {feet.add(Pt{4, -12}), feet.add(Pt{4, -30})}}
	return []Scene{
		{Camera: cam, Floor: true, Figure: flat, Work: erectors},
		{Camera: cam, Floor: true, Figure: lifted, Work: erectors, Arrows: up},
	}
}
