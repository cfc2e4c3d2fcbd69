// Package drawing owns the house style of the exercise pictures and draws
// them: one figure with fixed proportions, props drawn one way, one accent
// colour for the working area, and the SVG keyframes written from them into
// assets/exercises (go generate ./assets).
//
// A picture is a Scene: props, a Figure posed by joint angles, highlights
// and arrows. Because every figure is built from the same proportions by the
// same code, every picture looks drawn by one hand.
package drawing

import "math"

// Proportions of the figure, in canvas units (the canvas is 240 × 240).
const (
	HeadRadius = 14.0
	Neck       = 9.0
	Torso      = 70.0
	UpperArm   = 38.0
	Forearm    = 34.0
	Thigh      = 44.0
	Shin       = 42.0
	Foot       = 13.0
	Shoulders  = 19.0 // half the shoulder width, front view
	Hips       = 11.0 // half the hip width, front view
)

// Stroke widths and colours of the house style.
const (
	LimbWidth  = 10.0
	SpineWidth = 13.0
	PropWidth  = 9.0
	ArrowWidth = 5.0

	Card      = "#EEF2F5" // the rounded card behind every drawing
	Ink       = "#2E3440" // the figure
	FarInk    = "#8C95A6" // limbs on the far side of the body
	Accent    = "#E07A5F" // the working area, and nothing else
	PropInk   = "#9AA3B2" // props
	PropFill  = "#D5DCE4"
	ArrowInk  = "#5E81AC" // direction of movement
	FloorLine = 214.0     // y of the floor in every floor or standing picture
)

// View is the side the figure is seen from.
type View int

const (
	Side  View = iota // profile, facing right: for bending, arching, rounding
	Front             // facing the viewer (or seen from above, lying face down): for turning and reaching
)

// Limb is a two-segment limb, posed by the absolute direction of each
// segment in degrees: 0 points down, 90 right, 180 up, -90 left. A segment
// that points towards or away from the viewer looks shorter: Short is how
// much of the upper segment's length is seen (0 means all of it).
type Limb struct{ Upper, Lower, Short float64 }

func (l Limb) upper(length float64) float64 {
	if l.Short == 0 {
		return length
	}
	return length * l.Short
}

// Figure is the one figure, posed.
type Figure struct {
	View  View
	Hip   Pt      // the pelvis; the figure is built up from here
	Torso float64 // direction from hip to shoulders
	Curve float64 // side view: + rounds the back, − arches it; front view: + bends to the right
	Neck  float64 // direction from shoulders to head
	Turn  float64 // front view: how far the shoulders are turned, -1 (to the viewer's left) to 1 (right)
	Face  float64 // front view: where the head looks, -1 (the viewer's left) to 1 (right); 0 at the viewer

	// Side view: Near is the limb nearer the viewer. Front view: Near is the
	// figure's left side (on the viewer's right), Far its right.
	NearArm, FarArm Limb
	NearLeg, FarLeg Limb
	NearFoot        float64 // direction of the foot; 0 means pointing forward, square to the shin
	FarFoot         float64
	NoFeet          bool    // lying face down seen from above, say
	Size            float64 // scales every length alike, to fit a reach overhead on the card; 0 means 1
}

func (f Figure) size() float64 {
	if f.Size == 0 {
		return 1
	}
	return f.Size
}

// Pt is a point on the canvas.
type Pt struct{ X, Y float64 }

func (p Pt) add(q Pt) Pt             { return Pt{p.X + q.X, p.Y + q.Y} }
func (p Pt) sub(q Pt) Pt             { return Pt{p.X - q.X, p.Y - q.Y} }
func (p Pt) scale(k float64) Pt      { return Pt{p.X * k, p.Y * k} }
func (p Pt) lerp(q Pt, t float64) Pt { return p.add(q.sub(p).scale(t)) }

