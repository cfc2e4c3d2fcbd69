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

	"posturebreak/translation"
)

// maxFile is the largest settings file read: what the app writes is well
// under a kilobyte.
const maxFile = 1 << 20

// Read reads the settings file and changes nothing, whatever it finds.
// missing is what a missing file means. notice describes values it had to
// clamp or leave out; an error means the file cannot be used at all (and
// wraps fs.ErrNotExist when there is none).
func Read(path string, missing Settings) (s Settings, notice string, err error) {
	data, err := storage.ReadFile(path, maxFile)
	if err != nil {
		return missing, "", err
	}
	s, problems, err := Parse(data)
	if err != nil {
		return missing, "", err
	}
	if len(problems) > 0 {
		notice = translation.L("Some settings were out of range: {{.Problem}}.", problem(strings.Join(problems, "; ")))
	}
	return s, notice, nil
}

// Load reads the settings at start-up. Only the running daemon calls it. It
// never fails: whatever happens, it returns settings to run on, and a
// message for the user when the file was not as expected. A file that
// cannot be trusted is moved aside under a new name, never deleted or
// overwritten, so the user can recover what they wrote; something that is
// not a file at all (a folder, a named pipe) is left where it is.
func Load(path string) (Settings, string) {
	s, notice, err := Read(path, Defaults)
	switch {
	case err == nil, errors.Is(err, fs.ErrNotExist):
		return s, notice
	case !movable(err):
		return Defaults, translation.L("Posture Break could not read its settings ({{.Problem}}), so it is using the defaults.", problem(err))
	}
	kept, rerr := keepAside(path)
	if rerr != nil {
		return Defaults, translation.L("Your settings file {{.File}} could not be used: {{.Problem}}. Posture Break is using the defaults and has left the file as it is.", map[string]any{"File": path, "Problem": err})
	}
	return Defaults, translation.L("Your settings file could not be used: {{.Problem}}. It was kept as {{.File}}, and Posture Break is using the defaults.", map[string]any{"File": filepath.Base(kept), "Problem": err})
}

// movable says whether a file that failed to read with err may be moved
// aside: it is a regular file the app could open, whose content is wrong.
func movable(err error) bool {
	var pathErr *fs.PathError
	return !errors.Is(err, storage.ErrNotRegular) && !errors.As(err, &pathErr)
}

// Reload reads the settings again after the file changed while the app
// runs. An editor may be midway through saving, so the file is never moved
// aside here: what cannot be used leaves the current settings in place. A
// deleted file also keeps them; the defaults return at the next start.
func Reload(path string, current Settings) (Settings, string) {
	s, notice, err := Read(path, current)
	switch {
	case err == nil:
		return s, notice
	case errors.Is(err, fs.ErrNotExist):
		return current, ""
	}
	return current, translation.L("Your change to the settings could not be used: {{.Problem}}. Posture Break keeps the settings it had until the file is fixed.", problem(err))
}

// Problem says, for the settings window, what is wrong with the file as it
// is now; empty if nothing is.
func Problem(path string) string {
	_, notice, err := Read(path, Defaults)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return ""
	case err != nil && !movable(err):
		return translation.L("Posture Break could not read its settings file ({{.Problem}}). Shown here are the settings it is running on; they can be saved once that file can be read, or is removed.", problem(err))
	case err != nil:
		return translation.L("Your settings file could not be used: {{.Problem}}. Shown here are the settings Posture Break is running on. Saving them keeps the old file beside the new one.", problem(err))
	}
	return notice
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

// Save writes s to path atomically, after checking it. Only the running
// daemon calls it. A file there that cannot be used is kept aside first, as
// Load would, so a hand edit that went wrong is never lost to a save; kept
// names it. What could not be read at all (a file without permission, a
// folder, a named pipe) is never replaced: Save refuses.
func Save(path string, s Settings) (kept string, err error) {
	if err := s.Validate(); err != nil {
		return "", err
	}
	_, _, rerr := Read(path, Defaults)
	switch {
	case rerr == nil, errors.Is(rerr, fs.ErrNotExist):
	case !movable(rerr):
		return "", fmt.Errorf("what is at %s could not be read, so it was left in place: %w", path, rerr)
	default:
		if kept, err = keepAside(path); err != nil {
			return "", err
		}
	}
	return kept, storage.WriteAtomic(path, Encode(s))
}

// problem is what went wrong, as {{.Problem}} in a notice. It names the
// file's own keys, so it stays as written.
func problem(p any) map[string]any { return map[string]any{"Problem": p} }
