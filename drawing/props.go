package drawing

import (
	"math"
	"sort"
)

// Props are placed in space, like the figure, and seen by the same
// camera, so a prop looks right from any view. They are drawn in
// PropInk on PropFill. A fixed prop stays in the same place in every
// keyframe of an exercise; a held prop (the dumbbell, the band's ends)
// is placed by the hand that holds it, so it follows the hand in every
// picture, the in-betweens included.

// Prop is anything that is not the body: it is drawn as parts, each at
// its depth, seen by cam, with the body posed as b.
type Prop interface {
	parts(cam Camera, b *Body) []part
}

// Held is a prop a hand holds: Grip is the point of it that must be at
// the hand, where it is drawn.
type Held interface {
	Prop
	Grips(b *Body) []Grip
}

// Grip is where a held prop meets a hand.
type Grip struct {
	Hand Joint
	At   V
}

// drawn draws props' parts far to near.
func drawn(p *pen, b *Body, props []Prop) {
	var parts []part
	for _, q := range props {
		parts = append(parts, q.parts(p.cam, b)...)
	}
	sort.SliceStable(parts, func(i, j int) bool { return parts[i].depth < parts[j].depth })
	for _, part := range parts {
		part.draw(p)
	}
}

// depthOf is the camera's depth of the middle of points.
func depthOf(cam Camera, vs ...V) float64 {
	sum := 0.0
	for _, v := range vs {
		_, d := cam.Project(v)
		sum += d
	}
	return sum / float64(len(vs))
}

// bar is a straight prop from a to b, width wide.
func bar(cam Camera, a, b V, width float64) part {
	pa, pb := cam.At(a), cam.At(b)
	return part{depthOf(cam, a, b), func(p *pen) { p.line(PropInk, width, pa, pb) }}
}

// box is a block from corner lo to corner hi, drawn as its outline as the
// camera sees it.
func box(cam Camera, lo, hi V) part {
	var pts []Pt
	for i := 0; i < 8; i++ {
		c := lo
		if i&1 != 0 {
			c.X = hi.X
		}
		if i&2 != 0 {
			c.Y = hi.Y
		}
		if i&4 != 0 {
			c.Z = hi.Z
		}
		pts = append(pts, cam.At(c))
	}
	hull := convexHull(pts)
	return part{depthOf(cam, lo.lerp(hi, 0.5)), func(p *pen) { p.shape(hull...) }}
}

// convexHull is the outline round pts, anticlockwise (Andrew's monotone
// chain).
func convexHull(pts []Pt) []Pt {
	sort.Slice(pts, func(i, j int) bool {
		if pts[i].X != pts[j].X {
			return pts[i].X < pts[j].X
		}
		return pts[i].Y < pts[j].Y
	})
	cross := func(o, a, b Pt) float64 { return (a.X-o.X)*(b.Y-o.Y) - (a.Y-o.Y)*(b.X-o.X) }
	var hull []Pt
	for pass := 0; pass < 2; pass++ {
		start := len(hull)
		for _, q := range pts {
			for len(hull) >= start+2 && cross(hull[len(hull)-2], hull[len(hull)-1], q) <= 1e-9 {
				hull = hull[:len(hull)-1]
			}
			hull = append(hull, q)
		}
		hull = hull[:len(hull)-1]
		for i, j := 0, len(pts)-1; i < j; i, j = i+1, j-1 {
			pts[i], pts[j] = pts[j], pts[i]
		}
	}
	return hull
}

// Roller is a foam roller lying on the floor across the body, its axis
// along Z: At is the middle of its axis. It is drawn as the cylinder it
// is, a plain circle seen end on, with no hub, which made it read as a
// wheel.
type Roller struct{ At V }

// RollerRadius is the foam roller's radius, and RollerHalf half its
// length: about 15 cm across and 45 cm long, on a figure about 175 cm
// tall.
const (
	RollerRadius = 10.0
	RollerHalf   = 24.0
)

func (r Roller) parts(cam Camera, _ *Body) []part {
	end := func(z float64) []Pt {
		var pts []Pt
		for i := 0; i < 24; i++ {
			a := float64(i) * math.Pi / 12
			pts = append(pts, cam.At(r.At.Add(V{RollerRadius * math.Cos(a), RollerRadius * math.Sin(a), z})))
		}
		return pts
	}
	far, near := end(-RollerHalf), end(RollerHalf)
	if depthOf(cam, r.At.Add(V{0, 0, -RollerHalf})) > depthOf(cam, r.At.Add(V{0, 0, RollerHalf})) {
		far, near = near, far
	}
	body := convexHull(append(append([]Pt{}, far...), near...))
	return []part{{depthOf(cam, r.At), func(p *pen) {
		p.shape(body...)
		p.shape(near...)
	}}}
}

