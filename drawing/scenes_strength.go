package drawing

// Strength, standing: rows and face pulls squeeze the shoulder blades
// together.

// The chair the free hand rests on in a row, in front of the figure.
var rowChair = Chair{Seat: Pt{58, 160}}

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
	f.RightArm = Reach(V{rowChair.Seat.X + 10, rowChair.Seat.Y - 6, -Shoulders}, Right)
	f.LeftArm = left
	return f
}

func rows() []Scene {
	// Seen from the side: the dumbbell hangs straight down, then comes up
	// to the lower ribs with the elbow driven back and up.
	hang := bentOver(Straight(Down))
	hand := hang.At(LeftHand)
	pull := bentOver(Reach(V{hand.X + 22, hang.Pelvis.Y + 8, Shoulders}, Up.Add(Right)))
	top := pull.At(LeftHand)
	return []Scene{
		{Floor: true, Behind: []Prop{rowChair}, Figure: hang, Work: betweenBlades,
			Before: []Prop{Dumbbell{At: Pt{hand.X, hand.Y}, Angle: 90}}},
		{Floor: true, Behind: []Prop{rowChair}, Figure: pull, Work: betweenBlades,
			Before: []Prop{Dumbbell{At: Pt{top.X, top.Y}, Angle: 90}},
			Arrows: []Arrow{{{top.X - 20, hand.Y + 6}, {top.X - 20, top.Y + 16}}}},
	}
}

func facePulls() []Scene {
	reach := standing(92)
	reach.Pelvis.Y += 2                                       // knees soft, for the stride
	reach.LeftLeg = Reach(V{80, FloorLine, -Hips - 8}, Right) // a short stride, feet hip-width apart
	reach.RightLeg = Reach(V{104, FloorLine, Hips + 8}, Right)
	out := reach
	for _, s := range []struct {
		arm  *Limb
		side float64
	}{{&reach.LeftArm, -1}, {&reach.RightArm, 1}} {
		*s.arm = Reach(V{reach.At(Chest).X + 54, 58, s.side * 12}, Down)
	}
	head := out.At(Head)
	for _, s := range []struct {
		arm  *Limb
		side float64
	}{{&out.LeftArm, -1}, {&out.RightArm, 1}} {
		// The hands come level with the eyes, in front of the face and
		// wide of it, the elbows high and out to the side.
		*s.arm = Reach(V{head.X + 16, head.Y + 2, s.side * (HeadRadius + 14)}, V{-0.4, -0.1, s.side})
	}
	// Seen from the front-right three-quarter, so the elbows show how wide
	// they go; the band runs from the post to both hands.
	cam := Camera{Yaw: 58}
	anchor := cam.At(V{196, 52, 0})
	post := Post{X: anchor.X + 6, Top: 14}
	scene := func(f Figure) Scene {
		l, r := cam.At(f.At(LeftHand)), cam.At(f.At(RightHand))
		return Scene{Camera: cam, Floor: true, Behind: []Prop{post, Band{anchor, l}}, Before: []Prop{Band{anchor, r}}, Figure: f, Work: betweenBlades}
	}
	return []Scene{scene(reach), scene(out)}
}
