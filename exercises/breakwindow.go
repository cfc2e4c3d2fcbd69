package exercises

import (
	"flag"
	"fmt"
	"io"
	"time"

	"fyne.io/fyne/v2"

	"posturebreak/history"
	"posturebreak/identity"
	"posturebreak/window"
)

// Result is what the break window tells the daemon, as one JSON line on
// its stdout.
type Result struct {
	Outcome  history.Outcome `json:"outcome"` // done, snoozed or skipped
	Exercise string          `json:"exercise"`
	Seconds  int             `json:"seconds"` // time the window was open
}

// WindowTitle is the break window's title, without the app's name.
const WindowTitle = "Break"

// WindowSize is the break window's size when it opens.
var WindowSize = fyne.NewSize(720, 400)

// RunBreakWindow is the break window process:
//
//	posturebreak window break -exercise ID -length 2m -snooze 5m
//
// It shows the exercise until the user ends the break, reports how, and
// returns the exit code.
func RunBreakWindow(id identity.App, args []string, stdin io.Reader, stdout io.Writer) int {
	flags := flag.NewFlagSet("window break", flag.ContinueOnError)
	exercise := flags.String("exercise", "", "id of the exercise to show")
	length := flags.Duration("length", 2*time.Minute, "length of the break")
	snooze := flags.Duration("snooze", 5*time.Minute, "length of a snooze")
	if err := flags.Parse(args); err != nil {
		return 2
	}
	e, ok := ByID(*exercise)
	if !ok || *length <= 0 || *snooze <= 0 {
		fmt.Fprintf(flags.Output(), "window break: unknown exercise %q or bad length\n", *exercise)
		return 2
	}

	a, w := window.New(id, WindowTitle)
	reporter := window.NewReporter(stdout)
	start := time.Now()
	finish := func(o history.Outcome) {
		reporter.Report(Result{Outcome: o, Exercise: e.ID, Seconds: int(time.Since(start).Seconds())})
		a.Quit()
	}
	p := NewPlayer(e, *length, *snooze, finish)
	w.SetContent(p.Content())
	w.Resize(WindowSize)
	w.CenterOnScreen()
	w.SetCloseIntercept(func() { finish(history.Skipped) })
	w.Canvas().SetOnTypedKey(func(k *fyne.KeyEvent) {
		switch k.Name {
		case fyne.KeyReturn, fyne.KeyEnter:
			finish(history.Done)
		case fyne.KeyEscape:
			finish(history.Skipped)
		}
	})
	window.QuitWhenOrphaned(a, stdin)
	go func() {
		for range time.Tick(500 * time.Millisecond) {
			fyne.Do(func() { p.Tick(time.Since(start)) })
		}
	}()
	w.ShowAndRun()
	return 0
}
