// Command posturebreak-window shows one of Posture Break's windows: a
// break, the settings, the introduction, About or History. The tray
// daemon, posturebreak, runs it, one process per window, holds its stdin
// open and reads the one line it prints when the window ends (package
// protocol). It is not for people to run.
package main

import (
	"os"

	"posturebreak/identity"
	"posturebreak/ui"
)

func main() {
	os.Exit(ui.Main(identity.Ours(), os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}
