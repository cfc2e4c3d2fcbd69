package drawing

import "math"

// Mobility on the floor: the thoracic spine bends back over a foam
// roller, arches and rounds on all fours, and turns with an arm threaded
// under the body. All are seen from the side, as a handout draws floor
// work, but for the threading, seen from the side a little in front and
// above, so the arm shows coming out from under the chest.

// rollerAt is where the roller touches the back: a little below the
// shoulder blades, 62% of the way from the hips to the shoulders.
const rollerAt = 0.62

// The foam roller lies across the floor under the upper back, seen end on.
var roller = Roller{At: V{112, FloorLine + LimbWidth/2 + 0.5 - RollerRadius, 0}}

// supine is the figure lying back over the roller: pelvis on the floor
// at x, knees bent, feet flat at feet, fingers laced behind the head with
// the elbows up. The spine's chord rises at angle degrees; curve and
// upper are as Figure.Curve and Figure.Upper; nod tips the head back from
// the line of the upper spine, in degrees.
func supine(x, feet, angle, curve, upper, nod float64) Figure {
	f := Figure{
		Pelvis: V{x, floor, 0}, Spine: Dir(-90 - angle), Chest: Dir(180 - angle),
		Curve: curve, Upper: upper, LeftFoot: Right, RightFoot: Right,
	}
	b := f.Pose()
	top, _, _ := b.frame(1)
	f.Neck = top.rotate(Out, -nod)
	f.Face = Up.rotate(Out, -nod) // at the ceiling, not at the knees as in a sit-up
	b = f.Pose()
	for _, side := range []struct {
		arm  *Limb
		leg  *Limb
		z    float64
		hand float64
	}{{&f.LeftArm, &f.LeftLeg, -Hips, -6}, {&f.RightArm, &f.RightLeg, Hips, 6}} {
		// The hands hold the sides of the head; the elbows point up, to
		// the ceiling, so the upper arms stand clear of the head.
		_, front, _ := b.frame(1)
		hold := b.At(Head).Add(front.Mul(8)).Add(V{0, 0, side.hand * 1.4})
		*side.arm = Reach(hold, front)
		*side.leg = Reach(V{feet, FloorLine, side.z}, Up)
	}
	return f
}

// onRoller is the supine figure with its back resting on the roller, the
// roller rollerAt of the way up the spine: the pelvis slides along the
// floor and the spine rises until it does.
func onRoller(feet, curve, upper, nod float64) Figure {
	x, angle := roller.At.X+40, 20.0
	for i := 0; i < 60; i++ {
		best, miss := angle, math.Inf(1)
		for a := angle - 6; a <= angle+6; a += 0.05 {
			if m := math.Abs(backGap(supine(x, feet, a, curve, upper, nod).Pose())); m < miss {
				best, miss = a, m
			}
		}
		angle = best
		x += (rollerAt - rollerContact(supine(x, feet, angle, curve, upper, nod).Pose())) * Torso * 0.7
	}
	return supine(x, feet, angle, curve, upper, nod)
}

// backGap is how far the back (the spine's stroke) is above the roller:
// 0 when it rests on it.
func backGap(b *Body) float64 {
	d := math.Inf(1)
	for t := 0.0; t <= 1; t += 0.005 {
		d = math.Min(d, b.spine(t).Sub(roller.At).len())
	}
	return d - RollerRadius - SpineWidth/2
}

// rollerContact is how far along the spine (0 hips, 1 shoulders) the
// roller touches the back.
func rollerContact(b *Body) float64 {
	best, d := 0.0, math.Inf(1)
	for t := 0.0; t <= 1; t += 0.005 {
		if l := b.spine(t).Sub(roller.At).len(); l < d {
			best, d = t, l
		}
	}
	return best
}

