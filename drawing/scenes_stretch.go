package drawing

import "math"

// Stretches, standing, both by a door frame: the chest leaning forward
// through a doorway, and the side leaning away from the frame held
// overhead.

// door is the doorway of the chest stretch: the figure walks through it
// along X.
var door = Doorway{X: 120, Z0: -42, Z1: 58, Top: FloorLine - 200}

// The left forearm rests flat up the frame, against the face of the left
// jamb on the side the figure stands: the elbow at shoulder height, the
// hand a forearm's length above it.
var (
	frameElbow = V{door.X - wall/2 - LimbWidth/2, FloorLine - Thigh - Shin - Torso + 13, door.Z0 - jamb/2}
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
	swing := (-8 + 58*lean) * math.Pi / 180 // the upper arm, from just forward of straight out to the side to well back
	tilt := 22 * lean                       // the body, forward from upright, in degrees
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
	cam := Camera{Yaw: -40, Zoom: 0.94, Focus: Pt{120, 122}}
	start, lean := doorway(0), doorway(1)
	c := lean.At(Chest)
	return []Scene{
		{Camera: cam, Floor: true, Among: []Prop{door}, Figure: start, Work: leftChest, Path: doorway},
		{Camera: cam, Floor: true, Among: []Prop{door}, Figure: lean, Work: leftChest,
			Arrows: []Arrow{Arrow3(cam, c.Add(V{14, 4, 10}), c.Add(V{40, 4, 10}))}},
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
