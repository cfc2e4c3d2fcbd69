// Package historywindow owns the History window: what the user's breaks
// add up to over today, the last 7 days or the last 30, a chart of the
// days, the exercises done, the streak, and export as CSV.
package historywindow

import (
	"errors"
	"fmt"
	"io"
	"sort"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"posturebreak/exercises"
	"posturebreak/habit"
	"posturebreak/history"
	"posturebreak/identity"
	"posturebreak/protocol"
	"posturebreak/storage"
	"posturebreak/translation"
	"posturebreak/ui/window"
	"posturebreak/words"
)

// Title is the window's title, without the app's name.
var Title = translation.Mark("History")

// Size is the window's size when it opens.
var Size = fyne.NewSize(720, 680)

// Ranges are the spans the window can show, as the switch names them, and
// how many days each covers (ending today).
var Ranges = []struct {
	Label string
	Days  int
}{{translation.Mark("Today"), 1}, {translation.Mark("7 days"), 7}, {translation.Mark("30 days"), 30}}

// View is the window's content.
type View struct {
	Range   *widget.RadioGroup
	Figures []Figure      // what the range adds up to, as shown: the main ones, then the lesser
	Unknown *widget.Label // records of a kind this version does not know, if any
	Done    *widget.Label // the exercises and categories done in the range
	Export  *widget.Button
	Close   *widget.Button
	Problem *widget.Label // lines of the file that could not be read

	records []history.Record
	loc     *time.Location
	today   habit.Date
	tiles   *fyne.Container
	chart   *fyne.Container
	body    fyne.CanvasObject
}

// NewView shows records, as of now in loc. unreadable is how many lines
// of the file could not be read. export is called with the records when
// the user asks to export them; done when the window should close.
func NewView(records []history.Record, unreadable int, now time.Time, loc *time.Location, export func(), done func()) *View {
	v := &View{records: records, loc: loc, today: habit.DateOf(now, loc)}
	v.Unknown = window.Note("")
	v.Done = widget.NewLabel("")
	v.Done.Wrapping = fyne.TextWrapWord
	v.Problem = widget.NewLabel(translation.N("{{.Count}} line of the history file could not be read; it is left out.", unreadable, counted(unreadable)))
	v.Problem.Importance = widget.WarningImportance
	if unreadable == 0 {
		v.Problem.Hide()
	}
	v.Export = widget.NewButtonWithIcon(translation.L("Export CSV…"), theme.DocumentSaveIcon(), export)
	v.Close = widget.NewButtonWithIcon(translation.L("Close"), theme.ConfirmIcon(), done)
	v.Close.Importance = widget.HighImportance
	v.tiles, v.chart = container.NewStack(), container.NewStack()
	labels := make([]string, len(Ranges))
	for i, r := range Ranges {
		labels[i] = translation.L(r.Label)
	}
	v.Range = widget.NewRadioGroup(labels, func(string) { v.show() })
	v.Range.Horizontal = true
	v.Range.Required = true
	v.Range.SetSelected(labels[1])
	return v
}

// days is how many days the chosen range covers.
func (v *View) days() int {
	for _, r := range Ranges {
		if translation.L(r.Label) == v.Range.Selected {
			return r.Days
		}
	}
	return 7
}

// show fills the view for the chosen range.
func (v *View) show() {
	n := v.days()
	days := habit.Days(v.records, v.loc, v.today, n)
	t := habit.Sum(days)
	main, lesser := figures(t, habit.Streak(v.records, v.loc, v.today)), others(t)
	v.Figures = append(main, lesser...)
	v.tiles.Objects = []fyne.CanvasObject{tiles(main, lesser)}
	v.tiles.Refresh()
	v.Unknown.SetText(translation.N("({{.Count}} record of a kind this version does not know is not counted.)", t.Unknown, counted(t.Unknown)))
	v.Unknown.Hidden = t.Unknown == 0
	byExercise, byCategory := habit.Exercises(v.records, v.loc, days[0].Date, v.today, category)
	v.Done.SetText(doneText(byExercise, byCategory))
	// The chart shows the days of the range; today alone is no chart, so
	// it shows the week up to today.
	v.chart.Objects = []fyne.CanvasObject{chart(habit.Days(v.records, v.loc, v.today, max(n, 7)))}
	v.chart.Refresh()
}

