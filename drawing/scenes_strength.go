package drawing

// Strength, standing: rows and face pulls squeeze the shoulder blades
// together.

// bentOver is the figure standing hinged forward at the hips, back flat
// and knees soft, facing Right, with its arms as given.
func bentOver(left, right Limb) Figure {
	f := Figure{
		Pelvis: V{92, FloorLine - Thigh - Shin + 9, 0}, Spine: Dir(114), Chest: Dir(24),
		Neck: Dir(112), Face: Dir(40), LeftFoot: Right, RightFoot: Right,
	}
	// The feet hip-width apart, a little ahead of the hips pushed back,
	// the knees a little bent.
	f.LeftLeg = Reach(V{f.Pelvis.X + 14, FloorLine, -Hips - 2}, Right)
	f.RightLeg = Reach(V{f.Pelvis.X + 14, FloorLine, Hips + 2}, Right)
	f.LeftArm, f.RightArm = left, right
	return f
}

// A dumbbell in each hand, its bar pointing the way the figure faces (a
// neutral grip).
var dumbbells = []Prop{Dumbbell{Hand: LeftHand, Along: Right}, Dumbbell{Hand: RightHand, Along: Right}}

func rows() []Scene {
	// The arms hang straight down from the shoulders, then the elbows
	// drive up and back and the dumbbells come up by the lower ribs.
	hang := bentOver(Straight(Down), Straight(Down))
	b := hang.Pose()
	pull := hang
	pull.LeftArm = Reach(b.On(0.5, -2, -Shoulders-6), V{-1, -1, -0.3})
	pull.RightArm = Reach(b.On(0.5, -2, Shoulders+6), V{-1, -1, 0.3})
	cam := framed(Camera{Yaw: -20, Pitch: 12}, 200, hang, pull)
	// The arrow goes up beside the dumbbells, from where they hung to
	// where they come.
	top := cam.At(pull.At(RightHand))
	low := cam.At(hang.At(RightHand))
	x := max(top.X, low.X) + dumbbellHalf + 10
	return []Scene{
		{Camera: cam, Floor: true, Figure: hang, Work: betweenBlades, Among: dumbbells},
		{Camera: cam, Floor: true, Figure: pull, Work: betweenBlades, Among: dumbbells,
			Arrows: []Arrow{{{x, low.Y}, {x, top.Y}}}},
	}
}

// The wall the band is fixed to, at face height, in front of the figure.
var (
	bandAnchor = V{222, 52, 0}
	bandWall   = Wall{X: 222, Z0: -26, Z1: 26, Top: 24, Anchor: bandAnchor}
	band       = Band{Anchor: bandAnchor, Hands: []Joint{LeftHand, RightHand}}
	// The floor from behind the figure's heels to the wall.
	bandFloor = Mat{X0: 52, X1: bandWall.X, Z0: -36, Z1: 36}
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
		// The arms straight out in front at shoulder width, the hands a
		// little higher than the shoulders, holding the band taut.
		*s.arm = Reach(V{reach.At(Chest).X + 52, 64, s.side * 22}, Down)
	}
	head := out.At(Head)
	for _, s := range []struct {
		arm  *Limb
		side float64
	}{{&out.LeftArm, -1}, {&out.RightArm, 1}} {
		// The hands come back to either side of the face, a little in
		// front of it, the elbows high and wide.
		*s.arm = Reach(V{head.X + 24, head.Y + 8, s.side * 28}, V{0, -0.15, s.side})
	}
	// Seen from in front, to the right and a little above: the elbows
	// spread high and wide either side of the face, the band runs from the
	// hands to the wall, and neither arms nor band cross the head, as they
	// do seen from the side or from behind.
	cam := Camera{Yaw: 45, Pitch: 20}
	var corners []V // of the wall and the floor, which the picture shows whole
	for _, x := range []float64{bandFloor.X0, bandWall.X + wall} {
		for _, z := range []float64{bandFloor.Z0, bandFloor.Z1} {
			corners = append(corners, V{x, matTop, z}, V{x, bandWall.Top, z * bandWall.Z1 / bandFloor.Z1})
		}
	}
	cam = framedWith(cam, 220, corners, reach, out)
	// The arrow runs above the band, from where the hands were towards the
	// face.
	h := out.At(Head)
	from, to := V{reach.At(RightHand).X, h.Y - HeadRadius - 10, 0}, V{h.X + HeadRadius + 8, h.Y - HeadRadius - 10, 0}
	return []Scene{
		{Camera: cam, Behind: []Prop{bandFloor, bandWall}, Among: []Prop{band}, Figure: reach, Work: betweenBlades},
		{Camera: cam, Behind: []Prop{bandFloor, bandWall}, Among: []Prop{band}, Figure: out, Work: betweenBlades,
			Arrows: []Arrow{Arrow3(cam, from, to)}},
	}
}
