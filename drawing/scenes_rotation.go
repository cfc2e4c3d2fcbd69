package drawing

// Seated thoracic rotation, seen from in front and above: the hips and
// knees face the viewer throughout, and the chest turns, the elbows wide
// with the hands behind the head, so the line of the elbows shows the
// turn. The head goes with the chest but turns less.

// seatedHeight is the pelvis's height as the figure sits towards the front
// of the chair, thighs level, shins upright.
const seatedHeight = FloorLine - Shin - 6

// seat is the chair of the seated rotation.
var seat = Chair{Seat: V{100, seatedHeight + 6, 0}, Facing: Right, Back: true}

// seated is the figure sitting tall on the chair, facing Right, its hands
// behind its head, the chest turned twist degrees towards its left.
func seated(twist float64) Figure {
	f := Figure{
		Pelvis: V{110, seatedHeight, 0}, Spine: Up, Chest: Right, Twist: twist,
		LeftFoot: Right, RightFoot: Right,
	}
	f.LeftLeg = Reach(V{f.Pelvis.X + Thigh, FloorLine, -Hips - 3}, Up)
	f.RightLeg = Reach(V{f.Pelvis.X + Thigh, FloorLine, Hips + 3}, Up)
	b := f.Pose()
	_, front, right := b.frame(1)
	// The face turns with the chest, but less.
	f.Face = Right.rotate(Up, -twist*0.7)
	head := b.At(Head)
	f.LeftArm = Reach(head.Sub(front.Mul(HeadRadius*0.8)).Sub(right.Mul(5)), right.Mul(-1).Add(front.Mul(0.3)))
	f.RightArm = Reach(head.Sub(front.Mul(HeadRadius*0.8)).Add(right.Mul(5)), right.Add(front.Mul(0.3)))
	return f
}

func seatedRotation() []Scene {
	cam := Camera{Yaw: 150, Pitch: 30}
	square, turned := seated(0), seated(55)
	cam = framed(cam, 190, square, turned)
	// The arrow sweeps round above the head, the way the chest turns: from
	// the side towards the viewer.
	top := cam.At(turned.At(Head))
	arc := Arc(Pt{top.X + 4, top.Y - HeadRadius - 22}, 34, 11, 200, 45)
	return []Scene{
		{Camera: cam, Behind: []Prop{seat}, Figure: square, Work: thoracic},
		{Camera: cam, Behind: []Prop{seat}, Figure: turned, Work: thoracic,
			Arrows: []Arrow{arc}},
	}
}
