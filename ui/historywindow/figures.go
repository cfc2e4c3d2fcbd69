package historywindow

import (
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"

	"posturebreak/habit"
	"posturebreak/translation"
	"posturebreak/ui/window"
	"posturebreak/words"
)

// Figure is one number the History window shows, with what it counts.
type Figure struct {
	Value, Label string
}

// figures are what a range adds up to, the few that matter, each with its
// label: the breaks taken, the time spent moving and the streak always;
// relief exercises and posture checks when there were any.
func figures(t habit.Tally, streak int) []Figure {
	out := []Figure{
		{strconv.Itoa(t.Taken), translation.L("Breaks taken")},
		{words.Length(t.Moving), translation.L("Spent moving")},
		{strconv.Itoa(streak), translation.L("Days in a row with a break, up to today")},
	}
	if t.Relief > 0 {
		out = append(out, Figure{strconv.Itoa(t.Relief), translation.L("Urges to pop answered with a movement")})
	}
	if t.Checks > 0 {
		out = append(out, Figure{strconv.Itoa(t.Checks), translation.L("Posture checks between breaks")})
	}
	return out
}

// others are the lesser figures, in one line under the tiles: those that
// are not zero.
func others(t habit.Tally) []Figure {
	var out []Figure
	for _, f := range []struct {
		n     int
		label string
	}{
		{t.Snoozed, translation.L("Snoozed")},
		{t.Skipped, translation.L("Skipped")},
		{t.Away, translation.L("Away long enough to count as a break")},
		{t.Deferred, translation.L("Waited while you were busy")},
	} {
		if f.n != 0 {
			out = append(out, Figure{strconv.Itoa(f.n), f.label})
		}
	}
	return out
}

// tiles lay the figures out side by side, each number large above its
// label, and the lesser ones in a line below.
func tiles(main, lesser []Figure) fyne.CanvasObject {
	grid := container.NewGridWithColumns(len(main))
	for _, f := range main {
		value := canvas.NewText(f.Value, theme.Color(theme.ColorNamePrimary))
		value.TextSize = theme.TextHeadingSize()
		value.TextStyle.Bold = true
		grid.Add(container.NewVBox(container.NewPadded(value), window.Under(window.Caption(f.Label), 0)))
	}
	if len(lesser) == 0 {
		return grid
	}
	var parts []string
	for _, f := range lesser {
		parts = append(parts, f.Label+": "+f.Value)
	}
	return container.NewVBox(grid, window.Note(strings.Join(parts, " · ")))
}
