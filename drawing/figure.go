// Package drawing owns the house style of the exercise pictures and draws
// them: one figure with fixed proportions, props drawn one way, one accent
// colour for the working area, and the SVG keyframes written from them into
// assets/exercises (go generate ./assets).
//
// A picture is a Scene: a Camera, props, a Figure posed in space,
// highlights and arrows. Every figure is built from the same proportions by
// the same code, and only the camera decides how it is seen, so every
// picture looks drawn by one hand.
//
// It is the generator only: go generate and the contact sheet link it, and
// no process of the app does. The app shows the files it wrote, through
// packages assets and raster.
package drawing

import "math"

// Proportions of the figure, in canvas units (the canvas is 240 × 240).
// Standing, it is 178 tall; with an arm overhead, 200.
const (
	HeadRadius = 13.0
	Neck       = 8.0
	Torso      = 56.0 // hip joints to shoulder joints
	UpperArm   = 29.0
	Forearm    = 27.0 // to the middle of the hand
	Thigh      = 48.0
	Shin       = 40.0
	Foot       = 12.0
	Shoulders  = 17.0 // half the width of the shoulders
	Hips       = 10.0 // half the width of the hips
)

// Stroke widths and colours of the house style.
const (
	LimbWidth  = 10.0
	SpineWidth = 13.0
	PropWidth  = 9.0
	ArrowWidth = 5.0
	Halo       = 5.0 // the card-coloured gap round a limb that crosses something

	Card      = "#EEF2F5" // the rounded card behind every drawing
	Ink       = "#2E3440" // the figure
	FarInk    = "#6F7A8F" // limbs on the far side of the body
	Accent    = "#E07A5F" // the working area, and nothing else
	PropInk   = "#A3ACBA" // props
	PropFill  = "#D8DEE6"
	ArrowInk  = "#5E81AC" // direction of movement
	FloorLine = 214.0     // y of the floor in every floor or standing picture
)

// Figure is the one figure, posed in space (see Camera for the axes). The
// spine is a curve from the pelvis to the middle of the shoulders; the
// head, arms and legs hang from it.
type Figure struct {
	Pelvis V // the middle of the hip joints
	Spine  V // which way the spine runs, pelvis to shoulders
	Chest  V // which way the front of the body faces (square to Spine)
	// Curve bends the spine forwards: + rounds the back (cat), − arches it
	// (cow), by how far its middle moves, in units.
	Curve float64
	// Upper bends the upper back alone, as Curve bends the whole spine.
	Upper float64
	// Lean bends the spine sideways, + towards the figure's right, in units.
	Lean float64
	// Twist turns the shoulders about the spine, in degrees, + towards the
	// figure's left; the hips stay put.
	Twist float64
	Neck  V // which way the neck runs; Nowhere means on along the spine
	Face  V // which way the face looks; Nowhere means the way the chest faces

	LeftArm, RightArm Limb // to the hands
	LeftLeg, RightLeg Limb // to the ankles
	LeftFoot          V    // which way the foot points; Nowhere: square to the shin, forwards
	RightFoot         V
}

// Limb poses an arm or a leg: either its end is put on a point and the
// middle joint (elbow or knee) bends towards a direction, or each segment
// points along a direction.
type Limb struct {
	to, bend     V
	upper, lower V
	reach        bool
}

// Reach puts the end of a limb (hand or ankle) on a point in space, bending
// the elbow or knee towards bend. A point out of reach gets a straight limb
// pointing at it.
func Reach(to, bend V) Limb { return Limb{to: to, bend: bend, reach: true} }

// Point points the upper and lower segments of a limb along directions.
func Point(upper, lower V) Limb { return Limb{upper: upper.unit(), lower: lower.unit()} }

// Straight points a whole limb along one direction.
func Straight(d V) Limb { return Point(d, d) }

// pose is where a limb's three points are, from its root.
func (l Limb) pose(root V, upper, lower float64) (mid, end V) {
	if !l.reach {
		mid = root.Add(l.upper.Mul(upper))
		return mid, mid.Add(l.lower.Mul(lower))
	}
	d := l.to.Sub(root)
	dist := d.len()
	u := d.unit()
	if dist >= upper+lower-0.01 {
		mid = root.Add(u.Mul(upper))
		return mid, mid.Add(u.Mul(lower))
	}
	// The angle at the root, between the line to the end and the upper
	// segment, from the law of cosines.
	cos := (upper*upper + dist*dist - lower*lower) / (2 * upper * dist)
	sin := math.Sqrt(math.Max(0, 1-cos*cos))
	side := l.bend.across(u).unit()
	if side.len() < 0.5 { // no way to bend: any way square to the line
		side = Out.across(u).unit()
		if side.len() < 0.5 {
			side = Up.across(u).unit()
		}
	}
	mid = root.Add(u.Mul(upper * cos)).Add(side.Mul(upper * sin))
	return mid, l.to
}
