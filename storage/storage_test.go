package storage

import (
	"os"
	"path/filepath"
	"runtime"
	"testing"

	"posturebreak/storage/storagetest"
)

func TestWriteAtomicReplacesAndLeavesNoTemporaries(t *testing.T) {
	dir := storagetest.TempDir(t)
	path := filepath.Join(dir, "sub", "settings.json")
	for _, content := range []string{"first", "second"} {
		if err := WriteAtomic(path, []byte(content)); err != nil {
			t.Fatal(err)
		}
		got, err := os.ReadFile(path)
		if err != nil || string(got) != content {
			t.Fatalf("read %q, %v; want %q", got, err, content)
		}
	}
	entries, _ := os.ReadDir(filepath.Dir(path))
	if len(entries) != 1 {
		t.Fatalf("folder holds %d files, want only settings.json", len(entries))
	}
	// Other programs of the user's (a backup, an editor) may read it.
	// Windows has no such bits, only the read-only attribute, which Go
	// shows as 0444: there the file must only not be read-only.
	want := os.FileMode(0o644)
	if runtime.GOOS == "windows" {
		want = 0o666
	}
	if info, err := os.Stat(path); err != nil || info.Mode().Perm() != want {
		t.Fatalf("the file is %v, want %v", info.Mode(), want)
	}
}

func TestWriteAtomicFailureLeavesNoTemporaries(t *testing.T) {
	dir := storagetest.TempDir(t)
	path := filepath.Join(dir, "settings.json")
	if err := os.MkdirAll(filepath.Join(path, "in-the-way"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := WriteAtomic(path, []byte("x")); err == nil {
		t.Fatal("replacing a non-empty folder succeeded")
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Fatalf("folder holds %d entries after a failed write, want 1", len(entries))
	}
}

func TestWriteAtomicKeepsASymlink(t *testing.T) {
	dir := storagetest.TempDir(t)
	target := filepath.Join(dir, "dotfiles", "settings.json")
	os.MkdirAll(filepath.Dir(target), 0o755)
	os.WriteFile(target, []byte("old"), 0o644)
	link := filepath.Join(dir, "settings.json")
	if !symlink(t, target, link) {
		t.Skip("this system makes no symbolic links")
	}
	if err := WriteAtomic(link, []byte("new")); err != nil {
		t.Fatal(err)
	}
	if info, err := os.Lstat(link); err != nil || info.Mode()&os.ModeSymlink == 0 {
		t.Fatal("the link was replaced by a file")
	}
	if got, _ := os.ReadFile(target); string(got) != "new" {
		t.Fatalf("target holds %q", got)
	}
}
