package drawing

import (
	"fmt"
	"math"
	"strings"
	"testing"

	"posturebreak/assets"
)

// The tests in this file hold what blind readers of the pictures asked
// for, where a test can hold it.

// toSegment is how far q is from the segment from a to b.
func toSegment(q, a, b Pt) float64 {
	d := b.sub(a)
	t := 0.0
	if l := d.X*d.X + d.Y*d.Y; l > 0 {
		t = max(0, min(1, ((q.X-a.X)*d.X+(q.Y-a.Y)*d.Y)/l))
	}
	return q.sub(a.add(d.scale(t))).len()
}

// headCut is how far the limb stroke drawn over the head that comes
// nearest it cuts into it on the canvas, in units (0 or less: none touches
// it), and which it is. A stroke drawn before the head (a limb behind it,
// or the forearm of a hand that holds it) is covered by the head's clean
// circle and does not count, nor does the first half spine's width of an
// upper arm or thigh, which the line of the shoulders or hips covers.
func headCut(s Scene, body *Body) (cut float64, where string) {
	head := s.Camera.At(body.At(Head))
	_, depth := s.Camera.Project(body.At(Head))
	cut = -1e9
	for _, l := range s.strokes(body) {
		if l.depth < depth-0.5 { // drawn before the head, which covers it
			continue
		}
		a := l.a
		if l.limb[1] == l.to { // from the root: the shoulder or hip line covers its first units
			if d := l.b.sub(l.a); d.len() > SpineWidth/2 {
				a = a.add(d.scale(SpineWidth / 2 / d.len()))
			}
		}
		if c := HeadRadius + LimbWidth/2 - toSegment(head, a, l.b); c > cut {
			cut, where = c, fmt.Sprintf("the limb from the %s, to the %s,", l.limb[0], l.to)
		}
	}
	return cut, where
}

// No limb's stroke is drawn across the head, in any picture: a head
// crossed by an arm, halo and all, reads as a bow tie, or as no head at
// all. A limb in front of the head goes beside it; one behind it is drawn
// under the head's clean circle.
func TestNoLimbCrossesTheHead(t *testing.T) {
	crossed := standing(120)
	crossed.RightArm = Reach(crossed.At(Head).Add(V{HeadRadius + 8, 0, 4}), Up) // the near arm, seen from the side
	if c, _ := headCut(Scene{Figure: crossed}, crossed.Pose()); c < 5 {
		t.Fatalf("headCut misses an arm across the face (%.1f)", c)
	}
	for _, s := range everyStep() {
		body := s.scene.Figure.Pose()
		if c, where := headCut(s.scene, body); c > 0.5 {
			t.Errorf("%s: %s cuts %.1f into the head", s.name, where, c)
		}
	}
}

// mixedTones is a limb drawn in more than one tone, if any.
func mixedTones(ls []stroke) (bad bool, limb Joint) {
	ink := map[Joint]string{}
	for _, l := range ls {
		if was, ok := ink[l.limb[0]]; ok && was != l.ink {
			return true, l.limb[0]
		}
		ink[l.limb[0]] = l.ink
	}
	return false, 0
}

// A limb is one tone from its root to its end, near or far, in every
// picture: a leg whose thigh is grey and shin dark reads as two legs.
func TestALimbIsOneTone(t *testing.T) {
	s := scenes["cat-cow"][0]
	ls := s.strokes(s.Figure.Pose())
	ls[1].ink = map[string]string{Ink: FarInk, FarInk: Ink}[ls[1].ink] // the left forearm
	if bad, _ := mixedTones(ls); !bad {
		t.Fatal("mixedTones misses a forearm in another tone than its upper arm")
	}
	for _, s := range everyStep() {
		if bad, limb := mixedTones(s.scene.strokes(s.scene.Figure.Pose())); bad {
			t.Errorf("%s: the limb from the %s is drawn in two tones", s.name, limb)
		}
	}
}

// lift is how far a hand rises on the card between two scenes, in pixels
// at size px (up is +), and how far it rises off the floor, in units.
func lift(a, b Scene, hand Joint, size float64) (px, units float64) {
	return (a.OnCard(hand).Y - b.OnCard(hand).Y) * size / 240, a.Figure.At(hand).Y - b.Figure.At(hand).Y
}