// dir is the unit vector for an angle in degrees: 0 down, 90 right, 180 up.
func dir(deg float64) Pt {
	r := deg * math.Pi / 180
	return Pt{math.Sin(r), math.Cos(r)}
}

// along steps length units from p in direction deg.
func along(p Pt, deg, length float64) Pt { return p.add(dir(deg).scale(length)) }

// joints are the figure's points, worked out from its pose.
type joints struct {
	hip, shoulder, head       Pt // shoulder is the top of the spine
	spineControl              Pt // quadratic control point of the spine
	nearShoulder, farShoulder Pt
	nearHip, farHip           Pt
	nearElbow, nearHand       Pt
	farElbow, farHand         Pt
	nearKnee, nearAnkle       Pt
	farKnee, farAnkle         Pt
	nearToe, farToe           Pt
}

func (f Figure) joints() joints {
	var j joints
	j.hip = f.Hip
	k := f.size()
	j.shoulder = along(f.Hip, f.Torso, Torso*k)
	mid := j.hip.lerp(j.shoulder, 0.5)
	// The back is on the figure's left of the hip→shoulder direction in the
	// side view (it faces right); in the front view + bends to the viewer's right.
	back := dir(f.Torso + 90)
	if f.View == Front {
		back = dir(f.Torso - 90)
	}
	j.spineControl = mid.add(back.scale(f.Curve))
	j.head = along(j.shoulder, f.Neck, (Neck+HeadRadius)*k)
	j.nearShoulder, j.farShoulder = j.shoulder, j.shoulder
	j.nearHip, j.farHip = j.hip, j.hip
	if f.View == Front {
		across := dir(f.Torso - 90) // towards the viewer's right
		width := k * Shoulders * (1 - 0.55*math.Abs(f.Turn))
		j.nearShoulder = j.shoulder.add(across.scale(width))
		j.farShoulder = j.shoulder.add(across.scale(-width))
		j.nearHip = j.hip.add(across.scale(Hips * k))
		j.farHip = j.hip.add(across.scale(-Hips * k))
	}
	j.nearElbow = along(j.nearShoulder, f.NearArm.Upper, f.NearArm.upper(UpperArm*k))
	j.nearHand = along(j.nearElbow, f.NearArm.Lower, Forearm*k)
	j.farElbow = along(j.farShoulder, f.FarArm.Upper, f.FarArm.upper(UpperArm*k))
	j.farHand = along(j.farElbow, f.FarArm.Lower, Forearm*k)
	j.nearKnee = along(j.nearHip, f.NearLeg.Upper, f.NearLeg.upper(Thigh*k))
	j.nearAnkle = along(j.nearKnee, f.NearLeg.Lower, Shin*k)
	j.farKnee = along(j.farHip, f.FarLeg.Upper, f.FarLeg.upper(Thigh*k))
	j.farAnkle = along(j.farKnee, f.FarLeg.Lower, Shin*k)
	j.nearToe = along(j.nearAnkle, footDir(f.NearLeg.Lower, f.NearFoot), Foot*k)
	j.farToe = along(j.farAnkle, footDir(f.FarLeg.Lower, f.FarFoot), Foot*k)
	return j
}

func footDir(shin, foot float64) float64 {
	if foot != 0 {
		return foot
	}
	return shin + 90 // square to the shin, pointing forward
}

// SpineAt is the point a fraction t along the spine (0 hip, 1 shoulders),
// moved off it by offset: + towards the figure's front in the side view, or
// the viewer's right in the front view.
func (f Figure) SpineAt(t, offset float64) Pt {
	j := f.joints()
	p := bezier(j.hip, j.spineControl, j.shoulder, t)
	// The normal of the curve at t.
	d := bezier(j.hip, j.spineControl, j.shoulder, math.Min(t+0.01, 1)).sub(bezier(j.hip, j.spineControl, j.shoulder, math.Max(t-0.01, 0)))
	n := Pt{-d.Y, d.X}
	l := math.Hypot(n.X, n.Y)
	if l == 0 {
		return p
	}
	return p.add(n.scale(offset / l))
}