// Chair is a plain four-legged chair without wheels. Seat is the middle
// of the top of its seat; Facing is the way someone sitting on it faces,
// level. Back is whether it has a back rest.
type Chair struct {
	Seat   V
	Facing V
	Back   bool
}

const (
	chairHalf = 21.0 // half the seat's width and depth
	chairBack = 46.0 // the back rest above the seat
)

func (c Chair) parts(cam Camera, _ *Body) []part {
	f := c.Facing.unit()
	s := Up.cross(f).unit() // the sitter's right... either way: the seat is square
	corner := func(fwd, side float64) V { return c.Seat.Add(f.Mul(fwd * chairHalf)).Add(s.Mul(side * chairHalf)) }
	var out []part
	for _, fwd := range []float64{-1, 1} {
		for _, side := range []float64{-1, 1} {
			top := corner(fwd*0.85, side*0.85)
			out = append(out, bar(cam, top, V{top.X, FloorLine + 2, top.Z}, 7))
		}
	}
	out = append(out, slab(cam, []V{corner(-1, -1), corner(1, -1), corner(1, 1), corner(-1, 1)}, 8))
	if c.Back {
		for _, side := range []float64{-1, 1} {
			foot := corner(-0.9, side*0.85)
			out = append(out, bar(cam, foot, foot.Add(Up.Mul(chairBack)), 7))
		}
		lo, hi := corner(-0.9, -0.95).Add(Up.Mul(chairBack-20)), corner(-0.9, 0.95).Add(Up.Mul(chairBack))
		out = append(out, slab(cam, []V{lo, V{hi.X, lo.Y, hi.Z}, hi, V{lo.X, hi.Y, lo.Z}}, 5))
	}
	return out
}

// slab is a flat piece through corners, thick units thick as drawn: its
// outline, filled.
func slab(cam Camera, corners []V, thick float64) part {
	var pts []Pt
	for _, c := range corners {
		pts = append(pts, cam.At(c))
	}
	hull := convexHull(pts)
	d := depthOf(cam, corners...)
	return part{d, func(p *pen) {
		p.line(PropInk, thick, append(hull, hull[0])...)
		p.shape(hull...)
	}}
}

// Doorway is a door frame in the plane X: two jambs and a head, the
// opening from Z0 to Z1 (Z0 < Z1) and from the floor to Top, and Wall
// units of the wall it is in on either side, so that it reads as a way
// through a wall and not as a frame standing on its own.
type Doorway struct {
	X, Z0, Z1, Top float64
	Wall           float64
}

const (
	jamb = 10.0 // the width of the frame's jambs and head
	wall = 14.0 // the thickness of the wall it is in
)

func (d Doorway) parts(cam Camera, _ *Body) []part {
	x0, x1 := d.X-wall/2, d.X+wall/2
	out := []part{
		box(cam, V{x0, d.Top - jamb, d.Z0 - jamb}, V{x1, FloorLine + 2, d.Z0}),
		box(cam, V{x0, d.Top - jamb, d.Z1}, V{x1, FloorLine + 2, d.Z1 + jamb}),
		box(cam, V{x0, d.Top - jamb, d.Z0 - jamb}, V{x1, d.Top, d.Z1 + jamb}),
	}
	if d.Wall > 0 {
		out = append(out,
			box(cam, V{x0 + 1, d.Top - jamb, d.Z0 - jamb - d.Wall}, V{x1 - 1, FloorLine + 2, d.Z0 - jamb}),
			box(cam, V{x0 + 1, d.Top - jamb, d.Z1 + jamb}, V{x1 - 1, FloorLine + 2, d.Z1 + jamb + d.Wall}))
	}
	return out
}

// Wall is a stretch of wall in the plane X, facing -X, from Z0 to Z1 and
// from the floor to Top, with an anchor for a band on it (a plate and a
// ring) at Anchor, if Anchor is not Nowhere.
type Wall struct {
	X, Z0, Z1, Top float64
	Anchor         V
}

