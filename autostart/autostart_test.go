//go:build !windows

package autostart

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"posturebreak/packaging"
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

// The entry written at login passes desktop-file-validate (Debian's
// desktop-file-utils, which make test installs), whatever the program's
// path, and is the installed desktop entry run by that path.
func TestTheEntryValidates(t *testing.T) {
	validate, err := exec.LookPath("desktop-file-validate")
	if err != nil {
		t.Skip("desktop-file-validate is not installed (apt-get install desktop-file-utils)")
	}
	t.Setenv("XDG_CONFIG_HOME", t.TempDir())
	for exe, execLine := range map[string]string{
		"/usr/bin/posturebreak":                 "Exec=/usr/bin/posturebreak",
		"/home/me/.local/bin/posturebreak":      "Exec=/home/me/.local/bin/posturebreak",
		"/opt/my apps/posturebreak":             `Exec="/opt/my apps/posturebreak"`,
		"/opt/$HOME/`pb`/100%/posture\"break\\": "Exec=\"/opt/\\\\$HOME/\\\\`pb\\\\`/100%%/posture\\\\\"break\\\\\\\\\"",
	} {
		if err := Set(true, "io.github.posturebreak.PostureBreak", "Posture Break", exe); err != nil {
			t.Fatal(err)
		}
		path, _ := Entry("io.github.posturebreak.PostureBreak")
		out, err := exec.Command(validate, path).CombinedOutput()
		b, _ := os.ReadFile(path)
		if err != nil || len(out) > 0 {
			t.Errorf("%s: desktop-file-validate: %v\n%s\nentry:\n%s", exe, err, out, b)
		}
		for _, line := range []string{execLine, "Name=Posture Break", "Icon=io.github.posturebreak.PostureBreak", "Type=Application", "X-GNOME-Autostart-enabled=true"} {
			if !strings.Contains(string(b), "\n"+line+"\n") {
				t.Errorf("%s: entry lacks %s:\n%s", exe, line, b)
			}
		}
		if want := strings.Replace(packaging.DesktopEntry(), "Exec=posturebreak\n", execLine+"\n", 1) + "X-GNOME-Autostart-enabled=true\n"; string(b) != want {
			t.Errorf("%s: the entry is not the installed one run by its path:\n%s\nwant:\n%s", exe, b, want)
		}
	}
}