func category(id string) string {
	if e, ok := exercises.ByID(id); ok {
		return string(e.Category)
	}
	return ""
}

// doneText says which exercises and categories were done, most first.
func doneText(byExercise, byCategory habit.Count) string {
	if len(byExercise) == 0 {
		return translation.L("No exercises done in this time.")
	}
	var cats []string
	for _, c := range []exercises.Category{exercises.Mobility, exercises.Stretch, exercises.Strength} {
		cats = append(cats, fmt.Sprintf("%s %d", words.Category(c), byCategory[string(c)]))
	}
	ids := make([]string, 0, len(byExercise))
	for id := range byExercise {
		ids = append(ids, id)
	}
	sort.Slice(ids, func(i, j int) bool {
		if byExercise[ids[i]] != byExercise[ids[j]] {
			return byExercise[ids[i]] > byExercise[ids[j]]
		}
		return ids[i] < ids[j]
	})
	var names []string
	for _, id := range ids {
		names = append(names, fmt.Sprintf("%s ×%d", words.ExerciseByID(id), byExercise[id]))
	}
	return strings.Join(cats, " · ") + "\n" + strings.Join(names, ", ")
}

// Content is the window's layout: the empty state before any break, or
// the range switch, the figures, the streak, the chart and the exercises.
func (v *View) Content() fyne.CanvasObject {
	buttons := container.NewHBox(v.Export, layout.NewSpacer(), v.Close)
	if len(v.records) == 0 {
		v.Export.Disable()
		empty := widget.NewLabel(translation.L("Your breaks will show here: each day's breaks taken and skipped, the minutes you spent moving, " +
			"the exercises you did, and your streak of days with a break. Take your first break, and come back."))
		empty.Wrapping = fyne.TextWrapWord
		v.body = container.NewVBox(layout.NewSpacer(), heading(translation.L("No breaks yet")), empty, layout.NewSpacer()) // in the middle of the window
		return container.NewPadded(container.NewBorder(nil, buttons, nil, nil, v.body))
	}
	v.body = container.NewVBox(v.Problem, v.Range, v.tiles, v.Unknown,
		heading(translation.L("Breaks per day")), v.chart, heading(translation.L("Exercises")), v.Done)
	return container.NewPadded(container.NewBorder(nil, buttons, nil, nil, container.NewVScroll(v.body)))
}

func heading(text string) fyne.CanvasObject {
	return widget.NewRichText(&widget.TextSegment{Text: text, Style: widget.RichTextStyleSubHeading})
}

// counted is a count, as {{.Count}} in a text that depends on it.
func counted(n int) map[string]int { return map[string]int{"Count": n} }

// Run is the History window process. It reads the history file, never
// writes it, and ends when the user closes it.
func Run(id identity.App, stdin io.Reader, stdout io.Writer) int {
	return window.Run(id, window.Process{Title: Title, Size: Size, Build: func(w fyne.Window, end func(any)) window.Content {
		done := func() { end(protocol.PageResult{Read: true}) }
		records, unreadable := read()
		v := NewView(records, unreadable, time.Now(), time.Local, func() { exportDialog(w, records) }, done)
		return window.Content{Object: v.Content(), Close: done}
	}}, stdin, stdout)
}

// read reads the user's history; a file that cannot be read at all shows
// as empty, and is said in the log.
func read() ([]history.Record, int) {
	dirs, err := storage.UserDirs()
	if err != nil {
		fyne.LogError("finding the history", err)
		return nil, 0
	}
	records, unreadable, err := history.Read(dirs.HistoryFile())
	if err != nil {
		fyne.LogError("reading the history", err)
	}
	return records, unreadable
}

// exportDialog asks where to save the history as CSV, and saves it.
func exportDialog(w fyne.Window, records []history.Record) {
	d := dialog.NewFileSave(func(f fyne.URIWriteCloser, err error) {
		if err != nil || f == nil {
			return
		}
		if err := errors.Join(history.WriteCSV(f, records), f.Close()); err != nil {
			dialog.ShowError(errors.New(translation.L("The history could not be exported ({{.Problem}}). Nothing of it is lost: it is still in Posture Break.",
				map[string]any{"Problem": err})), w)
		}
	}, w)
	d.SetFileName("posture-break-history.csv")
	d.Show()
}
