package storage

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"posturebreak/fifo"
	"posturebreak/storage/storagetest"
)

func TestReadFileReadsOnlyARegularFileOfASaneSize(t *testing.T) {
	dir := storagetest.TempDir(t)
	file := filepath.Join(dir, "settings.json")
	os.WriteFile(file, []byte("12345"), 0o644)
	link := filepath.Join(dir, "link.json")
	linked := symlink(t, file, link)
	pipe := filepath.Join(dir, "fifo.json")
	if err := fifo.Make(pipe); err != nil && !errors.Is(err, fifo.ErrUnsupported) {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name, path string
		limit      int64
		want       string
		err        error
	}{
		{"a file", file, 100, "12345", nil},
		{"a file exactly at the limit", file, 5, "12345", nil},
		{"a link to a file", link, 5, "12345", nil},
		{"a file over the limit", file, 4, "", ErrTooBig},
		{"a folder", dir, 5, "", ErrNotRegular},
		{"a named pipe nobody writes to", pipe, 5, "", ErrNotRegular},
		{"nothing", filepath.Join(dir, "none"), 5, "", os.ErrNotExist},
	} {
		if _, err := os.Lstat(c.path); c.path == pipe && err != nil {
			continue // no named pipes here
		}
		if c.path == link && !linked {
			continue
		}
		got, err := ReadFile(c.path, c.limit)
		if c.err == nil && (err != nil || string(got) != c.want) {
			t.Errorf("%s: read %q, %v; want %q", c.name, got, err, c.want)
		}
		if c.err != nil && !errors.Is(err, c.err) {
			t.Errorf("%s: got %v, want %v", c.name, err, c.err)
		}
		if err != nil && c.err != os.ErrNotExist && !strings.Contains(err.Error(), c.path) {
			t.Errorf("%s: the error %q does not say which file", c.name, err)
		}
	}
}
