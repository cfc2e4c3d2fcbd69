// Package cli owns the command line: which part of the app a run of
// posturebreak is (the tray daemon, a window, or a command for the running
// daemon), and the usage text.
package cli

import (
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/godbus/dbus/v5"

	"posturebreak/advice"
	"posturebreak/control"
	"posturebreak/daemon"
	"posturebreak/exercises"
	"posturebreak/identity"
	"posturebreak/settings"
)

const usage = `Usage: posturebreak [command]

With no command, Posture Break starts in the system tray and reminds you to
take breaks. If it is already running, it opens the settings instead.

Commands:
  settings    open the settings window of the running Posture Break
  help        show this text
`

// Run runs the command in args and returns the exit code.
func Run(app identity.App, args []string) int {
	if len(args) == 0 {
		return daemon.Run(app)
	}
	switch args[0] {
	case "window": // the daemon starts these; not for people to type
		if len(args) >= 2 && args[1] == "break" {
			return exercises.RunBreakWindow(app, args[2:], os.Stdin, os.Stdout)
		}
		if len(args) >= 2 && args[1] == "settings" {
			return settings.RunWindow(app, args[2:], os.Stdin, os.Stdout)
		}
		if len(args) == 2 && args[1] == "intro" {
			return advice.RunIntro(app, os.Stdin, os.Stdout)
		}
		if len(args) == 2 && args[1] == "about" {
			return advice.RunAbout(app, os.Stdin, os.Stdout)
		}
	case "settings":
		return ask(app, "OpenSettings", os.Stderr)
	case "help", "-h", "-help", "--help":
		fmt.Print(usage)
		return 0
	}
	fmt.Fprint(os.Stderr, usage)
	return 2
}

// ask calls a method on the running daemon.
func ask(app identity.App, method string, errs io.Writer) int {
	conn, err := dbus.ConnectSessionBus()
	if err != nil {
		fmt.Fprintf(errs, "posturebreak: cannot reach the session bus: %v\n", err)
		return 1
	}
	defer conn.Close()
	if err := control.Call(conn, app.ID, method); err != nil {
		if errors.Is(err, control.ErrNotRunning) {
			fmt.Fprintln(errs, "posturebreak: Posture Break is not running. Start it with: posturebreak")
		} else {
			fmt.Fprintf(errs, "posturebreak: %v\n", err)
		}
		return 1
	}
	return 0
}
