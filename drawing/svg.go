package drawing

import (
	"fmt"
	"sort"
)

// Scene is one keyframe: a camera, props behind the figure, the figure,
// the working area, props in front of it, and arrows showing where the
// body goes next. Props and arrows are placed on the canvas as the
// camera's side view would show them; the figure and its working area are
// in space, seen by the camera. The camera's zoom then enlarges it all.
type Scene struct {
	Camera Camera
	Floor  bool   // a floor line under the figure
	Behind []Prop // props behind the body, like a chair back or a door frame
	Figure Figure
	Work   []Highlight
	Before []Prop // props in front of the body, like a weight in the near hand
	Arrows []Arrow
}

// Highlight marks the working area: a stroke through points on the body.
type Highlight []Spot

// Spot is a point on the body (see Body.On): T along the spine (0 pelvis,
// 1 shoulders), Front units towards its front, Right units towards its
// right side.
type Spot struct{ T, Front, Right float64 }

// Along is a highlight along the spine from t0 to t1, front units in
// front of it (negative: on the back).
func Along(t0, t1, front float64) Highlight {
	var h Highlight
	for i := 0; i <= 8; i++ {
		h = append(h, Spot{t0 + (t1-t0)*float64(i)/8, front, 0})
	}
	return h
}

// Prop is anything that is not the body.
type Prop interface{ draw(p *pen) }

// SVG is the scene as a standalone SVG document.
func (s Scene) SVG() string {
	p := s.Camera.pen()
	fmt.Fprintf(&p.b, `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 240 240" width="240" height="240">`+"\n")
	fmt.Fprintf(&p.b, `<rect x="0" y="0" width="240" height="240" rx="20" ry="20" fill="%s"/>`+"\n", Card)
	for _, q := range s.Behind {
		q.draw(p)
	}
	s.shadows(p)
	s.figure(p)
	if s.Floor { // after the figure, so the limbs' halos do not cut it
		y := num(p.at(Pt{0, FloorLine + LimbWidth/2 + 2}).Y)
		fmt.Fprintf(&p.b, `<line x1="14" y1="%s" x2="226" y2="%s" stroke="%s" stroke-width="%s" stroke-linecap="round"/>`+"\n", y, y, PropInk, p.w(4))
	}
	for _, q := range s.Before {
		q.draw(p)
	}
	for _, a := range s.Arrows {
		a.draw(p)
	}
	p.b.WriteString("</svg>\n")
	return p.b.String()
}

// OnCard is where a joint of the scene's figure lands on the card, zoom
// and all.
func (s Scene) OnCard(j Joint) Pt { return s.Camera.pen().at(s.Camera.At(s.Figure.At(j))) }

// part is a piece of the figure drawn at a depth: the far side first.
type part struct {
	depth float64
	draw  func(p *pen)
}

// figure draws the body piece by piece, from the far side to the near,
// with limbs on the far side in FarInk.
func (s Scene) figure(p *pen) {
	body := s.Figure.Pose()
	cam := s.Camera
	depth := func(js ...Joint) float64 {
		sum := 0.0
		for _, j := range js {
			_, d := cam.Project(body.at[j])
			sum += d
		}
		return sum / float64(len(js))
	}
	_, middle := cam.Project(body.spine(0.5))
	parts := []part{{middle, func(p *pen) { s.trunk(p, body) }}}
	// A limb is on the far side if its root is behind the middle of the
	// shoulders or hips it hangs from. Each segment of it is drawn at its
	// own depth, so that one arm can pass under another.
	limb := func(js ...Joint) {
		ink, centre := Ink, Chest
		if js[0] == LeftHip || js[0] == RightHip {
			centre = Pelvis
		}
		if depth(js[0]) < depth(centre)-4 {
			ink = FarInk
		}
		for i := 1; i < len(js); i++ {
			a, b := cam.At(body.at[js[i-1]]), cam.At(body.at[js[i]])
			last := i == len(js)-1
			parts = append(parts, part{depth(js[i-1], js[i]), func(p *pen) { p.segment(ink, a, b, last) }})
		}
	}
	limb(LeftShoulder, LeftElbow, LeftHand)
	limb(RightShoulder, RightElbow, RightHand)
	limb(LeftHip, LeftKnee, LeftAnkle, LeftToe)
	limb(RightHip, RightKnee, RightAnkle, RightToe)
	// The trunk goes first among equals: limbs beside it are drawn over it.
	sort.SliceStable(parts, func(i, j int) bool { return parts[i].depth < parts[j].depth-0.5 })
	for _, part := range parts {
		part.draw(p)
	}
}

// trunk draws the glow of the working area, the spine with the lines of
// the shoulders and hips, the working area itself, the neck and the head.
func (s Scene) trunk(p *pen, body *Body) {
	cam := s.Camera
	at := func(j Joint) Pt { return cam.At(body.at[j]) }
	for _, h := range s.Work {
		p.curve(Accent, 26, 0.3, s.highlight(body, h))
	}
	// The trunk's breadth: seen edge on, it is no more than the spine.
	var left, right []Pt
	for i := 0; i <= 8; i++ {
		t := float64(i) / 8
		w := Hips + (Shoulders-Hips)*t*t
		left = append(left, cam.At(body.On(t, 0, -w)))
		right = append([]Pt{cam.At(body.On(t, 0, w))}, right...)
	}
	p.polygon(Ink, append(left, right...)...)
	p.cubic(Ink, SpineWidth, at(Pelvis), cam.At(body.c1), cam.At(body.c2), at(Chest))
	if l, r := at(LeftShoulder), at(RightShoulder); l.sub(r).len() > 2 {
		p.line(Ink, SpineWidth, l, r)
	}
	if l, r := at(LeftHip), at(RightHip); l.sub(r).len() > 2 {
		p.line(Ink, SpineWidth, l, r)
	}
	for _, h := range s.Work {
		p.curve(Accent, SpineWidth-4, 1, s.highlight(body, h))
	}
	p.line(Ink, LimbWidth, at(Chest), cam.At(body.at[Chest].Add(body.neck.Mul(Neck+2))))
	head := at(Head)
	p.dot(head, HeadRadius, Ink)
	// A nose shows which way the head looks; seen from behind, the head
	// hides it.
	if nose := cam.At(body.at[Head].Add(body.face.Mul(HeadRadius))); nose.sub(head).len() > 4 {
		p.dot(nose, 4.5, Ink)
	}
}

func (s Scene) highlight(body *Body, h Highlight) []Pt {
	pts := make([]Pt, len(h))
	for i, q := range h {
		pts[i] = s.Camera.At(body.On(q.T, q.Front, q.Right))
	}
	return pts
}

// shadows are drawn on the floor under the limbs when the camera looks
// down from above, where a limb's lift off the floor cannot be seen: the
// higher the limb, the further its shadow falls from it, down and to the
// right of the picture.
func (s Scene) shadows(p *pen) {
	if s.Camera.Pitch < 45 {
		return
	}
	body := s.Figure.Pose()
	shadow := func(v V) Pt {
		lift := max(0, floor-v.Y)
		return s.Camera.At(V{v.X, floor, v.Z}).add(Pt{0.6, 0.8}.scale(lift))
	}
	for _, js := range [][]Joint{
		{LeftShoulder, LeftElbow, LeftHand}, {RightShoulder, RightElbow, RightHand},
		{LeftHip, LeftKnee, LeftAnkle}, {RightHip, RightKnee, RightAnkle},
	} {
		pts := make([]Pt, len(js))
		for i, j := range js {
			pts[i] = shadow(body.at[j])
		}
		p.shade(pts...)
	}
}
