package drawing

import (
	"encoding/xml"
	"fmt"
	"io"
	"math"
	"reflect"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"testing"

	"posturebreak/assets"
)

var jointNames = [...]string{"pelvis", "chest", "head", "left shoulder", "right shoulder", "left elbow", "right elbow",
	"left hand", "right hand", "left hip", "right hip", "left knee", "right knee", "left ankle", "right ankle", "left toe", "right toe"}

func (j Joint) String() string { return jointNames[j] }

// still is one picture the app shows: a keyframe, or a step of the
// movement between two.
type still struct {
	name  string
	scene Scene
}

// everyStep is every picture of every exercise: for every two keyframes,
// every step of the movement from one to the other, the keyframes at
// either end included. The app moves between any two (cat-cow goes flat,
// cow, flat, cat), and the way back is the same pictures backwards.
// Tweening them all takes seconds, so they are made once for every test,
// which only reads them.
var everyStep = sync.OnceValue(func() []still {
	var out []still
	for id, scenes := range Scenes() {
		for _, m := range movements(len(scenes)) {
			for k := 0; k <= assets.InBetweens; k++ {
				name := fmt.Sprintf("%s, step %d of %d from keyframe %d to %d", id, k, assets.InBetweens, m[0], m[1])
				out = append(out, still{name, Tween(scenes[m[0]-1], scenes[m[1]-1], float64(k)/assets.InBetweens)})
			}
		}
	}
	return out
})

// movements are every two of n keyframes, from 1, the lower first.
func movements(n int) [][2]int {
	var out [][2]int
	for a := 1; a <= n; a++ {
		for b := a + 1; b <= n; b++ {
			out = append(out, [2]int{a, b})
		}
	}
	return out
}

// Every two keyframes have a movement between them, and nothing else
// does.
func TestEveryTwoKeyframesMove(t *testing.T) {
	if got := movements(3); !reflect.DeepEqual(got, [][2]int{{1, 2}, {1, 3}, {2, 3}}) {
		t.Fatalf("movements(3) = %v", got)
	}
	steps := map[string]int{}
	for _, s := range everyStep() {
		steps[s.name[:strings.Index(s.name, ",")]]++
	}
	for id, scenes := range scenes {
		n := len(scenes)
		if want := n * (n - 1) / 2 * (assets.InBetweens + 1); steps[id] != want {
			t.Errorf("%s: %d steps tested, want %d", id, steps[id], want)
		}
	}
	files, err := drawnFiles()
	if err != nil {
		t.Fatal(err)
	}
	for id, scenes := range scenes {
		for a := 1; a <= len(scenes)+1; a++ {
			for b := 1; b <= len(scenes)+1; b++ {
				_, ok := files[assets.TweenFile(id, a, b, 1)]
				if want := a < b && b <= len(scenes); ok != want {
					t.Errorf("%s: a movement from %d to %d drawn: %v, want %v", id, a, b, ok, want)
				}
			}
		}
	}
}

// belowFloor is how far a point of the body is below the floor: a joint
// (or the middle of the spine's stroke) goes no lower than the floor
// line, and the head's edge rests on the floor as a limb's stroke does.
func belowFloor(b *Body) (worst float64, where string) {
	check := func(depth float64, name string) {
		if depth > worst {
			worst, where = depth, name
		}
	}
	for j := Pelvis; j < joints; j++ {
		check(b.At(j).Y-FloorLine, j.String())
	}
	check(b.At(Head).Y+HeadRadius-(FloorLine+LimbWidth/2), "edge of the head")
	for t := 0.0; t <= 1; t += 0.05 {
		check(b.spine(t).Y-FloorLine, fmt.Sprintf("spine at %.0f%%", t*100))
	}
	return worst, where
}

// No limb goes through the floor, in any picture the app shows.
func TestNoLimbGoesThroughTheFloor(t *testing.T) {
	sunk := allFours(120).Pose()
	sunk.at[LeftHand].Y += 12
	if d, _ := belowFloor(sunk); d < 10 {
		t.Fatalf("belowFloor misses a hand 12 below the floor (%.1f)", d)
	}
	for _, s := range everyStep() {
		if d, where := belowFloor(s.scene.Figure.Pose()); d > 0.5 {
			t.Errorf("%s: the %s is %.1f below the floor", s.name, where, d)
		}
	}
}

