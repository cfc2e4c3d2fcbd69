package settingswindow

import (
	"encoding/json"
	"slices"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"posturebreak/exercises"
	"posturebreak/protocol"
	"posturebreak/schedule"
	"posturebreak/settings"
	"posturebreak/translation"
	"posturebreak/ui/windowtest"
)

// recorder keeps how an editor ended: the settings it saved, and for each
// ending whether it saved.
type recorder struct {
	saved  []settings.Settings
	closed []bool
}

func (r *recorder) editor(current settings.Settings) *Editor {
	return NewEditor(current, "", func(s *settings.Settings) {
		if s != nil {
			r.saved = append(r.saved, *s)
		}
		r.closed = append(r.closed, s != nil)
	})
}

func retype(entry *widget.Entry, text string) {
	entry.SetText("")
	test.Type(entry, text)
}

func TestSaveStoresWhatWasTyped(t *testing.T) {
	test.NewTempApp(t)
	var r recorder
	e := r.editor(settings.Defaults)
	if e.Work.Text != "45" || e.Break.Text != "2" || e.Snooze.Text != "5" || e.MaxSnoozes.Text != "2" || !e.Sound.Checked {
		t.Fatalf("fields start at %q %q %q %q", e.Work.Text, e.Break.Text, e.Snooze.Text, e.MaxSnoozes.Text)
	}
	retype(e.Work, "30")
	retype(e.Break, "5")
	retype(e.Snooze, "10")
	retype(e.MaxSnoozes, "0")
	test.Tap(e.Sound)
	test.Tap(e.StartAtLogin)
	test.Tap(e.Save)
	want := settings.Defaults
	want.WorkMinutes, want.BreakMinutes, want.SnoozeMinutes, want.MaxSnoozes, want.Sound, want.StartAtLogin = 30, 5, 10, 0, false, true
	if len(r.saved) != 1 || !r.saved[0].Equal(want) || len(r.closed) != 1 || !r.closed[0] {
		t.Fatalf("saved %+v, closed %v", r.saved, r.closed)
	}
}

func TestWorkingHoursAreTypedPerDay(t *testing.T) {
	test.NewTempApp(t)
	var r recorder
	e := r.editor(settings.Defaults)
	if !e.Days[time.Monday].Disabled() || e.Days[time.Monday].Text != "09:00-17:00" || e.Days[time.Sunday].Text != "" {
		t.Fatal("the days should start as office hours, switched off")
	}
	test.Tap(e.HoursOn)
	if e.Days[time.Monday].Disabled() {
		t.Fatal("switching working hours on leaves the days disabled")
	}
	retype(e.Days[time.Monday], "8:30-12:00, 13:00-17:30")
	retype(e.Days[time.Saturday], "22:00-02:00")
	test.Tap(e.Save)
	if len(r.saved) != 1 {
		t.Fatalf("nothing saved")
	}
	h := r.saved[0].WorkingHours
	if !h.Enabled || !slices.Equal(h.Days[time.Monday], []schedule.Span{{Start: 510, End: 720}, {Start: 780, End: 1050}}) ||
		!slices.Equal(h.Days[time.Saturday], []schedule.Span{{Start: 1320, End: 1560}}) {
		t.Fatalf("saved hours %+v", h)
	}
}

func TestBadInputShowsAnErrorAndSavesNothing(t *testing.T) {
	test.NewTempApp(t)
	for _, c := range []struct {
		field func(e *Editor) *widget.Entry
		typed string
	}{
		{func(e *Editor) *widget.Entry { return e.Work }, "abc"},
		{func(e *Editor) *widget.Entry { return e.Work }, "0"},
		{func(e *Editor) *widget.Entry { return e.Work }, "241"},
		{func(e *Editor) *widget.Entry { return e.Work }, "4.5"},
		{func(e *Editor) *widget.Entry { return e.Break }, ""},
		{func(e *Editor) *widget.Entry { return e.Snooze }, "31"},
		{func(e *Editor) *widget.Entry { return e.MaxSnoozes }, "-1"},
		{func(e *Editor) *widget.Entry { return e.Days[time.Tuesday] }, "nine to five"},
		{func(e *Editor) *widget.Entry { return e.Days[time.Tuesday] }, "09:00-09:00"},
	} {
		var r recorder
		e := r.editor(settings.Defaults)
		test.Tap(e.HoursOn) // the days take typing only while working hours are on
		retype(c.field(e), c.typed)
		if err := c.field(e).Validate(); err == nil {
			t.Errorf("%q: no inline error", c.typed)
		}
		if !e.Save.Disabled() {
			t.Errorf("%q: Save is enabled", c.typed)
		}
		test.Tap(e.Save)
		e.trySave() // Enter in the field tries too
		if len(r.saved) != 0 || len(r.closed) != 0 {
			t.Errorf("%q: saved %v, closed %v", c.typed, r.saved, r.closed)
		}
	}
}

