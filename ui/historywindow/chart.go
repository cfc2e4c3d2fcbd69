package historywindow

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"posturebreak/habit"
	"posturebreak/translation"
)

// chartHeight is the height of the bars' area.
const chartHeight = 150

// chart draws a pair of bars for each day: breaks taken in the primary
// colour, skipped in a muted one. A day with none has a visible zero line
// on the axis, never a gap.
func chart(days []habit.Day) fyne.CanvasObject {
	most := 1
	for _, d := range days {
		most = max(most, d.Taken, d.Skipped)
	}
	taken := theme.Color(theme.ColorNamePrimary)
	skipped := theme.Color(theme.ColorNameWarning)
	axis := theme.Color(theme.ColorNameSeparator)
	var marks []fyne.CanvasObject
	for range days {
		marks = append(marks, canvas.NewRectangle(taken), canvas.NewRectangle(skipped), canvas.NewRectangle(axis))
	}
	bars := container.New(&barsLayout{days: days, most: most}, marks...)
	labels := container.NewGridWithColumns(len(days))
	for i, d := range days {
		text := ""
		if i == 0 || i == len(days)-1 || d.Date.Day == 1 || (len(days) <= 14 && i%2 == 0) || i%7 == 0 {
			text = translation.L("{{.Day}}/{{.Month}}", map[string]int{"Day": d.Date.Day, "Month": int(d.Date.Month)})
		}
		l := canvas.NewText(text, theme.Color(theme.ColorNamePlaceHolder))
		l.TextSize = theme.CaptionTextSize()
		l.Alignment = fyne.TextAlignCenter
		labels.Add(l)
	}
	// The axis says what the top of the bars' area counts, beside a faint
	// line at its height, and 0 at the bottom.
	top := axisText(translation.N("{{.Count}} break", most, counted(most)))
	scale := container.NewBorder(top, axisText("0"), nil, nil)
	grid := canvas.NewLine(axis)
	legend := container.NewHBox(swatch(taken), widget.NewLabel(translation.L("Taken")), swatch(skipped), widget.NewLabel(translation.L("Skipped")))
	area := container.NewStack(container.New(topLine{}, grid), bars)
	return container.NewVBox(container.NewBorder(nil, nil, scale, nil, area), labels, legend)
}

// axisText is a label of the chart's axis, right-aligned against the bars.
func axisText(text string) *canvas.Text {
	t := canvas.NewText(text, theme.Color(theme.ColorNamePlaceHolder))
	t.TextSize = theme.CaptionTextSize()
	t.Alignment = fyne.TextAlignTrailing
	return t
}

// topLine lays a line across the top of the bars' area, where the tallest
// bar reaches.
type topLine struct{}

func (topLine) Layout(objects []fyne.CanvasObject, size fyne.Size) {
	for _, o := range objects {
		o.Move(fyne.NewPos(0, 0))
		o.Resize(fyne.NewSize(size.Width, 0))
	}
}

func (topLine) MinSize([]fyne.CanvasObject) fyne.Size { return fyne.Size{} }

// swatch is a legend's colour.
func swatch(c color.Color) fyne.CanvasObject {
	r := canvas.NewRectangle(c)
	r.CornerRadius = 3
	r.SetMinSize(fyne.NewSize(14, 14))
	return container.NewCenter(r)
}

// barsLayout places each day's taken bar, skipped bar and zero mark.
type barsLayout struct {
	days []habit.Day
	most int
}

func (b *barsLayout) Layout(objects []fyne.CanvasObject, size fyne.Size) {
	slot := size.Width / float32(len(b.days))
	bar := max(slot*0.36, 2)
	for i, d := range b.days {
		x := slot * float32(i)
		for j, n := range []int{d.Taken, d.Skipped} {
			h := size.Height * float32(n) / float32(b.most)
			o := objects[3*i+j]
			o.Move(fyne.NewPos(x+slot*0.1+float32(j)*(bar+1), size.Height-h))
			o.Resize(fyne.NewSize(bar, h))
		}
		zero := objects[3*i+2]
		zero.Move(fyne.NewPos(x+slot*0.1, size.Height-2))
		zero.Resize(fyne.NewSize(2*bar+1, 2))
	}
}

func (b *barsLayout) MinSize([]fyne.CanvasObject) fyne.Size {
	return fyne.NewSize(float32(len(b.days))*8, chartHeight)
}
