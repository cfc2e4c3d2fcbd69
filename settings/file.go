package settings

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"time"

	"posturebreak/storage"
)

// maxFile is the largest settings file read: what the app writes is well
// under a kilobyte.
const maxFile = 1 << 20

// Notice is what the user should hear about the settings file: nothing
// (the zero Notice), or what happened and why. Package words says it.
type Notice struct {
	Kind    NoticeKind
	Problem error  // what was wrong (problems.go), naming the file's own keys
	File    string // the file, or the name it was kept under
}

// NoticeKind is what happened to a settings file that was not as expected.
type NoticeKind int

const (
	NoNotice   NoticeKind = iota
	OutOfRange            // some values were clamped or left out (Problem)
	// At start-up (Load), the defaults are used because the file:
	Unreadable // could not be read, and is left where it is
	StuckBad   // could not be used, nor moved aside (File is where it is)
	KeptAside  // could not be used, and is kept under the name File
	// While running (Reload):
	ChangeRejected // a change could not be used; the settings stay as they were
	// For the settings window (Problem), which shows what the daemon runs on:
	ShownUnreadable // the file could not be read; saving waits for it
	ShownBad        // the file could not be used; saving keeps it aside
)

// Read reads the settings file and changes nothing, whatever it finds.
// missing is what a missing file means. The notice, if any, is of values
// it had to clamp or leave out; an error means the file cannot be used at
// all (and wraps fs.ErrNotExist when there is none).
func Read(path string, missing Settings) (s Settings, n Notice, err error) {
	data, err := storage.ReadFile(path, maxFile)
	if err != nil {
		return missing, Notice{}, err
	}
	s, problems, err := Parse(data)
	if err != nil {
		return missing, Notice{}, err
	}
	if len(problems) > 0 {
		n = Notice{Kind: OutOfRange, Problem: errors.Join(problems...)}
	}
	return s, n, nil
}

// Load reads the settings at start-up. Only the running daemon calls it. It
// never fails: whatever happens, it returns settings to run on, and a
// notice for the user when the file was not as expected. A file that
// cannot be trusted is moved aside under a new name, never deleted or
// overwritten, so the user can recover what they wrote; something that is
// not a file at all (a folder, a named pipe) is left where it is.
func Load(path string) (Settings, Notice) {
	s, n, err := Read(path, Defaults)
	switch {
	case err == nil, errors.Is(err, fs.ErrNotExist):
		return s, n
	case !movable(err):
		return Defaults, Notice{Kind: Unreadable, Problem: err}
	}
	kept, rerr := keepAside(path)
	if rerr != nil {
		return Defaults, Notice{Kind: StuckBad, Problem: err, File: path}
	}
	return Defaults, Notice{Kind: KeptAside, Problem: err, File: filepath.Base(kept)}
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
func Reload(path string, current Settings) (Settings, Notice) {
	s, n, err := Read(path, current)
	switch {
	case err == nil:
		return s, n
	case errors.Is(err, fs.ErrNotExist):
		return current, Notice{}
	}
	return current, Notice{Kind: ChangeRejected, Problem: err}
}

// Problem says, for the settings window, what is wrong with the file as it
// is now: the zero Notice if nothing is.
func Problem(path string) Notice {
	_, n, err := Read(path, Defaults)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return Notice{}
	case err != nil && !movable(err):
		return Notice{Kind: ShownUnreadable, Problem: err}
	case err != nil:
		return Notice{Kind: ShownBad, Problem: err}
	}
	return n
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
