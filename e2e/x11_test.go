//go:build e2e

package e2e

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"time"
)

// x runs an X client (xdotool, import) in the session. None may hang the
// suite: each gets 15 s.
func (s *session) x(name string, args ...string) (string, error) {
	ctx, cancel := context.WithTimeout(context.Background(), 15*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, name, args...)
	cmd.Env = s.env
	out, err := cmd.Output()
	if ee, ok := err.(*exec.ExitError); ok && len(ee.Stderr) > 0 {
		err = fmt.Errorf("%w: %s", err, strings.TrimSpace(string(ee.Stderr)))
	}
	return strings.TrimSpace(string(out)), err
}

// mapped is the id of a mapped window whose title is exactly title, or "".
func (s *session) mapped(title string) string {
	out, err := s.x("xdotool", "search", "--onlyvisible", "--name", "^"+regexp.QuoteMeta(title)+"$")
	if err != nil || out == "" {
		return ""
	}
	return strings.Fields(out)[0]
}

func (s *session) waitMapped(title string, timeout time.Duration) string {
	s.t.Helper()
	var id string
	eventually(s.t, timeout, "a window titled "+strconv.Quote(title)+" is mapped", func() bool {
		id = s.mapped(title)
		return id != ""
	})
	return id
}

// geometry is a window's size.
func (s *session) geometry(id string) (w, h int) {
	out, err := s.x("xdotool", "getwindowgeometry", "--shell", id)
	if err != nil {
		s.t.Fatalf("geometry of %s: %v", id, err)
	}
	for _, line := range strings.Split(out, "\n") {
		if v, ok := strings.CutPrefix(line, "WIDTH="); ok {
			w, _ = strconv.Atoi(v)
		}
		if v, ok := strings.CutPrefix(line, "HEIGHT="); ok {
			h, _ = strconv.Atoi(v)
		}
	}
	return w, h
}

// clickAt clicks inside a window, from its bottom-right corner.
func (s *session) clickFromBottomRight(id string, dx, dy int) {
	w, h := s.geometry(id)
	if _, err := s.x("xdotool", "mousemove", "--window", id, strconv.Itoa(w-dx), strconv.Itoa(h-dy), "click", "1"); err != nil {
		s.t.Fatalf("clicking: %v", err)
	}
}

// key types keys into a window that stays open.
func (s *session) key(id string, keys ...string) {
	s.t.Helper()
	if _, err := s.x("xdotool", append([]string{"key", "--window", id}, keys...)...); err != nil {
		s.t.Fatalf("typing %v: %v", keys, err)
	}
}

// keyToClose types a key that closes the window, and waits until it is
// gone. The window may act on the key going down and be gone before
// xdotool sends it coming up: that is X's BadWindow for the release, and
// no failure. Whether the key did its work is the window being gone.
//
// The key is typed again every few seconds until the window is gone: a
// window just mapped on a busy machine can miss the first.
func (s *session) keyToClose(id, key string) {
	s.t.Helper()
	var typed time.Time
	eventually(s.t, 30*time.Second, "the window closes after "+key, func() bool {
		if !s.exists(id) {
			return true
		}
		if time.Since(typed) > 3*time.Second {
			typed = time.Now()
			if _, err := s.x("xdotool", "key", "--window", id, key); err != nil && !strings.Contains(err.Error(), "BadWindow") {
				s.t.Fatalf("typing %s: %v", key, err)
			}
		}
		return false
	})
}

// screenshot saves a window as a test artefact under artifacts/e2e, once
// it has drawn its first frame: a window is mapped before it is painted,
// and a blank one compresses to almost nothing. A window that is gone
// fails the test at once (import, given a window that does not exist,
// would wait for a person to click one).
func (s *session) screenshot(id, name string) string {
	s.t.Helper()
	dir := filepath.Join("..", "artifacts", "e2e")
	os.MkdirAll(dir, 0o755)
	path := filepath.Join(dir, name)
	eventually(s.t, 10*time.Second, "the window "+name+" is painted", func() bool {
		if !s.exists(id) {
			s.t.Fatalf("the window for %s closed before it was painted", name)
		}
		if _, err := s.x("import", "-window", id, path); err != nil {
			return false
		}
		info, err := os.Stat(path)
		return err == nil && info.Size() > 8<<10
	})
	return path
}

// exists says whether a window is still there.
func (s *session) exists(id string) bool {
	_, err := s.x("xdotool", "getwindowname", id)
	return err == nil
}

// displayedNotifications is how many notifications dunst has on screen.
func (s *session) displayedNotifications() int {
	out, err := s.x("dunstctl", "count", "displayed")
	if err != nil {
		return 0
	}
	n, _ := strconv.Atoi(out)
	return n
}
