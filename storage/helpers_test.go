package storage

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// tempDir is t.TempDir, emptied file by file with os.Remove: under Wine 8
// os.RemoveAll, and so t.TempDir's cleanup, fails with "Invalid function",
// as Wine lacks the FileDispositionInformationEx that Go deletes with
// there, while the DeleteFile of os.Remove works. The app itself never
// calls os.RemoveAll.
func tempDir(t *testing.T) string {
	t.Helper()
	dir, err := os.MkdirTemp("", strings.ReplaceAll(t.Name(), "/", "_"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		var paths []string
		filepath.WalkDir(dir, func(path string, _ fs.DirEntry, err error) error {
			paths = append(paths, path)
			return err
		})
		for i := len(paths) - 1; i >= 0; i-- {
			if err := os.Remove(paths[i]); err != nil {
				t.Errorf("cleaning up: %v", err)
			}
		}
	})
	return dir
}

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
