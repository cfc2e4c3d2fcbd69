package historywindow

import (
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"posturebreak/history"
	"posturebreak/translation"
	"posturebreak/ui/windowtest"
)

var now = time.Date(2026, 12, 1, 16, 0, 0, 0, time.UTC)

// weeks is a fixed history: three weeks with gaps, and every outcome.
func weeks() []history.Record {
	var recs []history.Record
	add := func(daysAgo, hour int, o history.Outcome, secs int, ex string) {
		recs = append(recs, history.Record{Time: now.AddDate(0, 0, -daysAgo).Add(time.Duration(hour-16) * time.Hour), Outcome: o, Seconds: secs, Exercise: ex})
	}
	for d := 20; d >= 0; d-- {
		if d%6 == 5 { // a gap every few days
			continue
		}
		add(d, 10, history.Done, 120, []string{"cat-cow", "rows", "doorway-chest", "seated-rotation"}[d%4])
		if d%2 == 0 {
			add(d, 11, history.Skipped, 0, "superman")
		}
		if d%3 == 0 {
			add(d, 14, history.Done, 90, "thread-the-needle")
			add(d, 15, history.Snoozed, 0, "y-raise")
		}
	}
	add(1, 12, history.Away, 2400, "")
	add(0, 13, history.Deferred, 720, "rows")
	add(0, 9, history.Relief, 120, "cat-cow")
	add(0, 12, history.Check, 0, "")
	add(2, 12, history.Check, 0, "")
	return recs
}

// figure is the value the view shows for a label, or "" if it shows none.
func figure(v *View, label string) string {
	for _, f := range v.Figures {
		if f.Label == label {
			return f.Value
		}
	}
	return ""
}

// The range switch changes the figures, each with its label; those that
// are zero are left out, but for the breaks taken and the streak; posture
// checks count beside the breaks; and the chart covers the range.
func TestTheRangeSwitchChangesTheFigures(t *testing.T) {
	test.NewTempApp(t)
	v := NewView(weeks(), 0, now, time.UTC, func() {}, func() {})
	v.Content()
	for _, c := range []struct {
		tap       string
		want      map[string]string
		chartDays int
	}{
		{"7 days", map[string]string{"Breaks taken": "9", "Days in a row with a break, up to today": "5", "Spent moving": "19 min",
			"Posture checks between breaks": "2", "Away long enough to count as a break": "1", "Waited while you were busy": "1",
			"Urges to pop answered with a movement": "1", "Snoozed": "3", "Skipped": "4"}, 7},
		{"Today", map[string]string{"Breaks taken": "2", "Days in a row with a break, up to today": "5", "Spent moving": "6 min",
			"Posture checks between breaks": "1", "Waited while you were busy": "1", "Urges to pop answered with a movement": "1",
			"Snoozed": "1", "Skipped": "1"}, 7},
		{"30 days", map[string]string{"Breaks taken": "25"}, 30},
	} {
		tapRange(t, v, c.tap)
		for label, want := range c.want {
			if got := figure(v, label); got != want {
				t.Errorf("%s: %q shows %q, want %q", c.tap, label, got, want)
			}
		}
		if c.tap == "Today" && figure(v, "Away long enough to count as a break") != "" {
			t.Errorf("today: a zero figure is shown: %+v", v.Figures)
		}
		if got := chartDays(v); got != c.chartDays {
			t.Errorf("%s: the chart shows %d days, want %d", c.tap, got, c.chartDays)
		}
	}
}

// chartDays is how many days the chart shows: its row of date labels.
func chartDays(v *View) int {
	labels := v.chart.Objects[0].(*fyne.Container).Objects[1].(*fyne.Container)
	return len(labels.Objects)
}

func TestExportAndClose(t *testing.T) {
	test.NewTempApp(t)
	exported, closed := 0, 0
	v := NewView(weeks(), 0, now, time.UTC, func() { exported++ }, func() { closed++ })
	v.Content()
	test.Tap(v.Export)
	test.Tap(v.Close)
	if exported != 1 || closed != 1 {
		t.Fatalf("export %d, close %d", exported, closed)
	}
}

func TestAFirstDayHasNothingToExport(t *testing.T) {
	test.NewTempApp(t)
	v := NewView(nil, 0, now, time.UTC, func() {}, func() {})
	v.Content()
	if !v.Export.Disabled() {
		t.Fatal("Export offered with no history")
	}
}

func TestTheHistoryWindowLooksRight(t *testing.T) {
	for name, variant := range windowtest.Variants {
		t.Run(name, func(t *testing.T) {
			windowtest.App(t, variant)
			v := NewView(weeks(), 1, now, time.UTC, func() {}, func() {})
			windowtest.AssertLooks(t, "history-"+name+".png", v.Content(), Size)
		})
	}
	t.Run("empty", func(t *testing.T) {
		windowtest.App(t, windowtest.Variants["light"])
		v := NewView(nil, 0, now, time.UTC, func() {}, func() {})
		windowtest.AssertLooks(t, "history-empty-light.png", v.Content(), Size)
	})
}

// In German, everything the History window says is German: the figures,
// the categories and the exercises' names too.
func TestTheHistoryWindowInGerman(t *testing.T) {
	windowtest.In(t, "de")
	windowtest.App(t, windowtest.Variants["light"])
	v := NewView(weeks(), 1, now, time.UTC, func() {}, func() {})
	content := v.Content()
	for _, want := range []string{"Katze-Kuh", "Vorgebeugtes Kurzhantelrudern", "Mobilität"} {
		if !strings.Contains(v.Done.Text, want) {
			t.Errorf("the exercises done say %q, without %q", v.Done.Text, want)
		}
	}
	for _, english := range []string{"Cat-cow", "Bent-over", "Mobility"} {
		if strings.Contains(v.Done.Text, english) {
			t.Errorf("the exercises done say %q, in English", english)
		}
	}
	windowtest.AssertLooks(t, "history-de-light.png", content, Size)
	windowtest.App(t, windowtest.Variants["dark"])
	windowtest.AssertLooks(t, "history-de-dark.png", NewView(weeks(), 0, now, time.UTC, func() {}, func() {}).Content(), Size)
}

// In English and in German, whose words run long, a week's history with
// every kind of record fits the window: nothing needs scrolling.
func TestTheHistoryWindowFitsInEveryLanguage(t *testing.T) {
	for _, lang := range translation.Languages {
		t.Run(lang, func(t *testing.T) {
			windowtest.In(t, lang)
			windowtest.App(t, windowtest.Variants["light"])
			content := NewView(weeks(), 1, now, time.UTC, func() {}, func() {}).Content()
			w := test.NewTempWindow(t, content)
			w.Resize(Size)
			if hidden := windowtest.Overflow(content); hidden > 0 {
				t.Errorf("%v px of the window need scrolling at %v", hidden, Size)
			}
		})
	}
}

// tapRange taps the range switch's option label, as a user does.
func tapRange(t *testing.T, v *View, label string) {
	t.Helper()
	for i, option := range v.Range.Options {
		if option == label {
			item, ok := test.WidgetRenderer(v.Range).Objects()[i].(fyne.Tappable)
			if !ok {
				t.Fatalf("the option %q cannot be tapped", label)
			}
			test.Tap(item)
			if v.Range.Selected != label {
				t.Fatalf("tapping %q selected %q", label, v.Range.Selected)
			}
			return
		}
	}
	t.Fatalf("no option %q", label)
}
