// Posture Break reminds people who sit at a computer all day to move their
// upper back, with one illustrated exercise per break.
//
// This program is the tray daemon and the command line. It holds no
// window: those are the window program's (cmd/posturebreak-window), which
// the daemon runs for each one, so that this one links nothing of Fyne or
// GL and costs next to nothing while it waits.
package main

import (
	"os"

	"posturebreak/cli"
	"posturebreak/identity"
)

func main() {
	os.Exit(cli.Run(identity.Ours(), os.Args[1:], os.Stdout, os.Stderr))
}
