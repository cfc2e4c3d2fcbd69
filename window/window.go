// Package window owns what every window process shares: starting Fyne with
// the app's identity and theme, giving the daemon one JSON line with the
// outcome, and ending when the daemon that started it goes away.
//
// Windows live in short-lived processes of their own (posturebreak window
// <name>), so the tray daemon never loads a GL driver and every window gives
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

	"posturebreak/identity"
)

// New starts Fyne for one window process and opens its window.
func New(id identity.App, title string) (fyne.App, fyne.Window) {
	icon := fyne.NewStaticResource("posturebreak.png", id.Icon)
	app.SetMetadata(fyne.AppMetadata{ID: id.ID, Name: id.Name, Version: id.Version, Build: id.Build, Icon: icon, Migrations: id.Migrations})
	a := app.NewWithID(id.ID)
	a.SetIcon(icon)
	a.Settings().SetTheme(Theme{})
	w := a.NewWindow(title + " · " + id.Name)
	w.SetIcon(icon)
	return a, w
}

// Reporter writes the window's one result line for the daemon.
type Reporter struct {
	once sync.Once
	out  io.Writer
}

// NewReporter reports on out (the process's stdout, which the daemon reads).
func NewReporter(out io.Writer) *Reporter { return &Reporter{out: out} }

// Report writes v as one JSON line. Only the first report counts: a window
// has one outcome.
func (r *Reporter) Report(v any) {
	r.once.Do(func() {
		b, err := json.Marshal(v)
		if err != nil {
			fmt.Fprintln(os.Stderr, "posturebreak: cannot report:", err)
			return
		}
		r.out.Write(append(b, '\n'))
	})
}

// QuitWhenOrphaned quits a when stdin closes: the daemon holds the other
// end, so that happens when the daemon exits, even if it was killed.
func QuitWhenOrphaned(a fyne.App, stdin io.Reader) {
	go func() {
		io.Copy(io.Discard, stdin)
		fyne.Do(a.Quit)
	}()
}
