package control

import (
	"errors"
	"os"
	"strings"
	"testing"

	"golang.org/x/sys/windows"
)

// On Windows the daemon answers on a named pipe of the user's own, which
// also makes it a single instance.
func TestThePipeAnswersAndIsTheOneInstance(t *testing.T) {
	const id = "io.github.posturebreak.PipeTest"
	if _, err := Ask(id, StatusMethod); !errors.Is(err, ErrNotRunning) {
		t.Fatalf("with no daemon: %v", err)
	}
	h := &handled{}
	if err := ServeLocal(id, h); err != nil {
		t.Fatal(err)
	}
	answer, err := Ask(id, StatusMethod)
	if err != nil || !strings.Contains(answer, "Next break in 45 min") {
		t.Fatalf("status: %q, %v", answer, err)
	}
	if _, err := Ask(id, PauseMethod, "1h"); err != nil || h.calls[0] != "pause 1h" {
		t.Fatalf("pause: %v, %v", err, h.calls)
	}
	if err := ServeLocal(id, &handled{}); !errors.Is(err, ErrRunning) {
		t.Fatalf("a second daemon: %v, want ErrRunning", err)
	}
	name, sid, err := pipe(id)
	if err != nil || !strings.HasPrefix(sid, "S-1-") || !strings.HasSuffix(name, sid) {
		t.Fatalf("the pipe %q is not the user's own (%q, %v)", name, sid, err)
	}
}

// The command line speaks only to a pipe the user's own process serves:
// a handle that is no pipe's, or is served by nobody, is refused.
func TestOnlyThePipeOfTheUsersOwnIsBelieved(t *testing.T) {
	f, err := os.CreateTemp("", "not-a-pipe")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if err := servedByTheUser(windows.Handle(f.Fd())); err == nil {
		t.Fatal("a file was taken for the daemon's pipe")
	}
	const id = "io.github.posturebreak.PipeOwner"
	if err := ServeLocal(id, &handled{}); err != nil {
		t.Fatal(err)
	}
	name, _, _ := pipe(id)
	c, err := dial(name)
	if err != nil {
		t.Fatalf("the user's own pipe was refused: %v", err)
	}
	c.Close()
}
