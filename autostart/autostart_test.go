package autostart

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestOnWritesTheEntryAndOffRemovesIt(t *testing.T) {
	t.Setenv("XDG_CONFIG_HOME", t.TempDir())
	path, err := Entry("io.example.App")
	if err != nil {
		t.Fatal(err)
	}
	if err := Set(true, "io.example.App", "Example", "/opt/my apps/posturebreak"); err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("no autostart entry: %v", err)
	}
	for _, line := range []string{"[Desktop Entry]", "Type=Application", "Name=Example", `Exec="/opt/my apps/posturebreak"`} {
		if !strings.Contains(string(b), line+"\n") {
			t.Errorf("entry lacks %q:\n%s", line, b)
		}
	}
	if filepath.Dir(path) != filepath.Join(os.Getenv("XDG_CONFIG_HOME"), "autostart") {
		t.Errorf("entry at %s", path)
	}
	if err := Set(false, "io.example.App", "Example", "/x"); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(path); !os.IsNotExist(err) {
		t.Fatalf("entry still there: %v", err)
	}
	if err := Set(false, "io.example.App", "Example", "/x"); err != nil {
		t.Fatalf("switching off twice: %v", err)
	}
}

func TestQuoting(t *testing.T) {
	for in, want := range map[string]string{
		"/usr/bin/posturebreak": "/usr/bin/posturebreak",
		`/a b/"c"`:              `"/a b/\\"c\\""`, // escaped inside quotes, then the backslashes escaped again
		"/x$y":                  `"/x\\$y"`,
		"/opt/100%/pb":          "/opt/100%%/pb",
	} {
		if got := quote(in); got != want {
			t.Errorf("%s: %s, want %s", in, got, want)
		}
	}
}
