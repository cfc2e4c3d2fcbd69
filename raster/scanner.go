package raster

import (
	"image"
	"image/color"
	"image/draw"
	"math"

	"golang.org/x/image/math/fixed"
	"golang.org/x/image/vector"
)

// boxScanner is rasterx's scanner, drawing each path only over the box it
// covers. rasterx's own (ScannerGV) composites every path over the whole
// image, which made one keyframe at 396 px cost 39 ms: too slow to
// animate. It keeps a path's points, and at Draw rasterizes them in a
// rasterizer the size of their box. Colours are flat, as in every picture
// of the app.
type boxScanner struct {
	dest   draw.Image
	points []point // the path: each starts a new figure or draws a line to it
	src    image.Uniform
	box    fixed.Rectangle26_6
	r      vector.Rasterizer
}

type point struct {
	at    fixed.Point26_6
	start bool
}

func newBoxScanner(dest draw.Image) *boxScanner {
	s := &boxScanner{dest: dest, src: image.Uniform{C: color.Black}}
	s.Clear()
	return s
}

func (s *boxScanner) Start(a fixed.Point26_6) { s.add(a, true) }
func (s *boxScanner) Line(b fixed.Point26_6)  { s.add(b, false) }

func (s *boxScanner) add(a fixed.Point26_6, start bool) {
	s.points = append(s.points, point{a, start})
	s.box.Min.X, s.box.Min.Y = min(s.box.Min.X, a.X), min(s.box.Min.Y, a.Y)
	s.box.Max.X, s.box.Max.Y = max(s.box.Max.X, a.X), max(s.box.Max.Y, a.Y)
}

// Draw rasterizes the path over its box alone, clipped to the image.
func (s *boxScanner) Draw() {
	if len(s.points) == 0 {
		return
	}
	box := image.Rect(s.box.Min.X.Floor(), s.box.Min.Y.Floor(), s.box.Max.X.Ceil()+1, s.box.Max.Y.Ceil()+1).Intersect(s.dest.Bounds())
	if box.Empty() {
		return
	}
	s.r.Reset(box.Dx(), box.Dy()) // what falls outside the image, the rasterizer clips
	ox, oy := float32(box.Min.X), float32(box.Min.Y)
	for _, p := range s.points {
		x, y := float32(p.at.X)/64-ox, float32(p.at.Y)/64-oy
		if p.start {
			s.r.MoveTo(x, y)
		} else {
			s.r.LineTo(x, y)
		}
	}
	s.r.Draw(s.dest, box, &s.src, image.Point{}) // the rasterizer's origin lands on box.Min
}

func (s *boxScanner) GetPathExtent() fixed.Rectangle26_6 { return s.box }
func (s *boxScanner) SetBounds(int, int)                 {}
func (s *boxScanner) SetWinding(bool)                    {} // nonzero, as ScannerGV
func (s *boxScanner) SetClip(image.Rectangle)            {}

func (s *boxScanner) SetColor(c interface{}) {
	if c, ok := c.(color.Color); ok {
		s.src.C = c
	}
}

func (s *boxScanner) Clear() {
	s.points = s.points[:0]
	const far = fixed.Int26_6(math.MaxInt32)
	s.box = fixed.Rectangle26_6{Min: fixed.Point26_6{X: far, Y: far}, Max: fixed.Point26_6{X: -far, Y: -far}}
}
