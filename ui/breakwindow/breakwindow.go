// Package breakwindow owns the break window: a guided exercise, its steps
// one at a time with the picture playing the movement, a countdown, the
// safety advice, and the buttons that end the break.
package breakwindow

import (
	"fmt"
	"io"
	"os"
	"sync/atomic"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"

	"posturebreak/advice"
	"posturebreak/history"
	"posturebreak/identity"
	"posturebreak/protocol"
	"posturebreak/translation"
	"posturebreak/ui/window"
)

// Title is the break window's title, without the app's name.
var Title = translation.Mark("Break")

// Size is the break window's size when it opens.
var Size = fyne.NewSize(920, 660)

// Run is the break window process. It guides the user through the first
// exercise offered (the others are behind "Another exercise") until they
// end the break, reports how, and returns the exit code.
func Run(id identity.App, req protocol.Break, stdin io.Reader, stdout io.Writer) int {
	offered, err := req.Offered()
	if err != nil {
		fmt.Fprintf(os.Stderr, "posturebreak: the break window cannot open: %v\n", err)
		return 2
	}
	return window.Run(id, window.Process{Title: Title, Size: Size, Ready: req.Ready, Build: func(w fyne.Window, end func(any)) window.Content {
		start := time.Now() // the break starts when the window shows
		finish := func(r protocol.BreakResult) {
			r.Seconds = int(time.Since(start).Seconds())
			end(r)
		}
		p := NewPlayer(offered, req.Length, req.Snooze, finish, func() { showSafety(w) })
		content := p.Content()
		if req.Ready {
			p.Predraw(content, Size)
		}
		return window.Content{
			Object: content,
			OnShow: func() {
				start = time.Now()
				go play(p, start)
			},
			Close:   func() { p.end(history.Skipped) },
			Confirm: func() { p.end(history.Done) },
		}
	}}, stdin, stdout)
}

// The window ticks every frameTime while the picture moves, which is while
// the window is in front; behind other windows or minimised, nobody sees
// the movement, so it ticks every stillTime and the picture holds on its
// keyframes.
const (
	frameTime = time.Second / 20
	stillTime = time.Second / 4
)

// play ticks the player from start until the process ends.
func play(p *Player, start time.Time) {
	var inFront atomic.Bool
	inFront.Store(true)
	life := fyne.CurrentApp().Lifecycle()
	life.SetOnEnteredForeground(func() { inFront.Store(true) })
	life.SetOnExitedForeground(func() { inFront.Store(false) })
	for {
		moving := inFront.Load()
		fyne.Do(func() {
			p.SetMoving(moving)
			p.Tick(time.Since(start))
		})
		if moving {
			time.Sleep(frameTime)
		} else {
			time.Sleep(stillTime)
		}
	}
}

// HelpTitle names the advice on when to get medical help, on its button
// and its dialog.
var HelpTitle = translation.Mark("When to get help")

// showSafety shows the article's advice on when to stop and get help,
// over the whole window but a margin: at the window's smallest, every
// sign shows without scrolling (a test holds it).
func showSafety(w fyne.Window) {
	d := dialog.NewCustom(translation.L(HelpTitle), translation.L("Close"), container.NewVScroll(window.Page(advice.Safety())), w)
	d.Resize(w.Canvas().Size().SubtractWidthHeight(2*dialogMargin, 2*dialogMargin))
	d.Show()
}

// dialogMargin is the space a dialog leaves around it in its window.
const dialogMargin = 16
