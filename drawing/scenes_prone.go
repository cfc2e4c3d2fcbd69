package drawing

import "math"

// Strength, lying face down on a mat: Y-raises and swimmers for the lower
// trapezius, and the superman for the muscles along the spine. They are
// seen from the side and above, the body lying along the picture on a
// flat mat, the heels up: a lift shows as a gap between a limb and its
// shadow on the mat, and the head lies between the arms, the near arm
// below it and the far arm above, so that no arm crosses it.

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

// matMargin is how far the mat reaches beyond every joint: no more than
// a limb's width or so, so that the mat does not set the zoom.
const matMargin = 10

// matAround is the mat under figures lying on the floor: a margin
// round every joint of every one of them.
func matAround(figures ...Figure) Mat {
	m := Mat{X0: math.Inf(1), X1: math.Inf(-1), Z0: math.Inf(1), Z1: math.Inf(-1)}
	for _, f := range figures {
		b := f.Pose()
		for j := range joints {
			v := b.at[j]
			const r = matMargin
			m = Mat{X0: math.Min(m.X0, v.X-r), X1: math.Max(m.X1, v.X+r), Z0: math.Min(m.Z0, v.Z-r), Z1: math.Max(m.Z1, v.Z+r)}
		}
	}
	return m
}

// arm is a straight arm reaching out at deg degrees from the line of the
// head (0 overhead, 90 out to the side), raised lift degrees off the
// floor, on the figure's left (side -1) or right (+1).
func arm(side, deg, lift float64) Limb {
	r, l := deg*math.Pi/180, lift*math.Pi/180
	flat := Right.Mul(math.Cos(r)).Add(V{0, 0, side * math.Sin(r)})
	return Straight(flat.Mul(math.Cos(l)).Add(Up.Mul(math.Sin(l))))
}

// onMat are the scenes of figures lying on one mat, seen by cam, framed to
// fill the card, the mat reaching ahead units further beyond the hands
// (room for an arrow there). Seen from above, the limbs cast shadows on
// the mat, which show how far they are off it.
func onMat(cam Camera, ahead float64, work []Highlight, figures ...Figure) []Scene {
	mat := matAround(figures...)
	mat.X1 += ahead
	corners := []V{{mat.X0, matTop, mat.Z0}, {mat.X1, matTop, mat.Z0}, {mat.X0, matTop, mat.Z1}, {mat.X1, matTop, mat.Z1}}
	cam = framedWith(cam, 226, corners, figures...)
	behind := []Prop{mat}
	if cam.Pitch > 0 {
		behind = append(behind, Shadows{})
	}
	var out []Scene
	for _, f := range figures {
		out = append(out, Scene{Camera: cam, Behind: behind, Figure: f, Work: work})
	}
	return out
}

func yRaise() []Scene {
	// From the side, a little beyond the feet, and above, as the superman
	// is seen: the Y opens over the mat beyond the head, and the lift shows
	// as the arms rising clear of their shadows. (From straight beyond the
	// head, the blind reader took the lift for a sweep towards the feet;
	// from the side, it barely showed.)
	cam := Camera{Yaw: -25, Pitch: 36}
	// The arms in a Y, 40° out from overhead, on the floor, then lifted
	// 25°: a little, and enough to see at 120 px from above.
	rest := prone(82)
	rest.LeftArm, rest.RightArm = arm(-1, 40, 0), arm(1, 40, 0)
	up := rest
	up.LeftArm, up.RightArm = arm(-1, 40, 25), arm(1, 40, 25)
	up.Neck = restingNeck.rotate(Out, -14) // the head lifts a little with the arms, clear of the near one
	s := onMat(cam, 18, lowerTrapezius, rest, up)
	// An arrow goes up beside each hand, clear of it, so that it does not
	// hide the lift it shows.
	for _, j := range []Joint{RightHand, LeftHand} {
		h := s[1].Camera.At(up.At(j))
		s[1].Arrows = append(s[1].Arrows, Arrow{h.add(Pt{16, 12}), h.add(Pt{16, -10})})
	}
	return s
}

