package drawing

import "sort"

// thumb is how far a thumb sticks out from the middle of the hand.
const thumb = 14.0

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
	head := depth(Head)
	parts := []part{{middle, func(p *pen) { s.trunk(p, body) }}, {head, func(p *pen) { s.head(p, body) }}}
	// A limb is on the far side if its root is behind the middle of the
	// shoulders or hips it hangs from, unless its end comes well in front:
	// an arm that reaches across under the body to the near side is drawn
	// near. Each segment is drawn at its own depth, so that one arm can
	// pass under another.
	limb := func(js ...Joint) {
		ink, centre := Ink, Chest
		if js[0] == LeftHip || js[0] == RightHip {
			centre = Pelvis
		}
		if c := depth(centre); depth(js[0]) < c-4 && depth(js[len(js)-1]) < c+8 {
			ink = FarInk
		}
		for i := 1; i < len(js); i++ {
			a, b := cam.At(body.at[js[i-1]]), cam.At(body.at[js[i]])
			last := i == len(js)-1
			d := depth(js[i-1], js[i])
			// A hand that holds the head is behind it, as seen from the side.
			if last && body.at[js[i]].Sub(body.at[Head]).len() < HeadRadius+3 {
				d = min(d, head-1)
			}
			parts = append(parts, part{d, func(p *pen) { p.segment(ink, a, b, last) }})
		}
	}
	limb(LeftShoulder, LeftElbow, LeftHand)
	limb(RightShoulder, RightElbow, RightHand)
	if s.Figure.Thumbs != Nowhere {
		for _, hand := range []Joint{LeftHand, RightHand} {
			h := body.at[hand]
			a, b := cam.At(h), cam.At(h.Add(s.Figure.Thumbs.unit().Mul(thumb)))
			parts = append(parts, part{depth(hand) + 0.5, func(p *pen) { p.line(Ink, LimbWidth*0.6, a, b) }})
		}
	}
	limb(LeftHip, LeftKnee, LeftAnkle, LeftToe)
	limb(RightHip, RightKnee, RightAnkle, RightToe)
	// The trunk and head go first among equals: limbs beside them are
	// drawn over them.
	sort.SliceStable(parts, func(i, j int) bool { return parts[i].depth < parts[j].depth-0.5 })
	for _, part := range parts {
		part.draw(p)
	}
}

// trunk draws the glow of the working area, the body's breadth, the spine
// with the lines of the shoulders and hips, the working area itself and
// the neck.
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
