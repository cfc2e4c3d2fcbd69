package drawing

import "math"

// Stretches, standing, both by a door frame: the chest leaning forward
// through a doorway, and the side leaning away from the frame held
// overhead.

// door is the doorway of the chest stretch: the figure walks through it
// along X.
var door = Doorway{X: 120, Z0: -42, Z1: 46, Top: FloorLine - 200, Wall: 16}

// doorFloor is the floor either side of the doorway.
var doorFloor = Mat{X0: 44, X1: 196, Z0: door.Z0 - jamb - door.Wall, Z1: door.Z1 + jamb + door.Wall}

// The left forearm rests flat up the frame, against the inner face of the
// left jamb, near the side the figure comes from: the elbow at shoulder
// height, the hand a forearm's length above it.
var (
	frameElbow = V{door.X - wall/2 + 4, FloorLine - Thigh - Shin - Torso + 13, door.Z0 + LimbWidth/2}
	frameHand  = frameElbow.Add(Up.Mul(Forearm))
)

// doorwayStart is where the hips are at the start, which the feet are
// placed from.
var doorwayStart = doorway0(0)

// doorway is the figure standing in the doorway, its left forearm up the
// frame, the elbow bent square and the upper arm level. lean (0 to 1)
// takes the chest forward through the doorway: the forearm stays on the
// frame, so the upper arm swings back from straight out to the side, the
// body tips forward a little, and the hips stay about where they were.
// The feet stay put, the right one a short step ahead.
func doorway(lean float64) Figure {
	f := doorway0(lean)
	p := doorwayStart.Pelvis
	f.LeftLeg = Reach(V{p.X - 16, FloorLine, p.Z - Hips}, Right)
	f.RightLeg = Reach(V{p.X + 22, FloorLine, p.Z + Hips}, Right)
	return f
}

func doorway0(lean float64) Figure {
	swing := (-8 + 62*lean) * math.Pi / 180 // the upper arm, from just forward of straight out to the side to well back
	tilt := 30 * lean                       // the body, forward from upright, in degrees
	f := standing(0)
	f.Spine = Dir(180 - tilt)
	f.Chest = Dir(90 - tilt)
	f.Neck = Dir(180 - tilt*0.6)
	right := f.Spine.unit().cross(f.Chest.unit())
	shoulder := frameElbow.Add(V{math.Sin(swing), 0, math.Cos(swing)}.Mul(UpperArm))
	f.Pelvis = shoulder.Add(right.Mul(Shoulders)).Sub(f.Spine.unit().Mul(Torso))
	// The hand is up the frame; the elbow bends to meet it on the frame.
	line := frameHand.Sub(shoulder).unit()
	f.LeftArm = Reach(frameHand, frameElbow.Sub(shoulder).across(line))
	f.RightArm = Point(Dir(6-tilt), Dir(14-tilt))
	return f
}

func doorwayChest() []Scene {
	// Seen from in front of the doorway, a little to the right and from
	// above: the doorway stands whole in its wall, the chest with its
	// working area faces the viewer, and the lean goes through the
	// opening towards the viewer, across the line of the wall. Seen from
	// the side, the near jamb would hide the chest as it goes through; seen
	// from behind, the chest is out of sight.
	cam := Camera{Yaw: 78, Pitch: 40}
	start, lean := doorway(0), doorway(1)
	var corners []V
	for _, x := range []float64{doorFloor.X0, doorFloor.X1} {
		for _, z := range []float64{doorFloor.Z0, doorFloor.Z1} {
			corners = append(corners, V{x, matTop, z})
		}
	}
	corners = append(corners, V{door.X, door.Top - jamb, door.Z0 - jamb - door.Wall}, V{door.X, door.Top - jamb, door.Z1 + jamb + door.Wall})
	cam = framedWith(cam, 214, corners, start, lean)
	// The arrow goes the way the chest goes, through the doorway towards
	// the viewer, beside the body on its free side.
	aside := V{0, 0, Shoulders + 26}
	arrow := Arrow3(cam, start.At(Chest).Add(aside), lean.At(Chest).Add(aside).Add(V{16, 4, 0}))
	return []Scene{
		{Camera: cam, Behind: []Prop{doorFloor}, Among: []Prop{door}, Figure: start, Work: leftChest, Path: doorway},
		{Camera: cam, Behind: []Prop{doorFloor}, Among: []Prop{door}, Figure: lean, Work: leftChest,
			Arrows: []Arrow{arrow}},
	}
}

// latDoor is the door frame of the lat stretch, seen from the front, in
// the wall behind the figure; the figure holds its left jamb overhead.
var latDoor = Doorway{X: 96, Z0: -34, Z1: 52, Top: FloorLine - 198}

// grip is where the left hand holds the frame: high, the arm extended
// overhead, on the edge of the left jamb.
var grip = V{latDoor.X + wall/2, 30, latDoor.Z0 + 2}

// byFrame is the figure standing in the doorway, seen from the front, its
// left hand holding the frame overhead. shift moves the hips away from
// the frame, towards the figure's right, and bend curves the spine away
// from it.
func byFrame(shift, bend float64) Figure {
	f := standing(120)
	f.Pelvis.Z = shift
	f.Pelvis.Y += shift * 0.6 // the hips drop a little as they go out
	f.Spine = Up.Add(V{0, 0, -shift * 0.012})
	f.Lean = -bend
	f.Neck = Up.Add(V{0, 0, shift * 0.01}) // upright, clear of the raised arm
	f.LeftLeg = Reach(V{120, FloorLine, -Hips - 2}, Right)
	f.RightLeg = Reach(V{120, FloorLine, Hips + 8}, Right)
	f.LeftFoot, f.RightFoot = Right, Right
	f.LeftArm = Reach(grip, Left.Add(Away))
	// The free hand rests on the hip, the elbow out to the side.
	b := f.Pose()
	f.RightArm = Reach(b.On(0.2, 3, Hips+6), V{-0.3, -0.2, 1})
	return f
}

func latStretch() []Scene {
	cam := Camera{Yaw: 90}
	start, lean := byFrame(0, 0), byFrame(16, 16)
	// The arrow goes from the middle of the hips out the way they pushed,
	// below the free elbow.
	from, to := cam.At(start.At(Pelvis)), cam.At(lean.At(RightHip))
	y := to.Y + 8
	return []Scene{
		{Camera: cam, Floor: true, Behind: []Prop{latDoor}, Figure: start, Work: leftSide},
		{Camera: cam, Floor: true, Behind: []Prop{latDoor}, Figure: lean, Work: leftSide,
			Arrows: []Arrow{{{from.X - 4, y}, {to.X - 30, y}}}},
	}
}
