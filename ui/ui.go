// Package ui is the window half of Posture Break: every Fyne window lives
// in a package under it, and each runs in a short-lived process of its own,
// the window program, that the tray daemon starts (see package protocol).
// Main is the one door in.
package ui

import (
	"fmt"
	"io"
	"os"

	"posturebreak/identity"
	"posturebreak/protocol"
	"posturebreak/ui/advicewindow"
	"posturebreak/ui/breakwindow"
	"posturebreak/ui/historywindow"
	"posturebreak/ui/settingswindow"
	"posturebreak/ui/window"
)

// Main runs the window that args, the window program's command line, ask
// for, until it ends, and returns the exit code: 0, 2 for a command line
// that asks for no window it has, or protocol.NoDisplayExit, having said
// why in one line, when there is no display to open.
func Main(app identity.App, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	req, err := protocol.Parse(args)
	if err != nil {
		fmt.Fprintf(stderr, "%s: %v\n", protocol.Program, err)
		return 2
	}
	if err := window.CheckDisplay(); err != nil {
		fmt.Fprintf(stderr, "%s: %v\n", protocol.Program, err)
		return protocol.NoDisplayExit
	}
	return Run(app, req, stdin, stdout)
}

// Run runs the window the daemon asked for, until it ends, and returns the
// exit code: 0, or 2 for a request it cannot show.
func Run(app identity.App, req protocol.Request, stdin io.Reader, stdout io.Writer) int {
	switch r := req.(type) {
	case protocol.Break:
		return breakwindow.Run(app, r, stdin, stdout)
	case protocol.Settings:
		return settingswindow.Run(app, r, stdin, stdout)
	case protocol.Intro:
		return advicewindow.RunIntro(app, r, stdin, stdout)
	case protocol.About:
		return advicewindow.RunAbout(app, stdin, stdout)
	case protocol.History:
		return historywindow.Run(app, stdin, stdout)
	}
	fmt.Fprintf(os.Stderr, "posturebreak: no window for %T\n", req)
	return 2
}
