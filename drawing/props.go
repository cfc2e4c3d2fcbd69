package drawing

// Props are drawn in one mid grey, with the limbs' stroke width, as simple
// shapes that stay put across an exercise's keyframes. They are placed on
// the canvas, not in space.

const rollerRadius = 11.0

// Chair is a plain chair; Seat is the middle of the top of its seat. Seen
// from the side it faces Right, its back rest on the left.
type Chair struct {
	Front bool // seen from the front
	Seat  Pt
}

func (c Chair) draw(p *pen) {
	s := c.Seat
	if !c.Front {
		back := s.X - 24
		p.line(PropInk, PropWidth, Pt{back - 4, s.Y - 62}, Pt{back, s.Y}, Pt{back, FloorLine + 4})
		p.line(PropInk, PropWidth, Pt{back, s.Y}, Pt{s.X + 24, s.Y}, Pt{s.X + 24, FloorLine + 4})
		return
	}
	p.rect(s.X-30, s.Y-70, 60, 38, 8) // the back rest, seen behind the body
	p.line(PropInk, PropWidth, Pt{s.X - 24, s.Y - 32}, Pt{s.X - 24, s.Y})
	p.line(PropInk, PropWidth, Pt{s.X + 24, s.Y - 32}, Pt{s.X + 24, s.Y})
	p.line(PropInk, PropWidth, Pt{s.X - 32, s.Y}, Pt{s.X + 32, s.Y})
	p.line(PropInk, PropWidth, Pt{s.X - 27, s.Y}, Pt{s.X - 29, FloorLine + 4})
	p.line(PropInk, PropWidth, Pt{s.X + 27, s.Y}, Pt{s.X + 29, FloorLine + 4})
}

// Frame is an upright from the top of the card to the floor, like a door
// frame or a post: X is its left face.
type Frame struct{ X, Width float64 }

func (f Frame) draw(p *pen) { p.rect(f.X, 10, f.Width, FloorLine+4-10, 3) }

// Post is something tall and stable to hold on to, standing on a foot on
// the floor; X is its middle, Top its top.
type Post struct{ X, Top float64 }

func (o Post) draw(p *pen) {
	p.rect(o.X-6, o.Top, 12, FloorLine+4-o.Top, 4)
	p.line(PropInk, PropWidth, Pt{o.X - 18, FloorLine + 4}, Pt{o.X + 18, FloorLine + 4})
}

// Roller is a foam roller seen end on, resting at At.
type Roller struct{ At Pt }

func (r Roller) draw(p *pen) {
	p.ring(r.At, rollerRadius-2)
	p.dot(r.At, 4, PropInk)
}

// Dumbbell is a short bar with a plate at each end, held at At, its bar
// lying along Angle (degrees, as for Dir).
type Dumbbell struct {
	At    Pt
	Angle float64
}

func (d Dumbbell) draw(p *pen) {
	along := Dir(d.Angle)
	end := Pt{along.X, along.Y}.scale(12)
	p.line(PropInk, 6, d.At.sub(end), d.At.add(end))
	across := Pt{along.Y, -along.X}.scale(8)
	for _, e := range []Pt{d.At.sub(end), d.At.add(end)} {
		p.line(PropInk, 10, e.sub(across), e.add(across))
	}
}

// Band is an elastic band from an anchor to the hands.
type Band struct{ From, To Pt }

func (c Band) draw(p *pen) { p.line(PropInk, 4, c.From, c.To) }

// Mat is an exercise mat on the floor, from X0 to X1 and Z0 to Z1 in
// space: the floor of a picture seen from above.
type Mat struct{ X0, X1, Z0, Z1 float64 }

func (m Mat) draw(p *pen) {
	y := FloorLine + LimbWidth/2
	c := p.cam
	p.shape(c.At(V{m.X0, y, m.Z0}), c.At(V{m.X1, y, m.Z0}), c.At(V{m.X1, y, m.Z1}), c.At(V{m.X0, y, m.Z1}))
}
