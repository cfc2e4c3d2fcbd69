//go:build e2e

package e2e

import (
	"crypto/sha256"
	"testing"
	"time"
)

// The break window's picture moves: grabbed over and over, the picture
// (its square alone, not the countdown beside it) shows many different
// images once the set-up steps (one still each, up to 8 s) have passed,
// where keyframes alone would show two or three.
func TestTheBreakWindowPictureMoves(t *testing.T) {
	t.Parallel()
	s := newSession(t, options{settings: `{"break_minutes": 5}`})
	s.startDaemon()
	if out, code := s.run("break-now"); code != 0 {
		t.Fatalf("break-now: %d %s", code, out)
	}
	id := s.waitMapped(breakTitle, 20*time.Second)
	s.screenshot(id, "break-window-moving.png") // painted
	seen := map[[32]byte]bool{}
	for end := time.Now().Add(45 * time.Second); time.Now().Before(end) && len(seen) < 8; {
		png, err := s.x("import", "-window", id, "-crop", "300x300+20+20", "png:-")
		if err == nil {
			seen[sha256.Sum256([]byte(png))] = true
		}
	}
	if len(seen) < 8 {
		t.Fatalf("the picture showed %d different images in 45 s: it does not move", len(seen))
	}
}
