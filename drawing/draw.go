package drawing

import (
	"math"
	"sort"
)

// part is a piece of the figure drawn at a depth: the far side first.
type part struct {
	depth float64
	draw  func(p *pen)
}

// figure draws the body piece by piece, from the far side to the near,
// with limbs on the far side in FarInk.
func (s Scene) figure(p *pen, body *Body) {
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
	head := depth(Head)
	// The working area's glow goes under the whole figure, so that a limb
	// behind the trunk is not tinted where the glow spreads over it.
	glow := part{math.Inf(-1), func(p *pen) {
		for _, h := range s.Work {
			p.curve(Accent, 26, 0.3, s.highlight(body, h))
		}
	}}
	parts := []part{glow, {middle, func(p *pen) { s.trunk(p, body) }}, {head, func(p *pen) { s.head(p, body) }}}
	for _, q := range s.Among {
		parts = append(parts, q.parts(cam, body)...)
	}
	for _, l := range s.strokes(body) {
		parts = append(parts, part{l.depth, func(p *pen) { p.segment(l.ink, l.a, l.b, l.last) }})
	}
	// The trunk and head go first among equals: limbs beside them are
	// drawn over them.
	sort.SliceStable(parts, func(i, j int) bool { return parts[i].depth < parts[j].depth-0.5 })
	for _, part := range parts {
		part.draw(p)
	}
}

// stroke is one segment of a limb as drawn: from a to b on the canvas, in
// ink, at its depth; last is the hand's or the foot's.
type stroke struct {
	limb  []Joint // the limb's joints, from its root
	to    Joint   // the joint the segment ends at
	a, b  Pt
	ink   string
	depth float64
	last  bool
}

// limbs are the joints of each limb, from its root.
var limbs = [][]Joint{
	{LeftShoulder, LeftElbow, LeftHand}, {RightShoulder, RightElbow, RightHand},
	{LeftHip, LeftKnee, LeftAnkle, LeftToe}, {RightHip, RightKnee, RightAnkle, RightToe},
}

// strokes are the segments of the limbs, each at its own depth, so that
// one arm can pass under another. A limb is on the far side, and drawn in
// FarInk from root to end, if its root is behind the middle of the
// shoulders or hips it hangs from: one limb, one tone.
func (s Scene) strokes(body *Body) []stroke {
	cam := s.Camera
	depth := func(js ...Joint) float64 {
		sum := 0.0
		for _, j := range js {
			_, d := cam.Project(body.at[j])
			sum += d
		}
		return sum / float64(len(js))
	}
	head := depth(Head)
	var out []stroke
	for _, js := range limbs {
		ink := Ink
		if body.far(cam, js[len(js)-1]) {
			ink = FarInk
		}
		for i := 1; i < len(js); i++ {
			l := stroke{limb: js, to: js[i], a: cam.At(body.at[js[i-1]]), b: cam.At(body.at[js[i]]), ink: ink,
				depth: depth(js[i-1], js[i]), last: i == len(js)-1}
			// A hand that holds the head is behind it.
			if l.last && holdsHead(body, l.to) {
				l.depth = min(l.depth, head-1)
			}
			out = append(out, l)
		}
	}
	return out
}

// far is whether a hand or foot is on a limb on the far side of the body,
// as cam sees it: its root is behind the middle of the shoulders or hips
// it hangs from.
func (b *Body) far(cam Camera, end Joint) bool {
	for _, js := range limbs {
		if js[len(js)-1] == end || js[len(js)-2] == end && len(js) == 4 {
			centre := Chest
			if js[0] == LeftHip || js[0] == RightHip {
				centre = Pelvis
			}
			_, root := cam.Project(b.at[js[0]])
			_, middle := cam.Project(b.at[centre])
			return root < middle-4
		}
	}
	return false
}

// holdsHead is whether a hand is on the head, holding it.
func holdsHead(body *Body, hand Joint) bool {
	return (hand == LeftHand || hand == RightHand) && body.at[hand].Sub(body.at[Head]).len() < HeadRadius+3
}

// trunk draws the body's breadth, the spine with the lines of the
// shoulders and hips, the working area itself and the neck.
func (s Scene) trunk(p *pen, body *Body) {
	cam := s.Camera
	at := func(j Joint) Pt { return cam.At(body.at[j]) }
	// A working area on the side of the body away from the camera (the
	// back, seen from the front) is drawn under the trunk, where only its
	// glow shows round it.
	behind := func(h Highlight) bool {
		d := 0.0
		for _, q := range h {
			_, a := cam.Project(body.On(q.T, q.Front, q.Right))
			_, b := cam.Project(body.On(q.T, 0, 0))
			d += (a - b) / float64(len(h))
		}
		return d < -2
	}
	for _, h := range s.Work {
		if behind(h) {
			p.curve(Accent, SpineWidth-4, 1, s.highlight(body, h))
		}
	}
	// The trunk's breadth: seen edge on, it is no more than the spine.
	// It is as broad at the hips as the line of the hips, so the waist is
	// not pinched in above it, and broadens to the shoulders.
	var left, right []Pt
	for i := 0; i <= 8; i++ {
		t := float64(i) / 8
		w := Hips + 3 + (Shoulders-Hips-3)*t*t
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
		if !behind(h) {
			p.curve(Accent, SpineWidth-4, 1, s.highlight(body, h))
		}
	}
	p.line(Ink, LimbWidth, at(Chest), cam.At(body.at[Chest].Add(body.neck.Mul(Neck+2))))
}

// head draws the head, with a nose to show which way it looks; seen from
// behind, the head hides it.
func (s Scene) head(p *pen, body *Body) {
	cam := s.Camera
	head := cam.At(body.at[Head])
	p.dot(head, HeadRadius, Ink)
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