func foamRollerExtension() []Scene {
	// From the side, the roller end on under the back: seen from any
	// other way, the head and the shoulder nearest the viewer overlap.
	cam := Camera{}
	const feet = 196
	// Resting back on the roller, then arching the upper back over it: the
	// shoulders and head go down behind it, the hands still holding the
	// head.
	type shape struct{ curve, upper, nod float64 }
	rest, arch := shape{0, -3, 4}, shape{0, -17, -20}
	path := func(t float64) Figure {
		return onRoller(feet, lerp(rest.curve, arch.curve, t), lerp(rest.upper, arch.upper, t), lerp(rest.nod, arch.nod, t))
	}
	cam = framed(cam, 210, path(0), path(1))
	// The arrow goes round outside the head, the way it went down: about
	// the shoulders, from where the head was to where it is.
	c := cam.At(path(0).At(Chest))
	from, to := cam.At(path(0).At(Head)).sub(c), cam.At(path(1).At(Head)).sub(c)
	deg := func(p Pt) float64 { return math.Mod(math.Atan2(p.Y, p.X)*180/math.Pi+360, 360) }
	r := from.len() + HeadRadius + 10
	return []Scene{
		{Camera: cam, Floor: true, Behind: []Prop{roller}, Figure: path(0), Work: thoracic, Path: path},
		{Camera: cam, Floor: true, Behind: []Prop{roller}, Figure: path(1), Work: thoracic,
			Arrows: []Arrow{Arc(c, r, r, deg(from)+12, deg(to)-4)}},
	}
}

func catCow() []Scene {
	flat := allFours(82)
	cow := flat
	cow.Curve = -12
	cow.Neck = Dir(150)
	cow.Face = Dir(125)
	cat := flat
	cat.Curve = 14
	cat.Neck = Dir(68) // the head drops, but in front of the arms, clear of them
	cat.Face = Dir(-10)
	cam := Camera{Zoom: 1.45, Focus: Pt{100, 172}}
	return []Scene{
		{Camera: cam, Floor: true, Figure: flat, Work: thoracic},
		{Camera: cam, Floor: true, Figure: cow, Work: thoracic, Arrows: []Arrow{{{110, 126}, {110, 142}}}},
		{Camera: cam, Floor: true, Figure: cat, Work: thoracic, Arrows: []Arrow{{{110, 128}, {110, 112}}}},
	}
}

func threadTheNeedle() []Scene {
	// From the figure's right side, a little in front, and above: on all
	// fours the back is seen along its length, and the arm comes out from
	// under the chest, along the mat, down and to the left of the
	// picture, clear of the right arm and of the resting head. Seen more
	// from the front, the right arm stood across the threaded one in a
	// knot round the head; seen square from the side, the arm would come
	// straight at the viewer, a post.
	cam := Camera{Yaw: 40, Pitch: 38}
	start := allFours(92)
	end := threaded(start)
	// The mat from behind the feet to beyond the head, and from the left
	// knee to beyond the threaded hand.
	b := end.Pose()
	floor := Mat{X0: start.At(LeftToe).X - 10, X1: start.At(Head).X + 18, Z0: -Hips - 18, Z1: b.At(LeftHand).Z + 14}
	cam = framedWith(cam, 220, []V{{floor.X0, matTop, floor.Z0}, {floor.X1, matTop, floor.Z0}, {floor.X0, matTop, floor.Z1}, {floor.X1, matTop, floor.Z1}}, start, end)
	from, to := start.At(LeftHand), end.At(LeftHand)
	// The arrow runs along the floor beside the threading arm, on the side
	// of the knees, from under the chest to the hand.
	d := to.Sub(from)
	d.Y = 0
	d = d.unit()
	aside := V{-d.Z, 0, d.X}.Mul(-16)
	across := Arrow3(cam, V{from.X, FloorLine, from.Z}.Add(d.Mul(30)).Add(aside), V{to.X, FloorLine, to.Z}.Add(aside))
	return []Scene{
		{Camera: cam, Behind: []Prop{floor}, Figure: start, Work: thoracic},
		{Camera: cam, Behind: []Prop{floor}, Figure: end, Work: thoracic, Arrows: []Arrow{across}},
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
	// The right hand stays where it was, the elbow bending straight back,
	// towards the knees: the forearm stands beside the head, clear of it
	// and of the threaded arm.
	f.RightArm = Reach(hand, Left)
	shoulder := f.At(LeftShoulder)
	// Across, under the chest, all but straight, along the floor.
	reach := UpperArm + Forearm - 1
	flat := math.Sqrt(reach*reach - math.Pow(FloorLine-2-shoulder.Y, 2))
	f.LeftArm = Reach(V{shoulder.X, FloorLine - 2, shoulder.Z + flat}, Up.Add(Left))
	return f
}
