package settings

import (
	"flag"
	"io"

	"fyne.io/fyne/v2"

	"posturebreak/identity"
	"posturebreak/window"
)

// WindowTitle is the settings window's title, without the app's name.
const WindowTitle = "Settings"

// WindowSize is the settings window's size when it opens.
var WindowSize = fyne.NewSize(560, 520)

// Result is what the settings window tells the daemon, as one JSON line.
type Result struct {
	Saved bool `json:"saved"`
}

// RunWindow is the settings window process:
//
//	posturebreak window settings -file PATH
//
// It edits the settings file, saves it atomically on Save, reports whether
// it saved, and returns the exit code.
func RunWindow(id identity.App, args []string, stdin io.Reader, stdout io.Writer) int {
	flags := flag.NewFlagSet("window settings", flag.ContinueOnError)
	path := flags.String("file", "", "the settings file")
	if err := flags.Parse(args); err != nil || *path == "" {
		return 2
	}
	current, notice := Load(*path)
	return window.Run(id, window.Process{Title: WindowTitle, Size: WindowSize, Build: func(w fyne.Window, end func(any)) window.Content {
		done := func(saved bool) { end(Result{Saved: saved}) }
		e := NewEditor(current, notice, func(s Settings) error { return Save(*path, s) }, done)
		return window.Content{
			Object:  e.Content(),
			OnClose: func() { done(false) },
			OnKey: func(k *fyne.KeyEvent) {
				if k.Name == fyne.KeyEscape {
					done(false)
				}
			},
		}
	}}, stdin, stdout)
}
