package daemon

import (
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"posturebreak/protocol"
)

// window is a stand-in window process: a shell script.
func window(t *testing.T, script string) *Launcher {
	path := filepath.Join(t.TempDir(), "posturebreak")
	if err := os.WriteFile(path, []byte("#!/bin/sh\n"+script+"\n"), 0o755); err != nil {
		t.Fatal(err)
	}
	return &Launcher{Exe: path, Linger: 200 * time.Millisecond}
}

type result struct {
	line string
	err  error
}

func open(t *testing.T, l *Launcher) chan result {
	got := make(chan result, 2)
	if !l.Open(protocol.About{}, func(line []byte, err error) { got <- result{string(line), err} }) {
		t.Fatal("Open refused")
	}
	return got
}

func wait(t *testing.T, got chan result) result {
	select {
	case r := <-got:
		return r
	case <-time.After(10 * time.Second):
		t.Fatal("the launcher never reported")
		return result{}
	}
}

func TestTheLineIsHandedOn(t *testing.T) {
	l := window(t, `echo '{"outcome":"done"}'`)
	if r := wait(t, open(t, l)); r.line != `{"outcome":"done"}` || r.err != nil {
		t.Fatalf("got %+v", r)
	}
}

// The window is this program again, asked for the window by the
// protocol's command line.
func TestTheWindowIsAskedForByItsCommandLine(t *testing.T) {
	l := window(t, `printf '%s|' "$@"; echo`)
	got := make(chan result, 2)
	req := protocol.Break{Exercises: []string{"cat-cow"}, Length: time.Minute}
	l.Open(req, func(line []byte, err error) { got <- result{string(line), err} })
	if r, want := wait(t, got), strings.Join(protocol.Command(req), "|")+"|"; r.line != want || r.err != nil {
		t.Fatalf("the window was started with %q, want %q", r.line, want)
	}
}

func TestAWindowThatReportsAndHangsIsEnded(t *testing.T) {
	l := window(t, `echo '{"outcome":"done"}'; exec sleep 60`)
	got := open(t, l)
	if r := wait(t, got); r.line == "" || r.err != nil {
		t.Fatalf("got %+v", r)
	}
	if !l.Open(protocol.About{}, func([]byte, error) {}) {
		t.Fatal("a window that has reported still blocks the next")
	}
	deadline := time.Now().Add(5 * time.Second)
	for {
		l.mu.Lock()
		n := len(l.running)
		l.mu.Unlock()
		if n <= 1 { // the hanging one is gone; the second stand-in may still run
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("the hanging window was never stopped")
		}
		time.Sleep(20 * time.Millisecond)
	}
	l.CloseAll()
}

func TestAWindowThatSaysNothingIsAFailure(t *testing.T) {
	for name, script := range map[string]string{"silent exit": "exit 0", "crash": "kill -9 $$", "error": "exit 3"} {
		l := window(t, script)
		if r := wait(t, open(t, l)); r.err == nil {
			t.Errorf("%s: no error, line %q", name, r.line)
		}
	}
}

func TestOneWindowOfAKindAtATime(t *testing.T) {
	l := window(t, "exec sleep 60")
	open(t, l)
	if l.Open(protocol.About{}, func([]byte, error) {}) {
		t.Fatal("a second break window opened")
	}
	if !l.Open(protocol.Intro{}, func([]byte, error) {}) {
		t.Fatal("another kind was refused")
	}
	l.CloseAll()
}

func TestCloseAllEndsWindowsQuietly(t *testing.T) {
	l := window(t, "exec sleep 60")
	got := open(t, l)
	start := time.Now()
	l.CloseAll()
	if time.Since(start) > 3*time.Second {
		t.Fatal("closing took too long")
	}
	select {
	case r := <-got:
		t.Fatalf("a window closed on the way out was reported: %+v", r)
	default:
	}
	if l.Open(protocol.About{}, func([]byte, error) {}) {
		t.Fatal("a window opened while closing")
	}
}

// A window that floods its output with no end of line is cut off at
// maxOutput, and counts as a failure.
func TestGarbageIsCutShort(t *testing.T) {
	l := window(t, `head -c 200000 /dev/zero | tr '\0' 'x'`)
	r := wait(t, open(t, l))
	if r.err == nil || len(r.line) > maxOutput || !strings.HasPrefix(r.line, "xxx") {
		t.Fatalf("got %d bytes, %v", len(r.line), r.err)
	}
}

// readyWindow is a stand-in break window that can be made ready: it notes
// each start in a file, waits for the daemon's word on stdin, and, shown,
// reports the command line it was started with.
func readyWindow(t *testing.T) (*Launcher, string) {
	starts := filepath.Join(t.TempDir(), "starts")
	l := window(t, `echo "$*" >> `+starts+`
case "$*" in *-ready*) read word; [ "$word" = show ] || { echo gone >> `+starts+`; exit 0; } ;; esac
printf '%s|' "$@"; echo`)
	return l, starts
}

