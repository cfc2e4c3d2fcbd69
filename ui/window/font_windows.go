package window

import (
	"os"
	"path/filepath"
	"sync"

	"fyne.io/fyne/v2"
)

// segoe is Segoe UI, Windows's own UI font, by style, read once from the
// Windows fonts folder; nil for a style whose file is not there (Wine has
// none), which then falls back to Fyne's font.
var segoe = sync.OnceValue(func() map[fyne.TextStyle]fyne.Resource {
	dir := filepath.Join(os.Getenv("WINDIR"), "Fonts")
	files := map[fyne.TextStyle]string{
		{}:                         "segoeui.ttf",
		{Bold: true}:               "segoeuib.ttf",
		{Italic: true}:             "segoeuii.ttf",
		{Bold: true, Italic: true}: "segoeuiz.ttf",
	}
	fonts := map[fyne.TextStyle]fyne.Resource{}
	for style, name := range files {
		if b, err := os.ReadFile(filepath.Join(dir, name)); err == nil {
			fonts[style] = fyne.NewStaticResource(name, b)
		}
	}
	return fonts
})

func platformFont(s fyne.TextStyle) fyne.Resource {
	if s.Monospace || s.Symbol {
		return nil
	}
	return segoe()[fyne.TextStyle{Bold: s.Bold, Italic: s.Italic}]
}
