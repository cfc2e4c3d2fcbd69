package drawing

import "math"

// Strength, lying face down on a mat: Y-raises and swimmers for the lower
// trapezius, and the superman for the muscles along the spine. Each is
// seen from where its movement shows: a lift from low at the side, a sweep
// over the floor from high; never straight down, which reads as a diagram.

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

// The mat under a figure lying on the floor, arms out to the sides.
var mat = Mat{X0: -10, X1: 218, Z0: -86, Z1: 86}

// longMat is the mat under a figure lying at full stretch.
var longMat = Mat{X0: 14, X1: 248, Z0: -40, Z1: 40}

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
	rest.Thumbs = Up                   // thumbs up, as the step says
	rest.Face = V{0.2, 1, 0.35}.unit() // face down, the nose on the mat where the camera sees it
	up := rest
	up.LeftArm, up.RightArm = arm(-1, 40, 30), arm(1, 40, 30)
	up.Neck = Dir(80)
	cam := framed(Camera{Yaw: -8, Pitch: 48}, 215, rest, up) // from the side, half way up: the Y shows, and so does the lift
	// Arrows lift the hands off the floor.
	lift := func(hand Joint) Arrow {
		h := cam.At(up.At(hand))
		return Arrow{h.add(Pt{0, -8}), h.add(Pt{0, -24})}
	}
	return []Scene{
		{Camera: cam, Behind: []Prop{mat}, Figure: rest, Work: lowerTrapezius},
		{Camera: cam, Behind: []Prop{mat}, Figure: up, Work: lowerTrapezius, Arrows: []Arrow{lift(LeftHand), lift(RightHand)}},
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
	cam := framed(Camera{Yaw: -8, Pitch: 62}, 215, over, out, back) // from high: the arms sweep over the floor
	// The arms sweep round the shoulders, just off the floor: arrows on
	// both sides, just outside the hands' path.
	sweep := func(from, to float64) []Arrow {
		around := func(shoulder V, side float64) Arrow {
			var a Arrow
			for i := 0; i <= 8; i++ {
				r := (from + (to-from)*float64(i)/8) * math.Pi / 180
				a = append(a, cam.At(shoulder.Add(V{math.Cos(r), 0, side * math.Sin(r)}.Mul(66))))
			}
			return a
		}
		return []Arrow{around(over.At(LeftShoulder), -1), around(over.At(RightShoulder), 1)}
	}
	return []Scene{
		{Camera: cam, Behind: []Prop{mat}, Figure: over, Work: lowerTrapezius},
		{Camera: cam, Behind: []Prop{mat}, Figure: out, Work: lowerTrapezius, Arrows: sweep(20, 75)},
		{Camera: cam, Behind: []Prop{mat}, Figure: back, Work: lowerTrapezius, Arrows: sweep(105, 150)},
	}
}

func superman() []Scene {
	// Arms out in front in a narrow Y, beside the head, not through it;
	// the forehead rests on the floor.
	flat := prone(118)
	flat.Neck = Dir(116)
	flat.LeftArm, flat.RightArm = Straight(V{1, 0, -0.3}), Straight(V{1, 0, 0.3})
	// Lifted: arms, chest and legs come a little off the floor, the back
	// arched a little, the neck in line with the spine.
	lifted := flat
	lifted.Spine = Dir(101)
	lifted.Curve = -7
	lifted.Neck = Dir(112)
	lifted.LeftArm, lifted.RightArm = Straight(V{1, -0.3, -0.3}), Straight(V{1, -0.3, 0.3})
	lifted.LeftLeg, lifted.RightLeg = Straight(V{-1, -0.2, -0.06}), Straight(V{-1, -0.2, 0.06})
	cam := framed(onTheMat, 200, flat, lifted)
	// Short arrows lift the hands and the feet.
	hands, feet := cam.At(lifted.At(RightHand)), cam.At(lifted.At(RightToe))
	up := []Arrow{{hands.add(Pt{0, -10}), hands.add(Pt{0, -28})}, {feet.add(Pt{0, -10}), feet.add(Pt{0, -28})}}
	return []Scene{
		{Camera: cam, Behind: []Prop{longMat}, Figure: flat, Work: erectors},
		{Camera: cam, Behind: []Prop{longMat}, Figure: lifted, Work: erectors, Arrows: up},
	}
}

// onTheMat sees a figure lying face down from beside its head, on its
// right, a little above: the body runs away into the picture, so it fills
// more of the card than a side view's thin line, and lifts show.
var onTheMat = Camera{Yaw: -55, Pitch: 15}
