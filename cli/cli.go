// Package cli owns posturebreak's command line: which part of the app a
// run of it is (the tray daemon, or a command for the running daemon, or
// the History window, which needs none), and the usage text.
package cli

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"posturebreak/control"
	"posturebreak/daemon"
	"posturebreak/identity"
	"posturebreak/protocol"
	"posturebreak/schedule"
)

const usage = `Usage: posturebreak [command]

With no command, Posture Break starts in the system tray and reminds you to
take breaks. If it is already running, it opens the settings instead.

Commands, for the Posture Break that is running:
  status [--json]   say what the timer is doing: the next break, or a pause
  break-now         start a break now
  relief            stiff right now? a mobility exercise at once, instead of popping
  pause LENGTH      no breaks for a while: 30m, 1h (any length up to 24h),
                    until-tomorrow (the next working day) or indefinitely
  resume            end a pause
  settings          open the settings window
  quit              quit Posture Break, as the tray's Quit does

Commands that need no Posture Break running:
  history           open the History window: your breaks by day, and your streak
  history --csv     every break in the history, as CSV (the README lists the columns)
  history --json    every break in the history, as a JSON array
  help              show this text
`

// Run runs the command in args and returns the exit code: 0 done, 1 the
// daemon is not running or refused, 2 bad arguments.
func Run(app identity.App, args []string, stdout, stderr io.Writer) int {
	if startsDaemon(args) {
		return daemon.Run(app)
	}
	switch args[0] {
	case "help", "-h", "-help", "--help":
		fmt.Fprint(stdout, usage)
		return 0
	case "history":
		if len(args) == 1 {
			return openHistory(stderr) // it only reads the file: no daemon needed
		}
		if len(args) == 2 && (args[1] == "--csv" || args[1] == "--json") {
			return exportHistory(args[1], stdout, stderr)
		}
	}
	c, err := parse(args)
	if err != nil {
		if !errors.Is(err, errUsage) {
			fmt.Fprintf(stderr, "posturebreak: %v\n\n", err)
		}
		fmt.Fprint(stderr, usage)
		return 2
	}
	if c.method != control.StatusMethod {
		return ask(app, stderr, c.method, nil, c.args...)
	}
	var answer string
	if code := ask(app, stderr, c.method, &answer); code != 0 {
		return code
	}
	return status(answer, c.asJSON, stdout, stderr)
}

// startsDaemon says whether a run with args is the tray daemon: one with
// no arguments, or with the one argument -Embedding (in any case, or
// /Embedding), which Windows gives the program when it starts it as the
// COM server of the app's toasts, for a click on a toast while the app is
// not running (notify/toast_windows.go registers it so).
func startsDaemon(args []string) bool {
	if len(args) == 0 {
		return true
	}
	if len(args) != 1 || len(args[0]) < 2 || (args[0][0] != '-' && args[0][0] != '/') {
		return false
	}
	return strings.EqualFold(args[0][1:], "Embedding")
}

// call is a command for the running daemon: a method of its D-Bus
// interface (control/interface.xml), with its arguments.
type call struct {
	method control.Method
	args   []string
	asJSON bool // for Status: print the daemon's JSON as it is
}

// errUsage means the arguments are not a command.
var errUsage = errors.New("not a command")

// plain are the commands that are a method with no arguments.
var plain = map[string]control.Method{"settings": control.OpenSettingsMethod, "break-now": control.BreakNowMethod, "resume": control.ResumeMethod, "relief": control.ReliefMethod, "quit": control.QuitMethod}

// parse reads a command for the running daemon.
func parse(args []string) (call, error) {
	cmd, rest := args[0], args[1:]
	switch {
	case plain[cmd] != "" && len(rest) == 0:
		return call{method: plain[cmd]}, nil
	case cmd == "pause" && len(rest) == 1:
		_, err := schedule.PauseEnd(rest[0], time.Now(), schedule.Hours{})
		return call{method: control.PauseMethod, args: []string{rest[0]}}, err
	case cmd == "status" && len(rest) == 0:
		return call{method: control.StatusMethod}, nil
	case cmd == "status" && len(rest) == 1 && rest[0] == "--json":
		return call{method: control.StatusMethod, asJSON: true}, nil
	}
	return call{}, errUsage
}

// openHistory runs the History window from the window program, as the
// daemon runs its windows, and waits for it to close.
func openHistory(stderr io.Writer) int {
	exe, err := os.Executable()
	if err == nil {
		exe, err = protocol.Find(exe)
	}
	if err != nil {
		fmt.Fprintf(stderr, "posturebreak: the History window cannot open: %v\n", err)
		return 1
	}
	windows := &daemon.Launcher{Exe: exe}
	ended := make(chan error, 1)
	windows.Open(protocol.History{}, func(_ []byte, err error) { ended <- err })
	if err := <-ended; err != nil {
		fmt.Fprintf(stderr, "posturebreak: the History window failed: %v\n", err)
		return 1
	}
	windows.CloseAll()
	return 0
}

// ask calls a method on the running daemon, storing its answer in out.
func ask(app identity.App, stderr io.Writer, method control.Method, out *string, args ...string) int {
	answer, err := control.Ask(app.ID, method, args...)
	switch {
	case err == nil:
		if out != nil {
			*out = answer
		}
		return 0
	case errors.Is(err, control.ErrNotRunning):
		fmt.Fprintf(stderr, "posturebreak: %v. Start it with: posturebreak\n", err)
	default:
		fmt.Fprintf(stderr, "posturebreak: %v\n", err)
	}
	return 1
}

// presenceLine says where the user is, as the daemon sees it.
func presenceLine(s control.Status) string {
	switch {
	case s.Presence == control.Away && s.AwaySince != nil:
		return "away since " + s.AwaySince.Local().Format("15:04")
	case s.Presence == control.Busy:
		return "busy (" + s.Busy + ")"
	case s.Presence == "":
		return "—"
	}
	return s.Presence
}

// status prints the daemon's status, as JSON or for a person.
func status(answer string, asJSON bool, stdout, stderr io.Writer) int {
	var s control.Status
	if err := json.Unmarshal([]byte(answer), &s); err != nil || s.State == "" {
		fmt.Fprintf(stderr, "posturebreak: the running Posture Break gave an answer I cannot read: %s\n", answer)
		return 1
	}
	if asJSON {
		fmt.Fprintln(stdout, answer)
		return 0
	}
	at := func(t *time.Time) string {
		if t == nil {
			return "—"
		}
		return t.Local().Format("Mon 2 Jan 15:04")
	}
	fmt.Fprintf(stdout, "%s\n  state         %s\n  next break    %s\n  next check    %s\n  paused until  %s\n  presence      %s\n",
		s.Line, s.State, at(s.NextBreak), at(s.NextCheck), at(s.PausedUntil), presenceLine(s))
	if s.Waiting != nil {
		fmt.Fprintf(stdout, "  waiting       for %s since %s\n", s.Waiting.For, at(&s.Waiting.Since))
	}
	return 0
}
