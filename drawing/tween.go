package drawing

// Tween is the scene t of the way from pose a to pose b (0 ≤ t ≤ 1), for
// the break window to play the movement between keyframes. The body moves
// as a person's does: the pelvis glides, the spine bends and turns, a hand
// or foot placed on a point in both poses (on the floor, a chair, a door
// frame) goes straight from one point to the other, its elbow or knee
// bending the way it bends in both, and every other limb segment swings
// from one direction to the other; no bone changes its length. The camera
// moves with it. A keyframe whose body must move otherwise (over the
// roller, the elbow on the door frame) gives its Path to the next, which
// is taken when b is the keyframe that Path leads to. Any two keyframes of
// an exercise can be tweened, not only neighbours: cat-cow goes from flat
// to cat as well as to cow. Fixed
// props are the same in both poses, and held props are placed by the hand
// that holds them, so they follow it; the working area is a's until
// halfway, then b's; arrows belong to the poses, so a tween has none.
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
	s.Path = nil
	if a.Path != nil && a.Path(1) == b.Figure {
		s.Figure = a.Path(t)
	} else {
		s.Figure = tweenFigure(a.Figure, b.Figure, t)
	}
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

// tweenFigure moves figure a towards b.
func tweenFigure(a, b Figure, t float64) Figure {
	pa, pb := a.Pose(), b.Pose()
	limb := func(la, lb Limb, root, mid, end Joint) Limb {
		if la.reach && lb.reach {
			// The end goes straight from one point to the other; the
			// middle joint bends the way it bends in both poses.
			bend := func(p *Body) V {
				line := p.at[end].Sub(p.at[root]).unit()
				return p.at[mid].Sub(p.at[root]).across(line).unit()
			}
			return Reach(pa.at[end].lerp(pb.at[end], t), swing(bend(pa), bend(pb), t))
		}
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
		LeftArm:   limb(a.LeftArm, b.LeftArm, LeftShoulder, LeftElbow, LeftHand),
		RightArm:  limb(a.RightArm, b.RightArm, RightShoulder, RightElbow, RightHand),
		LeftLeg:   limb(a.LeftLeg, b.LeftLeg, LeftHip, LeftKnee, LeftAnkle),
		RightLeg:  limb(a.RightLeg, b.RightLeg, RightHip, RightKnee, RightAnkle),
		LeftFoot:  foot(LeftAnkle, LeftToe),
		RightFoot: foot(RightAnkle, RightToe),
	}
}
