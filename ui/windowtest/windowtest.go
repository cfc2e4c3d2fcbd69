// Package windowtest renders the app's windows in tests, in the app's theme
// forced to light or dark, and checks them against golden images in the
// package's testdata folder.
//
// A comparison never writes into testdata. A picture that does not match
// is written to artifacts/golden/ at the top of the project, for a person
// to look at; SCREENSHOTS=dir saves every picture in dir too (any folder
// but a testdata one). Masters are written only when asked for, with
// GOLDEN=update, which writes them instead of comparing.
package windowtest

import (
	"bytes"
	"errors"
	"fmt"
	"image"
	"image/color"
	"image/draw"
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"

	"posturebreak/ui/window"
)

// The app's words are loaded as every window process loads them, in
// English whoever runs the tests, so that the golden images do not depend
// on the developer's own locale (In switches language for a test).
func init() {
	os.Setenv("LANG", "en_US.UTF-8")
	for _, v := range []string{"LANGUAGE", "LC_ALL", "LC_MESSAGES"} {
		os.Unsetenv(v)
	}
	window.Speak()
}

// In makes the windows speak lang (a language of package translation) for
// the rest of the test. Build the content after calling it.
func In(t *testing.T, lang string) {
	before, had := os.LookupEnv("LANGUAGE")
	t.Setenv("LANGUAGE", lang) // the tests run in an English locale, which LANGUAGE overrides
	window.Speak()
	t.Cleanup(func() {
		if had {
			os.Setenv("LANGUAGE", before)
		} else {
			os.Unsetenv("LANGUAGE")
		}
		window.Speak()
	})
}

// Variants are the two looks every window is checked in, by name.
var Variants = map[string]fyne.ThemeVariant{"light": theme.VariantLight, "dark": theme.VariantDark}

type forced struct {
	window.Theme
	variant fyne.ThemeVariant
}

func (f forced) Color(n fyne.ThemeColorName, _ fyne.ThemeVariant) color.Color {
	return f.Theme.Color(n, f.variant)
}

// App starts a test app in the app's theme, forced to a variant. Build the
// content after calling it, so every widget starts in that theme.
func App(t *testing.T, variant fyne.ThemeVariant) fyne.App {
	a := test.NewTempApp(t)
	a.Settings().SetTheme(forced{variant: variant})
	return a
}

// AssertLooks renders content at size and compares it with the golden
// image testdata/<name>. Content already in a window is rendered in that
// window.
func AssertLooks(t *testing.T, name string, content fyne.CanvasObject, size fyne.Size) {
	t.Helper()
	AssertLooksScaled(t, name, content, size, 1)
}

// AssertLooksScaled is AssertLooks on a screen of the given scale (2 for a
// HiDPI screen): size is in Fyne's units, the picture in pixels.
func AssertLooksScaled(t *testing.T, name string, content fyne.CanvasObject, size fyne.Size, scale float32) {
	t.Helper()
	w := windowOf(content)
	if w == nil {
		w = test.NewTempWindow(t, content)
	}
	w.Canvas().(interface{ SetScale(float32) }).SetScale(scale)
	w.Resize(size)
	img := rgba(w.Canvas().Capture())
	master := filepath.Join("testdata", name)
	if os.Getenv("GOLDEN") == "update" {
		save(t, master, img)
		t.Logf("wrote the master %s", master)
		return
	}
	if dir := os.Getenv("SCREENSHOTS"); dir != "" {
		abs, err := screenshots(dir)
		if err != nil {
			t.Fatal(err)
		}
		save(t, filepath.Join(abs, name), img)
	}
	if err := compare(master, img); err != nil {
		failed := filepath.Join(artifacts(t), name)
		save(t, failed, img)
		t.Errorf("%s: %v; it now looks like %s", master, err, failed)
	}
}

// compare says whether img is exactly the master picture. It only reads.
func compare(master string, img *image.RGBA) error {
	want, err := load(master)
	if err != nil {
		return err
	}
	if want.Rect != img.Rect || !bytes.Equal(want.Pix, img.Pix) {
		return errors.New("the window does not look as it did")
	}
	return nil
}

// screenshots is the folder SCREENSHOTS names, which may not be a golden
// images' folder.
func screenshots(dir string) (string, error) {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return "", err
	}
	for _, part := range strings.Split(abs, string(filepath.Separator)) {
		if part == "testdata" {
			return "", fmt.Errorf("SCREENSHOTS=%s is a testdata folder: a comparison never writes its masters (use GOLDEN=update)", dir)
		}
	}
	return abs, nil
}

// artifacts is where pictures that failed go: artifacts/golden/<package>
// at the top of the project.
func artifacts(t *testing.T) string {
	wd, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for top := wd; top != filepath.Dir(top); top = filepath.Dir(top) {
		if _, err := os.Stat(filepath.Join(top, "go.mod")); err == nil {
			rel, _ := filepath.Rel(top, wd)
			return filepath.Join(top, "artifacts", "golden", rel)
		}
	}
	return filepath.Join(os.TempDir(), "posturebreak-golden")
}

func rgba(img image.Image) *image.RGBA {
	out := image.NewRGBA(image.Rect(0, 0, img.Bounds().Dx(), img.Bounds().Dy()))
	draw.Draw(out, out.Bounds(), img, img.Bounds().Min, draw.Src)
	return out
}

func load(path string) (*image.RGBA, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	img, err := png.Decode(f)
	if err != nil {
		return nil, err
	}
	return rgba(img), nil
}

func save(t *testing.T, path string, img image.Image) {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if err := png.Encode(f, img); err != nil {
		t.Fatal(err)
	}
}

func windowOf(content fyne.CanvasObject) fyne.Window {
	for _, w := range fyne.CurrentApp().Driver().AllWindows() {
		if w.Content() == content {
			return w
		}
	}
	return nil
}

// Overflow is how far the content of the scrolling parts of o reaches
// beyond what they show: what the user has to scroll to read.
func Overflow(o fyne.CanvasObject) float32 {
	var hidden float32
	switch o := o.(type) {
	case *container.Scroll:
		hidden = max(o.Content.MinSize().Height-o.Size().Height, 0)
	case *fyne.Container:
		for _, c := range o.Objects {
			hidden += Overflow(c)
		}
	case fyne.Widget: // the tabs, say: what they show is in their renderer
		for _, c := range test.WidgetRenderer(o).Objects() {
			if c.Visible() {
				hidden += Overflow(c)
			}
		}
	}
	return hidden
}
