//go:build !windows

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
	if runtime.GOOS == "darwin" {
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
