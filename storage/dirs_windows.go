package storage

import (
	"errors"
	"os"
	"path/filepath"
)

// App is the folder name under each of the user's folders.
const App = "Posture Break"

// UserDirs are Windows's places: the settings in %APPDATA% (which roams
// with the user's profile), the history and the timer's state in
// %LOCALAPPDATA% (which stays on this machine).
func UserDirs() (Dirs, error) {
	roaming, err := os.UserConfigDir() // %AppData%
	if err != nil {
		return Dirs{}, err
	}
	local := os.Getenv("LocalAppData")
	if !filepath.IsAbs(local) {
		return Dirs{}, errors.New("%LocalAppData% is not set")
	}
	return Dirs{
		Config: filepath.Join(roaming, App),
		Data:   filepath.Join(local, App),
		State:  filepath.Join(local, App),
	}, nil
}
