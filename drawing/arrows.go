package drawing

import "math"

// Arrow is a movement: a smooth curve through its points, with a head at
// the last one.
type Arrow []Pt

// Arc is an arrow along an ellipse about c with radii rx and ry, from
// angle a0 to a1 in degrees (0 points right, 90 down on the canvas).
func Arc(c Pt, rx, ry, a0, a1 float64) Arrow {
	var a Arrow
	for i := 0; i <= 8; i++ {
		r := (a0 + (a1-a0)*float64(i)/8) * math.Pi / 180
		a = append(a, Pt{c.X + rx*math.Cos(r), c.Y + ry*math.Sin(r)})
	}
	return a
}

func (a Arrow) draw(p *pen) {
	pts := []Pt(a)
	tip, from := pts[len(pts)-1], pts[len(pts)-2]
	back := from.sub(tip)
	back = back.scale(1 / back.len())
	side := Pt{-back.Y, back.X}
	const length, half = 13.0, 8.0
	base := tip.add(back.scale(length))
	// Stop the shaft inside the head so the round cap does not poke through.
	shaft := append(append([]Pt{}, pts[:len(pts)-1]...), tip.add(back.scale(length-2)))
	p.curve(ArrowInk, ArrowWidth, 1, shaft)
	p.polygon(ArrowInk, tip, base.add(side.scale(half)), base.add(side.scale(-half)))
}
