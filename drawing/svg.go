package drawing

import (
	"fmt"
	"math"
	"strings"
)

// Scene is one keyframe: props behind the figure, the figure, the working
// area, props in front of it, and arrows showing where the body goes next.
type Scene struct {
	Floor  bool   // a floor line under the figure
	Behind []Prop // props behind the body, like a chair back or a door frame
	Figure Figure
	Work   []Highlight
	Before []Prop // props in front of the body, like a weight in the near hand
	Arrows []Arrow
}

// Highlight marks the working area: a stretch of the spine from From to
// To (0 hip, 1 shoulders), moved Offset units off it (see Figure.SpineAt).
type Highlight struct{ From, To, Offset float64 }

// Arrow is a movement: a smooth curve through its points, with a head at
// the last one.
type Arrow []Pt

// Prop is anything that is not the body.
type Prop interface{ svg(b *strings.Builder) }

// SVG is the scene as a standalone SVG document.
func (s Scene) SVG() string {
	var b strings.Builder
	b.WriteString(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 240 240" width="240" height="240">` + "\n")
	fmt.Fprintf(&b, `<rect x="0" y="0" width="240" height="240" rx="20" ry="20" fill="%s"/>`+"\n", Card)
	if s.Floor {
		fmt.Fprintf(&b, `<line x1="14" y1="%s" x2="226" y2="%s" stroke="%s" stroke-width="4" stroke-linecap="round"/>`+"\n", num(FloorLine+LimbWidth/2+2), num(FloorLine+LimbWidth/2+2), PropInk)
	}
	for _, p := range s.Behind {
		p.svg(&b)
	}
	f, j := s.Figure, s.Figure.joints()
	far := FarInk
	if f.View == Front {
		far = Ink // both sides are in plain sight
	}
	limb(&b, far, LimbWidth, j.farShoulder, j.farElbow, j.farHand)
	leg(&b, far, f, j.farHip, j.farKnee, j.farAnkle, j.farToe)
	for _, h := range s.Work {
		path(&b, Accent, 26, 0.28, s.spine(h))
	}
	fmt.Fprintf(&b, `<path d="M%s Q%s %s" fill="none" stroke="%s" stroke-width="%s" stroke-linecap="round"/>`+"\n",
		pt(j.hip), pt(j.spineControl), pt(j.shoulder), Ink, num(SpineWidth))
	if f.View == Front {
		limb(&b, Ink, SpineWidth, j.farShoulder, j.nearShoulder)
		limb(&b, Ink, SpineWidth, j.farHip, j.nearHip)
	}
	for _, h := range s.Work {
		path(&b, Accent, SpineWidth-3, 1, s.spine(h))
	}
	neck := along(j.shoulder, f.Neck, Neck*f.size())
	limb(&b, Ink, LimbWidth, j.shoulder, neck)
	fmt.Fprintf(&b, `<circle cx="%s" cy="%s" r="%s" fill="%s"/>`+"\n", num(j.head.X), num(j.head.Y), num(HeadRadius*f.size()), Ink)
	if f.View == Front && f.Face != 0 { // a nose shows which way the head is turned
		nose := j.head.add(dir(f.Neck - 90).scale(HeadRadius * f.size() * f.Face))
		fmt.Fprintf(&b, `<circle cx="%s" cy="%s" r="4.5" fill="%s"/>`+"\n", num(nose.X), num(nose.Y+2), Ink)
	}
	leg(&b, Ink, f, j.nearHip, j.nearKnee, j.nearAnkle, j.nearToe)
	limb(&b, Ink, LimbWidth, j.nearShoulder, j.nearElbow, j.nearHand)
	for _, p := range s.Before {
		p.svg(&b)
	}
	for _, a := range s.Arrows {
		a.svg(&b)
	}
	b.WriteString("</svg>\n")
	return b.String()
}

func (s Scene) spine(h Highlight) []Pt {
	var pts []Pt
	for i := 0; i <= 12; i++ {
		pts = append(pts, s.Figure.SpineAt(h.From+(h.To-h.From)*float64(i)/12, h.Offset))
	}
	return pts
}

func leg(b *strings.Builder, ink string, f Figure, hip, knee, ankle, toe Pt) {
	if f.NoFeet {
		limb(b, ink, LimbWidth, hip, knee, ankle)
		return
	}
	limb(b, ink, LimbWidth, hip, knee, ankle, toe)
}

// limb is a round-capped, round-joined polyline.
func limb(b *strings.Builder, ink string, width float64, pts ...Pt) {
	parts := make([]string, len(pts))
	for i, p := range pts {
		parts[i] = pt(p)
	}
	fmt.Fprintf(b, `<polyline points="%s" fill="none" stroke="%s" stroke-width="%s" stroke-linecap="round" stroke-linejoin="round"/>`+"\n",
		strings.Join(parts, " "), ink, num(width))
}

// path is a smooth curve through pts.
func path(b *strings.Builder, ink string, width, opacity float64, pts []Pt) {
	fmt.Fprintf(b, `<path d="%s" fill="none" stroke="%s" stroke-width="%s" stroke-linecap="round" stroke-linejoin="round"`, smooth(pts), ink, num(width))
	if opacity < 1 {
		fmt.Fprintf(b, ` stroke-opacity="%s"`, num(opacity))
	}
	b.WriteString("/>\n")
}

// smooth is a path through pts: straight for two points, otherwise
// quadratic segments through the midpoints.
func smooth(pts []Pt) string {
	if len(pts) < 3 {
		return "M" + pt(pts[0]) + " L" + pt(pts[len(pts)-1])
	}
	var d strings.Builder
	d.WriteString("M" + pt(pts[0]))
	for i := 1; i < len(pts)-1; i++ {
		end := pts[i].lerp(pts[i+1], 0.5)
		if i == len(pts)-2 {
			end = pts[i+1]
		}
		d.WriteString(" Q" + pt(pts[i]) + " " + pt(end))
	}
	return d.String()
}

func (a Arrow) svg(b *strings.Builder) {
	pts := []Pt(a)
	tip, from := pts[len(pts)-1], pts[len(pts)-2]
	back := from.sub(tip)
	l := math.Hypot(back.X, back.Y)
	back = back.scale(1 / l)
	side := Pt{-back.Y, back.X}
	const length, half = 13.0, 8.0
	base := tip.add(back.scale(length))
	// Stop the shaft inside the head so the round cap does not poke through.
	shaft := append(append([]Pt{}, pts[:len(pts)-1]...), tip.add(back.scale(length-2)))
	path(b, ArrowInk, ArrowWidth, 1, shaft)
	fmt.Fprintf(b, `<polygon points="%s %s %s" fill="%s" stroke="%s" stroke-width="2" stroke-linejoin="round"/>`+"\n",
		pt(tip), pt(base.add(side.scale(half))), pt(base.add(side.scale(-half))), ArrowInk, ArrowInk)
}

func pt(p Pt) string { return num(p.X) + "," + num(p.Y) }

func num(v float64) string {
	s := fmt.Sprintf("%.1f", v)
	s = strings.TrimSuffix(s, ".0")
	if s == "-0" {
		s = "0"
	}
	return s
}
