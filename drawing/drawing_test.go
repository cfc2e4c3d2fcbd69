package drawing

import (
	"bytes"
	"encoding/xml"
	"io"
	"math"
	"os"
	"path/filepath"
	"sync"
	"testing"

	"posturebreak/exercises"
)

// scenes are every exercise's pictures, drawn once for the tests.
var scenes = Scenes()

// drawnFiles are the files the drawing makes, made once for the tests:
// that takes seconds.
var drawnFiles = sync.OnceValues(Files)

// The files under assets/ are exactly what the drawing makes: nobody edits
// a keyframe by hand and lets it drift from the house style.
func TestAssetsAreUpToDate(t *testing.T) {
	files, err := drawnFiles()
	if err != nil {
		t.Fatal(err)
	}
	for name, want := range files {
		got, err := os.ReadFile(filepath.Join("..", "assets", name))
		if err != nil {
			t.Errorf("%s: %v (run go generate ./assets)", name, err)
			continue
		}
		if !bytes.Equal(got, want) {
			t.Errorf("%s differs from what the drawing makes (run go generate ./assets)", name)
		}
	}
}

// The drawing draws exactly the catalogue's exercises, each with a start
// and an end pose at least: the catalogue names them, and the pictures are
// found by their ids.
func TestTheDrawingDrawsTheCatalogue(t *testing.T) {
	drawn := Scenes()
	for _, e := range exercises.Catalogue() {
		if n := len(drawn[e.ID]); n < 2 {
			t.Errorf("%s: %d pictures drawn", e.ID, n)
		}
		delete(drawn, e.ID)
	}
	for id := range drawn {
		t.Errorf("%s is drawn but not in the catalogue", id)
	}
}

func near(a, b V) bool { return a.Sub(b).len() < 0.5 }

func TestReachPutsTheHandOnTheTargetWithTheElbowBentThatWay(t *testing.T) {
	f := standing(120)
	shoulder := f.At(LeftShoulder)
	for _, target := range []V{shoulder.Add(V{30, 20, 0}), shoulder.Add(V{-10, -40, -12}), shoulder.Add(V{0, 20, 25})} {
		for _, bend := range []V{Up, Down, Out, Left} {
			f.LeftArm = Reach(target, bend)
			b := f.Pose()
			if !near(b.At(LeftHand), target) {
				t.Errorf("reach %v (bend %v): hand at %v", target, bend, b.At(LeftHand))
			}
			// The elbow sits off the shoulder-to-hand line on the side asked.
			line := target.Sub(shoulder).unit()
			off := b.At(LeftElbow).Sub(shoulder).across(line)
			if want := bend.across(line); want.len() > 0.1 && off.dot(want) <= 0 {
				t.Errorf("reach %v (bend %v): elbow bent the other way, at %v", target, bend, b.At(LeftElbow))
			}
		}
	}
	f.LeftArm = Reach(shoulder.Add(V{200, 0, 0}), Up) // out of reach: straight at it
	if got := f.At(LeftHand); !near(got, shoulder.Add(V{UpperArm + Forearm, 0, 0})) {
		t.Errorf("out of reach: hand at %v", got)
	}
}

