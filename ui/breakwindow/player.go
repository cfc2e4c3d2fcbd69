package breakwindow

import (
	"fmt"
	"image"
	"math"
	"slices"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"posturebreak/advice"
	"posturebreak/exercises"
	"posturebreak/history"
	"posturebreak/protocol"
	"posturebreak/raster"
	"posturebreak/translation"
	"posturebreak/ui/window"
	"posturebreak/words"
)

// Player is the content of the break window: a guided exercise. Its steps
// come one at a time with their pictures playing the movement, one-sided
// exercises switch sides halfway with the picture mirrored, a countdown
// runs over the break, and buttons end it.
type Player struct {
	Offered []exercises.Exercise // the exercise, then the ones "Another exercise" moves on to
	Length  time.Duration        // of the whole break

	Picture  *canvas.Raster
	Side     *widget.Label // "Left side", "Right side", or the cue to switch
	Title    *widget.Label
	About    *widget.RichText
	StepNo   *widget.Label
	Step     *widget.Label
	Pace     *widget.Label // on the main step: at the user's own pace, and Done whenever
	Care     *widget.Label // listen to your body, and the exercise's own cautions
	Extra    *widget.Label // why it helps, and a variation
	Prev     *widget.Button
	Next     *widget.Button
	Progress *widget.ProgressBar
	Left     *widget.Label
	Stop     *widget.Label  // when to stop and get medical help, always in view
	Help     *widget.Button // opens the whole list of signs
	Another  *widget.Button
	NotForMe *widget.Button    // leaves the exercise out of the rotation, and moves on
	LeftOut  *widget.Label     // says which exercise was left out, and how to put it back
	leftNote fyne.CanvasObject // LeftOut, set apart
	Done     *widget.Button
	Snooze   *widget.Button
	Skip     *widget.Button

	text   *container.Scroll // the title, the step and the notes
	moving bool              // the picture plays the movement between keyframes
	shown  exercises.Moment  // what the picture shows
	drawn  struct {          // the picture last drawn, for a redraw at the same size
		drawing
		img image.Image
	}

	current int           // index into Offered
	leftOut []string      // ids the user said are not for them
	since   time.Duration // break time when the current exercise began
	offset  time.Duration // how far the user stepped ahead (or back) by hand
	elapsed time.Duration // break time at the last tick
	moment  exercises.Moment
	finish  func(protocol.BreakResult)
}

