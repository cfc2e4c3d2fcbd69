package window

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

// Fyne's file dialog keeps its folder and view in the preferences: those
// of the window alone, in memory, so that no window process writes a file.
func TestTheFileDialogKeepsItsPreferencesInMemory(t *testing.T) {
	a := test.NewApp()
	t.Cleanup(a.Quit)
	keepInMemory(a, "io.example.App")
	current := fyne.CurrentApp()
	prefs, ok := current.Preferences().(*preferences)
	if !ok || current.UniqueID() != "io.example.App" || current.Storage().List() != nil {
		t.Fatalf("Fyne's widgets find %T with ID %q, not the app kept in memory", current.Preferences(), current.UniqueID())
	}
	w := test.NewTempWindow(t, widget.NewLabel("History"))
	w.Resize(fyne.NewSize(720, 680))
	dialog.NewFileSave(func(fyne.URIWriteCloser, error) {}, w).Show()
	if prefs.String("fyne:fileDialogLastFolder") == "" {
		t.Fatalf("the file dialog kept its folder elsewhere: %v", prefs.values)
	}
}

func TestPreferencesInMemory(t *testing.T) {
	p := &preferences{values: map[string]any{}}
	changed := 0
	p.AddChangeListener(func() { changed++ })
	p.SetInt("n", 3)
	p.SetStringList("s", []string{"a"})
	if p.Int("n") != 3 || p.IntWithFallback("m", 7) != 7 || p.StringList("s")[0] != "a" || p.String("n") != "" || changed != 2 {
		t.Fatalf("got n=%d m=%d s=%v, %d changes", p.Int("n"), p.IntWithFallback("m", 7), p.StringList("s"), changed)
	}
	p.RemoveValue("n")
	if p.BoolWithFallback("n", true) != true || p.Int("n") != 0 {
		t.Fatal("a removed value is still there")
	}
}
