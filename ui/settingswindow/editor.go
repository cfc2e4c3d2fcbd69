package settingswindow

import (
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"posturebreak/exercises"
	"posturebreak/protocol"
	"posturebreak/schedule"
	"posturebreak/settings"
	"posturebreak/translation"
	"posturebreak/ui/window"
)

// Editor is the content of the settings window: a field per setting with
// its limits, checked as the user types, in tabs, and Save / Cancel.
type Editor struct {
	Work, Break, Snooze, MaxSnoozes *widget.Entry
	Sound                           *widget.Check
	HoursOn                         *widget.Check
	Days                            [7]*widget.Entry // by time.Weekday
	Extras                          []*widget.Check  // one per exercises.Extras, in that order
	Choices                         []*Choice        // one per exercise in the catalogue, in its order
	Checks                          *widget.Select   // how often a posture check comes, one of settings.CheckChoices
	StartAtLogin                    *widget.Check
	Busy                            []*widget.Check // one per settings.Busy, in that order
	Save, Cancel                    *widget.Button
	Problem                         *widget.Label         // what is wrong with the settings file, if anything
	Gnome                           *window.GnomeQuestion // nil unless GNOME's own movement breaks are on
	Tabs                            *container.AppTabs

	numbers []*widget.Entry   // one per settings.Fields, in that order
	current settings.Settings // what it edits: what it has no field for is kept as it is
	leftOut []string          // the exercises left out, as the Exercises tab has them now
	done    func(saved *settings.Settings)
}

// NewEditor edits current. done is called once the user saves, with the
// settings to save, or cancels, with nil. problem, if any, says at the
// top what is wrong with the settings file.
func NewEditor(current settings.Settings, problem string, done func(saved *settings.Settings)) *Editor {
	e := &Editor{done: done, current: current, leftOut: slices.Clone(current.LeftOut)}
	e.Work = numberEntry(settings.Work, current.WorkMinutes)
	e.Break = numberEntry(settings.Break, current.BreakMinutes)
	e.Snooze = numberEntry(settings.Snooze, current.SnoozeMinutes)
	e.MaxSnoozes = numberEntry(settings.Snoozes, current.MaxSnoozes)
	e.numbers = []*widget.Entry{e.Work, e.Break, e.Snooze, e.MaxSnoozes}
	e.Sound = switchCheck(settings.Sound, current)
	for d := range e.Days {
		e.Days[d] = daysEntry(current.WorkingHours.Days[d])
	}
	e.HoursOn = widget.NewCheck(translation.L("Only remind me during my working hours"), nil)
	e.HoursOn.SetChecked(current.WorkingHours.Enabled)
	e.HoursOn.OnChanged = func(on bool) {
		e.enableDays(on)
		e.refreshSave()
	}
	e.enableDays(current.WorkingHours.Enabled)
	for _, x := range exercises.Extras {
		c := widget.NewCheck(translation.L(x.Label), nil)
		c.SetChecked(slices.Contains(current.Equipment, x.Key))
		c.OnChanged = func(bool) { e.showChoices() }
		e.Extras = append(e.Extras, c)
	}
	e.newChoices()
	e.Checks = widget.NewSelect(checkLabels(), nil)
	e.Checks.SetSelectedIndex(max(slices.Index(settings.CheckChoices, current.PostureCheckMinutes), 0))
	e.StartAtLogin = switchCheck(settings.StartAtLogin, current)
	for _, sw := range settings.Busy {
		e.Busy = append(e.Busy, switchCheck(sw, current))
	}
	e.Problem = widget.NewLabel(problem)
	e.Problem.Wrapping = fyne.TextWrapWord
	e.Problem.Importance = widget.DangerImportance
	if problem == "" {
		e.Problem.Hide()
	}
	e.Save = widget.NewButtonWithIcon(translation.L("Save"), theme.DocumentSaveIcon(), e.trySave)
	e.Save.Importance = widget.HighImportance
	e.Cancel = widget.NewButton(translation.L("Cancel"), func() { e.done(nil) })
	for _, entry := range append(slices.Clone(e.numbers), e.Days[:]...) {
		entry.OnChanged = func(string) { e.refreshSave() } // the form takes OnValidationChanged
		entry.OnSubmitted = func(string) { e.trySave() }
	}
	e.refreshSave()
	return e
}