// In the Y-raise the arms lift a little off the floor, enough to see at
// 120 px, and the arrow does not hide it: readers saw it move a few
// pixels, hidden behind its arrow.
func TestTheYRaiseLiftShowsAt120(t *testing.T) {
	s := scenes["y-raise"]
	flat := s[0]
	flat.Figure = s[1].Figure
	flat.Figure.LeftArm, flat.Figure.RightArm = arm(-1, 40, 4), arm(1, 40, 4)
	if px, _ := lift(s[0], flat, RightHand, 120); px >= 8 {
		t.Fatalf("lift takes a lift of 4° for %.1f px", px)
	}
	for _, hand := range []Joint{LeftHand, RightHand} {
		// The arrow keeps clear of the hands, and does not hide the lift.
		h := s[1].Camera.At(s[1].Figure.At(hand))
		for _, a := range s[1].Arrows {
			for i := 1; i < len(a); i++ {
				if d := toSegment(h, a[i-1], a[i]); d < LimbWidth+ArrowWidth {
					t.Errorf("the arrow passes %.1f from the %s", d, hand)
				}
			}
		}
		// Seen from the side, a little beyond the feet, the far hand rises
		// partly away from the viewer: 6 px at 120 px, with its shadow to
		// show it; the near one the full 8.
		px, units := lift(s[0], s[1], hand, 120)
		if least := map[Joint]float64{RightHand: 8, LeftHand: 6}[hand]; px < least {
			t.Errorf("the %s rises %.1f px at 120 px, want %.0f", hand, px, least)
		}
		// A little: no more than 25°.
		if units < 10 || units > (UpperArm+Forearm)*math.Sin(25*math.Pi/180) {
			t.Errorf("the %s comes %.0f off the floor", hand, units)
		}
	}
}

// In the prone swimmers the hands stay off the floor all the way round,
// in every step: "keeping your hands off the floor".
func TestTheSwimmersHandsStayOffTheFloor(t *testing.T) {
	steps := 0
	for _, s := range everyStep() {
		if !strings.HasPrefix(s.name, "prone-swimmers,") {
			continue
		}
		steps++
		b := s.scene.Figure.Pose()
		for _, hand := range []Joint{LeftHand, RightHand} {
			if off := floor - b.At(hand).Y; off < 6 {
				t.Errorf("%s: the %s is %.1f off the floor", s.name, hand, off)
			}
		}
	}
	if steps == 0 {
		t.Fatal("no step of the swimmers")
	}
}

// stepsOf are the scene at every step of the movement from keyframe a to
// keyframe b of an exercise, both keyframes included.
func stepsOf(id string, a, b int) []Scene {
	s := scenes[id]
	var out []Scene
	for k := 0; k <= assets.InBetweens; k++ {
		out = append(out, Tween(s[a-1], s[b-1], float64(k)/assets.InBetweens))
	}
	return out
}

// In the superman the arms, the chest and the legs come off the floor
// together, steadily, while the hips stay on it, and by enough to see at
// 120 px: readers took a lift seen from beyond the feet for one arm and
// the opposite leg.
func TestTheSupermanLiftsArmsChestAndLegs(t *testing.T) {
	parts := []Joint{LeftHand, RightHand, Chest, LeftAnkle, RightAnkle}
	was := map[Joint]float64{}
	for k, s := range stepsOf("superman", 1, 2) {
		b := s.Figure.Pose()
		if d := math.Abs(b.At(Pelvis).Y - floor); d > 0.5 {
			t.Errorf("step %d: the hips are %.1f off the floor", k, d)
		}
		for _, j := range parts {
			off := floor - b.At(j).Y
			if k > 0 && off < was[j]-0.01 {
				t.Errorf("step %d: the %s comes down, from %.1f to %.1f off the floor", k, j, was[j], off)
			}
			was[j] = off
		}
	}
	s := scenes["superman"]
	for _, j := range parts {
		px, units := lift(s[0], s[1], j, 120)
		if units < 10 || j != Chest && px < 6 {
			t.Errorf("the %s comes %.0f off the floor, and rises %.1f px at 120 px", j, units, px)
		}
	}
}

// aside is how far q is to the left of the line from a through b on the
// card (negative: to its right).
func aside(q, a, b Pt) float64 {
	d, e := b.sub(a), q.sub(a)
	return (d.X*e.Y - d.Y*e.X) / d.len()
}

