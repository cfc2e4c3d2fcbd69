package raster

import (
	"bytes"
	"image"
	"image/png"
	"testing"

	"posturebreak/assets"
)

// keyframe is a real picture of the app's.
func keyframe(t *testing.T, id string) []byte {
	t.Helper()
	svg, ok := assets.Keyframe(id, 1)
	if !ok {
		t.Fatalf("no picture of %s", id)
	}
	return svg
}

// ink counts the pixels of the dark figure, not the light card.
func ink(img *image.RGBA) (n int) {
	for i := 0; i < len(img.Pix); i += 4 {
		if img.Pix[i] < 0x80 && img.Pix[i+3] > 0 {
			n++
		}
	}
	return n
}

// Strokes scale with the picture: at twice the size, the dark ink covers
// four times the pixels, as a scaled drawing should.
func TestStrokesScaleWithThePicture(t *testing.T) {
	svg := keyframe(t, "seated-rotation")
	small, err := Draw(svg, 240, 240, false)
	if err != nil {
		t.Fatal(err)
	}
	big, _ := Draw(svg, 480, 480, false)
	if n := ink(small); n < 240*240/50 {
		t.Fatalf("only %d pixels of ink at 240 px: the figure is not drawn", n)
	}
	if r := float64(ink(big)) / float64(ink(small)); r < 3.6 || r > 4.4 {
		t.Fatalf("ink at 480 px is %.2f× that at 240 px, want about 4×", r)
	}
}

func TestMirrorFlipsLeftAndRight(t *testing.T) {
	svg := keyframe(t, "lat-stretch") // the post stands on the right
	plain, _ := Draw(svg, 240, 240, false)
	mirrored, _ := Draw(svg, 240, 240, true)
	if differ(plain, plain, 0) == 0 {
		t.Fatal("the picture is its own mirror image, so mirroring cannot be seen")
	}
	if n := differ(plain, mirrored, 40); n > 0 {
		t.Fatalf("%d pixels are not mirrored", n)
	}
}

// differ counts the pixels of a that are further than tolerance from
// those of b mirrored.
func differ(a, b *image.RGBA, tolerance int) (n int) {
	w, h := a.Bounds().Dx(), a.Bounds().Dy()
	for y := range h {
		for x := range w {
			if d := int(a.RGBAAt(x, y).R) - int(b.RGBAAt(w-1-x, y).R); d > tolerance || d < -tolerance {
				n++
			}
		}
	}
	return n
}

func TestAPNGIsTheSizeAsked(t *testing.T) {
	b, err := PNG(keyframe(t, "cat-cow"), 64)
	if err != nil {
		t.Fatal(err)
	}
	img, err := png.Decode(bytes.NewReader(b))
	if err != nil || img.Bounds() != image.Rect(0, 0, 64, 64) {
		t.Fatalf("decoded %v, %v", img.Bounds(), err)
	}
}

// BenchmarkDrawKeyframe is one picture of the break window at the size it
// opens at (396 px): what each frame of the animation costs to draw.
func BenchmarkDrawKeyframe(b *testing.B) {
	svg := assets.Read(assets.KeyframeFile("cat-cow", 2))
	for b.Loop() {
		if _, err := Draw(svg, 396, 396, false); err != nil {
			b.Fatal(err)
		}
	}
}
