package drawing

import "math"

// Scenes draws every exercise's pictures, by exercise id (the catalogue's
// ids), in the order the movement goes. One-sided exercises are drawn
// working the figure's left side; the app mirrors them for the right. Only
// go generate, the contact sheet and the tests call it: the app itself
// shows the SVG files it wrote.
func Scenes() map[string][]Scene {
	return map[string][]Scene{
		"foam-roller-extension": foamRollerExtension(),
		"cat-cow":               catCow(),
		"thread-the-needle":     threadTheNeedle(),
		"seated-rotation":       seatedRotation(),
		"doorway-chest":         doorwayChest(),
		"lat-stretch":           latStretch(),
		"rows":                  rows(),
		"face-pulls":            facePulls(),
		"y-raise":               yRaise(),
		"prone-swimmers":        proneSwimmers(),
		"superman":              superman(),
	}
}

// The working areas, painted in the accent colour, as the article names
// them. Spots are on the spine frame (see Body.On): the back is at
// negative Front, the figure's left at negative Right.
var (
	thoracic      = []Highlight{Along(0.4, 0.95, -4)}  // the upper (thoracic) spine
	erectors      = []Highlight{Along(0.08, 0.8, -6)}  // the muscles along the spine
	betweenBlades = []Highlight{Along(0.62, 0.95, -7)} // rhomboids and middle trapezius
	// The lower trapezius: a V from the middle of the back up to the
	// lower shoulder blades, seen from behind or above.
	lowerTrapezius = []Highlight{
		{{0.5, -6, 0}, {0.7, -6, -7}, {0.88, -6, -14}},
		{{0.5, -6, 0}, {0.7, -6, 7}, {0.88, -6, 14}},
	}
	leftChest = []Highlight{{{0.78, 8, -5}, {0.9, 8, -11}, {0.98, 5, -16}}} // chest and front of the left shoulder
	// The left side, into the lats. It stops below the armpit, so that it
	// does not band the raised arm.
	leftSide = []Highlight{{{0.15, 0, -12}, {0.45, 0, -13.5}, {0.7, 0, -15}, {0.86, 0, -16}}}
)

// floor is the height of a joint of a body lying on the floor: its
// stroke rests on the floor line.
const floor = FloorLine - 1.5

// standing is the figure standing tall with its pelvis at x, z, facing
// Right, arms hanging.
func standing(x float64) Figure {
	return Figure{
		Pelvis: V{x, FloorLine - Thigh - Shin, 0}, Spine: Up, Chest: Right,
		LeftArm: Point(Dir(-6), Dir(2)), RightArm: Point(Dir(8), Dir(16)),
		LeftLeg: Straight(Down), RightLeg: Straight(Down),
	}
}

// allFours is the figure on hands and knees with its pelvis at x, facing
// Right: hands under the shoulders, knees under the hips, feet flat behind.
func allFours(x float64) Figure {
	hip, shoulder := FloorLine-Thigh, FloorLine-UpperArm-Forearm
	rise := shoulder - hip
	f := Figure{
		Pelvis: V{x, hip, 0}, Spine: V{math.Sqrt(Torso*Torso - rise*rise), rise, 0}, Chest: Down,
		Face: Dir(40), LeftFoot: Left, RightFoot: Left,
	}
	b := f.Pose()
	for _, side := range []struct {
		arm              *Limb
		leg              *Limb
		shoulder, pelvis Joint
	}{{&f.LeftArm, &f.LeftLeg, LeftShoulder, LeftHip}, {&f.RightArm, &f.RightLeg, RightShoulder, RightHip}} {
		s, h := b.At(side.shoulder), b.At(side.pelvis)
		*side.arm = Reach(V{s.X, FloorLine, s.Z}, Left)
		*side.leg = Reach(V{h.X - Shin, FloorLine, h.Z}, V{1, 1, 0})
	}
	return f
}