// NewPlayer builds the break window's content for offered[0], with the rest
// of offered behind "Another exercise". A snooze of 0 offers no Snooze: the
// break has been snoozed as often as allowed. finish is called when the
// user ends the break, with all but the seconds the window was open.
// help opens the advice on when to get medical help.
func NewPlayer(offered []exercises.Exercise, length, snooze time.Duration, finish func(protocol.BreakResult), help func()) *Player {
	p := &Player{Offered: offered, Length: length, finish: finish, moment: exercises.Moment{Frame: 1}}
	p.Picture = canvas.NewRaster(p.draw)
	p.Picture.SetMinSize(fyne.NewSize(minPicture, minPicture))
	p.Side = widget.NewLabelWithStyle("", fyne.TextAlignCenter, fyne.TextStyle{Bold: true})
	p.Title = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	p.Title.SizeName = theme.SizeNameSubHeadingText
	p.Title.Wrapping = fyne.TextWrapWord
	p.About = widget.NewRichText()
	p.About.Wrapping = fyne.TextWrapWord
	p.StepNo = widget.NewLabel("")
	p.StepNo.Importance = widget.MediumImportance
	p.Step = widget.NewLabel("")
	p.Step.Wrapping = fyne.TextWrapWord
	p.Step.SizeName = theme.SizeNameSubHeadingText
	p.Pace = widget.NewLabel(translation.L("Go at your own pace, and press Done whenever you have had enough."))
	p.Pace.Wrapping = fyne.TextWrapWord
	p.Pace.Importance = widget.MediumImportance
	p.Care = widget.NewLabel("")
	p.Care.Wrapping = fyne.TextWrapWord
	p.Extra = widget.NewLabel("")
	p.Extra.Wrapping = fyne.TextWrapWord
	p.Extra.TextStyle.Italic = true
	p.Extra.Importance = widget.MediumImportance
	p.Prev = widget.NewButtonWithIcon("", theme.NavigateBackIcon(), func() { p.step(-1) })
	p.Next = widget.NewButtonWithIcon("", theme.NavigateNextIcon(), func() { p.step(+1) })
	p.Progress = widget.NewProgressBar()
	p.Progress.TextFormatter = func() string { return "" }
	p.Left = widget.NewLabel("")
	p.Stop = widget.NewLabelWithStyle(translation.L(advice.Stop), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	p.Stop.Wrapping = fyne.TextWrapWord
	p.Help = widget.NewButtonWithIcon(translation.L(HelpTitle), theme.InfoIcon(), help)
	p.Help.Importance = widget.LowImportance
	p.Another = widget.NewButtonWithIcon(translation.L("Another exercise"), theme.ViewRefreshIcon(), p.another)
	p.NotForMe = widget.NewButton(translation.L("Not for me"), p.notForMe)
	p.NotForMe.Importance = widget.LowImportance
	p.LeftOut = widget.NewLabel("")
	p.LeftOut.Wrapping = fyne.TextWrapWord
	p.leftNote = window.Tinted(theme.ColorNamePrimary, theme.NewPrimaryThemedResource(theme.ConfirmIcon()), p.LeftOut)
	p.leftNote.Hide()
	p.Done = widget.NewButtonWithIcon(translation.L("Done"), theme.ConfirmIcon(), func() { p.end(history.Done) })
	p.Done.Importance = widget.HighImportance
	p.Snooze = widget.NewButton(words.Snooze(snooze), func() { p.end(history.Snoozed) })
	p.Skip = widget.NewButton(translation.L("Skip"), func() { p.end(history.Skipped) })
	if snooze == 0 {
		p.Snooze.Hide()
	}
	p.Tick(0)
	return p
}

// Exercise is the exercise on show.
func (p *Player) Exercise() exercises.Exercise { return p.Offered[p.current] }

// Moment is what is on show.
func (p *Player) Moment() exercises.Moment { return p.moment }

// Content is the window's layout.
func (p *Player) Content() fyne.CanvasObject {
	picture := container.New(squareAbove{}, p.Picture, p.Side)
	stepper := container.NewHBox(p.StepNo, layout.NewSpacer(), p.Prev, p.Next)
	care := container.NewBorder(nil, nil, container.NewPadded(widget.NewIcon(theme.InfoIcon())), nil, p.Care)
	text := container.New(window.Column(theme.Padding()), p.leftNote, p.Title, p.About, widget.NewSeparator(), stepper, p.Step, p.Pace, care, p.Extra)
	p.text = container.NewVScroll(text)
	p.text.SetMinSize(textMin) // every step and its notes read without scrolling (a test holds it)
	top := container.New(split{gap: theme.Padding()}, picture, p.text)
	countdown := container.NewBorder(nil, nil, nil, p.Left, container.New(slim{8}, p.Progress))
	stop := window.Tinted(theme.ColorNameWarning, theme.NewWarningThemedResource(theme.WarningIcon()), container.NewBorder(nil, nil, nil, container.NewCenter(p.Help), container.New(middle{}, p.Stop)))
	buttons := container.NewHBox(p.Skip, p.Snooze, layout.NewSpacer(), p.NotForMe, p.Another, p.Done)
	return container.NewPadded(container.NewBorder(nil, container.NewVBox(countdown, stop, buttons), nil, nil, top))
}

// Tick moves the break to elapsed time in: the countdown, the step, the
// picture.
func (p *Player) Tick(elapsed time.Duration) {
	p.elapsed = elapsed
	left := max(p.Length-elapsed, 0)
	if v := min(float64(elapsed)/float64(p.Length), 1); v-p.Progress.Value > 0.002 || v < p.Progress.Value || v == 1 {
		p.Progress.SetValue(v)
	}
	if left == 0 {
		setText(p.Left, translation.L("Break complete"))
	} else {
		secs := int((left + time.Second - 1) / time.Second)
		setText(p.Left, translation.L("{{.Time}} left", map[string]string{"Time": fmt.Sprintf("%d:%02d", secs/60, secs%60)}))
	}
	p.show()
}

// exerciseTime is how long the current exercise has: what is left of the
// break when it began, but never so little that its steps flash past.
func (p *Player) exerciseTime() time.Duration { return max(p.Length-p.since, 30*time.Second) }

// into is how far into the current exercise the user is.
func (p *Player) into() time.Duration { return max(p.elapsed-p.since+p.offset, 0) }

// SetMoving says whether the picture plays the movement between keyframes
// (the window is in front), or holds on them (it is not: nobody sees it).
func (p *Player) SetMoving(on bool) { p.moving = on }

func (p *Player) show() {
	e := p.Exercise()
	m := e.At(p.exerciseTime(), p.into())
	p.moment = m
	if !p.moving {
		m.Next, m.Blend = m.Frame, 0
	}
	if picture := (exercises.Moment{Frame: m.Frame, Next: m.Next, Blend: m.Blend, Mirror: m.Mirror}); picture != p.shown {
		p.shown = picture
		p.Picture.Refresh()
	}
	if name := words.Exercise(e); p.Title.Text != name {
		p.Title.SetText(name)
		p.About.Segments = []widget.RichTextSegment{
			&widget.TextSegment{Text: strings.ToUpper(words.Category(e.Category)) + "   ", Style: widget.RichTextStyle{Inline: true, ColorName: theme.ColorNamePrimary, TextStyle: fyne.TextStyle{Bold: true}}},
			&widget.TextSegment{Text: window.Capital(words.Where(e)) + " · " + translation.L(e.Works), Style: widget.RichTextStyle{Inline: true, ColorName: theme.ColorNamePlaceHolder}},
		}
		p.About.Refresh()
	}
	side, importance := words.Side(m.Side), widget.MediumImportance
	if m.Switch {
		side, importance = translation.L("Now switch sides"), widget.WarningImportance
	}
	if p.Side.Text != side || p.Side.Importance != importance {
		p.Side.Importance = importance
		p.Side.SetText(side)
	}
	setText(p.StepNo, translation.L("Step {{.Step}} of {{.Steps}}", map[string]int{"Step": m.Step + 1, "Steps": len(e.Steps)}))
	setText(p.Step, translation.L(e.Steps[m.Step].Text))
	if m.Step == e.MainStep() {
		p.Pace.Show()
	} else {
		p.Pace.Hide()
	}
	setText(p.Care, care(e))
	setText(p.Extra, notes(e))
	enable(p.Prev, m.Step > 0 || m.Side == exercises.RightSide) // anything but the very first step
	enable(p.Next, e.NextStepAt(p.exerciseTime(), p.into()) != p.into())
	enable(p.Another, p.current < len(p.Offered)-1)
	enable(p.NotForMe, !slices.Contains(p.leftOut, e.ID))
}

// setText changes a label only if its text changes: the window ticks many
// times a second while the picture moves.
func setText(l *widget.Label, text string) {
	if l.Text != text {
		l.SetText(text)
	}
}

func enable(b *widget.Button, on bool) {
	if on {
		b.Enable()
	} else {
		b.Disable()
	}
}

// step moves to the next step (+1) or back to the one before (-1).
func (p *Player) step(dir int) {
	e, length, at := p.Exercise(), p.exerciseTime(), p.into()
	to := e.NextStepAt(length, at)
	if dir < 0 {
		to = e.PrevStepAt(length, at)
	}
	p.offset += to - at
	p.show()
}

// another moves on to the next exercise of the rotation, which gets the
// rest of the break.
func (p *Player) another() {
	if p.current >= len(p.Offered)-1 {
		return
	}
	p.current++
	p.since, p.offset = p.elapsed, 0
	p.shown = exercises.Moment{} // another exercise: draw its picture whatever it is
	p.show()
}

// notForMe leaves the exercise on show out from now on, says how to put it
// back, and moves on to the next exercise offered, if there is one.
func (p *Player) notForMe() {
	e := p.Exercise()
	if slices.Contains(p.leftOut, e.ID) {
		return
	}
	p.leftOut = append(p.leftOut, e.ID)
	p.LeftOut.SetText(translation.L("{{.Exercise}} will not come up again. To put it back, open Settings, then Exercises.", map[string]string{"Exercise": words.Exercise(e)}))
	p.leftNote.Show()
	p.another()
	p.show()
}

func (p *Player) end(o history.Outcome) {
	p.finish(protocol.BreakResult{Outcome: o, Exercise: p.Exercise().ID, Another: p.current, LeftOut: slices.Clone(p.leftOut)})
}

// draw renders the picture on show at the raster's size in pixels, so it
// stays sharp at any scale, mirrored for the right side.
func (p *Player) draw(w, h int) image.Image {
	e := p.Exercise()
	key := drawing{e.ID, p.shown, w, h}
	if p.drawn.drawing == key {
		return p.drawn.img
	}
	img, err := raster.Draw(e.Picture(p.shown), w, h, p.shown.Mirror)
	if err != nil {
		fyne.LogError("drawing "+e.ID, err)
		return image.NewRGBA(image.Rect(0, 0, w, h))
	}
	p.drawn.drawing, p.drawn.img = key, img
	return img
}

// drawing is a picture at a size in pixels.
type drawing struct {
	exercise string
	picture  exercises.Moment
	w, h     int
}

// Predraw draws the picture as it will first show when content, the
// player's, fills a window of size, so that showing the window has one
// thing less to do.
func (p *Player) Predraw(content fyne.CanvasObject, size fyne.Size) {
	pad := theme.Padding() // a window insets its content by this
	content.Resize(size.SubtractWidthHeight(2*pad, 2*pad))
	scale := fyne.CurrentApp().Settings().Scale()
	if scale <= 0 { // "auto": the screen's, which is not known before the window is; most are 1
		scale = 1
	}
	at := p.Picture.Size()
	p.draw(int(math.Round(float64(at.Width*scale))), int(math.Round(float64(at.Height*scale))))
}

// textMin is the smallest the text beside the picture may be.
var textMin = fyne.NewSize(440, 480)

// notes are why the exercise helps and any variation, in the user's
// language.
func notes(e exercises.Exercise) string {
	var parts []string
	for _, text := range []string{e.Why, e.Note} {
		if text != "" {
			parts = append(parts, translation.L(text))
		}
	}
	return strings.Join(parts, " ")
}

// care is the article's rule for every exercise, then the exercise's own
// cautions, in the user's language, as one paragraph.
func care(e exercises.Exercise) string {
	out := []string{translation.L(advice.ListenToYourBody)}
	for _, c := range e.Cautions {
		out = append(out, translation.L(c))
	}
	return strings.Join(out, " ")
}
