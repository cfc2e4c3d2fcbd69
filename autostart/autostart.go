// Package autostart owns starting Posture Break when the user logs in.
//
// On Linux and the BSDs that is an XDG autostart entry: a .desktop file in
// $XDG_CONFIG_HOME/autostart (~/.config/autostart), which every desktop
// that follows the freedesktop.org autostart specification runs at login.
//
// The plan elsewhere, not built yet:
//   - macOS: a LaunchAgent, ~/Library/LaunchAgents/<app id>.plist, with
//     RunAtLoad true and ProgramArguments pointing into the app bundle
//     (or SMAppService on macOS 13 and later);
//   - Windows: a value named after the app under
//     HKCU\Software\Microsoft\Windows\CurrentVersion\Run holding the quoted
//     path to posturebreak.exe.
//
// Either way Set stays the one call: the settings say on or off, and the
// daemon makes the system agree whenever the settings change.
package autostart

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strings"

	"posturebreak/packaging"
	"posturebreak/storage"
)

// Entry is the autostart file for an app ID, in the user's config folder.
func Entry(appID string) (string, error) {
	config, err := os.UserConfigDir()
	if err != nil {
		return "", err
	}
	return filepath.Join(config, "autostart", appID+".desktop"), nil
}

// Set makes the app start at login, or not. exe is the program to run.
func Set(on bool, appID, name, exe string) error {
	switch runtime.GOOS {
	case "windows", "darwin":
		if on {
			return fmt.Errorf("starting at login is not built for %s yet", runtime.GOOS)
		}
		return nil
	}
	path, err := Entry(appID)
	if err != nil {
		return err
	}
	if !on {
		if err := os.Remove(path); err != nil && !errors.Is(err, fs.ErrNotExist) {
			return err
		}
		return nil
	}
	return storage.WriteAtomic(path, []byte(desktopFile(name, exe)))
}

// desktopFile is the autostart entry: the desktop entry make install and
// the Debian package install (package packaging), running this program by
// its full path, under the name given. The daemon it runs starts in the
// tray on its own.
func desktopFile(name, exe string) string {
	var b strings.Builder
	for _, line := range strings.SplitAfter(packaging.DesktopEntry(), "\n") {
		switch {
		case strings.HasPrefix(line, "Name="):
			line = "Name=" + name + "\n"
		case strings.HasPrefix(line, "Exec="):
			line = "Exec=" + quote(exe) + "\n"
		}
		b.WriteString(line)
	}
	b.WriteString("X-GNOME-Autostart-enabled=true\n")
	return b.String()
}

// quote writes a path for an Exec line, as the desktop entry specification
// asks: % doubled (it starts field codes), reserved characters inside
// double quotes with \ " ` $ escaped, and then every backslash doubled
// again, since the value of a desktop entry key is itself an escaped string.
func quote(path string) string {
	path = strings.ReplaceAll(path, "%", "%%")
	if strings.ContainsAny(path, " \t\n\"'\\><~|&;$*?#()`") {
		r := strings.NewReplacer(`\`, `\\`, `"`, `\"`, "`", "\\`", `$`, `\$`)
		path = `"` + r.Replace(path) + `"`
	}
	return strings.ReplaceAll(path, `\`, `\\`)
}
