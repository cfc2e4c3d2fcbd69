//go:build !windows

package storage

import (
	"os"
	"path/filepath"
)

// App is the folder name under each of the user's base directories.
const App = "posturebreak"

// UserDirs follows the XDG base directory rules: settings in
// $XDG_CONFIG_HOME, the history in $XDG_DATA_HOME and the timer's state in
// $XDG_STATE_HOME (~/.config, ~/.local/share, ~/.local/state).
func UserDirs() (Dirs, error) {
	config, err := os.UserConfigDir()
	if err != nil {
		return Dirs{}, err
	}
	home, err := os.UserHomeDir()
	if err != nil {
		return Dirs{}, err
	}
	return Dirs{
		Config: filepath.Join(config, App),
		Data:   filepath.Join(xdg("XDG_DATA_HOME", filepath.Join(home, ".local", "share")), App),
		State:  filepath.Join(xdg("XDG_STATE_HOME", filepath.Join(home, ".local", "state")), App),
	}, nil
}

func xdg(name, fallback string) string {
	if dir := os.Getenv(name); filepath.IsAbs(dir) {
		return dir
	}
	return fallback
}
