package drawing

import "math"

// Mobility on the floor: the thoracic spine bends back over a foam
// roller, arches and rounds on all fours, and turns with an arm threaded
// under the body.

// The foam roller lies across the back, just below the shoulder blades
// (about 60% of the way up the spine, which the highlight of the upper
// back starts just above), seen end on.
var roller = Roller{At: Pt{117, FloorLine + LimbWidth/2 - rollerRadius}}

// supine is the figure lying back over the roller: pelvis on the floor,
// knees bent, feet flat, hands behind the head with the elbows forward.
// The spine's chord rises at angle degrees; curve is as Figure.Curve.
func supine(angle, curve, upper float64) Figure {
	f := Figure{
		Pelvis: V{150, floor, 0}, Spine: Dir(-90 - angle), Chest: Dir(180 - angle),
		Curve: curve, Upper: upper, LeftFoot: Right, RightFoot: Right,
	}
	f.Neck = Dir(-90 - angle*0.9 + (curve+upper)*1.5)
	b := f.Pose()
	for _, side := range []struct {
		arm  *Limb
		leg  *Limb
		z    float64
		hand float64
	}{{&f.LeftArm, &f.LeftLeg, -Hips, -8}, {&f.RightArm, &f.RightLeg, Hips, 8}} {
		// The hands cup the back of the head; the elbows point up.
		behind := b.At(Head).Sub(b.Chest.Mul(HeadRadius * 0.8)).Add(V{0, 0, side.hand})
		*side.arm = Reach(behind, Up.Add(Right.Mul(0.3)))
		*side.leg = Reach(V{200, FloorLine, side.z}, Up)
	}
	return f
}

// onRoller is the supine figure with the spine resting on the roller.
func onRoller(curve, upper float64) Figure {
	// Find the rise at which the spine just rests on the roller's top.
	best, miss := 0.0, math.Inf(1)
	for a := 0.0; a <= 45; a += 0.25 {
		b := supine(a, curve, upper).Pose()
		d := math.Inf(1)
		for t := 0.0; t <= 1; t += 0.01 {
			p := b.spine(t)
			d = math.Min(d, math.Hypot(p.X-roller.At.X, p.Y-roller.At.Y))
		}
		if m := math.Abs(d - rollerRadius - SpineWidth/2 - 1); m < miss {
			best, miss = a, m
		}
	}
	return supine(best, curve, upper)
}

func foamRollerExtension() []Scene {
	cam := Camera{Zoom: 1.35, Focus: Pt{132, 180}}
	return []Scene{
		{Camera: cam, Floor: true, Behind: []Prop{roller}, Figure: onRoller(0, 0), Work: thoracic},
		{Camera: cam, Floor: true, Behind: []Prop{roller}, Figure: onRoller(-4, -14), Work: thoracic,
			Arrows: []Arrow{{{82, 150}, {64, 158}, {58, 176}}}},
	}
}

func catCow() []Scene {
	flat := allFours(82)
	cow := flat
	cow.Curve = -12
	cow.Neck = Dir(140)
	cow.Face = Dir(110)
	cat := flat
	cat.Curve = 14
	cat.Neck = Dir(30)
	cat.Face = Dir(-20)
	cam := Camera{Zoom: 1.45, Focus: Pt{100, 172}}
	return []Scene{
		{Camera: cam, Floor: true, Figure: flat, Work: thoracic},
		{Camera: cam, Floor: true, Figure: cow, Work: thoracic, Arrows: []Arrow{{{110, 126}, {110, 142}}}},
		{Camera: cam, Floor: true, Figure: cat, Work: thoracic, Arrows: []Arrow{{{110, 128}, {110, 112}}}},
	}
}

func threadTheNeedle() []Scene {
	// Seen from the front-right three-quarter, so the arm that threads
	// (the left one, on the far side until it crosses under the body)
	// shows its whole length on the floor.
	cam := Camera{Yaw: 50, Zoom: 1.4, Focus: Pt{118, 172}}
	start := allFours(92)
	end := threaded(start)
	// The arrow follows the threading hand across, drawn just under the
	// floor line, clear of the body.
	from, to := start.At(LeftHand), end.At(LeftHand)
	var across Arrow
	for i := 0; i <= 4; i++ {
		p := from.lerp(to, 0.15+0.7*float64(i)/4)
		across = append(across, cam.At(V{p.X, FloorLine + 12, p.Z}))
	}
	return []Scene{
		{Camera: cam, Floor: true, Figure: start, Work: thoracic},
		{Camera: cam, Floor: true, Figure: end, Work: thoracic, Arrows: []Arrow{across}},
	}
}

// threaded is the figure on all fours with the left arm slid across under
// the chest, palm up, to the far side: the left shoulder and the side of
// the head come down to rest on the floor, the right hand stays where it
// was.
func threaded(start Figure) Figure {
	f := start
	b := start.Pose()
	hand := b.At(RightHand)
	chest := V{start.Pelvis.X + 44, FloorLine - 20, 0}
	f.Spine = chest.Sub(f.Pelvis)
	f.Curve = 4
	f.Twist = -75
	// The neck runs down from the shoulders until the head rests on the
	// floor.
	rest := FloorLine - HeadRadius + 1
	down := (rest - chest.Y) / (Neck + HeadRadius)
	f.Neck = V{math.Sqrt(1 - down*down), down, 0}
	f.Face = Out
	f.RightArm = Reach(hand, Left.Add(Out).Add(Up))
	shoulder := f.At(LeftShoulder)
	f.LeftArm = Reach(V{shoulder.X + 2, FloorLine - 2, shoulder.Z + 52}, Up.Add(Left)) // across, under the chest
	return f
}