func (w Wall) parts(cam Camera, _ *Body) []part {
	out := []part{box(cam, V{w.X, w.Top, w.Z0}, V{w.X + wall, FloorLine + 2, w.Z1})}
	if w.Anchor != Nowhere {
		a := cam.At(w.Anchor)
		plate := cam.At(w.Anchor.Add(V{1, 0, 0}))
		out = append(out, part{out[0].depth + 1, func(p *pen) {
			p.rect(plate.X-4, plate.Y-8, 8, 16, 3)
			p.dot(a, 3, PropInk)
		}})
	}
	return out
}

// Dumbbell is a short bar with a round weight at each end, held in Hand,
// its bar along Along. A dumbbell in a hand on the far side of the body
// is drawn pale, as the far limbs are.
type Dumbbell struct {
	Hand  Joint
	Along V
}

func (d Dumbbell) Grips(b *Body) []Grip { return []Grip{{d.Hand, b.At(d.Hand)}} }

// dumbbellHalf is half a dumbbell's length, and dumbbellWeight the radius
// of its weights.
const dumbbellHalf, dumbbellWeight = 11.0, 6.5

func (d Dumbbell) parts(cam Camera, b *Body) []part {
	at := b.At(d.Hand)
	along := d.Along.unit().Mul(dumbbellHalf)
	ends := []V{at.Sub(along), at.Add(along)}
	a, z := cam.At(ends[0]), cam.At(ends[1])
	ink, fill := PropInk, PropInk
	if b.far(cam, d.Hand) {
		fill = PropFill
	}
	var out []part
	// The bar, at the hand's depth, then each weight at its own.
	out = append(out, part{depthOf(cam, at) + 0.5, func(p *pen) { p.line(ink, 6, a, z) }})
	for i, e := range []Pt{a, z} {
		out = append(out, part{depthOf(cam, ends[i]) + 0.5, func(p *pen) { p.disc(e, dumbbellWeight, fill, ink) }})
	}
	return out
}

// Band is an elastic band from an anchor to each of the hands holding it.
type Band struct {
	Anchor V
	Hands  []Joint
}

func (c Band) Grips(b *Body) []Grip {
	var g []Grip
	for _, h := range c.Hands {
		g = append(g, Grip{h, b.At(h)})
	}
	return g
}

func (c Band) parts(cam Camera, b *Body) []part {
	var out []part
	for _, h := range c.Hands {
		from, to := cam.At(c.Anchor), cam.At(b.At(h))
		// Over the hand, so that the hand's halo does not part it from the
		// band's end.
		out = append(out, part{depthOf(cam, b.At(h)) + 1, func(p *pen) { p.line(PropInk, 4, from, to) }})
	}
	return out
}

// Mat is an exercise mat on the floor, from X0 to X1 and Z0 to Z1: a flat
// rectangle on the floor, with no thickness, so that it reads as the floor
// and not as a bench, outlined, and filled with the card's colour so that
// the limbs' halos, of that colour too, never mark it.
type Mat struct{ X0, X1, Z0, Z1 float64 }

// matTop is the top of the mat, just under a body lying on it.
const matTop = FloorLine + LimbWidth/2 + 1

func (m Mat) parts(cam Camera, _ *Body) []part {
	var corners []Pt
	for _, c := range []V{{m.X0, matTop, m.Z0}, {m.X1, matTop, m.Z0}, {m.X1, matTop, m.Z1}, {m.X0, matTop, m.Z1}} {
		corners = append(corners, cam.At(c))
	}
	return []part{{depthOf(cam, V{m.X0, matTop, m.Z0}, V{m.X1, matTop, m.Z1}), func(p *pen) { p.outline(Card, corners...) }}}
}

// Arrow3 is an arrow through points in space, as the camera sees them.
func Arrow3(cam Camera, vs ...V) Arrow {
	var a Arrow
	for _, v := range vs {
		a = append(a, cam.At(v))
	}
	return a
}

// Shadows are the shadows of the limbs on the mat, straight below them:
// seen from above, the gap between a limb and its shadow shows how far
// it is off the floor. A limb on the floor hides its own.
type Shadows struct{}

func (Shadows) parts(cam Camera, b *Body) []part {
	var out []part
	for _, js := range [][]Joint{
		{LeftShoulder, LeftElbow, LeftHand}, {RightShoulder, RightElbow, RightHand},
		{LeftHip, LeftKnee, LeftAnkle}, {RightHip, RightKnee, RightAnkle},
	} {
		var pts []Pt
		for _, j := range js {
			v := b.At(j)
			pts = append(pts, cam.At(V{v.X, floor, v.Z}))
		}
		out = append(out, part{1e9, func(p *pen) { p.shade(pts...) }}) // over the mat, under the body
	}
	return out
}