var bones = []struct {
	a, b   Joint
	length float64
}{
	{Pelvis, Chest, Torso},
	{LeftShoulder, LeftElbow, UpperArm}, {LeftElbow, LeftHand, Forearm},
	{RightShoulder, RightElbow, UpperArm}, {RightElbow, RightHand, Forearm},
	{LeftHip, LeftKnee, Thigh}, {LeftKnee, LeftAnkle, Shin}, {LeftAnkle, LeftToe, Foot},
	{RightHip, RightKnee, Thigh}, {RightKnee, RightAnkle, Shin}, {RightAnkle, RightToe, Foot},
	{Chest, LeftShoulder, Shoulders}, {Chest, RightShoulder, Shoulders},
	{Pelvis, LeftHip, Hips}, {Pelvis, RightHip, Hips},
	{Chest, Head, Neck + HeadRadius},
}

// stretched is the first bone of b that is not its length.
func stretched(b *Body) (bad bool, msg string) {
	for _, bone := range bones {
		if got := b.At(bone.a).Sub(b.At(bone.b)).len(); math.Abs(got-bone.length) > 0.01 {
			return true, fmt.Sprintf("the %s to the %s is %.2f long, not %.2f", bone.a, bone.b, got, bone.length)
		}
	}
	return false, ""
}

// Every picture, keyframe or step between, uses the one set of
// proportions: no bone stretches or shrinks as the figure moves.
func TestEveryStepKeepsTheProportions(t *testing.T) {
	long := standing(120).Pose()
	long.at[LeftHand] = long.at[LeftHand].Add(V{0, 5, 0})
	if bad, _ := stretched(long); !bad {
		t.Fatal("stretched misses a forearm 5 too long")
	}
	for _, s := range everyStep() {
		if bad, msg := stretched(s.scene.Figure.Pose()); bad {
			t.Errorf("%s: %s", s.name, msg)
		}
	}
}

var number = regexp.MustCompile(`-?[0-9]+(\.[0-9]+)?`)

// points are the points of the paths in an SVG fragment, as drawn on the
// card, path by path.
func points(svg string) [][]Pt {
	var out [][]Pt
	for _, d := range regexp.MustCompile(` d="([^"]*)"`).FindAllStringSubmatch(svg, -1) {
		ns := number.FindAllString(d[1], -1)
		var pts []Pt
		for i := 0; i+1 < len(ns); i += 2 {
			x, _ := strconv.ParseFloat(ns[i], 64)
			y, _ := strconv.ParseFloat(ns[i+1], 64)
			pts = append(pts, Pt{x, y})
		}
		out = append(out, pts)
	}
	return out
}

// drawnAlone is the SVG a prop draws in a scene.
func drawnAlone(s Scene, q Prop) string {
	p := s.Camera.pen()
	drawn(p, s.Figure.Pose(), []Prop{q})
	return p.b.String()
}

// A dumbbell is drawn in the hand that holds it, and a band ends in the
// hands, in every picture: they follow the hand as it moves.
func TestHeldPropsStayInTheHand(t *testing.T) {
	held := 0
	for _, s := range everyStep() {
		b := s.scene.Figure.Pose()
		onCard := func(j Joint) Pt { return s.scene.Camera.pen().at(s.scene.Camera.At(b.At(j))) }
		for _, q := range append(append([]Prop{}, s.scene.Behind...), s.scene.Among...) {
			switch q := q.(type) {
			case Dumbbell:
				held++
				bar := points(drawnAlone(s.scene, q))[0] // the bar, then the plates
				if mid, hand := bar[0].lerp(bar[1], 0.5), onCard(q.Hand); mid.sub(hand).len() > 0.5 {
					t.Errorf("%s: the dumbbell is drawn at %v, %.1f from the %s", s.name, mid, mid.sub(hand).len(), q.Hand)
				}
			case Band:
				held++
				for i, line := range points(drawnAlone(s.scene, q)) {
					if end, hand := line[len(line)-1], onCard(q.Hands[i]); end.sub(hand).len() > 0.5 {
						t.Errorf("%s: the band ends at %v, %.1f from the %s", s.name, end, end.sub(hand).len(), q.Hands[i])
					}
				}
			}
		}
	}
	if held == 0 {
		t.Fatal("no picture holds a dumbbell or a band")
	}
}

