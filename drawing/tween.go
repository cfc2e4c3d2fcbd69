package drawing

// Tween is the scene t of the way from pose a to pose b (0 ≤ t ≤ 1), for
// the break window to play the movement between keyframes. The body moves
// as a person's does: the pelvis glides, the spine bends and turns, and
// every limb segment swings from one direction to the other, keeping its
// length. The camera moves with it; props and the working area are a's
// until halfway, then b's; arrows belong to the poses, so a tween has none.
func Tween(a, b Scene, t float64) Scene {
	s := a
	if t >= 0.5 {
		s = b
	}
	s.Arrows = nil
	s.Camera = Camera{
		Yaw: lerp(a.Camera.Yaw, b.Camera.Yaw, t), Pitch: lerp(a.Camera.Pitch, b.Camera.Pitch, t),
		Zoom: lerp(a.Camera.pen().zoom, b.Camera.pen().zoom, t), Focus: a.Camera.pen().focus.lerp(b.Camera.pen().focus, t),
	}
	s.Figure = tweenFigure(a.Figure, b.Figure, t)
	return s
}

func lerp(a, b, t float64) float64 { return a + (b-a)*t }

// swing turns direction a towards b, t of the way (a normalized lerp).
func swing(a, b V, t float64) V {
	if d := a.lerp(b, t); d.len() > 1e-6 {
		return d.unit()
	}
	return a
}

// tweenFigure moves figure a towards b. Limbs are posed by their
// segments' directions, worked out from each pose, so that an arm placed
// on a point and one pointed along directions tween alike.
func tweenFigure(a, b Figure, t float64) Figure {
	pa, pb := a.Pose(), b.Pose()
	limb := func(root, mid, end Joint) Limb {
		up := swing(pa.at[mid].Sub(pa.at[root]).unit(), pb.at[mid].Sub(pb.at[root]).unit(), t)
		low := swing(pa.at[end].Sub(pa.at[mid]).unit(), pb.at[end].Sub(pb.at[mid]).unit(), t)
		return Point(up, low)
	}
	foot := func(ankle, toe Joint) V {
		return swing(pa.at[toe].Sub(pa.at[ankle]).unit(), pb.at[toe].Sub(pb.at[ankle]).unit(), t)
	}
	return Figure{
		Pelvis: a.Pelvis.lerp(b.Pelvis, t),
		Spine:  swing(a.Spine.unit(), b.Spine.unit(), t),
		Chest:  swing(pa.Chest, pb.Chest, t),
		Curve:  lerp(a.Curve, b.Curve, t), Upper: lerp(a.Upper, b.Upper, t),
		Lean: lerp(a.Lean, b.Lean, t), Twist: lerp(a.Twist, b.Twist, t),
		Neck: swing(pa.neck, pb.neck, t), Face: swing(pa.face, pb.face, t),
		LeftArm:   limb(LeftShoulder, LeftElbow, LeftHand),
		RightArm:  limb(RightShoulder, RightElbow, RightHand),
		LeftLeg:   limb(LeftHip, LeftKnee, LeftAnkle),
		RightLeg:  limb(RightHip, RightKnee, RightAnkle),
		LeftFoot:  foot(LeftAnkle, LeftToe),
		RightFoot: foot(RightAnkle, RightToe),
	}
}
