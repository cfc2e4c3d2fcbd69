package drawing

import "math"

// Stretches, standing: the chest in a doorway, the side by a post.

// doorway is the figure standing in a doorway with its left forearm up
// the frame, the elbow at shoulder height and bent square. lean tips the
// body forward, through the doorway; the forearm stays on the frame, so
// the shoulder, an upper arm's length from the elbow, swings forward of
// it, and the body follows the shoulder.
func doorway(lean float64) Figure {
	f := standing(112)
	f.Spine = Dir(180 - lean*1.3)
	f.Chest = Dir(90 - lean*1.3)
	right := f.Spine.unit().cross(f.Chest.unit()) // the figure's right
	// The upper arm points from the elbow, level, forward and in towards
	// the body: further forward the deeper the lean.
	swing := (25 + lean*2.5) * math.Pi / 180
	shoulder := frameElbow.Add(V{math.Sin(swing), 0, math.Cos(swing)}.Mul(UpperArm))
	f.Pelvis = shoulder.Add(right.Mul(Shoulders)).Sub(f.Spine.unit().Mul(Torso))
	f.Neck = Dir(180 - lean)
	f.LeftLeg = Reach(V{f.Pelvis.X - 6, FloorLine, f.Pelvis.Z - Hips}, Right)
	f.RightLeg = Reach(V{f.Pelvis.X + 22, FloorLine, f.Pelvis.Z + Hips}, Right)
	f.LeftArm = Reach(frameHand, frameElbow.Sub(shoulder.lerp(frameHand, 0.5))) // bent at the elbow on the frame
	f.RightArm = Point(Dir(6-lean), Dir(14-lean))
	return f
}

// The left forearm rests up the door frame, the elbow a little below the
// shoulder of the figure standing tall, so the knees can soften as it
// leans.
var (
	frameElbow = V{112, FloorLine - Thigh - Shin - Torso + 8, -Shoulders - UpperArm}
	frameHand  = frameElbow.Add(Up.Mul(Forearm))
)

func doorwayChest() []Scene {
	// Seen from the side and a little behind, the door frame beyond the
	// body: the far arm reaches back to it and rests up it, and the body
	// leans forward through the doorway.
	cam := Camera{Yaw: -25}
	jamb := []Prop{Frame{X: cam.At(frameElbow).X - 7, Width: 14}}
	return []Scene{
		{Camera: cam, Floor: true, Behind: jamb, Figure: doorway(6), Work: leftChest},
		{Camera: cam, Floor: true, Behind: jamb, Figure: doorway(16), Work: leftChest,
			Arrows: []Arrow{{{166, 90}, {182, 92}, {198, 98}}}},
	}
}

// The post to hold on to stands at the figure's left: on the right of a
// picture seen from the front.
var (
	post = Post{X: 166, Top: 12}
	grip = V{120, 26, 120 - post.X + 5} // high: the arm is extended overhead
)

// byPost is the figure standing beside the post, seen from the front,
// its left hand holding the post overhead. shift moves the hips away from
// the post, towards the figure's right, and bend curves the spine away
// from it.
func byPost(shift, bend float64) Figure {
	f := standing(120)
	f.Pelvis.Z = shift
	f.Pelvis.Y += shift * 0.6 // the hips drop a little as they go out
	f.Spine = Up.Add(V{0, 0, -shift * 0.012})
	f.Lean = -bend
	f.Neck = Up.Add(V{0, 0, -shift * 0.02})
	f.LeftLeg = Reach(V{120, FloorLine, -Hips - 2}, Right)
	f.RightLeg = Reach(V{120, FloorLine, Hips + 8}, Right)
	f.LeftFoot, f.RightFoot = Right, Right
	f.LeftArm = Reach(grip, Left.Add(Away))
	f.RightArm = Point(V{0, 1, 0.3 + shift*0.01}, V{0.1, 1, 0.25 + shift*0.01}) // clear of the body as it leans
	return f
}

func latStretch() []Scene {
	cam := Camera{Yaw: 90}
	return []Scene{
		{Camera: cam, Floor: true, Behind: []Prop{post}, Figure: byPost(0, 0), Work: leftSide},
		{Camera: cam, Floor: true, Behind: []Prop{post}, Figure: byPost(16, 16), Work: leftSide,
			Arrows: []Arrow{{{84, 128}, {68, 130}, {52, 128}}}},
	}
}