// Props that are not held are the same in every keyframe of an exercise:
// they stay put while the body moves.
func TestFixedPropsStayPut(t *testing.T) {
	fixed := func(ps []Prop) []Prop {
		var out []Prop
		for _, q := range ps {
			if _, ok := q.(Held); !ok {
				out = append(out, q)
			}
		}
		return out
	}
	for id, scenes := range scenes {
		for i, s := range scenes[1:] {
			for _, l := range []struct {
				name string
				a, b []Prop
			}{{"behind", scenes[0].Behind, s.Behind}, {"among", scenes[0].Among, s.Among}} {
				if !reflect.DeepEqual(fixed(l.a), fixed(l.b)) {
					t.Errorf("%s-%d: the props %s the body differ from keyframe 1's", id, i+2, l.name)
				}
			}
		}
	}
}

// The foam roller is under the upper back, a little below the shoulder
// blades (60 to 65% of the way from the hips to the shoulders), and the
// back rests on it, in every picture.
func TestTheBackRestsOnTheRoller(t *testing.T) {
	for _, s := range everyStep() {
		if !reflect.DeepEqual(s.scene.Behind, []Prop{roller}) {
			continue
		}
		b := s.scene.Figure.Pose()
		if at := rollerContact(b); at < 0.58 || at > 0.67 {
			t.Errorf("%s: the roller is %.0f%% of the way from the hips to the shoulders", s.name, at*100)
		}
		if gap := backGap(b); math.Abs(gap) > 1 {
			t.Errorf("%s: the back is %.1f off the roller", s.name, gap)
		}
	}
}

// In the doorway stretch the chest goes forward through the opening, and
// the hips stay about where they were. In the picture, too, it goes
// through: across the line of the wall, not along it, which readers saw
// as moving from one jamb towards the other.
func TestTheChestGoesThroughTheDoorway(t *testing.T) {
	s := scenes["doorway-chest"]
	a, b := s[0].Figure.Pose(), s[len(s)-1].Figure.Pose()
	if a.At(Chest).X > door.X || b.At(Chest).X < door.X+wall/2+4 {
		t.Errorf("the chest goes from %.0f to %.0f, not through the doorway at %.0f", a.At(Chest).X, b.At(Chest).X, door.X)
	}
	for _, body := range []*Body{a, b} {
		if c := body.At(Chest); c.Z < door.Z0+Shoulders || c.Z > door.Z1-Shoulders || body.At(Head).Y-HeadRadius < door.Top {
			t.Errorf("the chest at %v or the head is not within the opening", c)
		}
	}
	if d := math.Abs(b.At(Pelvis).X - a.At(Pelvis).X); d > 6 {
		t.Errorf("the hips move %.1f", d)
	}
	// across is the angle on the card, in degrees, between the chest's
	// movement and the line of the wall, and how far the chest moves.
	across := func(cam Camera) (deg, moved float64) {
		p := cam.pen()
		on := func(v V) Pt { return p.at(cam.At(v)) }
		w := on(V{door.X, FloorLine, door.Z1}).sub(on(V{door.X, FloorLine, door.Z0}))
		m := on(b.At(Chest)).sub(on(a.At(Chest)))
		cos := math.Abs(w.X*m.X+w.Y*m.Y) / (w.len() * m.len())
		return math.Acos(cos) * 180 / math.Pi, m.len()
	}
	if deg, _ := across(Camera{Yaw: -40}); deg > 20 {
		t.Fatalf("across misses a lean along the wall, seen from behind its side (%.0f°)", deg)
	}
	if deg, moved := across(s[0].Camera); deg < 45 || moved < 14 {
		t.Errorf("on the card the chest moves %.0f, at %.0f° to the wall", moved, deg)
	}
}

