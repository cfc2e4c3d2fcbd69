package settings

import (
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"posturebreak/exercises"
)

// Editor is the content of the settings window: a field per setting with
// its limits, checked as the user types, and Save / Cancel.
type Editor struct {
	Work, Break  *widget.Entry
	Extras       []*widget.Check // one per exercises.Extras, in that order
	Save, Cancel *widget.Button
	Problem      *widget.Label // why the last save failed, or what was wrong with the file

	save func(Settings) error
	done func(saved bool)
}

// NewEditor edits current. save stores the result; done is called when the
// user saves successfully or cancels. notice, if any, is shown at the top.
func NewEditor(current Settings, notice string, save func(Settings) error, done func(saved bool)) *Editor {
	e := &Editor{save: save, done: done}
	e.Work = minutesEntry(fields[0], current.WorkMinutes)
	e.Break = minutesEntry(fields[1], current.BreakMinutes)
	for _, x := range exercises.Extras {
		c := widget.NewCheck(x.Label, nil)
		c.SetChecked(slices.Contains(current.Equipment, x.Key))
		e.Extras = append(e.Extras, c)
	}
	e.Problem = widget.NewLabel(notice)
	e.Problem.Wrapping = fyne.TextWrapWord
	e.Problem.Importance = widget.DangerImportance
	if notice == "" {
		e.Problem.Hide()
	}
	e.Save = widget.NewButtonWithIcon("Save", theme.DocumentSaveIcon(), e.trySave)
	e.Save.Importance = widget.HighImportance
	e.Cancel = widget.NewButton("Cancel", func() { e.done(false) })
	for _, entry := range []*widget.Entry{e.Work, e.Break} {
		entry.OnChanged = func(string) { e.refreshSave() } // the form takes OnValidationChanged
		entry.OnSubmitted = func(string) { e.trySave() }
	}
	e.refreshSave()
	return e
}

func minutesEntry(f field, value int) *widget.Entry {
	entry := widget.NewEntry()
	entry.SetText(strconv.Itoa(value))
	entry.Validator = func(s string) error {
		_, err := minutes(f, s)
		return err
	}
	return entry
}

// minutes reads a whole number of minutes within a field's limits.
func minutes(f field, s string) (int, error) {
	n, err := strconv.Atoi(strings.TrimSpace(s))
	if err != nil {
		return 0, errors.New("Enter a whole number of minutes")
	}
	if n < f.min || n > f.max {
		return 0, fmt.Errorf("Must be %d to %d minutes", f.min, f.max)
	}
	return n, nil
}

// Settings reads the fields; an error names the first field that is wrong.
func (e *Editor) Settings() (Settings, error) {
	s := Settings{Equipment: []string{}}
	for i, c := range e.Extras {
		if c.Checked {
			s.Equipment = append(s.Equipment, exercises.Extras[i].Key)
		}
	}
	for i, entry := range []*widget.Entry{e.Work, e.Break} {
		n, err := minutes(fields[i], entry.Text)
		if err != nil {
			return s, fmt.Errorf("%s: %w", fields[i].label, err)
		}
		*fields[i].of(&s) = n
	}
	return s, nil
}

func (e *Editor) refreshSave() {
	if _, err := e.Settings(); err != nil {
		e.Save.Disable()
	} else {
		e.Save.Enable()
	}
}

func (e *Editor) trySave() {
	s, err := e.Settings()
	if err == nil {
		err = e.save(s)
	}
	if err != nil {
		e.Problem.SetText("Not saved: " + err.Error())
		e.Problem.Show()
		return
	}
	e.done(true)
}

// Content is the window's layout.
func (e *Editor) Content() fyne.CanvasObject {
	form := widget.NewForm(
		&widget.FormItem{Text: fields[0].label, Widget: e.Work, HintText: fmt.Sprintf("Minutes of work between breaks, %d to %d", fields[0].min, fields[0].max)},
		&widget.FormItem{Text: fields[1].label, Widget: e.Break, HintText: fmt.Sprintf("Minutes each break lasts, %d to %d", fields[1].min, fields[1].max)},
	)
	have := container.NewVBox(heading("What you have to hand"),
		widget.NewLabel("Desk exercises always come up. Tick what else you have:"))
	for _, c := range e.Extras {
		have.Add(c)
	}
	buttons := container.NewHBox(layout.NewSpacer(), e.Cancel, e.Save)
	body := container.NewVBox(form, widget.NewSeparator(), have)
	return container.NewPadded(container.NewBorder(container.NewVBox(heading("Your break rhythm"), e.Problem), buttons, nil, nil, container.NewVScroll(body)))
}

func heading(text string) *widget.Label {
	l := widget.NewLabelWithStyle(text, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	l.SizeName = theme.SizeNameSubHeadingText
	return l
}