func TestHoursOnWithNoneSetCannotBeSaved(t *testing.T) {
	test.NewTempApp(t)
	var r recorder
	e := r.editor(settings.Defaults)
	test.Tap(e.HoursOn)
	for _, d := range e.Days {
		retype(d, "")
	}
	if !e.Save.Disabled() {
		t.Fatal("saving working hours with no hours at all")
	}
}

func TestFixingTheFieldEnablesSave(t *testing.T) {
	test.NewTempApp(t)
	var r recorder
	e := r.editor(settings.Defaults)
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
	current := settings.Defaults
	current.Equipment = []string{"band"}
	e := r.editor(current)
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

// The Exercises tab says of each exercise whether it comes up, and if
// not, why: what to tick, or that the user left it out; "Put back" and
// "Leave out" change that, and the save carries it.
func TestTheExercisesTabSaysWhatComesUp(t *testing.T) {
	test.NewTempApp(t)
	var r recorder
	current := settings.Defaults
	current.LeftOut = []string{"cat-cow", "doorway-chest"}
	e := r.editor(current)
	status := func(id string) string {
		for _, c := range e.Choices {
			if c.Exercise.ID == id {
				return c.Status.String()
			}
		}
		t.Fatalf("no line for %s", id)
		return ""
	}
	choice := func(id string) *Choice {
		return e.Choices[slices.IndexFunc(e.Choices, func(c *Choice) bool { return c.Exercise.ID == id })]
	}
	if len(e.Choices) != len(exercises.Catalogue()) {
		t.Fatalf("%d exercises listed, want all %d", len(e.Choices), len(exercises.Catalogue()))
	}
	for id, want := range map[string]string{
		"cat-cow":               "Left out by you",
		"seated-rotation":       "Comes up in turn",
		"foam-roller-extension": "Comes up once you tick: A foam roller",
		"superman":              "Comes up once you tick: Floor space to lie down",
	} {
		if got := status(id); got != want {
			t.Errorf("%s says %q, want %q", id, got, want)
		}
	}
	if choice("cat-cow").Toggle.Text != "Put back" || choice("rows").Toggle.Text != "Leave out" {
		t.Errorf("the buttons say %q and %q", choice("cat-cow").Toggle.Text, choice("rows").Toggle.Text)
	}
	test.Tap(e.Extras[0]) // floor space
	if got := status("superman"); got != "Comes up in turn" {
		t.Errorf("with floor space ticked, superman says %q", got)
	}
	test.Tap(choice("cat-cow").Toggle)
	test.Tap(choice("rows").Toggle)
	if got := status("cat-cow"); got != "Comes up in turn" {
		t.Errorf("put back, cat-cow says %q", got)
	}
	test.Tap(e.Save)
	if len(r.saved) != 1 || !slices.Equal(r.saved[0].LeftOut, []string{"doorway-chest", "rows"}) {
		t.Fatalf("saved %+v, want doorway-chest and rows left out", r.saved)
	}
}

// The posture check's choice starts at the setting, offers every choice,
// and is saved as chosen.
func TestThePostureCheckIsChosen(t *testing.T) {
	test.NewTempApp(t)
	var r recorder
	current := settings.Defaults
	current.PostureCheckMinutes = 20
	e := r.editor(current)
	if e.Checks.Selected != "Every 20 minutes of work" || len(e.Checks.Options) != len(settings.CheckChoices) || e.Checks.Options[0] != "Off" {
		t.Fatalf("the choice shows %q of %q", e.Checks.Selected, e.Checks.Options)
	}
	e.Checks.SetSelected("Off")
	test.Tap(e.Save)
	if len(r.saved) != 1 || r.saved[0].PostureCheckMinutes != 0 {
		t.Fatalf("saved %+v, want no posture checks", r.saved)
	}
}

func TestCancelSavesNothing(t *testing.T) {
	test.NewTempApp(t)
	var r recorder
	e := r.editor(settings.Defaults)
	e.Work.SetText("20")
	test.Tap(e.Cancel)
	if len(r.saved) != 0 || len(r.closed) != 1 || r.closed[0] {
		t.Fatalf("saved %v, closed %v", r.saved, r.closed)
	}
}

func TestAProblemWithTheFileIsShownAtTheTop(t *testing.T) {
	test.NewTempApp(t)
	e := NewEditor(settings.Defaults, "Your settings file could not be used.", func(*settings.Settings) {})
	if !e.Problem.Visible() || e.Problem.Text != "Your settings file could not be used." || e.Save.Disabled() {
		t.Fatalf("problem %q visible=%v, save disabled=%v", e.Problem.Text, e.Problem.Visible(), e.Save.Disabled())
	}
	if e := NewEditor(settings.Defaults, "", func(*settings.Settings) {}); e.Problem.Visible() {
		t.Fatal("a problem shown when there is none")
	}
}

// What the window reports on Save is what the daemon accepts: the result
// line, read back as the daemon reads it, holds the settings typed.
func TestSavedSettingsReachTheDaemonAsTyped(t *testing.T) {
	test.NewTempApp(t)
	var line []byte
	e := NewEditor(settings.Defaults, "", func(s *settings.Settings) {
		line, _ = json.Marshal(protocol.SettingsResult{Saved: s != nil, Settings: s})
	})
	e.Work.SetText("25")
	test.Tap(e.HoursOn)
	test.Tap(e.Save)
	r, err := protocol.Settings{}.Result(line)
	if err != nil || !r.Saved || r.Settings.WorkMinutes != 25 || !r.Settings.WorkingHours.Enabled {
		t.Fatalf("the daemon read %s as %+v, %v", line, r, err)
	}
}

func TestWhenImBusyIsSavedAsTicked(t *testing.T) {
	test.NewTempApp(t)
	var r recorder
	e := r.editor(settings.Defaults)
	if len(e.Busy) != len(settings.Busy) {
		t.Fatalf("%d switches for %d settings", len(e.Busy), len(settings.Busy))
	}
	for i, c := range e.Busy {
		if !c.Checked || c.Text != settings.Busy[i].Label {
			t.Fatalf("switch %d starts as %q, %v; want %q, on", i, c.Text, c.Checked, settings.Busy[i].Label)
		}
	}
	test.Tap(e.Busy[3]) // Wait while I'm in a call
	test.Tap(e.Busy[0]) // Count time away as a break
	test.Tap(e.Save)
	want := settings.Defaults
	want.WaitInCall, want.AwayIsBreak = false, false
	if len(r.saved) != 1 || !r.saved[0].Equal(want) {
		t.Fatalf("saved %+v, want %+v", r.saved, want)
	}
	off := r.editor(want)
	if off.Busy[3].Checked || off.Busy[0].Checked || !off.Busy[1].Checked || !off.Busy[2].Checked {
		t.Fatal("the editor does not open on the settings as saved")
	}
}

func TestTheSettingsWindowLooksRight(t *testing.T) {
	for name, variant := range windowtest.Variants {
		t.Run(name, func(t *testing.T) {
			windowtest.App(t, variant)
			var r recorder
			e := r.editor(settings.Defaults)
			w := test.NewTempWindow(t, e.Content())
			w.Canvas().Focus(e.Break)
			retype(e.Break, "45")
			w.Canvas().Focus(e.Work) // the error shows once the field is left
			if !e.Save.Disabled() {
				t.Fatal("Save enabled with a 45-minute break")
			}
			windowtest.AssertLooks(t, "settings-"+name+".png", w.Content(), Size)
		})
	}
	t.Run("a broken file", func(t *testing.T) {
		windowtest.App(t, windowtest.Variants["light"])
		current := settings.Defaults
		current.WorkMinutes = 20
		e := NewEditor(current, "Your settings file could not be used: it ends too early; it may have been cut short. "+
			"Shown here are the settings Posture Break is running on. Saving them keeps the old file beside the new one.", func(*settings.Settings) {})
		windowtest.AssertLooks(t, "settings-problem-light.png", e.Content(), Size)
	})
	t.Run("when I'm busy", func(t *testing.T) {
		windowtest.App(t, windowtest.Variants["light"])
		var r recorder
		e := r.editor(settings.Defaults)
		content := e.Content()
		e.Tabs.SelectIndex(2)
		windowtest.AssertLooks(t, "settings-busy-light.png", content, Size)
	})
	t.Run("working hours", func(t *testing.T) {
		windowtest.App(t, windowtest.Variants["light"])
		var r recorder
		hours := settings.Defaults
		hours.WorkingHours.Enabled = true
		e := r.editor(hours)
		content := e.Content()
		e.Tabs.SelectIndex(1)
		windowtest.AssertLooks(t, "settings-hours-light.png", content, Size)
	})
}

// In English and in German, whose words run long, every tab fits the
// window without scrolling, and nothing is cut.
func TestTheSettingsWindowFitsInEveryLanguage(t *testing.T) {
	for _, lang := range translation.Languages {
		t.Run(lang, func(t *testing.T) {
			windowtest.In(t, lang)
			for i, name := range []string{"breaks", "hours", "busy", "exercises", "start"} {
				windowtest.App(t, windowtest.Variants["light"])
				var r recorder
				e := r.editor(settings.Defaults)
				content := e.Content()
				e.Tabs.SelectIndex(i)
				w := test.NewTempWindow(t, content)
				w.Resize(Size)
				if min := content.MinSize(); min.Width > Size.Width || min.Height > Size.Height {
					t.Errorf("%s: the window needs %v, more than the %v it opens at", name, min, Size)
				}
				// The list of exercises scrolls, as a list does; what
				// comes before it must not.
				if hidden := windowtest.Overflow(content); hidden > 0 && name != "exercises" {
					t.Errorf("%s: %v px of the tab need scrolling in a window of %v", name, hidden, Size)
				}
				if lang == "de" {
					if e.Save.Text != "Speichern" {
						t.Fatalf("the window is not in German: %q", e.Save.Text)
					}
					windowtest.AssertLooks(t, "settings-de-"+name+".png", content, Size)
				}
			}
		})
	}
}

// While GNOME's own movement breaks are on, Settings asks which should
// remind the user; the choice goes with Save. Having chosen to keep both,
// it offers only to change that.
func TestSettingsAskAboutGnomesBreaks(t *testing.T) {
	for _, language := range translation.Languages {
		t.Run(language, func(t *testing.T) {
			windowtest.In(t, language)
			windowtest.App(t, windowtest.Variants["light"])
			e := NewEditor(settings.Defaults, "", func(*settings.Settings) {})
			e.AskAboutGnome()
			content := e.Content()
			if min := content.MinSize(); min.Width > Size.Width || min.Height > Size.Height {
				t.Errorf("with the question the window needs %v, more than the %v it opens at", min, Size)
			}
			windowtest.AssertLooks(t, "settings-gnome-"+language+".png", content, Size)
		})
	}
	test.NewTempApp(t)
	e := NewEditor(settings.Defaults, "", func(*settings.Settings) {})
	if e.GnomeChoice() != protocol.GnomeUndecided {
		t.Fatal("a choice about GNOME's breaks, unasked")
	}
	e.AskAboutGnome()
	test.Tap(e.Gnome.Both)
	if e.GnomeChoice() != protocol.GnomeKept {
		t.Fatalf("chose %q, want keep both", e.GnomeChoice())
	}
	kept := settings.Defaults
	kept.KeepGnomeBreaks = true
	e = NewEditor(kept, "", func(*settings.Settings) {})
	e.AskAboutGnome()
	if e.Gnome.Both.Visible() || !e.Gnome.Ours.Visible() {
		t.Fatal("having kept both, the question should offer only Posture Break")
	}
	test.Tap(e.Gnome.Ours)
	if e.GnomeChoice() != protocol.GnomeOff {
		t.Fatalf("chose %q, want Posture Break", e.GnomeChoice())
	}
}
