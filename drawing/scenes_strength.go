package drawing

// Strength, standing: rows and face pulls squeeze the shoulder blades
// together. Both are seen from the side, where the pull shows.

// The chair the free hand rests on in a row, in front of the figure, its
// front towards it.
var rowChair = Chair{Seat: V{54, 166, -Shoulders}, Facing: Right, Back: true}

// bentOver is the figure hinged at the hips over the chair, back flat,
// facing Left so that its left side is nearest: the right hand rests on
// the seat, the left arm holds the dumbbell.
func bentOver(left Limb) Figure {
	f := Figure{
		Pelvis: V{150, 131, 0}, Spine: Dir(-102), Chest: Dir(-12),
		Neck: Dir(-100), Face: Dir(-45), LeftFoot: Left, RightFoot: Left,
	}
	// Facing Left, the figure's left side is nearest the viewer (+Z).
	f.LeftLeg = Reach(V{176, FloorLine, Hips}, Left)
	f.RightLeg = Reach(V{136, FloorLine, -Hips}, Left)
	f.RightArm = Reach(V{rowChair.Seat.X + 10, rowChair.Seat.Y - 5, -Shoulders}, Right)
	f.LeftArm = left
	return f
}

// dumbbell is held in the left hand, its bar pointing the way the figure
// faces (a neutral grip).
var dumbbell = Dumbbell{Hand: LeftHand, Along: Left}

func rows() []Scene {
	// The dumbbell hangs straight down, then comes up to the lower ribs
	// with the elbow driven back and up.
	hang := bentOver(Straight(Down))
	hand := hang.At(LeftHand)
	pull := bentOver(Reach(V{hand.X + 22, hang.Pelvis.Y + 8, Shoulders}, Up.Add(Right)))
	top := pull.At(LeftHand)
	return []Scene{
		{Floor: true, Behind: []Prop{rowChair}, Figure: hang, Work: betweenBlades, Before: []Prop{dumbbell}},
		{Floor: true, Behind: []Prop{rowChair}, Figure: pull, Work: betweenBlades, Before: []Prop{dumbbell},
			Arrows: []Arrow{{{top.X, hand.Y + 4}, {top.X, top.Y + 14}}}},
	}
}

// The wall the band is fixed to, at face height, in front of the figure.
var (
	bandAnchor = V{222, 52, 0}
	bandWall   = Wall{X: 222, Z0: -26, Z1: 26, Top: 14, Anchor: bandAnchor}
	band       = Band{Anchor: bandAnchor, Hands: []Joint{LeftHand, RightHand}}
)

func facePulls() []Scene {
	reach := standing(80)
	reach.Pelvis.Y += 2                                       // knees soft, for the stride
	reach.LeftLeg = Reach(V{68, FloorLine, -Hips - 4}, Right) // a short stride, feet hip-width apart
	reach.RightLeg = Reach(V{92, FloorLine, Hips + 4}, Right)
	out := reach
	for _, s := range []struct {
		arm  *Limb
		side float64
	}{{&reach.LeftArm, -1}, {&reach.RightArm, 1}} {
		*s.arm = Reach(V{reach.At(Chest).X + 53, 58, s.side * 8}, Down)
	}
	head := out.At(Head)
	for _, s := range []struct {
		arm  *Limb
		side float64
	}{{&out.LeftArm, -1}, {&out.RightArm, 1}} {
		// The hands come back level with the eyes, beside the face, the
		// elbows high, out to the side and drawn back.
		*s.arm = Reach(V{head.X + 10, head.Y + 1, s.side * (HeadRadius + 6)}, V{-0.35, -0.15, s.side})
	}
	// Seen from behind and to the right: the band runs from the hands to
	// the anchor, and the elbows spread wide as they pull.
	cam := Camera{Yaw: -55}
	// The arrow runs above the band, from where the hands were towards the
	// face.
	h := out.At(Head)
	from, to := V{reach.At(RightHand).X + 6, h.Y - HeadRadius - 8, 0}, V{h.X + HeadRadius + 6, h.Y - HeadRadius - 8, 0}
	return []Scene{
		{Camera: cam, Floor: true, Behind: []Prop{bandWall}, Among: []Prop{band}, Figure: reach, Work: betweenBlades},
		{Camera: cam, Floor: true, Behind: []Prop{bandWall}, Among: []Prop{band}, Figure: out, Work: betweenBlades,
			Arrows: []Arrow{Arrow3(cam, from, to)}},
	}
}
