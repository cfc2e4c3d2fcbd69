// Posture Break reminds people who sit at a computer all day to move their
// upper back, with one illustrated exercise per break.
package main

import (
	_ "cleanlocale" // first: before Fyne reads the locale; see the package
	_ "embed"
	"fmt"
	"os"

	"posturebreak/cli"
	"posturebreak/identity"
)

//go:embed FyneApp.toml
var fyneApp []byte

func main() {
	app, err := identity.Parse(fyneApp)
	if err != nil {
		fmt.Fprintln(os.Stderr, "posturebreak:", err)
		os.Exit(1)
	}
	os.Exit(cli.Run(app, os.Args[1:], os.Stdout, os.Stderr))
}
