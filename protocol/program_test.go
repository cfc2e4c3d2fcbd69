package protocol

import (
	"errors"
	"os"
	"path/filepath"
	"testing"
)

// The window program is found beside the daemon, or in libexec beside its
// bin folder, as an install lays them out; a file that may not be run, or
// a folder by that name, is not it.
func TestTheWindowProgramIsFoundWhereItIsInstalled(t *testing.T) {
	root := t.TempDir()
	exe := filepath.Join(root, "bin", "posturebreak")
	libexec := filepath.Join(root, "libexec", "posturebreak", Program)
	beside := filepath.Join(root, "bin", Program)
	os.MkdirAll(filepath.Dir(libexec), 0o755)
	os.MkdirAll(filepath.Dir(beside), 0o755)

	if _, err := Find(exe); !errors.Is(err, ErrNoWindows) {
		t.Fatalf("with no window program: %v", err)
	}
	os.WriteFile(libexec, []byte("#!/bin/sh\n"), 0o644)
	if got, err := Find(exe); err == nil {
		t.Fatalf("a file that may not be run was taken: %s", got)
	}
	os.Chmod(libexec, 0o755)
	if got, err := Find(exe); err != nil || got != libexec {
		t.Fatalf("installed under the prefix: %q, %v", got, err)
	}
	os.Mkdir(beside, 0o755)
	if got, _ := Find(exe); got != libexec {
		t.Fatalf("a folder beside the daemon was taken: %s", got)
	}
	os.Remove(beside)
	os.WriteFile(beside, []byte("#!/bin/sh\n"), 0o755)
	if got, err := Find(exe); err != nil || got != beside {
		t.Fatalf("beside the daemon, as a build puts it: %q, %v", got, err)
	}
}
