package drawing

import "math"

// The figure is posed in space and then seen by a Camera. Space uses the
// canvas's own axes, so that a side view reads like the canvas: X to the
// right, Y down, and Z out of the picture towards the viewer. The floor is
// the plane Y = FloorLine.

// Pt is a point on the canvas.
type Pt struct{ X, Y float64 }

func (p Pt) add(q Pt) Pt             { return Pt{p.X + q.X, p.Y + q.Y} }
func (p Pt) sub(q Pt) Pt             { return Pt{p.X - q.X, p.Y - q.Y} }
func (p Pt) scale(k float64) Pt      { return Pt{p.X * k, p.Y * k} }
func (p Pt) lerp(q Pt, t float64) Pt { return p.add(q.sub(p).scale(t)) }
func (p Pt) len() float64            { return math.Hypot(p.X, p.Y) }

// V is a point or a direction in space.
type V struct{ X, Y, Z float64 }

func (a V) Add(b V) V             { return V{a.X + b.X, a.Y + b.Y, a.Z + b.Z} }
func (a V) Sub(b V) V             { return V{a.X - b.X, a.Y - b.Y, a.Z - b.Z} }
func (a V) Mul(k float64) V       { return V{a.X * k, a.Y * k, a.Z * k} }
func (a V) dot(b V) float64       { return a.X*b.X + a.Y*b.Y + a.Z*b.Z }
func (a V) len() float64          { return math.Sqrt(a.dot(a)) }
func (a V) lerp(b V, t float64) V { return a.Add(b.Sub(a).Mul(t)) }
func (a V) cross(b V) V {
	return V{a.Y*b.Z - a.Z*b.Y, a.Z*b.X - a.X*b.Z, a.X*b.Y - a.Y*b.X}
}

// unit is a in length 1 (or zero, if a is).
func (a V) unit() V {
	if l := a.len(); l > 0 {
		return a.Mul(1 / l)
	}
	return a
}

// across is the part of a square to the unit direction d.
func (a V) across(d V) V { return a.Sub(d.Mul(a.dot(d))) }

// rotate turns a by deg degrees about the unit axis k. About the spine
// (k pointing up it), + turns the chest towards the figure's right.
func (a V) rotate(k V, deg float64) V {
	r := deg * math.Pi / 180
	c, s := math.Cos(r), math.Sin(r)
	return a.Mul(c).Add(k.cross(a).Mul(s)).Add(k.Mul(k.dot(a) * (1 - c)))
}

// Dir is the direction in the plane of the picture (Z = 0) at deg degrees:
// 0 points down, 90 right, 180 up, -90 left.
func Dir(deg float64) V {
	r := deg * math.Pi / 180
	return V{math.Sin(r), math.Cos(r), 0}
}

// Some directions, as the side view sees them.
var (
	Down    = V{0, 1, 0}
	Up      = V{0, -1, 0}
	Right   = V{1, 0, 0}  // the way a figure faces in the side view
	Left    = V{-1, 0, 0} // behind it
	Out     = V{0, 0, 1}  // out of the picture, towards the viewer
	Away    = V{0, 0, -1} // into the picture
	Nowhere = V{}
)

// Camera is where the picture is seen from. The zero camera is the side
// view: a figure facing Right is seen in profile, its right side nearest.
type Camera struct {
	// Yaw walks the camera round the figure, in degrees: 90 looks at a
	// figure facing Right from its front, 180 from behind, -90 from its back.
	Yaw float64
	// Pitch raises the camera, in degrees: 90 looks straight down.
	Pitch float64
	// Zoom enlarges the whole picture, figure, props, arrows and strokes
	// alike, about Focus, which lands in the middle of the card. Zero
	// means 1: pictures of a figure lying or kneeling use more, to fill
	// the card.
	Zoom  float64
	Focus Pt
}

func (c Camera) pen() *pen {
	p := &pen{cam: c, zoom: c.Zoom, focus: c.Focus}
	if p.zoom == 0 {
		p.zoom, p.focus = 1, Pt{120, 120}
	}
	return p
}

// pivot is the point the camera turns about: the middle of the floor, so a
// side view is the canvas itself.
var pivot = V{120, FloorLine, 0}

// Project is where a point in space lands on the canvas, and its depth:
// the larger, the nearer the viewer.
func (c Camera) Project(p V) (Pt, float64) {
	q := p.Sub(pivot)
	y, pch := c.Yaw*math.Pi/180, c.Pitch*math.Pi/180
	x, z := q.X*math.Cos(y)-q.Z*math.Sin(y), q.X*math.Sin(y)+q.Z*math.Cos(y)
	h, d := q.Y*math.Cos(pch)+z*math.Sin(pch), -q.Y*math.Sin(pch)+z*math.Cos(pch)
	return Pt{pivot.X + x, pivot.Y + h}, d
}

// At is where a point in space lands on the canvas.
func (c Camera) At(p V) Pt {
	pt, _ := c.Project(p)
	return pt
}

// framed is cam pointed at figures, which it must show whole, and zoomed
// until the largest of them, with its head and limbs, spans span units of
// the 240-unit card in either direction (no more than zoom 1.6). Pass every
// keyframe's figure, so the camera stays put as the figure moves.
func framed(cam Camera, span float64, figures ...Figure) Camera {
	return framedWith(cam, span, nil, figures...)
}

// framedWith is framed, showing the points also whole too (the ends of a
// prop).
func framedWith(cam Camera, span float64, also []V, figures ...Figure) Camera {
	lo, hi := Pt{math.Inf(1), math.Inf(1)}, Pt{math.Inf(-1), math.Inf(-1)}
	grow := func(p Pt, r float64) {
		lo = Pt{math.Min(lo.X, p.X-r), math.Min(lo.Y, p.Y-r)}
		hi = Pt{math.Max(hi.X, p.X+r), math.Max(hi.Y, p.Y+r)}
	}
	for _, f := range figures {
		b := f.Pose()
		for j := range joints {
			r := LimbWidth
			if Joint(j) == Head {
				r = HeadRadius
			}
			grow(cam.At(b.at[j]), r)
		}
	}
	for _, v := range also {
		grow(cam.At(v), PropWidth/2)
	}
	size := hi.sub(lo)
	cam.Zoom = math.Min(1.6, span/math.Max(size.X, size.Y))
	cam.Focus = lo.lerp(hi, 0.5)
	return cam
}
