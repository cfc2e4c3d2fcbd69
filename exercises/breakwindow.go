package exercises

import (
	"flag"
	"fmt"
	"io"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"posturebreak/advice"
	"posturebreak/history"
	"posturebreak/identity"
	"posturebreak/window"
)

// Result is what the break window tells the daemon, as one JSON line on
// its stdout.
type Result struct {
	Outcome  history.Outcome `json:"outcome"`  // done, snoozed or skipped
	Exercise string          `json:"exercise"` // the exercise on show at the end
	Another  int             `json:"another"`  // how often the user asked for another one
	Seconds  int             `json:"seconds"`  // time the window was open
}

// WindowTitle is the break window's title, without the app's name.
const WindowTitle = "Break"

// WindowSize is the break window's size when it opens.
var WindowSize = fyne.NewSize(760, 460)

// RunBreakWindow is the break window process:
//
//	posturebreak window break -exercises ID[,ID...] -length 2m -snooze 5m
//
// It guides the user through the first exercise (the others are behind
// "Another exercise") until they end the break, reports how, and returns
// the exit code.
func RunBreakWindow(id identity.App, args []string, stdin io.Reader, stdout io.Writer) int {
	flags := flag.NewFlagSet("window break", flag.ContinueOnError)
	ids := flags.String("exercises", "", "ids of the exercise to show and of the ones to offer after it")
	length := flags.Duration("length", 2*time.Minute, "length of the break")
	snooze := flags.Duration("snooze", 5*time.Minute, "length of a snooze; 0 when this break may not be snoozed again")
	if err := flags.Parse(args); err != nil {
		return 2
	}
	var offered []Exercise
	for _, x := range strings.Split(*ids, ",") {
		e, ok := ByID(x)
		if !ok {
			fmt.Fprintf(flags.Output(), "window break: unknown exercise %q\n", x)
			return 2
		}
		offered = append(offered, e)
	}
	if *length <= 0 || *snooze < 0 {
		fmt.Fprintln(flags.Output(), "window break: the break must have a length, and a snooze cannot be negative")
		return 2
	}

	return window.Run(id, window.Process{Title: WindowTitle, Size: WindowSize, Build: func(w fyne.Window, end func(any)) window.Content {
		start := time.Now()
		finish := func(e Ending) {
			end(Result{Outcome: e.Outcome, Exercise: e.Exercise, Another: e.Another, Seconds: int(time.Since(start).Seconds())})
		}
		p := NewPlayer(offered, *length, *snooze, finish, func() { showSafety(w) })
		go func() {
			for range time.Tick(250 * time.Millisecond) {
				fyne.Do(func() { p.Tick(time.Since(start)) })
			}
		}()
		return window.Content{
			Object:  p.Content(),
			OnClose: func() { p.end(history.Skipped) },
			OnKey: func(k *fyne.KeyEvent) {
				switch k.Name {
				case fyne.KeyReturn, fyne.KeyEnter:
					p.end(history.Done)
				case fyne.KeyEscape:
					p.end(history.Skipped)
				}
			},
		}
	}}, stdin, stdout)
}

// showSafety shows the article's advice on when to stop and see someone.
func showSafety(w fyne.Window) {
	text := widget.NewRichTextFromMarkdown(advice.Safety())
	text.Wrapping = fyne.TextWrapWord
	d := dialog.NewCustom("Pain, numbness or tingling?", "Close", container.NewVScroll(text), w)
	d.Resize(fyne.NewSize(520, 380))
	d.Show()
}