// swimLift is how far the swimmer's arms are lifted off the floor, in
// degrees: "just off the floor", enough for the gap to the arms' shadows
// to show at 120 px.
const swimLift = 12

func proneSwimmers() []Scene {
	// From the side, a little beyond the feet, and higher than for the
	// lifts: the arms' sweep over the floor shows whole, and the arms by
	// the hips show beside the body, not lost against it.
	cam := Camera{Yaw: -20, Pitch: 52}
	over := prone(82)
	over.LeftArm, over.RightArm = arm(-1, 15, swimLift), arm(1, 15, swimLift)
	out := over
	out.LeftArm, out.RightArm = arm(-1, 90, swimLift), arm(1, 90, swimLift)
	// Then down by the sides towards the lower back, the hands by the hips,
	// out from the body far enough to be seen beside it, and still off
	// the floor. The arms stay straight all the way round, so that in
	// every step they sweep over the floor, never through it.
	back := over
	back.LeftArm, back.RightArm = arm(-1, 150, swimLift), arm(1, 150, swimLift)
	b := back.Pose()
	s := onMat(cam, 0, lowerTrapezius, over, out, back)
	// The arrows sweep round on either side, over the floor, the way the
	// hands went.
	sweep := func(from, to float64) []Arrow {
		var arrows []Arrow
		for _, side := range []float64{-1, 1} {
			var vs []V
			c := b.At(LeftShoulder)
			if side > 0 {
				c = b.At(RightShoulder)
			}
			for i := 0; i <= 6; i++ {
				a := (from + (to-from)*float64(i)/6) * math.Pi / 180
				r := UpperArm + Forearm + 10
				vs = append(vs, c.Add(V{r * math.Cos(a), -8, side * r * math.Sin(a)}))
			}
			arrows = append(arrows, Arrow3(s[0].Camera, vs...))
		}
		return arrows
	}
	s[1].Arrows = sweep(25, 80)
	s[2].Arrows = sweep(100, 142)
	return s
}

func superman() []Scene {
	// From the side, a little beyond the feet, and above: the lift shows as
	// a gap between the body and its shadows on the mat, the head between
	// the arms, the near arm below it and the far arm above.
	cam := Camera{Yaw: -25, Pitch: 36}
	const spread, lift = 32, 12 // the arms' V, and the legs' lift, in degrees
	// Arms stretched out beyond the head in a V; the forehead rests on the
	// floor.
	flat := prone(96)
	flat.LeftArm, flat.RightArm = arm(-1, spread, 0), arm(1, spread, 0)
	// The legs lie flat and together, the tops of the feet on the floor,
	// ready to lift.
	flat.LeftLeg, flat.RightLeg = Straight(Left), Straight(Left)
	flat.LeftFoot, flat.RightFoot = Left, Left
	// Lifted: arms, chest and legs come a little off the floor, the back
	// arched a little, the neck in line with the upper back, the face to
	// the floor.
	lifted := flat
	lifted.Spine = Dir(104)
	lifted.Curve = -6
	lifted.Neck = Dir(118)
	lifted.LeftArm, lifted.RightArm = arm(-1, spread, lift), arm(1, spread, lift)
	legs := Straight(V{-1, -math.Tan(lift * math.Pi / 180), 0})
	lifted.LeftLeg, lifted.RightLeg = legs, legs
	lifted.LeftFoot, lifted.RightFoot = V{-1, -0.1, 0}, V{-1, -0.1, 0} // toes pointed, in line with the legs
	s := onMat(cam, 0, erectors, flat, lifted)
	cam = s[0].Camera
	// An arrow goes up over each hand and over the feet.
	var arrows []Arrow
	for _, j := range []Joint{RightHand, LeftHand, RightToe} {
		p := cam.At(lifted.At(j))
		arrows = append(arrows, Arrow{p.add(Pt{0, -10}), p.add(Pt{0, -28})})
	}
	s[1].Arrows = arrows
	return s
}
