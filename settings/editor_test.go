package settings

import (
	"errors"
	"path/filepath"
	"slices"
	"testing"

	"fyne.io/fyne/v2/test"

	"posturebreak/exercises"
	"posturebreak/window/windowtest"
)

type recorder struct {
	saved  []Settings
	closed []bool
	fail   error
}

func (r *recorder) editor(current Settings) *Editor {
	return NewEditor(current, "", func(s Settings) error {
		if r.fail != nil {
			return r.fail
		}
		r.saved = append(r.saved, s)
		return nil
	}, func(saved bool) { r.closed = append(r.closed, saved) })
}

func TestSaveStoresWhatWasTyped(t *testing.T) {
	test.NewTempApp(t)
	var r recorder
	e := r.editor(Defaults)
	if e.Work.Text != "45" || e.Break.Text != "2" {
		t.Fatalf("fields start at %q and %q", e.Work.Text, e.Break.Text)
	}
	e.Work.SetText("")
	test.Type(e.Work, "30")
	e.Break.SetText("")
	test.Type(e.Break, "5")
	test.Tap(e.Save)
	if len(r.saved) != 1 || !r.saved[0].Equal(Settings{30, 5, []string{}}) || len(r.closed) != 1 || !r.closed[0] {
		t.Fatalf("saved %v, closed %v", r.saved, r.closed)
	}
}

func TestBadInputShowsAnErrorAndSavesNothing(t *testing.T) {
	test.NewTempApp(t)
	for _, typed := range []string{"abc", "0", "241", "4.5", ""} {
		var r recorder
		e := r.editor(Defaults)
		e.Work.SetText("")
		test.Type(e.Work, typed)
		if err := e.Work.Validate(); err == nil {
			t.Errorf("%q: no inline error", typed)
		}
		if !e.Save.Disabled() {
			t.Errorf("%q: Save is enabled", typed)
		}
		test.Tap(e.Save)
		e.trySave() // Enter in the field tries too
		if len(r.saved) != 0 || len(r.closed) != 0 {
			t.Errorf("%q: saved %v, closed %v", typed, r.saved, r.closed)
		}
	}
}

func TestFixingTheFieldEnablesSave(t *testing.T) {
	test.NewTempApp(t)
	var r recorder
	e := r.editor(Defaults)
	e.Break.SetText("99")
	if !e.Save.Disabled() {
		t.Fatal("Save enabled with a 99-minute break")
	}
	e.Break.SetText("10")
	if e.Save.Disabled() {
		t.Fatal("Save still disabled after fixing the field")
	}
}

func TestTheExtrasJoinTheSettings(t *testing.T) {
	test.NewTempApp(t)
	var r recorder
	e := r.editor(Settings{WorkMinutes: 45, BreakMinutes: 2, Equipment: []string{"band"}})
	if len(e.Extras) != len(exercises.Extras) || !e.Extras[3].Checked || e.Extras[0].Checked {
		t.Fatalf("checkboxes do not show the current equipment")
	}
	test.Tap(e.Extras[0]) // floor space
	test.Tap(e.Extras[3]) // no band after all
	test.Tap(e.Save)
	if len(r.saved) != 1 || !slices.Equal(r.saved[0].Equipment, []string{"floor-space"}) {
		t.Fatalf("saved %+v", r.saved)
	}
}

func TestCancelSavesNothing(t *testing.T) {
	test.NewTempApp(t)
	var r recorder
	e := r.editor(Defaults)
	e.Work.SetText("20")
	test.Tap(e.Cancel)
	if len(r.saved) != 0 || len(r.closed) != 1 || r.closed[0] {
		t.Fatalf("saved %v, closed %v", r.saved, r.closed)
	}
}

func TestAFailedSaveSaysWhyAndStaysOpen(t *testing.T) {
	test.NewTempApp(t)
	r := recorder{fail: errors.New("disk full")}
	e := r.editor(Defaults)
	test.Tap(e.Save)
	if !e.Problem.Visible() || e.Problem.Text != "Not saved: disk full" || len(r.closed) != 0 {
		t.Fatalf("problem %q visible=%v, closed %v", e.Problem.Text, e.Problem.Visible(), r.closed)
	}
}

func TestTheEditorWritesTheRealFile(t *testing.T) {
	test.NewTempApp(t)
	path := filepath.Join(t.TempDir(), "settings.json")
	saved := false
	e := NewEditor(Defaults, "", func(s Settings) error { return Save(path, s) }, func(ok bool) { saved = ok })
	e.Work.SetText("25")
	test.Tap(e.Save)
	if got, _ := Load(path); !saved || got.WorkMinutes != 25 {
		t.Fatalf("saved=%v, file holds %+v", saved, got)
	}
}

func TestTheSettingsWindowLooksRight(t *testing.T) {
	for name, variant := range windowtest.Variants {
		t.Run(name, func(t *testing.T) {
			windowtest.App(t, variant)
			var r recorder
			e := r.editor(Defaults)
			w := test.NewTempWindow(t, e.Content())
			w.Canvas().Focus(e.Break)
			e.Break.SetText("")
			test.Type(e.Break, "45")
			w.Canvas().Focus(e.Work) // the error shows once the field is left
			if !e.Save.Disabled() {
				t.Fatal("Save enabled with a 45-minute break")
			}
			windowtest.AssertLooks(t, "settings-"+name+".png", w.Content(), WindowSize)
		})
	}
}
