package ico

import (
	"bytes"
	"encoding/binary"
	"image"
	"image/png"
	"testing"
)

func square(t *testing.T, side int) []byte {
	var b bytes.Buffer
	if err := png.Encode(&b, image.NewRGBA(image.Rect(0, 0, side, side))); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// An icon file has a directory entry for each image, with its size, and
// the image where the entry says.
func TestAnIconHoldsEachImage(t *testing.T) {
	a, b := square(t, 16), square(t, 256)
	f, err := Encode(a, b)
	if err != nil {
		t.Fatal(err)
	}
	var head [3]uint16
	binary.Read(bytes.NewReader(f), binary.LittleEndian, &head)
	if head != [3]uint16{0, 1, 2} {
		t.Fatalf("header %v", head)
	}
	for i, img := range [][]byte{a, b} {
		e := f[6+16*i:]
		size := binary.LittleEndian.Uint32(e[8:])
		at := binary.LittleEndian.Uint32(e[12:])
		if !bytes.Equal(f[at:at+size], img) {
			t.Errorf("image %d is not where its entry says", i)
		}
	}
	if f[6] != 16 || f[6+16] != 0 { // 256 is written as 0
		t.Errorf("widths %d, %d", f[6], f[6+16])
	}
	if _, err := Encode(square(t, 300)); err == nil {
		t.Error("an image over 256 pixels was taken")
	}
	if _, err := Encode([]byte("not a png")); err == nil {
		t.Error("not a PNG was taken")
	}
}
