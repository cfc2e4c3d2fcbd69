package drawing

import (
	"fmt"
	"strings"
)

// Props are drawn in one mid grey, with the limbs' stroke width, as simple
// shapes that stay put across an exercise's keyframes.

// Chair is a plain chair; Seat is the middle of the top of its seat.
type Chair struct {
	View View
	Seat Pt
}

func (c Chair) svg(b *strings.Builder) {
	s := c.Seat
	if c.View == Side { // facing right: the back rest is on the left
		back := s.X - 26
		limb(b, PropInk, PropWidth, Pt{back - 5, s.Y - 66}, Pt{back, s.Y + 4}, Pt{back, FloorLine + 4})
		limb(b, PropInk, PropWidth, Pt{back, s.Y + 4}, Pt{s.X + 24, s.Y + 4}, Pt{s.X + 24, FloorLine + 4})
		return
	}
	rect(b, s.X-32, s.Y-72, 64, 40, 8) // the back rest, seen behind the body
	limb(b, PropInk, PropWidth, Pt{s.X - 26, s.Y - 32}, Pt{s.X - 26, s.Y})
	limb(b, PropInk, PropWidth, Pt{s.X + 26, s.Y - 32}, Pt{s.X + 26, s.Y})
	limb(b, PropInk, PropWidth, Pt{s.X - 34, s.Y + 4}, Pt{s.X + 34, s.Y + 4})
	limb(b, PropInk, PropWidth, Pt{s.X - 28, s.Y + 4}, Pt{s.X - 30, FloorLine + 4})
	limb(b, PropInk, PropWidth, Pt{s.X + 28, s.Y + 4}, Pt{s.X + 30, FloorLine + 4})
}

// Wall is an upright from the top of the card to the floor, seen end on: a
// door frame, or a wall's edge. X is its left face.
type Wall struct {
	X, Width float64
}

func (w Wall) svg(b *strings.Builder) {
	rect(b, w.X, 10, w.Width, FloorLine+4-10, 3)
}

// Post is something tall and stable to hold on to, standing on the floor;
// X is its middle, Top its top.
type Post struct{ X, Top float64 }

func (p Post) svg(b *strings.Builder) {
	rect(b, p.X-6, p.Top, 12, FloorLine+4-p.Top, 4)
	limb(b, PropInk, PropWidth, Pt{p.X - 20, FloorLine + 4}, Pt{p.X + 20, FloorLine + 4})
}

// Roller is a foam roller seen end on.
type Roller struct{ At Pt }

func (r Roller) svg(b *strings.Builder) {
	fmt.Fprintf(b, `<circle cx="%s" cy="%s" r="17" fill="%s" stroke="%s" stroke-width="5"/>`+"\n", num(r.At.X), num(r.At.Y), PropFill, PropInk)
	fmt.Fprintf(b, `<circle cx="%s" cy="%s" r="7" fill="none" stroke="%s" stroke-width="4"/>`+"\n", num(r.At.X), num(r.At.Y), PropInk)
}

// Dumbbell is a short bar with a plate at each end, held at At, its bar
// lying along Angle (degrees, as for limbs).
type Dumbbell struct {
	At    Pt
	Angle float64
}

func (d Dumbbell) svg(b *strings.Builder) {
	end := dir(d.Angle).scale(13)
	limb(b, PropInk, 6, d.At.sub(end), d.At.add(end))
	for _, e := range []Pt{d.At.sub(end), d.At.add(end)} {
		across := dir(d.Angle + 90).scale(9)
		limb(b, PropInk, 9, e.sub(across), e.add(across))
	}
}

// Band is an elastic band or a cable, from an anchor to the hands.
type Band struct{ From, To Pt }

func (c Band) svg(b *strings.Builder) {
	limb(b, PropInk, 4, c.From, c.To)
	fmt.Fprintf(b, `<circle cx="%s" cy="%s" r="6" fill="%s"/>`+"\n", num(c.From.X), num(c.From.Y), PropInk)
}

func rect(b *strings.Builder, x, y, w, h, r float64) {
	fmt.Fprintf(b, `<rect x="%s" y="%s" width="%s" height="%s" rx="%s" ry="%s" fill="%s" stroke="%s" stroke-width="4"/>`+"\n",
		num(x), num(y), num(w), num(h), num(r), num(r), PropFill, PropInk)
}