func bezier(a, c, b Pt, t float64) Pt {
	u := 1 - t
	return a.scale(u * u).add(c.scale(2 * u * t)).add(b.scale(t * t))
}

// Joint names a point of the posed figure, for props and arrows that must
// meet the body.
type Joint int

const (
	HipJoint Joint = iota
	ShoulderJoint
	HeadJoint
	NearHand
	FarHand
	NearElbow
	FarElbow
	NearKnee
	FarKnee
	NearAnkle
	FarAnkle
	NearShoulder
	FarShoulder
	NearHip
	FarHip
)

// At is where a joint of the posed figure is.
func (f Figure) At(which Joint) Pt {
	j := f.joints()
	return map[Joint]Pt{
		HipJoint: j.hip, ShoulderJoint: j.shoulder, HeadJoint: j.head,
		NearHand: j.nearHand, FarHand: j.farHand, NearElbow: j.nearElbow, FarElbow: j.farElbow,
		NearKnee: j.nearKnee, FarKnee: j.farKnee, NearAnkle: j.nearAnkle, FarAnkle: j.farAnkle,
		NearShoulder: j.nearShoulder, FarShoulder: j.farShoulder, NearHip: j.nearHip, FarHip: j.farHip,
	}[which]
}

// Reach poses a two-segment limb from root so that its end lands on target.
// bend chooses which way the middle joint points: +1 to the right of the
// root→target line (as seen on the canvas), -1 to the left.
func Reach(root, target Pt, upper, lower, bend float64) Limb {
	d := target.sub(root)
	dist := math.Min(math.Hypot(d.X, d.Y), upper+lower-0.01)
	base := math.Atan2(d.X, d.Y) * 180 / math.Pi // same convention as dir
	// The angle at the root between the target line and the upper segment.
	cos := (upper*upper + dist*dist - lower*lower) / (2 * upper * dist)
	a := math.Acos(math.Max(-1, math.Min(1, cos))) * 180 / math.Pi
	up := base + bend*a
	elbow := along(root, up, upper)
	t := target.sub(elbow)
	if dist < math.Hypot(d.X, d.Y) { // out of reach: point straight at it
		t = root.add(dir(base).scale(math.Hypot(d.X, d.Y))).sub(elbow)
	}
	return Limb{Upper: up, Lower: math.Atan2(t.X, t.Y) * 180 / math.Pi}
}

// NearArmTo and FarArmTo put a hand on target, bending the elbow to the
// given side (see Reach).
func (f *Figure) NearArmTo(target Pt, bend float64) {
	f.NearArm = Reach(f.At(NearShoulder), target, UpperArm*f.size(), Forearm*f.size(), bend)
}

func (f *Figure) FarArmTo(target Pt, bend float64) {
	f.FarArm = Reach(f.At(FarShoulder), target, UpperArm*f.size(), Forearm*f.size(), bend)
}

// NearLegTo and FarLegTo put an ankle on target, bending the knee to the
// given side.
func (f *Figure) NearLegTo(target Pt, bend float64) {
	f.NearLeg = Reach(f.At(NearHip), target, Thigh*f.size(), Shin*f.size(), bend)
}

func (f *Figure) FarLegTo(target Pt, bend float64) {
	f.FarLeg = Reach(f.At(FarHip), target, Thigh*f.size(), Shin*f.size(), bend)
}

// NearElbowAt points the near upper arm at elbow, seen as short as the
// distance makes it (an arm held out towards the viewer), and the forearm
// along forearm.
func (f *Figure) NearElbowAt(elbow Pt, forearm float64) {
	d := elbow.sub(f.At(NearShoulder))
	f.NearArm = Limb{Upper: math.Atan2(d.X, d.Y) * 180 / math.Pi, Lower: forearm, Short: math.Hypot(d.X, d.Y) / (UpperArm * f.size())}
}
