//go:build e2e

package e2e

import (
	"bytes"
	"crypto/sha256"
	"encoding/json"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"posturebreak/exercises"
	"posturebreak/history"
)

// pictures grabs the break window's picture (its square alone, not the
// countdown beside it) over and over for up to within, and says how many
// different images it saw, stopping at enough.
func (s *session) pictures(id string, within time.Duration, enough int) int {
	seen := map[[32]byte]bool{}
	for end := time.Now().Add(within); time.Now().Before(end) && len(seen) < enough; {
		png, err := s.x("import", "-window", id, "-crop", "300x300+20+20", "png:-")
		if err == nil {
			seen[sha256.Sum256([]byte(png))] = true
		}
	}
	return len(seen)
}

// moving is how many different pictures mean the figure moves: keyframes
// alone would show two or three in the time.
const moving = 8

// The break window's picture moves once the set-up steps (one still each,
// up to 8 s) have passed.
func TestTheBreakWindowPictureMoves(t *testing.T) {
	t.Parallel()
	s := newSession(t, options{settings: `{"break_minutes": 5}`})
	s.startDaemon()
	if out, code := s.run("break-now"); code != 0 {
		t.Fatalf("break-now: %d %s", code, out)
	}
	id := s.waitMapped(breakTitle, 20*time.Second)
	s.screenshot(id, "break-window-moving.png") // painted
	if n := s.pictures(id, 45*time.Second, moving); n < moving {
		t.Fatalf("the picture showed %d different images in 45 s: it does not move", n)
	}
}

// Behind another window the picture holds on its keyframes, and it moves
// again once the window is in front: under a real window manager.
func TestTheBreakWindowHoldsStillBehindOtherWindows(t *testing.T) {
	t.Parallel()
	s := newSession(t, options{settings: `{"break_minutes": 5}`})
	s.startOpenbox()
	s.startDaemon()
	if out, code := s.run("break-now"); code != 0 {
		t.Fatalf("break-now: %d %s", code, out)
	}
	id := s.waitMapped(breakTitle, 20*time.Second)
	s.wm("-a", breakTitle)
	if n := s.pictures(id, 45*time.Second, moving); n < moving {
		t.Fatalf("in front, the picture showed %d different images in 45 s", n)
	}
	s.openWindow("Another window")
	s.wm("-r", "Another window", "-e", "0,900,560,300,200") // beside, not over, the break window
	s.wm("-a", "Another window")
	// Within 3 s a moving figure makes a whole move (0.8 s in every 2 s):
	// a dozen pictures. Holding still, it shows a keyframe or two.
	eventually(t, 30*time.Second, "the picture holds still behind another window", func() bool {
		return s.pictures(id, 3*time.Second, moving) <= 2
	})
	s.wm("-a", breakTitle)
	if n := s.pictures(id, 20*time.Second, moving); n < moving {
		t.Fatalf("back in front, the picture showed %d different images in 20 s", n)
	}
}

// "History…" in the tray opens the History window, which shows the
// breaks taken; `history --csv` prints them with a header, and needs no
// daemon.
func TestTheHistoryWindowAndExport(t *testing.T) {
	t.Parallel()
	s := newSession(t, options{})
	os.MkdirAll(filepath.Dir(s.historyFile()), 0o755)
	now := time.Now()
	var lines string
	for i, o := range []history.Outcome{history.Done, history.Skipped, history.Snoozed} {
		b, _ := json.Marshal(history.Record{Time: now.Add(time.Duration(i-3) * time.Minute).Round(time.Second), Exercise: "cat-cow", Outcome: o, Seconds: 60})
		lines += string(b) + "\n"
	}
	if err := os.WriteFile(s.historyFile(), []byte(lines), 0o644); err != nil {
		t.Fatal(err)
	}
	out, code := s.run("history", "--csv")
	if code != 0 || strings.Count(out, "\n") != 4 || !strings.HasPrefix(out, "time,exercise,outcome,seconds,detail\n") {
		t.Fatalf("history --csv with no daemon: exit %d, %q", code, out)
	}
	s.startDaemon()
	s.panel().click("History…")
	id := s.waitMapped("History · Posture Break", 20*time.Second)
	s.screenshot(id, "history.png")
	csv := s.export(id)
	if strings.Count(csv, "\n") != 4 || !strings.HasPrefix(csv, "time,exercise,outcome,seconds,detail\n") {
		t.Fatalf("Export wrote %q", csv)
	}
	// The session's end checks that Fyne logged no error for its file
	// dialog, and wrote no preferences file.
}

// export clicks Export… in the History window, and saves under the name
// the dialog offers, in the folder it opens on (the home folder), with
// Return. It returns what was written. A click can be missed by a window
// just mapped on a busy machine, so it clicks again until the file is
// there.
func (s *session) export(win string) string {
	path := filepath.Join(s.home, "posture-break-history.csv")
	_, h := s.geometry(win)
	var got []byte
	for deadline := time.Now().Add(60 * time.Second); time.Now().Before(deadline); {
		if _, err := s.x("xdotool", "mousemove", "--window", win, "80", strconv.Itoa(h-26), "click", "1"); err != nil {
			s.t.Fatal(err)
		}
		for wait := time.Now().Add(3 * time.Second); time.Now().Before(wait); time.Sleep(100 * time.Millisecond) {
			s.x("xdotool", "key", "--window", win, "Return")
			if got, _ = os.ReadFile(path); bytes.Count(got, []byte("\n")) >= 4 { // the header and three records
				s.screenshot(win, "history-exported.png")
				return string(got)
			}
		}
	}
	s.t.Fatalf("Export wrote %q to %s", got, path)
	return ""
}

// "Stiff right now?" opens a mobility exercise at once and is recorded;
// three real breaks (done, skipped, snoozed) then come out of
// `history --csv`, after the header.
func TestReliefAndRealBreaksInTheHistory(t *testing.T) {
	t.Parallel()
	s := newSession(t, options{})
	s.startDaemon()
	p := s.panel()
	p.click("Stiff right now?")
	win := s.waitMapped(breakTitle, 20*time.Second)
	s.keyToClose(win, "Return")
	relief := s.waitRecords(1)[0]
	if e, ok := exercises.ByID(relief.Exercise); relief.Outcome != history.Relief || !ok || e.Category != exercises.Mobility {
		t.Fatalf("relief recorded as %+v", relief)
	}
	s.waitNoWindows()
	for i, end := range []func(win string){
		func(win string) { s.keyToClose(win, "Return") },
		func(win string) { s.keyToClose(win, "Escape") },
		func(win string) { // the Snooze button, second from the left at the bottom
			_, h := s.geometry(win)
			if _, err := s.x("xdotool", "mousemove", "--window", win, "110", strconv.Itoa(h-26), "click", "1"); err != nil {
				t.Fatal(err)
			}
		},
	} {
		if out, code := s.run("break-now"); code != 0 {
			t.Fatalf("break-now: %d %s", code, out)
		}
		end(s.waitMapped(breakTitle, 20*time.Second))
		s.waitRecords(i + 2)
		s.waitNoWindows()
	}
	out, code := s.run("history", "--csv")
	rows := strings.Split(strings.TrimSpace(out), "\n")
	if code != 0 || len(rows) != 5 || rows[0] != "time,exercise,outcome,seconds,detail" {
		t.Fatalf("history --csv: exit %d, %q", code, out)
	}
	for i, want := range []string{",relief,", ",done,", ",skipped,", ",snoozed,"} {
		if !strings.Contains(rows[i+1], want) {
			t.Errorf("row %d is %q, want %s", i+1, rows[i+1], want)
		}
	}
}
