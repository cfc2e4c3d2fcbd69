package drawing

// Keyframes holds every exercise's pictures, by exercise id, in the order
// the movement goes. One-sided exercises are drawn on the figure's left
// side; the app mirrors them for the right.
var Keyframes = map[string][]Scene{
	"seated-rotation": seatedRotation(),
	"doorway-chest":   doorwayChest(),
	"lat-stretch":     latStretch(),
}

// seated is the front view of the figure sitting square on a chair.
func seated() Figure {
	return Figure{
		View: Front, Hip: Pt{120, 160}, Torso: 180, Neck: 180,
		NearLeg:  Limb{Upper: 20, Lower: 2, Short: 0.3},
		FarLeg:   Limb{Upper: -20, Lower: -2, Short: 0.3},
		NearFoot: 70, FarFoot: -70,
	}
}

func seatedRotation() []Scene {
	chair := Chair{View: Front, Seat: Pt{120, 166}}
	square := seated()
	square.NearArmTo(Pt{104, 104}, 1)
	square.FarArmTo(Pt{136, 104}, -1)
	turned := square
	turned.Turn = 0.6
	turned.Face = 0.8
	turned.Neck = 176
	turned.NearArmTo(Pt{120, 108}, 1)
	turned.FarArmTo(Pt{146, 104}, -1)
	spine := []Highlight{{From: 0.35, To: 0.95}}
	return []Scene{
		{Floor: true, Behind: []Prop{chair}, Figure: square, Work: spine},
		{Floor: true, Behind: []Prop{chair}, Figure: turned, Work: spine,
			Arrows: []Arrow{{{78, 50}, {118, 24}, {160, 44}}}},
	}
}

// standing is the side view of the figure standing tall, facing right.
func standing() Figure {
	return Figure{
		View: Side, Hip: Pt{112, 128}, Torso: 180, Neck: 180,
		NearArm: Limb{Upper: 5, Lower: 10}, FarArm: Limb{Upper: -5, Lower: 5},
	}
}

func doorwayChest() []Scene {
	door := Wall{X: 132, Width: 18}
	elbow := Pt{126, 62}
	upright := standing()
	upright.Hip = Pt{100, 128}
	upright.NearElbowAt(elbow, 180)
	upright.NearLeg = Limb{Upper: 10, Lower: 2}
	upright.FarLeg = Limb{Upper: -8, Lower: -4}
	lean := upright
	lean.Hip = Pt{118, 128}
	lean.Torso = 164
	lean.Neck = 160
	lean.NearElbowAt(elbow, 180)
	lean.NearLeg = Limb{Upper: 24, Lower: 6}
	lean.FarLeg = Limb{Upper: -18, Lower: -12}
	chest := []Highlight{{From: 0.62, To: 0.95, Offset: 9}}
	return []Scene{
		{Floor: true, Behind: []Prop{door}, Figure: upright, Work: chest},
		{Floor: true, Behind: []Prop{door}, Figure: lean, Work: chest,
			Arrows: []Arrow{{{160, 76}, {176, 80}, {190, 92}}}},
	}
}

func latStretch() []Scene {
	const k = 0.82
	post := Post{X: 70, Top: 14}
	grip := Pt{77, 36}
	tall := Figure{
		View: Front, Size: k, Hip: Pt{108, FloorLine - (Thigh+Shin)*k}, Torso: 180, Neck: 180,
		NearLeg: Limb{Upper: 4}, FarLeg: Limb{Upper: -4},
		NearFoot: 75, FarFoot: -75,
		NearArm: Limb{Upper: 12, Lower: 8},
	}
	tall.FarArmTo(grip, 1)
	lean := tall
	lean.Hip = Pt{134, tall.Hip.Y + 2}
	lean.Torso = 196
	lean.Curve = -12
	lean.Neck = 196
	lean.NearLegTo(Pt{146, FloorLine}, 1)
	lean.FarLegTo(Pt{118, FloorLine}, -1)
	lean.NearArm = Limb{Upper: 8, Lower: 4}
	lean.FarArmTo(grip, -1)
	side := []Highlight{{From: 0.25, To: 0.95, Offset: -9}}
	return []Scene{
		{Floor: true, Behind: []Prop{post}, Figure: tall, Work: side},
		{Floor: true, Behind: []Prop{post}, Figure: lean, Work: side,
			Arrows: []Arrow{{{166, 126}, {182, 128}, {200, 124}}}},
	}
}