// drawnPoints are the points an SVG document draws at: every point of
// every path, polygon and line, the centre of every circle and the
// corners of every rect but the card.
func drawnPoints(svg string) ([]Pt, error) {
	var out []Pt
	d := xml.NewDecoder(strings.NewReader(svg))
	for {
		tok, err := d.Token()
		if err == io.EOF {
			return out, nil
		}
		if err != nil {
			return nil, err
		}
		e, ok := tok.(xml.StartElement)
		if !ok {
			continue
		}
		attr := map[string]float64{}
		var list string
		for _, a := range e.Attr {
			switch a.Name.Local {
			case "d", "points":
				list = a.Value
			default:
				attr[a.Name.Local], _ = strconv.ParseFloat(a.Value, 64)
			}
		}
		switch e.Name.Local {
		case "path", "polygon":
			ns := number.FindAllString(list, -1)
			for i := 0; i+1 < len(ns); i += 2 {
				x, _ := strconv.ParseFloat(ns[i], 64)
				y, _ := strconv.ParseFloat(ns[i+1], 64)
				out = append(out, Pt{x, y})
			}
		case "circle":
			out = append(out, Pt{attr["cx"], attr["cy"]})
		case "line":
			out = append(out, Pt{attr["x1"], attr["y1"]}, Pt{attr["x2"], attr["y2"]})
		case "rect":
			if attr["x"] == 0 && attr["y"] == 0 {
				continue // the card
			}
			out = append(out, Pt{attr["x"], attr["y"]}, Pt{attr["x"] + attr["width"], attr["y"] + attr["height"]})
		}
	}
}

// Everything drawn, the mat and the arrows included, is on the card, in
// every picture.
func TestEverythingIsOnTheCard(t *testing.T) {
	for _, s := range everyStep() {
		pts, err := drawnPoints(s.scene.SVG())
		if err != nil {
			t.Fatalf("%s: %v", s.name, err)
		}
		for _, q := range pts {
			if q.X < 6 || q.X > 234 || q.Y < 6 || q.Y > 234 {
				t.Errorf("%s: something is drawn at %.0f,%.0f, off the card", s.name, q.X, q.Y)
				break
			}
		}
	}
}

// In thread the needle the left hand ends across under the chest, beyond
// the right hand, on the floor, and the left shoulder and the head come
// down to the floor.
func TestTheArmThreadsUnderTheChest(t *testing.T) {
	s := scenes["thread-the-needle"]
	b := s[len(s)-1].Figure.Pose()
	if l, r := b.At(LeftHand), b.At(RightHand); l.Z < r.Z+20 || l.Y < FloorLine-3 {
		t.Errorf("the left hand ends at %v, not on the floor beyond the right hand at %v", l, r)
	}
	if y := b.At(LeftShoulder).Y; y < FloorLine-10 {
		t.Errorf("the left shoulder is %.0f above the floor", FloorLine-y)
	}
	if gap := FloorLine + LimbWidth/2 - (b.At(Head).Y + HeadRadius); gap > 2 {
		t.Errorf("the head is %.0f off the floor", gap)
	}
}

// In the seated rotation the chest turns to one side and then to the
// other by as much, the head turns less, and the hips and knees stay
// facing forward.
func TestTheChestTurnsMoreThanTheHead(t *testing.T) {
	s := scenes["seated-rotation"]
	if len(s) != 3 {
		t.Fatalf("%d keyframes, want 3: square, turned to one side, turned to the other", len(s))
	}
	// signed is the turn from u to v about the vertical, in degrees, +
	// towards the figure's left.
	signed := func(u, v V) float64 {
		u, v = V{u.X, 0, u.Z}.unit(), V{v.X, 0, v.Z}.unit()
		return math.Atan2(u.cross(v).dot(Up), u.dot(v)) * 180 / math.Pi
	}
	a := s[0].Figure.Pose()
	_, chestA, _ := a.frame(1)
	var turns []float64
	for i, k := range s[1:] {
		b := k.Figure.Pose()
		_, chestB, _ := b.frame(1)
		chest, head := signed(chestA, chestB), signed(a.face, b.face)
		turns = append(turns, chest)
		if math.Abs(chest) < 40 || math.Abs(head) >= math.Abs(chest)-10 || chest*head < 0 {
			t.Errorf("keyframe %d: the chest turns %.0f° and the head %.0f°", i+2, chest, head)
		}
		for _, j := range []Joint{Pelvis, LeftHip, RightHip, LeftKnee, RightKnee} {
			if d := b.At(j).Sub(a.At(j)).len(); d > 0.5 {
				t.Errorf("keyframe %d: the %s moves %.1f", i+2, j, d)
			}
		}
	}
	if math.Abs(turns[0]+turns[1]) > 1 {
		t.Errorf("the chest turns %.0f° one way and %.0f° the other", turns[0], turns[1])
	}
}