func lines(t *testing.T, path string) []string {
	b, _ := os.ReadFile(path)
	return strings.Fields(strings.ReplaceAll(string(b), " ", "_"))
}

func TestAReadyWindowIsShownRatherThanStarted(t *testing.T) {
	l, starts := readyWindow(t)
	req := protocol.Break{Exercises: []string{"cat-cow"}, Length: time.Minute, Snooze: 5 * time.Minute}
	l.Ready(req)
	l.Ready(req) // the same break: the same window
	got := make(chan result, 2)
	if !l.Open(req, func(line []byte, err error) { got <- result{string(line), err} }) {
		t.Fatal("Open refused")
	}
	r := wait(t, got)
	if !strings.Contains(r.line, "-ready") || r.err != nil {
		t.Fatalf("the window shown said %+v: not the one made ready", r)
	}
	if n := len(lines(t, starts)); n != 1 {
		t.Fatalf("%d windows started, want the one made ready: %q", n, lines(t, starts))
	}
}

func TestAReadyWindowForAnotherBreakIsLetGo(t *testing.T) {
	l, starts := readyWindow(t)
	l.Ready(protocol.Break{Exercises: []string{"cat-cow"}, Length: time.Minute})
	got := make(chan result, 2)
	other := protocol.Break{Exercises: []string{"superman"}, Length: time.Minute}
	l.Open(other, func(line []byte, err error) { got <- result{string(line), err} })
	if r := wait(t, got); strings.Contains(r.line, "-ready") || !strings.Contains(r.line, "superman") {
		t.Fatalf("the window shown said %q, want a new one for the other break", r.line)
	}
	deadline := time.Now().Add(10 * time.Second)
	for !slices.Contains(lines(t, starts), "gone") {
		if time.Now().After(deadline) {
			t.Fatalf("the window made ready for another break was not let go: %q", lines(t, starts))
		}
		time.Sleep(20 * time.Millisecond)
	}
}

func TestADismissedWindowEndsUnreported(t *testing.T) {
	l, starts := readyWindow(t)
	l.Ready(protocol.Break{Exercises: []string{"cat-cow"}, Length: time.Minute})
	l.Dismiss()
	deadline := time.Now().Add(10 * time.Second)
	for !slices.Contains(lines(t, starts), "gone") {
		if time.Now().After(deadline) {
			t.Fatalf("the dismissed window is still waiting: %q", lines(t, starts))
		}
		time.Sleep(20 * time.Millisecond)
	}
	l.Ready(protocol.Break{Exercises: []string{"cat-cow"}, Length: time.Minute})
	start := time.Now()
	l.CloseAll()
	if time.Since(start) > 3*time.Second {
		t.Fatal("closing with a window ready took too long")
	}
}

// A window let go that is slow to end is no open window: the next break
// opens at once, and the slow one is stopped.
func TestALetGoWindowDoesNotHoldTheNextBack(t *testing.T) {
	l := window(t, `case "$*" in *-ready*) exec sleep 60 ;; esac; printf '%s|' "$@"; echo`)
	req := protocol.Break{Exercises: []string{"cat-cow"}, Length: time.Minute}
	l.Ready(req)
	l.Dismiss()
	got := make(chan result, 2)
	if !l.Open(req, func(line []byte, err error) { got <- result{string(line), err} }) {
		t.Fatal("a window let go, still on its way out, held the next one back")
	}
	if r := wait(t, got); strings.Contains(r.line, "-ready") {
		t.Fatalf("the window let go was shown: %q", r.line)
	}
	start := time.Now()
	l.CloseAll()
	if time.Since(start) > 3*time.Second {
		t.Fatal("closing took too long")
	}
}

// Another kind of window leaves the ready break window be.
func TestAnotherKindOfWindowLeavesTheReadyOneBe(t *testing.T) {
	l, starts := readyWindow(t)
	req := protocol.Break{Exercises: []string{"cat-cow"}, Length: time.Minute}
	l.Ready(req)
	wait(t, open(t, l)) // About
	got := make(chan result, 2)
	l.Open(req, func(line []byte, err error) { got <- result{string(line), err} })
	if r := wait(t, got); !strings.Contains(r.line, "-ready") {
		t.Fatalf("the break window shown said %q: not the one made ready", r.line)
	}
	if slices.Contains(lines(t, starts), "gone") {
		t.Fatal("opening About let the ready break window go")
	}
}

// A window program that cannot open the display says so with its exit
// code; the launcher names that protocol.ErrNoDisplay, and no other exit.
func TestAWindowWithNoDisplayIsNamed(t *testing.T) {
	if r := wait(t, open(t, window(t, `echo "no display" >&2; exit 3`))); !errors.Is(r.err, protocol.ErrNoDisplay) {
		t.Fatalf("got %+v, want ErrNoDisplay", r)
	}
	if r := wait(t, open(t, window(t, `exit 1`))); r.err == nil || errors.Is(r.err, protocol.ErrNoDisplay) {
		t.Fatalf("a window that failed otherwise gave %+v", r)
	}
}
