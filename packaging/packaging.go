// Package packaging holds what installs Posture Break as a desktop app: the
// desktop entry, the AppStream metainfo, the man page, the Debian package's
// files, and the scripts make install, make uninstall and make deb run
// (install.sh, deb.sh), with their tests (test-install.sh, test-deb.sh).
//
// The desktop entry is also the one package autostart writes, with the
// program's own path, so the launcher and the entry that starts the app at
// login cannot drift apart; a test checks it against FyneApp.toml.
package packaging

import _ "embed"

//go:embed io.github.posturebreak.PostureBreak.desktop
var desktopEntry string

// DesktopEntry is the installed desktop entry, as committed: it runs
// posturebreak from the PATH (Exec=posturebreak), which install.sh replaces
// with the full path it installs the program at.
func DesktopEntry() string { return desktopEntry }
