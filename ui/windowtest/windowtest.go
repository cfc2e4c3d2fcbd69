// Package windowtest renders the app's windows in tests, in the app's theme
// forced to light or dark, and checks them against golden images.
package windowtest

import (
	"image/color"
	"image/png"
	"os"
	"path/filepath"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"

	"posturebreak/ui/window"
)

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
// image testdata/<name>. When SCREENSHOTS names a folder, the picture is
// also saved there for a person to look at. Content already in a window is
// rendered in that window.
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
	img := w.Canvas().Capture()
	if dir := os.Getenv("SCREENSHOTS"); dir != "" {
		if f, err := os.Create(filepath.Join(dir, name)); err == nil {
			png.Encode(f, img)
			f.Close()
		}
	}
	test.AssertImageMatches(t, name, img)
}

func windowOf(content fyne.CanvasObject) fyne.Window {
	for _, w := range fyne.CurrentApp().Driver().AllWindows() {
		if w.Content() == content {
			return w
		}
	}
	return nil
}
