// Package ico writes Windows icon files (.ico) from PNG images: the tray
// icon and the program's icon on Windows want that format, and since
// Windows Vista an icon file may hold each size as a PNG, as it is.
package ico

import (
	"bytes"
	"encoding/binary"
	"errors"
	"image/png"
)

// Encode is an icon file holding each PNG as one of its sizes. Every image
// must be a PNG no larger than 256 pixels a side.
func Encode(pngs ...[]byte) ([]byte, error) {
	if len(pngs) == 0 {
		return nil, errors.New("ico: no images")
	}
	var out bytes.Buffer
	binary.Write(&out, binary.LittleEndian, [3]uint16{0, 1, uint16(len(pngs))}) // reserved, type 1 (icon), count
	offset := 6 + 16*len(pngs)
	for _, b := range pngs {
		cfg, err := png.DecodeConfig(bytes.NewReader(b))
		if err != nil {
			return nil, err
		}
		if cfg.Width > 256 || cfg.Height > 256 {
			return nil, errors.New("ico: an image over 256 pixels")
		}
		entry := struct {
			Width, Height, Colours, Reserved uint8
			Planes, Bits                     uint16
			Size, Offset                     uint32
		}{uint8(cfg.Width), uint8(cfg.Height), 0, 0, 1, 32, uint32(len(b)), uint32(offset)} // 256 is written as 0
		binary.Write(&out, binary.LittleEndian, entry)
		offset += len(b)
	}
	for _, b := range pngs {
		out.Write(b)
	}
	return out.Bytes(), nil
}
