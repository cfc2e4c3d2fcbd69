package drawing

import "math"

// Strength, lying face down on a mat: Y-raises and swimmers for the lower
// trapezius, and the superman for the muscles along the spine. They are
// seen from the side, as a handout draws floor work: face down and a lift
// off the floor read at once.

// prone is the figure lying face down along the floor, head to the Right,
// forehead on the mat, arms by its sides, legs straight, on its toes, the
// heels up: even at 120 px the heels say face down.
func prone(x float64) Figure {
	heel := math.Asin(toes / (Thigh + Shin))
	return Figure{
		Pelvis: V{x, floor, 0}, Spine: Right, Chest: Down, Face: Down,
		Neck:    restingNeck,
		LeftArm: Straight(Left), RightArm: Straight(Left),
		LeftLeg:  Straight(V{-math.Cos(heel), -math.Sin(heel), -0.06}),
		RightLeg: Straight(V{-math.Cos(heel), -math.Sin(heel), 0.06}),
		LeftFoot: tucked, RightFoot: tucked,
	}
}

// A figure lying face down on its toes: the ankles are toes above the
// floor, and each foot runs from the ankle down and back to the floor.
const toes = 8.0

var tucked = V{-math.Sqrt(Foot*Foot - toes*toes), toes, 0}

// restingNeck tips the head up from the line of a body lying flat, just so
// far that the head rests on the floor.
var restingNeck = func() V {
	rise := (floor - (FloorLine + LimbWidth/2 + 0.5 - HeadRadius)) / (Neck + HeadRadius)
	return V{math.Sqrt(1 - rise*rise), -rise, 0}
}()

// matUnder is the mat under a figure lying face down, as long as the
// card is wide, as cam sees it.
func matUnder(cam Camera) Mat {
	p := cam.pen()
	x := func(c float64) float64 { return p.focus.X + (c-120)/p.zoom }
	return Mat{X0: x(16), X1: x(224), Z0: -34, Z1: 34}
}

// arm is a straight arm reaching out at deg degrees from the line of the
// head (0 overhead, 90 out to the side), raised lift degrees off the
// floor, on the figure's left (side -1) or right (+1).
func arm(side, deg, lift float64) Limb {
	r, l := deg*math.Pi/180, lift*math.Pi/180
	flat := Right.Mul(math.Cos(r)).Add(V{0, 0, side * math.Sin(r)})
	return Straight(flat.Mul(math.Cos(l)).Add(Up.Mul(math.Sin(l))))
}

// side sees a figure lying face down from the side, zoomed to fill the
// card; high sees it from the side and a little above, where the arms'
// sweep over the mat shows, the mat square to the picture.
var (
	side = Camera{}
	high = Camera{Pitch: 30}
)

// onMat is the scene of a figure lying on the mat, seen by cam. Seen from
// above, the limbs cast shadows on the mat, which show how far they are
// off it.
func onMat(cam Camera, f Figure, work []Highlight, arrows ...Arrow) Scene {
	behind := []Prop{matUnder(cam)}
	if cam.Pitch > 0 {
		behind = append(behind, Shadows{})
	}
	return Scene{Camera: cam, Behind: behind, Figure: f, Work: work, Arrows: arrows}
}

func yRaise() []Scene {
	rest := prone(82)
	rest.LeftArm, rest.RightArm = arm(-1, 40, 0), arm(1, 40, 0)
	rest.Thumbs = Up // thumbs up, as the step says
	up := rest
	up.LeftArm, up.RightArm = arm(-1, 40, 20), arm(1, 40, 20)
	up.Neck = restingNeck.rotate(Out, -10) // the head lifts a little with the arms
	cam := framed(side, 228, rest, up)
	h := cam.At(up.At(RightHand))
	return []Scene{
		onMat(cam, rest, lowerTrapezius),
		onMat(cam, up, lowerTrapezius, Arrow{h.add(Pt{-4, -8}), h.add(Pt{-4, -26})}),
	}
}

func proneSwimmers() []Scene {
	over := prone(82)
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
	cam := framed(high, 226, over, out, back)
	return []Scene{
		onMat(cam, over, lowerTrapezius),
		onMat(cam, out, lowerTrapezius),
		onMat(cam, back, lowerTrapezius),
	}
}

func superman() []Scene {
	// Arms out in front, beside the head; the forehead rests on the floor.
	flat := prone(96)
	flat.LeftArm, flat.RightArm = Straight(V{1, 0, -0.3}), Straight(V{1, 0, 0.3})
	// The legs lie flat, the tops of the feet on the floor, ready to lift.
	flat.LeftLeg, flat.RightLeg = Straight(V{-1, 0, -0.06}), Straight(V{-1, 0, 0.06})
	flat.LeftFoot, flat.RightFoot = Left, Left
	// Lifted: arms, chest and legs come a little off the floor, the back
	// arched a little, the neck in line with the spine.
	lifted := flat
	lifted.Spine = Dir(101)
	lifted.Curve = -6
	lifted.Neck = Dir(106)
	lifted.LeftArm, lifted.RightArm = Straight(V{1, -0.3, -0.3}), Straight(V{1, -0.3, 0.3})
	lifted.LeftLeg, lifted.RightLeg = Straight(V{-1, -0.2, -0.06}), Straight(V{-1, -0.2, 0.06})
	lifted.LeftFoot, lifted.RightFoot = V{-1, -0.1, 0}, V{-1, -0.1, 0} // toes pointed, in line with the legs
	cam := framed(side, 228, flat, lifted)
	hands, feet := cam.At(lifted.At(RightHand)), cam.At(lifted.At(RightToe))
	up := []Arrow{{hands.add(Pt{0, -10}), hands.add(Pt{0, -28})}, {feet.add(Pt{0, -10}), feet.add(Pt{0, -28})}}
	return []Scene{
		onMat(cam, flat, erectors),
		onMat(cam, lifted, erectors, up...),
	}
}
