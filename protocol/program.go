package protocol

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
)

// Program is the window program's name. It holds every window; the
// daemon, which holds none, finds it (Find) and runs it, one process per
// window.
const Program = "posturebreak-window"

// Places are where the window program may be, for a daemon whose own
// program is exe, in the order they are tried: beside it (a build, or
// make install's bin folder), in libexec/posturebreak next to its bin
// folder (an install under a prefix: /usr/bin and /usr/libexec, as Debian
// has them, or ~/.local), and in /usr/libexec/posturebreak.
func Places(exe string) []string {
	name := Program
	if runtime.GOOS == "windows" {
		name += ".exe"
	}
	dir := filepath.Dir(exe)
	return []string{
		filepath.Join(dir, name),
		filepath.Join(filepath.Dir(dir), "libexec", "posturebreak", name),
		filepath.Join("/usr/libexec/posturebreak", name),
	}
}

// ErrNoWindows means the window program is nowhere the daemon looks.
var ErrNoWindows = errors.New("the window program is missing")

// Find is the window program for a daemon whose own program is exe: the
// first of Places that is a file that may be run.
func Find(exe string) (string, error) {
	places := Places(exe)
	for _, p := range places {
		if info, err := os.Stat(p); err == nil && info.Mode().IsRegular() && (runtime.GOOS == "windows" || info.Mode()&0o111 != 0) {
			return p, nil
		}
	}
	return "", fmt.Errorf("%w: %s is in none of %s", ErrNoWindows, Program, strings.Join(places, ", "))
}

// NoDisplayExit is the window program's exit code when it cannot open
// the display, having said why in one line on stderr.
const NoDisplayExit = 3

// ErrNoDisplay means a window could not open the display.
var ErrNoDisplay = errors.New("the window could not open the display")
