package exercises

import (
	"fmt"
	"image"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"posturebreak/drawing"
	"posturebreak/history"
)

// FrameTime is how long each keyframe shows before the next, so the
// pictures play the movement.
const FrameTime = 2 * time.Second

// Player is the content of the break window: the exercise, its moving
// picture, its steps, a countdown over the break, and the buttons that end
// the break.
type Player struct {
	Exercise Exercise
	Length   time.Duration

	Picture  *canvas.Raster
	Title    *widget.Label
	About    *widget.RichText
	Steps    *widget.RichText
	Progress *widget.ProgressBar
	Left     *widget.Label
	Done     *widget.Button
	Snooze   *widget.Button
	Skip     *widget.Button

	frame  int
	finish func(history.Outcome)
}

// NewPlayer builds the break window's content. finish is called once the
// user ends the break, with how it ended.
func NewPlayer(e Exercise, length, snooze time.Duration, finish func(history.Outcome)) *Player {
	p := &Player{Exercise: e, Length: length, frame: 1, finish: finish}
	p.Picture = canvas.NewRaster(p.draw)
	p.Picture.SetMinSize(fyne.NewSize(240, 240))
	p.Title = widget.NewLabelWithStyle(e.Name, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	p.Title.SizeName = theme.SizeNameSubHeadingText
	p.About = widget.NewRichText(
		&widget.TextSegment{Text: strings.ToUpper(string(e.Category)) + "   ", Style: widget.RichTextStyle{Inline: true, ColorName: theme.ColorNamePrimary, TextStyle: fyne.TextStyle{Bold: true}}},
		&widget.TextSegment{Text: capital(e.Where()) + " · " + e.Works, Style: widget.RichTextStyle{Inline: true, ColorName: theme.ColorNamePlaceHolder}},
	)
	p.About.Wrapping = fyne.TextWrapWord
	p.Steps = widget.NewRichTextFromMarkdown(e.stepsMarkdown())
	p.Steps.Wrapping = fyne.TextWrapWord
	p.Progress = widget.NewProgressBar()
	p.Progress.TextFormatter = func() string { return "" }
	p.Left = widget.NewLabel("")
	p.Done = widget.NewButtonWithIcon("Done", theme.ConfirmIcon(), func() { p.finish(history.Done) })
	p.Done.Importance = widget.HighImportance
	p.Snooze = widget.NewButton(fmt.Sprintf("Snooze %d min", int(snooze.Minutes())), func() { p.finish(history.Snoozed) })
	p.Skip = widget.NewButton("Skip", func() { p.finish(history.Skipped) })
	p.Tick(0)
	return p
}

// Content is the window's layout.
func (p *Player) Content() fyne.CanvasObject {
	picture := container.NewGridWrap(fyne.NewSize(240, 240), p.Picture)
	text := container.NewVBox(p.Title, p.About, p.Steps)
	top := container.NewBorder(nil, nil, container.NewVBox(picture), nil, container.NewVScroll(text))
	countdown := container.NewBorder(nil, nil, nil, p.Left, container.NewVBox(layout.NewSpacer(), p.Progress, layout.NewSpacer()))
	buttons := container.NewHBox(p.Skip, p.Snooze, layout.NewSpacer(), p.Done)
	return container.NewPadded(container.NewBorder(nil, container.NewVBox(countdown, buttons), nil, nil, top))
}

// Tick moves the countdown and the picture to elapsed time into the break.
func (p *Player) Tick(elapsed time.Duration) {
	left := max(p.Length-elapsed, 0)
	p.Progress.SetValue(min(float64(elapsed)/float64(p.Length), 1))
	if left == 0 {
		p.Left.SetText("Break complete")
	} else {
		secs := int((left + time.Second - 1) / time.Second)
		p.Left.SetText(fmt.Sprintf("%d:%02d left", secs/60, secs%60))
	}
	if frame := int(elapsed/FrameTime)%p.Exercise.Keyframes + 1; frame != p.frame {
		p.frame = frame
		p.Picture.Refresh()
	}
}

// Frame is the keyframe on show, from 1.
func (p *Player) Frame() int { return p.frame }

// draw renders the current keyframe at the raster's size in pixels, so it
// stays sharp at any scale.
func (p *Player) draw(w, h int) image.Image {
	img, err := drawing.Rasterize(p.Exercise.Keyframe(p.frame), w, h, false)
	if err != nil {
		fyne.LogError("drawing "+p.Exercise.ID, err)
		return image.NewRGBA(image.Rect(0, 0, w, h))
	}
	return img
}

func (e Exercise) stepsMarkdown() string {
	var b strings.Builder
	for i, s := range e.Steps {
		fmt.Fprintf(&b, "%d. %s\n", i+1, s)
	}
	for _, c := range e.Cautions {
		fmt.Fprintf(&b, "\n*%s*\n", c)
	}
	return b.String()
}

func capital(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}
