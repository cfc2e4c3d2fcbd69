package windowtest

import (
	"image"
	"image/color"
	"os"
	"path/filepath"
	"testing"
)

func picture(c color.RGBA) *image.RGBA {
	img := image.NewRGBA(image.Rect(0, 0, 4, 3))
	for i := 0; i < len(img.Pix); i += 4 {
		img.Pix[i], img.Pix[i+1], img.Pix[i+2], img.Pix[i+3] = c.R, c.G, c.B, c.A
	}
	return img
}

// A comparison tells a changed picture from its master, and leaves the
// master as it was.
func TestCompareOnlyReadsAndBites(t *testing.T) {
	master := filepath.Join(t.TempDir(), "testdata", "look.png")
	teal := picture(color.RGBA{0x2E, 0x7D, 0x8C, 0xFF})
	save(t, master, teal)
	before, _ := os.ReadFile(master)
	if err := compare(master, teal); err != nil {
		t.Fatalf("the same picture: %v", err)
	}
	if err := compare(master, picture(color.RGBA{0xD9, 0x64, 0x3F, 0xFF})); err == nil {
		t.Fatal("a different picture matched")
	}
	if err := compare(master, image.NewRGBA(image.Rect(0, 0, 3, 4))); err == nil {
		t.Fatal("a picture of another size matched")
	}
	if err := compare(filepath.Join(filepath.Dir(master), "none.png"), teal); err == nil {
		t.Fatal("a missing master matched")
	}
	if after, _ := os.ReadFile(master); string(after) != string(before) {
		t.Fatal("comparing changed the master")
	}
	if entries, _ := os.ReadDir(filepath.Dir(master)); len(entries) != 1 {
		t.Fatalf("comparing wrote into testdata: %d files", len(entries))
	}
}

func TestScreenshotsNeverGoIntoTestdata(t *testing.T) {
	for _, dir := range []string{"testdata", "./testdata/", "../breakwindow/testdata", "testdata/shots"} {
		if _, err := screenshots(dir); err == nil {
			t.Errorf("SCREENSHOTS=%s was taken", dir)
		}
	}
	if got, err := screenshots(t.TempDir()); err != nil || got == "" {
		t.Errorf("a folder of its own: %q, %v", got, err)
	}
}
