// Package storagetest gives tests a folder of their own that Wine can
// clean up, for the tests that run on Windows too.
package storagetest

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TempDir is t.TempDir, emptied file by file with os.Remove: under Wine 8
// os.RemoveAll, and so t.TempDir's cleanup, fails with "Invalid function",
// as Wine lacks the FileDispositionInformationEx that Go deletes with
// there, while the DeleteFile of os.Remove works. The app itself never
// calls os.RemoveAll.
func TempDir(t testing.TB) string {
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