// Every picture uses the one set of proportions: no pose stretches a bone.
func TestEveryPoseKeepsTheProportions(t *testing.T) {
	bones := []struct {
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
	for id, scenes := range scenes {
		for i, s := range scenes {
			b := s.Figure.Pose()
			for _, bone := range bones {
				if got := b.At(bone.a).Sub(b.At(bone.b)).len(); math.Abs(got-bone.length) > 0.01 {
					t.Errorf("%s-%d: bone %d–%d is %.2f long, want %.2f", id, i+1, bone.a, bone.b, got, bone.length)
				}
			}
		}
	}
}

// Every hand or foot put on a point gets there: feet stand on the floor,
// hands hold the chair, the frame, the post.
func TestEveryReachArrives(t *testing.T) {
	for id, scenes := range scenes {
		for i, s := range scenes {
			b := s.Figure.Pose()
			for _, j := range []Joint{LeftHand, RightHand, LeftAnkle, RightAnkle} {
				if miss := b.Miss(j); miss > 0.5 {
					t.Errorf("%s-%d: joint %d is %.1f short of where it was put", id, i+1, j, miss)
				}
			}
		}
	}
}

var legs = [][3]Joint{{LeftHip, LeftKnee, LeftAnkle}, {RightHip, RightKnee, RightAnkle}}

// kneeBend is how far a knee bends backwards, as the sine of its angle:
// seen from the figure's right, the shin turns clockwise from the thigh.
// Negative means it bends forwards, which no knee can.
func kneeBend(b *Body, leg [3]Joint) float64 {
	_, _, right := b.frame(0)
	thigh := b.At(leg[1]).Sub(b.At(leg[0])).unit()
	shin := b.At(leg[2]).Sub(b.At(leg[1])).unit()
	return thigh.cross(shin).dot(right)
}

func TestKneesBendOnlyBackwards(t *testing.T) {
	squat := standing(120)
	squat.Pelvis.Y += 20
	squat.LeftLeg = Reach(V{120, FloorLine, -Hips}, Right)
	squat.RightLeg = Reach(V{120, FloorLine, Hips}, Left) // the wrong way
	b := squat.Pose()
	if kneeBend(b, legs[0]) <= 0 || kneeBend(b, legs[1]) >= 0 {
		t.Fatalf("kneeBend cannot tell a knee bent forwards (%.2f) from one bent backwards (%.2f)", kneeBend(b, legs[1]), kneeBend(b, legs[0]))
	}
	for id, scenes := range scenes {
		for i, s := range scenes {
			for _, leg := range legs {
				if bend := kneeBend(s.Figure.Pose(), leg); bend < -0.05 {
					t.Errorf("%s-%d: knee %d bends forwards (%.2f)", id, i+1, leg[1], bend)
				}
			}
		}
	}
}

func TestEveryKeyframeStaysOnTheCard(t *testing.T) {
	for id, scenes := range scenes {
		for i, s := range scenes {
			for j := Pelvis; j < joints; j++ {
				if p := s.OnCard(j); p.X < 8 || p.X > 232 || p.Y < 8 || p.Y > 232 {
					t.Errorf("%s-%d: joint %d at %v is off the card", id, i+1, j, p)
				}
			}
		}
	}
}

// The keyframes use only what Fyne's SVG renderer draws: no transforms,
// text, gradients or filters, and no polylines (it skips a two-point one).
func TestKeyframesUseOnlyWhatFyneDraws(t *testing.T) {
	allowed := map[string]bool{"svg": true, "rect": true, "path": true, "circle": true, "polygon": true, "line": true}
	for id, scenes := range scenes {
		for i, s := range scenes {
			d := xml.NewDecoder(bytes.NewReader([]byte(s.SVG())))
			for {
				tok, err := d.Token()
				if err == io.EOF {
					break
				}
				if err != nil {
					t.Fatalf("%s-%d: %v", id, i+1, err)
				}
				if e, ok := tok.(xml.StartElement); ok {
					if !allowed[e.Name.Local] {
						t.Errorf("%s-%d: <%s>", id, i+1, e.Name.Local)
					}
					for _, a := range e.Attr {
						if a.Name.Local == "transform" {
							t.Errorf("%s-%d: <%s transform>", id, i+1, e.Name.Local)
						}
					}
				}
			}
		}
	}
}

// A tween from any keyframe to any other starts on one pose and ends on
// the other, and keeps every limb its length all the way.
func TestATweenMovesFromOnePoseToTheNext(t *testing.T) {
	near := func(a, b V) bool { return a.Sub(b).len() < 0.01 }
	bones := [][2]Joint{{LeftShoulder, LeftElbow}, {LeftElbow, LeftHand}, {RightHip, RightKnee}, {RightKnee, RightAnkle}}
	for id, scenes := range Scenes() {
		for _, m := range movements(len(scenes)) {
			i := m[0]
			a, b := scenes[m[0]-1], scenes[m[1]-1]
			for _, end := range []struct {
				t    float64
				want Scene
			}{{0, a}, {1, b}} {
				got, want := Tween(a, b, end.t).Figure.Pose(), end.want.Figure.Pose()
				for j := range joints {
					if !near(got.at[j], want.at[j]) {
						t.Errorf("%s %d→%d at t=%v: joint %d at %v, want %v", id, i, m[1], end.t, j, got.at[j], want.at[j])
					}
				}
			}
			mid := Tween(a, b, 0.5)
			if len(mid.Arrows) != 0 {
				t.Errorf("%s: a tween has arrows", id)
			}
			body := mid.Figure.Pose()
			for _, bone := range bones {
				want := a.Figure.Pose()
				if l, w := body.at[bone[1]].Sub(body.at[bone[0]]).len(), want.at[bone[1]].Sub(want.at[bone[0]]).len(); math.Abs(l-w) > 0.01 {
					t.Errorf("%s halfway: a limb is %.2f long, not %.2f", id, l, w)
				}
			}
		}
	}
}

// The doorway stretch keeps its elbow bent square against the frame at
// every lean: a pose the arm cannot reach must fail here, not straighten
// the arm without a word.
func TestTheDoorwayElbowStaysBentSquare(t *testing.T) {
	for i, s := range Scenes()["doorway-chest"] {
		b := s.Figure.Pose()
		upper := b.At(LeftElbow).Sub(b.At(LeftShoulder))
		fore := b.At(LeftHand).Sub(b.At(LeftElbow))
		angle := math.Acos(upper.unit().dot(fore.unit())) * 180 / math.Pi
		if angle < 75 || angle > 105 {
			t.Errorf("doorway-chest-%d: the elbow is at %.0f°, not about 90°", i+1, angle)
		}
		if d := b.At(LeftElbow).Sub(frameElbow).len(); d > 0.5 {
			t.Errorf("doorway-chest-%d: the elbow is %.1f off the frame", i+1, d)
		}
	}
}
