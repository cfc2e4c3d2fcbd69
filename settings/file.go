package settings

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"

	"posturebreak/storage"
)

// Load reads the settings at start-up. It never fails: whatever happens, it
// returns settings to run on, and a message for the user when the file was
// not as expected. A file that cannot be trusted is moved aside under a new
// name, never deleted or overwritten, so the user can recover what they
// wrote.
func Load(path string) (Settings, string) {
	s, msg, err := read(path, Defaults)
	if err == nil || errors.Is(err, fs.ErrNotExist) {
		return s, msg
	}
	if errors.Is(err, errUnreadable) {
		return Defaults, fmt.Sprintf("Posture Break could not read its settings (%v), so it is using the defaults.", err)
	}
	kept, rerr := keepAside(path)
	if rerr != nil {
		return Defaults, fmt.Sprintf("Your settings file %s could not be used: %v. Posture Break is using the defaults and has left the file as it is.", path, err)
	}
	return Defaults, fmt.Sprintf("Your settings file could not be used: %v. It was kept as %s, and Posture Break is using the defaults.", err, filepath.Base(kept))
}

// Reload reads the settings again after the file changed while the app
// runs. An editor may be midway through saving, so the file is never moved
// aside here: what cannot be used leaves the current settings in place. A
// deleted file also keeps them; the defaults return at the next start.
func Reload(path string, current Settings) (Settings, string) {
	s, msg, err := read(path, current)
	switch {
	case err == nil:
		return s, msg
	case errors.Is(err, fs.ErrNotExist):
		return current, ""
	}
	return current, fmt.Sprintf("Your change to the settings could not be used: %v. Posture Break keeps the settings it had until the file is fixed.", err)
}

var errUnreadable = errors.New("unreadable")

// read parses the file, with a message about clamped values. missing is
// what a missing file means.
func read(path string, missing Settings) (Settings, string, error) {
	data, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return missing, "", err
	}
	if err != nil {
		return missing, "", fmt.Errorf("%w: %v", errUnreadable, err)
	}
	s, problems, err := Parse(data)
	if err != nil {
		return missing, "", err
	}
	if len(problems) > 0 {
		return s, "Some settings were out of range: " + strings.Join(problems, "; ") + ".", nil
	}
	return s, "", nil
}

// keepAside renames the file to a name no other file has.
func keepAside(path string) (string, error) {
	base := path + ".bad-" + time.Now().Format("20060102-150405")
	kept := base
	for n := 2; ; n++ {
		if _, err := os.Lstat(kept); errors.Is(err, fs.ErrNotExist) {
			break
		}
		kept = fmt.Sprintf("%s-%d", base, n)
	}
	return kept, os.Rename(path, kept)
}

// Save writes s to path atomically, after checking it.
func Save(path string, s Settings) error {
	if err := s.Validate(); err != nil {
		return err
	}
	return storage.WriteAtomic(path, Encode(s))
}
