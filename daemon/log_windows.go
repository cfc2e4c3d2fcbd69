package daemon

import (
	"log"
	"os"
	"path/filepath"

	"golang.org/x/sys/windows"

	"posturebreak/storage"
)

// maxLog is how large the log grows before it starts afresh.
const maxLog = 1 << 20

// keepLog gives the daemon a log where it has none: started from the
// Start menu or at login, a program of Windows's GUI subsystem has no
// stderr. It then writes posturebreak.log beside its history, and its
// windows' complaints go there too.
func keepLog(dirs storage.Dirs) {
	if h, err := windows.GetStdHandle(windows.STD_ERROR_HANDLE); err == nil && h != 0 && h != windows.InvalidHandle {
		return
	}
	path := filepath.Join(dirs.State, "posturebreak.log")
	flags := os.O_WRONLY | os.O_CREATE | os.O_APPEND
	if info, err := os.Stat(path); err == nil && info.Size() > maxLog {
		flags |= os.O_TRUNC
	}
	if err := os.MkdirAll(dirs.State, 0o755); err != nil {
		return
	}
	f, err := os.OpenFile(path, flags, 0o644)
	if err != nil {
		return
	}
	os.Stderr = f
	log.SetOutput(f)
}
