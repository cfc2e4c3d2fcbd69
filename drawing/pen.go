package drawing

import (
	"fmt"
	"strings"
)

// pen writes the shapes of a picture as SVG, zoomed by zoom about focus:
// focus lands in the middle of the card, and strokes grow with the zoom,
// so a zoomed picture is the same drawing seen closer.
type pen struct {
	b     strings.Builder
	cam   Camera
	zoom  float64
	focus Pt
}

func (p *pen) at(q Pt) Pt         { return Pt{120, 120}.add(q.sub(p.focus).scale(p.zoom)) }
func (p *pen) w(v float64) string { return num(v * p.zoom) }

func (p *pen) points(pts []Pt) string {
	s := make([]string, len(pts))
	for i, q := range pts {
		s[i] = pt(p.at(q))
	}
	return strings.Join(s, " ")
}

// line is a round-capped, round-joined polyline. It is written as a path:
// the SVG renderer Fyne uses draws nothing for a two-point polyline.
func (p *pen) line(ink string, width float64, pts ...Pt) {
	fmt.Fprintf(&p.b, `<path d="M%s" fill="none" stroke="%s" stroke-width="%s" stroke-linecap="round" stroke-linejoin="round"/>`+"\n",
		strings.ReplaceAll(p.points(pts), " ", " L"), ink, p.w(width))
}

// curve is a smooth curve through pts: straight for two points, otherwise
// quadratic segments through the midpoints.
func (p *pen) curve(ink string, width, opacity float64, pts []Pt) {
	var d strings.Builder
	d.WriteString("M" + pt(p.at(pts[0])))
	if len(pts) < 3 {
		d.WriteString(" L" + pt(p.at(pts[len(pts)-1])))
	}
	for i := 1; i < len(pts)-1; i++ {
		end := pts[i].lerp(pts[i+1], 0.5)
		if i == len(pts)-2 {
			end = pts[i+1]
		}
		d.WriteString(" Q" + pt(p.at(pts[i])) + " " + pt(p.at(end)))
	}
	fmt.Fprintf(&p.b, `<path d="%s" fill="none" stroke="%s" stroke-width="%s" stroke-linecap="round" stroke-linejoin="round"`, d.String(), ink, p.w(width))
	if opacity < 1 {
		fmt.Fprintf(&p.b, ` stroke-opacity="%s"`, num(opacity))
	}
	p.b.WriteString("/>\n")
}

// cubic is the cubic curve from a to b with control points c1 and c2.
func (p *pen) cubic(ink string, width float64, a, c1, c2, b Pt) {
	fmt.Fprintf(&p.b, `<path d="M%s C%s %s %s" fill="none" stroke="%s" stroke-width="%s" stroke-linecap="round"/>`+"\n",
		pt(p.at(a)), pt(p.at(c1)), pt(p.at(c2)), pt(p.at(b)), ink, p.w(width))
}

// segment is a segment of a limb, with a halo of the card's colour that
// parts it from whatever it crosses. The halo stays clear of the joints
// where the segment meets the body or the rest of the limb; at the end of
// the limb (last) it goes round the hand or foot.
func (p *pen) segment(ink string, a, b Pt, last bool) {
	const clear = 12.0
	d := b.sub(a)
	if l := d.len(); l > 2*clear || (last && l > clear) {
		u := d.scale(1 / l)
		end := b
		if !last {
			end = b.sub(u.scale(clear))
		}
		p.line(Card, LimbWidth+Halo, a.add(u.scale(clear)), end)
	}
	p.line(ink, LimbWidth, a, b)
}

// shade is a soft shadow along pts, on the floor.
func (p *pen) shade(pts ...Pt) {
	fmt.Fprintf(&p.b, `<path d="M%s" fill="none" stroke="%s" stroke-width="%s" stroke-linecap="round" stroke-linejoin="round" stroke-opacity="0.4"/>`+"\n",
		strings.ReplaceAll(p.points(pts), " ", " L"), PropInk, p.w(LimbWidth))
}

// dot is a filled circle.
func (p *pen) dot(c Pt, r float64, fill string) {
	c = p.at(c)
	fmt.Fprintf(&p.b, `<circle cx="%s" cy="%s" r="%s" fill="%s"/>`+"\n", num(c.X), num(c.Y), p.w(r), fill)
}

// disc is a circle filled with fill and outlined in ink.
func (p *pen) disc(c Pt, r float64, fill, ink string) {
	c = p.at(c)
	fmt.Fprintf(&p.b, `<circle cx="%s" cy="%s" r="%s" fill="%s" stroke="%s" stroke-width="%s"/>`+"\n", num(c.X), num(c.Y), p.w(r), fill, ink, p.w(3))
}

// rect is a rounded rectangle filled and outlined in the props' colours.
func (p *pen) rect(x, y, w, h, r float64) {
	o := p.at(Pt{x, y})
	fmt.Fprintf(&p.b, `<rect x="%s" y="%s" width="%s" height="%s" rx="%s" ry="%s" fill="%s" stroke="%s" stroke-width="%s"/>`+"\n",
		num(o.X), num(o.Y), p.w(w), p.w(h), p.w(r), p.w(r), PropFill, PropInk, p.w(4))
}

// shape is a polygon filled and outlined in the props' colours.
func (p *pen) shape(pts ...Pt) {
	fmt.Fprintf(&p.b, `<polygon points="%s" fill="%s" stroke="%s" stroke-width="%s" stroke-linejoin="round"/>`+"\n", p.points(pts), PropFill, PropInk, p.w(4))
}

// outline is a polygon filled with fill and outlined in the props' ink.
func (p *pen) outline(fill string, pts ...Pt) {
	fmt.Fprintf(&p.b, `<polygon points="%s" fill="%s" stroke="%s" stroke-width="%s" stroke-linejoin="round"/>`+"\n", p.points(pts), fill, PropInk, p.w(4))
}

// polygon is a filled polygon with slightly rounded corners.
func (p *pen) polygon(fill string, pts ...Pt) {
	fmt.Fprintf(&p.b, `<polygon points="%s" fill="%s" stroke="%s" stroke-width="%s" stroke-linejoin="round"/>`+"\n", p.points(pts), fill, fill, p.w(2))
}

func pt(q Pt) string { return num(q.X) + "," + num(q.Y) }

func num(v float64) string {
	s := fmt.Sprintf("%.1f", v)
	s = strings.TrimSuffix(s, ".0")
	if s == "-0" {
		s = "0"
	}
	return s
}
