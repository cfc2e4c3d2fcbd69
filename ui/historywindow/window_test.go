package historywindow

import (
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"posturebreak/history"
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
	return recs
}

func TestTheRangeSwitchChangesTheFigures(t *testing.T) {
	test.NewTempApp(t)
	v := NewView(weeks(), 0, now, time.UTC, func() {}, func() {})
	v.Content()
	week := v.Figures.Text
	if !strings.HasPrefix(week, "9 breaks taken") {
		t.Fatalf("7 days: %q", week)
	}
	tapRange(t, v, "Today")
	if !strings.HasPrefix(v.Figures.Text, "2 breaks taken") || !strings.Contains(v.Figures.Text, "while you were busy: 1.") {
		t.Fatalf("today: %q", v.Figures.Text)
	}
	tapRange(t, v, "30 days")
	if !strings.HasPrefix(v.Figures.Text, "25 breaks taken") {
		t.Fatalf("30 days: %q", v.Figures.Text)
	}
	if v.Streak.Text != "Streak: 5 days" {
		t.Fatalf("streak %q", v.Streak.Text)
	}
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
