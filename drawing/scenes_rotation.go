package drawing

// Seated thoracic rotation, seen from behind and above: the figure sits
// square on a chair, hands behind the head and elbows wide, then turns
// its chest to one side, back, and to the other by as much. From behind,
// the back with its working area faces the viewer, the hips stay square
// on the seat, and the line of the elbows swings round with the chest.
// The head goes with the chest but turns less.

// seatedHeight is the pelvis's height as the figure sits towards the front
// of the chair, thighs level, shins upright.
const seatedHeight = FloorLine - Shin - 6

// seat is the chair of the seated rotation. It has no back rest, which
// would hide the figure's back from behind.
var seat = Chair{Seat: V{100, seatedHeight + 6, 0}, Facing: Right}

// seated is the figure sitting tall on the chair, facing Right, its hands
// behind its head, the chest turned twist degrees towards its left.
func seated(twist float64) Figure {
	f := Figure{
		Pelvis: V{110, seatedHeight, 0}, Spine: Up, Chest: Right, Twist: twist,
		LeftFoot: Right, RightFoot: Right,
	}
	f.LeftLeg = Reach(V{f.Pelvis.X + Thigh - 4, FloorLine, -Hips - 4}, Up)
	f.RightLeg = Reach(V{f.Pelvis.X + Thigh - 4, FloorLine, Hips + 4}, Up)
	b := f.Pose()
	_, front, right := b.frame(1)
	// The face turns with the chest, but less. The elbows are wide and a
	// little back and down, so that they stay beside the head as the
	// chest turns.
	const back, down = 0.3, 0.35
	f.Face = Right.rotate(Up, -twist*0.7)
	head := b.At(Head)
	f.LeftArm = Reach(head.Sub(front.Mul(HeadRadius*0.8)).Sub(right.Mul(5)), right.Mul(-1).Sub(front.Mul(back)).Add(Down.Mul(down)))
	f.RightArm = Reach(head.Sub(front.Mul(HeadRadius*0.8)).Add(right.Mul(5)), right.Sub(front.Mul(back)).Add(Down.Mul(down)))
	return f
}

// turn is how far the chest turns to either side, in degrees.
const turn = 50

func seatedRotation() []Scene {
	// Seen square from behind, the chest never turns side on to the
	// viewer, where the elbows would stand in a line behind the head.
	cam := Camera{Yaw: -90, Pitch: 30}
	square, left, right := seated(0), seated(turn), seated(-turn)
	// Framed with the chair's feet, and room above the head for the arrow.
	feet := []V{{seat.Seat.X, FloorLine + 2, -chairHalf}, {seat.Seat.X, FloorLine + 2, chairHalf}}
	cam = framedWith(cam, 176, feet, square, left, right)
	cam.Focus.Y -= 10
	// The arrow sweeps round above the head, the way the chest turned.
	top := cam.At(square.At(Head))
	arc := func(a0, a1 float64) Arrow { return Arc(Pt{top.X, top.Y - HeadRadius - 12}, 30, 9, a0, a1) }
	return []Scene{
		{Camera: cam, Behind: []Prop{seat}, Figure: square, Work: thoracic},
		{Camera: cam, Behind: []Prop{seat}, Figure: left, Work: thoracic, Arrows: []Arrow{arc(150, 30)}},
		{Camera: cam, Behind: []Prop{seat}, Figure: right, Work: thoracic, Arrows: []Arrow{arc(30, 150)}},
	}
}
