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

// Load reads the settings at path. It never fails: whatever happens, it
// returns settings to run on, and a message for the user when the file was
// not as expected. A file that cannot be trusted is moved aside, never
// deleted, so the user can recover what they wrote.
func Load(path string) (Settings, string) {
	data, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return Defaults, ""
	}
	if err != nil {
		return Defaults, fmt.Sprintf("Posture Break could not read its settings (%v), so it is using the defaults.", err)
	}
	s, problems, err := Parse(data)
	if err != nil {
		kept := path + ".bad-" + time.Now().Format("20060102-150405")
		if rerr := os.Rename(path, kept); rerr != nil {
			return Defaults, fmt.Sprintf("Your settings file %s could not be used: %v. Posture Break is using the defaults and has left the file as it is.", path, err)
		}
		return Defaults, fmt.Sprintf("Your settings file could not be used: %v. It was kept as %s, and Posture Break is using the defaults.", err, filepath.Base(kept))
	}
	if len(problems) > 0 {
		return s, "Some settings were out of range: " + strings.Join(problems, "; ") + "."
	}
	return s, ""
}

// Save writes s to path atomically, after checking it.
func Save(path string, s Settings) error {
	if err := s.Validate(); err != nil {
		return err
	}
	return storage.WriteAtomic(path, Encode(s))
}
