// Package packaging holds what installs Posture Break as a desktop app: the
// desktop entry, the AppStream metainfo, the man page, the Debian package's
// files, and the scripts make install, make uninstall and make deb run
// (install.sh, deb.sh), with their tests (test-install.sh, test-deb.sh).
//
// The desktop entry is also the one package autostart writes, with the
// program's own path, so the launcher and the entry that starts the app at
// login cannot drift apart; a test checks it against FyneApp.toml.
package packaging

import (
	_ "embed"

	"posturebreak/translation"
)

//go:embed io.github.posturebreak.PostureBreak.desktop
var desktopEntry string

// DesktopEntry is the installed desktop entry, as committed: it runs
// posturebreak from the PATH (Exec=posturebreak), which install.sh replaces
// with the full path it installs the program at.
func DesktopEntry() string { return desktopEntry }

// Translated are the desktop entry's texts that are written in each
// language (GenericName[de]=…), as FyneApp.toml has them in English; a
// test checks that the entry carries each language's.
var Translated = map[string]string{
	"GenericName": translation.Mark("Break reminder"),
	"Comment":     translation.Mark("Reminds you to move your upper back, with one illustrated exercise per break"),
	"Keywords":    translation.Mark("break;posture;stretch;reminder;"),
}
