// Package window owns what every window process shares: starting Fyne with
// the app's identity and theme, giving the daemon one JSON line with the
// outcome, and ending when the daemon that started it goes away.
//
// Windows live in short-lived processes of their own (posturebreak window
// <kind>), so the tray daemon never loads a GL driver and every window gives
// all its memory back when it closes.
package window

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"sync"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/app"
	"fyne.io/fyne/v2/lang"

	"posturebreak/identity"
)

// Process is one window process: its title (without the app's name), the
// size it opens at, and how to build it.
type Process struct {
	Title string
	Size  fyne.Size
	// Build makes the window's content. end reports the outcome as the
	// window's one line to the daemon and closes the window; only the
	// first end counts.
	Build func(w fyne.Window, end func(result any)) Content
}

// Content is what a window shows and how it answers the user.
type Content struct {
	Object  fyne.CanvasObject
	OnClose func()               // the window's own close button was pressed
	OnKey   func(*fyne.KeyEvent) // a key was typed outside any field; may be nil
}

// Run runs the window process until the window ends, or the daemon that
// started it does, and returns the exit code.
func Run(id identity.App, p Process, stdin io.Reader, stdout io.Writer) int {
	icon := fyne.NewStaticResource("posturebreak.png", id.Icon)
	app.SetMetadata(fyne.AppMetadata{ID: id.ID, Name: id.Name, Version: id.Version, Build: id.Build, Icon: icon, Migrations: id.Migrations})
	Speak()
	a := app.NewWithID(id.ID)
	a.SetIcon(icon)
	a.Settings().SetTheme(Theme{})
	w := a.NewWindow(lang.L(p.Title) + " · " + id.Name)
	w.SetIcon(icon)

	var once sync.Once
	end := func(result any) {
		once.Do(func() {
			report(stdout, result)
			a.Quit()
		})
	}
	c := p.Build(w, end)
	w.SetContent(c.Object)
	w.Resize(p.Size)
	w.CenterOnScreen()
	w.SetCloseIntercept(c.OnClose)
	if c.OnKey != nil {
		w.Canvas().SetOnTypedKey(c.OnKey)
	}
	// The daemon holds the other end of stdin, so it closes when the daemon
	// exits, even if it was killed.
	go func() {
		io.Copy(io.Discard, stdin)
		fmt.Fprintf(os.Stderr, "posturebreak: the %s window closes: the Posture Break that opened it has gone\n", p.Title)
		fyne.Do(a.Quit)
	}()
	w.ShowAndRun()
	return 0
}

// report writes the result as one JSON line.
func report(out io.Writer, result any) {
	b, err := json.Marshal(result)
	if err != nil {
		fmt.Fprintln(os.Stderr, "posturebreak: cannot report:", err)
		return
	}
	out.Write(append(b, '\n'))
}