func switchCheck(sw settings.Switch, current settings.Settings) *widget.Check {
	c := widget.NewCheck(translation.L(sw.Label), nil)
	c.SetChecked(*sw.Of(&current))
	return c
}

func numberEntry(f settings.Field, value int) *widget.Entry {
	entry := widget.NewEntry()
	entry.SetText(strconv.Itoa(value))
	entry.Validator = func(s string) error {
		_, err := number(f, s)
		return err
	}
	return entry
}

// number reads a whole number within a field's limits.
func number(f settings.Field, s string) (int, error) {
	n, err := strconv.Atoi(strings.TrimSpace(s))
	if err != nil {
		return 0, errors.New(translation.L("Enter a whole number of {{.Unit}}", map[string]string{"Unit": translation.L(f.Unit)}))
	}
	if f.Clamp(n) != n {
		return 0, errors.New(translation.L("Must be {{.Min}} to {{.Max}} {{.Unit}}", map[string]any{"Min": f.Min, "Max": f.Max, "Unit": translation.L(f.Unit)}))
	}
	return n, nil
}

func daysEntry(spans []schedule.Span) *widget.Entry {
	text := make([]string, len(spans))
	for i, s := range spans {
		text[i] = s.String()
	}
	entry := widget.NewEntry()
	entry.SetText(strings.Join(text, ", "))
	entry.SetPlaceHolder(translation.L("No work this day"))
	entry.Validator = func(s string) error {
		_, err := ranges(s)
		return err
	}
	return entry
}

// ranges reads a day's working hours: ranges separated by commas.
func ranges(s string) ([]schedule.Span, error) {
	out := []schedule.Span{}
	for _, part := range strings.Split(s, ",") {
		if strings.TrimSpace(part) == "" {
			continue
		}
		span, err := schedule.ParseSpan(part)
		if err != nil {
			return nil, errors.New(translation.L("Write ranges like 09:00-12:30, 13:30-17:30"))
		}
		out = append(out, span)
	}
	return out, nil
}

func (e *Editor) enableDays(on bool) {
	for _, d := range e.Days {
		if on {
			d.Enable()
		} else {
			d.Disable()
		}
	}
}

