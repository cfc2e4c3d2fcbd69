// Package settingswindow owns the settings window: a field per setting,
// checked as the user types, in tabs. It shows the settings the daemon runs
// on and hands the daemon what the user saves; it never reads or writes the
// settings file itself.
package settingswindow

import (
	"io"

	"fyne.io/fyne/v2"

	"posturebreak/identity"
	"posturebreak/protocol"
	"posturebreak/settings"
	"posturebreak/translation"
	"posturebreak/ui/window"
)

// Title is the settings window's title, without the app's name.
var Title = translation.Mark("Settings")

// Size is the settings window's size when it opens.
var Size = fyne.NewSize(560, 600)

// Run is the settings window process. It reports whether the user saved,
// and what, and returns the exit code.
func Run(id identity.App, req protocol.Settings, stdin io.Reader, stdout io.Writer) int {
	return window.Run(id, window.Process{Title: Title, Size: Size, Build: func(w fyne.Window, end func(any)) window.Content {
		var e *Editor
		done := func(saved *settings.Settings) {
			r := protocol.SettingsResult{Saved: saved != nil, Settings: saved}
			if r.Saved {
				r.Gnome = e.GnomeChoice()
			}
			end(r)
		}
		e = NewEditor(req.Current, req.Problem, done)
		if req.GnomeMovement {
			e.AskAboutGnome()
		}
		return window.Content{Object: e.Content(), Close: func() { done(nil) }}
	}}, stdin, stdout)
}
