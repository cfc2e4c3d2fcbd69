package storage

import (
	"os"
	"testing"
)

// symlink makes a symbolic link to target, and says whether it could:
// Windows makes them only in developer mode or for an administrator, and
// Wine 8's CreateSymbolicLink reports success and makes none.
func symlink(t *testing.T, target, link string) bool {
	t.Helper()
	if err := os.Symlink(target, link); err != nil {
		t.Logf("no symbolic links here: %v", err)
		return false
	}
	if info, err := os.Lstat(link); err != nil || info.Mode()&os.ModeSymlink == 0 {
		t.Logf("no symbolic links here: os.Symlink made none (%v)", err)
		return false
	}
	return true
}