// Lying face down with the arms overhead, seen from the side, the head
// lies between the arms on the card, clear of each, in every step: the
// near arm on one side of it and the far arm on the other, neither across
// it. (The Y-raise is seen from beyond the head: its arms open either side
// of the head, TestTheYIsEven.)
func TestTheHeadLiesBetweenTheArms(t *testing.T) {
	between := func(s Scene) (left, right float64) {
		b := s.Figure.Pose()
		at := func(j Joint) Pt { return s.Camera.At(b.At(j)) }
		return aside(at(Head), at(LeftShoulder), at(LeftHand)), aside(at(Head), at(RightShoulder), at(RightHand))
	}
	up := standing(120)
	up.LeftArm, up.RightArm = Straight(Up), Straight(Up)
	if l, r := between(Scene{Figure: up}); l*r < 0 {
		t.Fatalf("between finds the head between arms held up in line, seen from the side (%.1f, %.1f)", l, r)
	}
	for _, id := range []string{"superman"} {
		for k, s := range stepsOf(id, 1, 2) {
			if l, r := between(s); l*r > 0 || math.Min(math.Abs(l), math.Abs(r)) < HeadRadius {
				t.Errorf("%s, step %d: the head is %.1f from the left arm and %.1f from the right, not between them", id, k, l, r)
			}
		}
	}
}

// The Y-raise's Y reads as a Y: on the card, both arms open at least 20°
// from the line of the body, and neither more than twice the other, so it
// is not a line nor lopsided. (Seen a little from beyond the feet, which
// the blind reader found clearest, the two cannot open quite evenly.)
func TestTheYIsEven(t *testing.T) {
	s := scenes["y-raise"][0]
	b := s.Figure.Pose()
	at := func(j Joint) Pt { return s.Camera.At(b.At(j)) }
	body := at(Chest).sub(at(Pelvis))
	open := func(shoulder, hand Joint) float64 {
		d := at(hand).sub(at(shoulder))
		return math.Acos((d.X*body.X+d.Y*body.Y)/(d.len()*body.len())) * 180 / math.Pi
	}
	l, r := open(LeftShoulder, LeftHand), open(RightShoulder, RightHand)
	if math.Max(l, r) > 2*math.Min(l, r) || math.Min(l, r) < 20 {
		t.Errorf("the arms open %.0f° and %.0f° from the body", l, r)
	}
}

// fromSpine is how far q is from the spine on the card.
func fromSpine(s Scene, q Pt) float64 {
	b := s.Figure.Pose()
	d := math.Inf(1)
	for i := 0; i < 20; i++ {
		d = math.Min(d, toSegment(q, s.Camera.At(b.spine(float64(i)/20)), s.Camera.At(b.spine(float64(i+1)/20))))
	}
	return d
}

// In every keyframe of the swimmers each hand is drawn clear of the
// trunk at its broadest, halo and all: readers lost the arms against the
// body when they came down by the hips.
func TestTheSwimmersHandsShowBesideTheBody(t *testing.T) {
	for i, s := range scenes["prone-swimmers"] {
		b := s.Figure.Pose()
		for _, hand := range []Joint{LeftHand, RightHand} {
			if d := fromSpine(s, s.Camera.At(b.At(hand))); d < Shoulders+LimbWidth/2+Halo {
				t.Errorf("prone-swimmers-%d: the %s is drawn %.1f from the spine, against the trunk", i+1, hand, d)
			}
		}
	}
}

// apart is how far apart two segments are on the card (they do not
// cross).
func apart(a, b, c, d Pt) float64 {
	return min(toSegment(a, c, d), toSegment(b, c, d), toSegment(c, a, b), toSegment(d, a, b))
}

// In thread the needle the threaded forearm is drawn clear of the other
// arm, halo and all: readers saw a knot of limbs round the head.
func TestTheThreadedArmIsClearOfTheOther(t *testing.T) {
	s := scenes["thread-the-needle"]
	k := s[len(s)-1]
	b := k.Figure.Pose()
	at := func(j Joint) Pt { return k.Camera.At(b.At(j)) }
	for _, seg := range [][2]Joint{{RightShoulder, RightElbow}, {RightElbow, RightHand}} {
		if d := apart(at(LeftElbow), at(LeftHand), at(seg[0]), at(seg[1])); d < LimbWidth+Halo {
			t.Errorf("the threaded forearm is drawn %.1f from the %s to the %s", d, seg[0], seg[1])
		}
	}
}
