// Package raster owns turning the app's SVG pictures into pixels, as the
// windows show them: the break window's keyframes, and the icons and
// contact sheet that go generate and make sheet write.
package raster

import (
	"bytes"
	"image"
	"image/png"

	"github.com/fyne-io/oksvg"
	"github.com/srwiley/rasterx"
)

// Draw renders an SVG document into a w × h image, mirrored left to right
// if asked (the other side of a one-sided exercise).
//
// It uses the SVG renderer Fyne itself uses, with one correction: that
// renderer scales shapes to the target size but draws strokes at their
// width in pixels, so a drawing shown at twice its size would get strokes
// half as heavy. Here every stroke is scaled with its shape.
func Draw(svg []byte, w, h int, mirror bool) (*image.RGBA, error) {
	icon, err := oksvg.ReadIconStream(bytes.NewReader(svg))
	if err != nil {
		return nil, err
	}
	icon.SetTarget(0, 0, float64(w), float64(h))
	if mirror {
		icon.Transform = rasterx.Identity.Translate(float64(w), 0).Scale(-1, 1).Mult(icon.Transform)
	}
	scale := float64(w) / icon.ViewBox.W
	for i := range icon.SVGPaths {
		icon.SVGPaths[i].LineWidth *= scale
	}
	img := image.NewRGBA(image.Rect(0, 0, w, h))
	icon.Draw(rasterx.NewDasher(w, h, newBoxScanner(img)), 1)
	return img, nil
}

// PNG renders an SVG document to a size × size PNG.
func PNG(svg []byte, size int) ([]byte, error) {
	img, err := Draw(svg, size, size, false)
	if err != nil {
		return nil, err
	}
	var out bytes.Buffer
	if err := png.Encode(&out, img); err != nil {
		return nil, err
	}
	return out.Bytes(), nil
}