// Settings reads the fields; an error names the first field that is wrong.
func (e *Editor) Settings() (settings.Settings, error) {
	s := e.current
	s.Sound, s.StartAtLogin, s.Equipment = e.Sound.Checked, e.StartAtLogin.Checked, e.equipment()
	s.LeftOut = slices.Clone(e.leftOut)
	s.PostureCheckMinutes = settings.CheckChoices[max(e.Checks.SelectedIndex(), 0)]
	for i, sw := range settings.Busy {
		*sw.Of(&s) = e.Busy[i].Checked
	}
	for i, f := range settings.Fields {
		n, err := number(f, e.numbers[i].Text)
		if err != nil {
			return s, fmt.Errorf("%s: %w", translation.L(f.Label), err)
		}
		*f.Of(&s) = n
	}
	s.WorkingHours.Enabled = e.HoursOn.Checked
	for d, entry := range e.Days {
		spans, err := ranges(entry.Text)
		if err != nil {
			return s, fmt.Errorf("%s: %w", time.Weekday(d), err)
		}
		s.WorkingHours.Days[d] = spans
	}
	if err := s.WorkingHours.Validate(); err != nil {
		return s, err
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

// trySave ends the editor with its settings, if they can be saved: the
// fields already say what is wrong when they cannot.
func (e *Editor) trySave() {
	if s, err := e.Settings(); err == nil {
		e.done(&s)
	}
}

// Content is the window's layout: a tab for each group of settings.
func (e *Editor) Content() fyne.CanvasObject {
	item := func(f settings.Field, entry *widget.Entry, hint string) *widget.FormItem {
		return &widget.FormItem{Text: translation.L(f.Label), Widget: entry, HintText: translation.L("{{.Hint}}, {{.Min}} to {{.Max}}", map[string]any{"Hint": hint, "Min": f.Min, "Max": f.Max})}
	}
	breaks := container.NewVBox(widget.NewForm(
		item(settings.Work, e.Work, translation.L("Minutes of work between breaks")),
		item(settings.Break, e.Break, translation.L("Minutes each break lasts")),
		item(settings.Snooze, e.Snooze, translation.L("Minutes a snooze puts a break off")),
		item(settings.Snoozes, e.MaxSnoozes, translation.L("How often one break may be snoozed")),
		&widget.FormItem{Text: translation.L("Posture check"), Widget: e.Checks, HintText: translation.L("A quiet nudge between breaks to sit tall")},
	), e.Sound)

	days := widget.NewForm()
	for _, d := range week {
		days.Append(translation.L(d.name), e.Days[d.day])
	}
	hours := container.NewVBox(e.HoursOn, window.Note(translation.L("No breaks fall outside these hours, and the work timer starts afresh when they begin. Separate ranges with commas; a range such as 22:00-06:00 runs past midnight.")), days)

	startup := container.NewVBox(e.StartAtLogin)

	e.Tabs = container.NewAppTabs(
		container.NewTabItem(translation.L("Breaks"), breaks),
		container.NewTabItem(translation.L("Working hours"), container.NewVScroll(hours)),
		container.NewTabItem(translation.L("When I'm busy"), container.NewVScroll(e.busyTab())),
		container.NewTabItem(translation.L("Exercises"), e.exercisesTab()),
		container.NewTabItem(translation.L("Start-up"), startup),
	)
	buttons := container.NewHBox(layout.NewSpacer(), e.Cancel, e.Save)
	top := container.NewVBox(e.Problem)
	if e.Gnome != nil {
		top.Add(e.Gnome.Content())
	}
	return container.NewPadded(container.NewBorder(top, buttons, nil, nil, e.Tabs))
}

// AskAboutGnome says that GNOME's own movement breaks are on, and asks
// which should remind the user; the choice goes with a save.
func (e *Editor) AskAboutGnome() {
	e.Gnome = window.NewGnomeQuestion(e.current.KeepGnomeBreaks, true)
}

// GnomeChoice is what the user chose about GNOME's movement breaks, if
// they were asked.
func (e *Editor) GnomeChoice() protocol.Gnome {
	if e.Gnome == nil {
		return protocol.GnomeUndecided
	}
	return e.Gnome.Chosen
}

// checkLabels name the settings.CheckChoices, in that order.
func checkLabels() []string {
	var out []string
	for _, m := range settings.CheckChoices {
		if m == 0 {
			out = append(out, translation.L("Off"))
		} else {
			out = append(out, translation.L("Every {{.Minutes}} minutes of work", map[string]int{"Minutes": m}))
		}
	}
	return out
}

// Privacy is what the "When I'm busy" tab promises, as the README does.
var Privacy = translation.Mark("The call check only looks at whether your camera or a microphone is open, never at what it sees or hears. Nothing leaves your computer.")

// busyTab is each switch with the one line that says what it watches, and
// the privacy promise.
func (e *Editor) busyTab() fyne.CanvasObject {
	box := container.NewVBox(window.Note(translation.L("A break that falls due while you are busy waits, and comes as soon as you are free. Work time keeps counting meanwhile.")))
	for i, sw := range settings.Busy {
		box.Add(e.Busy[i])
		box.Add(hint(translation.L(sw.Watches), true))
	}
	box.Add(widget.NewSeparator())
	box.Add(hint(translation.L(Privacy), false))
	return box
}

// hint is a switch's explanation: smaller, quieter text, tucked under the
// switch's words (under, its label) or standing alone.
func hint(text string, under bool) fyne.CanvasObject {
	l := window.Caption(text)
	if !under {
		return l
	}
	return window.Under(l, theme.IconInlineSize()+theme.Padding()) // with the text's own inset, where a check's words begin
}

// week is the days of the working week, from Monday, as the Working hours
// tab lists them.
var week = []struct {
	day  time.Weekday
	name string
}{
	{time.Monday, translation.Mark("Monday")}, {time.Tuesday, translation.Mark("Tuesday")},
	{time.Wednesday, translation.Mark("Wednesday")}, {time.Thursday, translation.Mark("Thursday")},
	{time.Friday, translation.Mark("Friday")}, {time.Saturday, translation.Mark("Saturday")},
	{time.Sunday, translation.Mark("Sunday")},
}
