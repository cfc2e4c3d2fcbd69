//go:build !windows

package notify

import (
	"bytes"
	"image"
	"image/draw"
	"image/png"
)

// imageHint is an image in the notification specification's image-data
// form: width, height, rowstride, has alpha, bits per sample, channels,
// and the RGBA bytes.
type imageHint struct {
	Width, Height, RowStride int32
	HasAlpha                 bool
	BitsPerSample, Channels  int32
	Data                     []byte
}

func imageData(pngBytes []byte) (imageHint, error) {
	src, err := png.Decode(bytes.NewReader(pngBytes))
	if err != nil {
		return imageHint{}, err
	}
	b := src.Bounds()
	rgba := image.NewNRGBA(image.Rect(0, 0, b.Dx(), b.Dy()))
	draw.Draw(rgba, rgba.Bounds(), src, b.Min, draw.Src)
	return imageHint{
		Width: int32(b.Dx()), Height: int32(b.Dy()), RowStride: int32(rgba.Stride),
		HasAlpha: true, BitsPerSample: 8, Channels: 4, Data: rgba.Pix,
	}, nil
}
