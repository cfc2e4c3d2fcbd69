package drawing

import (
	"bytes"
	"image"
	"math"
	"os"
	"path/filepath"
	"testing"
)

// The files under assets/ are exactly what the drawing makes: nobody edits
// a keyframe by hand and lets it drift from the house style.
func TestAssetsAreUpToDate(t *testing.T) {
	files, err := Files()
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

func TestReachPutsTheHandOnTheTarget(t *testing.T) {
	f := Figure{View: Front, Hip: Pt{120, 140}, Torso: 180, Neck: 180}
	for _, target := range []Pt{{110, 40}, {150, 120}, {100, 120}} {
		for _, bend := range []float64{1, -1} {
			f.NearArmTo(target, bend)
			if got := f.At(NearHand); math.Hypot(got.X-target.X, got.Y-target.Y) > 0.5 {
				t.Errorf("reach %v (bend %v): hand at %v", target, bend, got)
			}
		}
	}
}

func TestEveryKeyframeStaysOnTheCard(t *testing.T) {
	for id, scenes := range Keyframes {
		if len(scenes) < 2 {
			t.Errorf("%s has %d keyframes, want a start and an end pose", id, len(scenes))
		}
		for i, s := range scenes {
			for j := HipJoint; j <= FarHip; j++ {
				if p := s.Figure.At(j); p.X < 4 || p.X > 236 || p.Y < 4 || p.Y > 236 {
					t.Errorf("%s keyframe %d: joint %d at %v is off the card", id, i+1, j, p)
				}
			}
		}
	}
}

func ink(img *image.RGBA) (n int) {
	for i := 0; i < len(img.Pix); i += 4 {
		if img.Pix[i] < 0x80 && img.Pix[i+3] > 0 { // the dark figure, not the light card
			n++
		}
	}
	return n
}

// Strokes scale with the picture: at twice the size, the dark ink covers
// four times the pixels, as a scaled drawing should.
func TestStrokesScaleWithThePicture(t *testing.T) {
	svg := []byte(Keyframes["seated-rotation"][0].SVG())
	small, err := Rasterize(svg, 240, 240, false)
	if err != nil {
		t.Fatal(err)
	}
	big, _ := Rasterize(svg, 480, 480, false)
	if r := float64(ink(big)) / float64(ink(small)); r < 3.6 || r > 4.4 {
		t.Fatalf("ink at 480 px is %.2f× that at 240 px, want about 4×", r)
	}
}

func TestMirrorFlipsLeftAndRight(t *testing.T) {
	svg := []byte(Keyframes["lat-stretch"][0].SVG()) // the post stands on the left
	plain, _ := Rasterize(svg, 240, 240, false)
	mirrored, _ := Rasterize(svg, 240, 240, true)
	for y := 0; y < 240; y++ {
		for x := 0; x < 240; x++ {
			a, b := plain.RGBAAt(x, y), mirrored.RGBAAt(239-x, y)
			if d := int(a.R) - int(b.R); d > 40 || d < -40 {
				t.Fatalf("pixel (%d,%d) %v is not mirrored: %v", x, y, a, b)
			}
		}
	}
}
