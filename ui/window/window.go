// Package window owns what every window process shares: starting Fyne with
// the app's identity and theme, giving the daemon one JSON line with the
// outcome, and ending when the daemon that started it goes away.
//
// Windows live in short-lived processes of their own (posturebreak-window
// <kind>), so the tray daemon never loads a GL driver and every window gives
// all its memory back when it closes.
package window

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"sync"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/app"
	"github.com/go-gl/glfw/v3.3/glfw"

	"posturebreak/assets"
	"posturebreak/identity"
	"posturebreak/protocol"
	"posturebreak/translation"
)

// Process is one window process: its title (without the app's name), the
// size it opens at, and how to build it.
type Process struct {
	Title string
	Size  fyne.Size
	// Ready builds the window hidden, and shows it when the daemon writes
	// protocol.ShowLine on stdin.
	Ready bool
	// Build makes the window's content. end reports the outcome as the
	// window's one line to the daemon and closes the window; only the
	// first end counts.
	Build func(w fyne.Window, end func(result any)) Content
}

// Content is what a window shows and how it answers the user.
type Content struct {
	Object fyne.CanvasObject
	// Close ends the window as the user closes it: with its close button,
	// or Escape.
	Close func()
	// Confirm, if set, is what Return or Enter does, typed outside any
	// field.
	Confirm func()
	OnShow  func() // the window is on screen; may be nil
}

// keys answers the keys every window answers alike.
func (c Content) keys(k *fyne.KeyEvent) {
	switch k.Name {
	case fyne.KeyEscape:
		c.Close()
	case fyne.KeyReturn, fyne.KeyEnter:
		if c.Confirm != nil {
			c.Confirm()
		}
	}
}

// Run runs the window process until the window ends, or the daemon that
// started it does, and returns the exit code.
func Run(id identity.App, p Process, stdin io.Reader, stdout io.Writer) int {
	icon := fyne.NewStaticResource("posturebreak.png", assets.Read(assets.AppIconPNG(128))) // big enough, and quick to hand the window
	// No ID for Fyne's app: with one, every window process would read
	// Fyne's preferences file at start and write it at exit, and two
	// windows at once race on it. Its widgets find the ID, and preferences
	// kept in memory, through keepInMemory.
	app.SetMetadata(fyne.AppMetadata{Name: id.Name, Version: id.Version, Build: id.Build, Icon: icon, Migrations: id.Migrations})
	Speak()
	a := app.New()
	keepInMemory(a, id.ID)
	a.SetIcon(icon)
	a.Settings().SetTheme(Theme{})
	w := a.NewWindow(translation.L(p.Title) + " · " + id.Name)
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
	w.SetCloseIntercept(c.Close)
	w.Canvas().SetOnTypedKey(c.keys)
	lines := bufio.NewScanner(stdin)
	var warm *glfw.Window
	if p.Ready {
		var shown bool
		if warm, shown = ready(lines); !shown {
			return 0 // let go before it was shown
		}
	}
	go follow(lines, p.Title, a)
	w.Show()
	if warm != nil {
		warm.Destroy() // the window has its own context now
	}
	if c.OnShow != nil {
		c.OnShow()
	}
	a.Run()
	return 0
}

// ready waits, with the GL driver loaded, for the daemon to say show, and
// says whether it did: the window's process was started when a break fell
// due, so that a click shows it without waiting for it to start.
//
// It waits before Fyne's loop runs, which polls 60 times a second even
// with no window shown, so a ready window costs no CPU. Loading the GL
// driver (a hidden GL context, warm) is the slowest part of showing a
// window that can be done before it is shown; the caller lets it go once
// the window is.
func ready(lines *bufio.Scanner) (warm *glfw.Window, shown bool) {
	glfw.WindowHint(glfw.Visible, glfw.False)
	warm, err := glfw.CreateWindow(1, 1, "", nil, nil)
	glfw.DefaultWindowHints()
	if err != nil {
		fmt.Fprintln(os.Stderr, "posturebreak: the GL driver could not be loaded ahead:", err)
	}
	for lines.Scan() {
		if lines.Text() == protocol.ShowLine {
			return warm, true
		}
	}
	return warm, false
}

// follow reads stdin until it closes: the daemon holds the other end, so
// it closes when the daemon exits, even if it was killed; then the window
// ends.
func follow(lines *bufio.Scanner, title string, a fyne.App) {
	for lines.Scan() {
	}
	fmt.Fprintf(os.Stderr, "posturebreak: the %s window closes: the Posture Break that opened it has gone\n", title)
	fyne.Do(a.Quit)
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
