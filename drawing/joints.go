package drawing

// Joint names a point of the posed figure, for props and arrows that must
// meet the body.
type Joint int

const (
	Pelvis Joint = iota
	Chest        // the middle of the shoulders, top of the spine
	Head
	LeftShoulder
	RightShoulder
	LeftElbow
	RightElbow
	LeftHand
	RightHand
	LeftHip
	RightHip
	LeftKnee
	RightKnee
	LeftAnkle
	RightAnkle
	LeftToe
	RightToe
	joints
)

// Body is a posed figure worked out: every joint in space, and the frame
// of the spine.
type Body struct {
	Figure
	at [joints]V
	// c1 and c2 are the control points of the spine, a cubic curve.
	c1, c2 V
	neck   V
	face   V
}

// frame is the spine's own axes at t (0 pelvis, 1 shoulders): along it
// towards the shoulders, its front and its right. The twist comes in
// gradually from the pelvis up.
func (b *Body) frame(t float64) (along, front, right V) {
	p0, p1, p2, p3 := b.at[Pelvis], b.c1, b.c2, b.at[Chest]
	u := 1 - t
	along = p1.Sub(p0).Mul(3 * u * u).Add(p2.Sub(p1).Mul(6 * u * t)).Add(p3.Sub(p2).Mul(3 * t * t)).unit()
	front = b.Chest.unit().rotate(b.Spine.unit(), -b.Twist*t).across(along).unit()
	right = along.cross(front)
	return along, front, right
}

// spine is the point t along the spine (0 pelvis, 1 shoulders).
func (b *Body) spine(t float64) V {
	u := 1 - t
	return b.at[Pelvis].Mul(u * u * u).Add(b.c1.Mul(3 * u * u * t)).Add(b.c2.Mul(3 * u * t * t)).Add(b.at[Chest].Mul(t * t * t))
}

// On is a point on the body: t along the spine (0 pelvis, 1 shoulders),
// then front units towards the front of the body and right units towards
// its right side.
func (b *Body) On(t, front, right float64) V {
	_, f, r := b.frame(t)
	return b.spine(t).Add(f.Mul(front)).Add(r.Mul(right))
}

// Pose works out where every joint of the figure is.
func (f Figure) Pose() *Body {
	b := &Body{Figure: f}
	up := f.Spine.unit()
	chest := f.Chest.across(up).unit()
	f.Chest = chest
	b.Figure.Chest = chest
	side := up.cross(chest) // the figure's right
	b.at[Pelvis] = f.Pelvis
	b.at[Chest] = f.Pelvis.Add(up.Mul(Torso))
	// Control points a third and two thirds of the way, moved by 4/3 of
	// the bend, put the middle of the curve the bend away from the chord.
	bend := side.Mul(f.Lean).Sub(chest.Mul(f.Curve)).Mul(4.0 / 3)
	b.c1 = f.Pelvis.lerp(b.at[Chest], 1.0/3).Add(bend)
	b.c2 = f.Pelvis.lerp(b.at[Chest], 2.0/3).Add(bend).Sub(chest.Mul(f.Upper * 4 / 3))
	top, front, right := b.frame(1)
	b.at[LeftShoulder] = b.at[Chest].Sub(right.Mul(Shoulders))
	b.at[RightShoulder] = b.at[Chest].Add(right.Mul(Shoulders))
	_, _, hipRight := b.frame(0)
	b.at[LeftHip] = f.Pelvis.Sub(hipRight.Mul(Hips))
	b.at[RightHip] = f.Pelvis.Add(hipRight.Mul(Hips))

	b.neck = f.Neck.unit()
	if f.Neck == Nowhere {
		b.neck = top
	}
	b.at[Head] = b.at[Chest].Add(b.neck.Mul(Neck + HeadRadius))
	b.face = f.Face.unit()
	if f.Face == Nowhere {
		b.face = front
	}
	b.face = b.face.across(b.neck).unit()

	b.at[LeftElbow], b.at[LeftHand] = f.LeftArm.pose(b.at[LeftShoulder], UpperArm, Forearm)
	b.at[RightElbow], b.at[RightHand] = f.RightArm.pose(b.at[RightShoulder], UpperArm, Forearm)
	b.at[LeftKnee], b.at[LeftAnkle] = f.LeftLeg.pose(b.at[LeftHip], Thigh, Shin)
	b.at[RightKnee], b.at[RightAnkle] = f.RightLeg.pose(b.at[RightHip], Thigh, Shin)
	b.at[LeftToe] = b.at[LeftAnkle].Add(b.foot(f.LeftFoot, b.at[LeftKnee], b.at[LeftAnkle]).Mul(Foot))
	b.at[RightToe] = b.at[RightAnkle].Add(b.foot(f.RightFoot, b.at[RightKnee], b.at[RightAnkle]).Mul(Foot))
	return b
}

// foot is the direction of a foot: as asked, or, on the floor, flat on
// it and pointing the way the hips face, or else square to the shin.
func (b *Body) foot(asked, knee, ankle V) V {
	if asked != Nowhere {
		return asked.unit()
	}
	shin := ankle.Sub(knee).unit()
	_, front, _ := b.frame(0)
	if level := (V{front.X, 0, front.Z}); ankle.Y > FloorLine-1 && level.len() > 0.2 {
		return level.unit()
	}
	if d := front.across(shin); d.len() > 0.2 {
		return d.unit()
	}
	return shin
}

// At is where a joint of the posed figure is, in space.
func (b *Body) At(j Joint) V { return b.at[j] }

// At is where a joint of the figure is, in space.
func (f Figure) At(j Joint) V { return f.Pose().at[j] }

// Miss reports how far a limb's end is from where it was asked to go: 0
// when the limb could reach it.
func (b *Body) Miss(end Joint) float64 {
	var l Limb
	switch end {
	case LeftHand:
		l = b.LeftArm
	case RightHand:
		l = b.RightArm
	case LeftAnkle:
		l = b.LeftLeg
	case RightAnkle:
		l = b.RightLeg
	}
	if !l.reach {
		return 0
	}
	return b.at[end].Sub(l.to).len()
}
