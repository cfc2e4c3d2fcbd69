//go:build e2e

package e2e

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"posturebreak/control"
	"posturebreak/tray"
)

// statusJSON is what `posturebreak status --json` says.
func (s *session) statusJSON() control.Status {
	s.t.Helper()
	out, code := s.run("status", "--json")
	var st control.Status
	if code != 0 || json.Unmarshal([]byte(out), &st) != nil {
		s.t.Fatalf("status --json: exit %d, %q", code, out)
	}
	return st
}

func near(t, want time.Time) bool { return t.Sub(want).Abs() < 5*time.Second }

// Pause and resume from the tray and from the command line: the tray's
// line, `status --json` and the pause all agree.
func TestPauseAndResumeFromTheTrayAndTheCommandLine(t *testing.T) {
	t.Parallel()
	s := newSession(t, options{})
	s.startDaemon()
	p := s.panel()
	p.waitStatus(10*time.Second, func(l string) bool { return l == "Next break in 45 min" }, "the timer runs")

	p.click("Pause/For 1 hour")
	until := time.Now().Add(time.Hour)
	line := p.waitStatus(10*time.Second, func(l string) bool { return strings.HasPrefix(l, "Paused until") }, "the tray says it is paused")
	// tray.When names the day too when the hour's end falls tomorrow.
	now := time.Now()
	if a, b := tray.When(until, now, time.Local), tray.When(until.Add(time.Minute), now, time.Local); line != "Paused until "+a && line != "Paused until "+b {
		t.Fatalf("tray %q, want paused until %s", line, a)
	}
	if got := labels(p.items()); !slices.Contains(got, "Resume") || slices.Contains(got, "Pause") {
		t.Fatalf("a paused menu %q should offer Resume, not Pause", got)
	}
	if st := s.statusJSON(); st.State != "paused" || st.PausedUntil == nil || !near(*st.PausedUntil, until) || st.Line != line {
		t.Fatalf("status --json %+v disagrees with the tray %q", st, line)
	}
	p.click("Resume")
	p.waitStatus(10*time.Second, func(l string) bool { return l == "Next break in 45 min" }, "the timer runs again")

	if out, code := s.run("pause", "30m"); code != 0 {
		t.Fatalf("pause 30m: exit %d, %s", code, out)
	}
	until = time.Now().Add(30 * time.Minute)
	st := s.statusJSON()
	if st.State != "paused" || st.PausedUntil == nil || !near(*st.PausedUntil, until) {
		t.Fatalf("after pause 30m: %+v", st)
	}
	p.waitStatus(10*time.Second, func(l string) bool { return l == st.Line }, "the tray agrees with status --json")
	if out, code := s.run("status"); code != 0 || !strings.Contains(out, st.Line) {
		t.Fatalf("status: exit %d, %q", code, out)
	}
	if out, code := s.run("resume"); code != 0 {
		t.Fatalf("resume: exit %d, %s", code, out)
	}
	if st := s.statusJSON(); st.State != "working" || st.PausedUntil != nil {
		t.Fatalf("after resume: %+v", st)
	}
	if out, code := s.run("pause", "a while"); code != 2 || !strings.Contains(out, "Usage") {
		t.Fatalf("a bad pause: exit %d, %q", code, out)
	}

	p.click("Quit Posture Break")
	s.waitExit(15 * time.Second)
	if out, code := s.run("status"); code != 1 || !strings.Contains(out, "not running") {
		t.Fatalf("status with no daemon: exit %d, %q", code, out)
	}
}

// Start at login writes the XDG autostart entry, and switching it off
// removes it.
func TestStartAtLogin(t *testing.T) {
	t.Parallel()
	s := newSession(t, options{})
	s.startDaemon()
	entry := filepath.Join(s.home, ".config", "autostart", "io.github.posturebreak.PostureBreak.desktop")
	if _, err := os.Stat(entry); !os.IsNotExist(err) {
		t.Fatalf("an autostart entry before it was asked for: %v", err)
	}
	s.writeSettings(`{"start_at_login": true}`)
	var content []byte
	eventually(t, 10*time.Second, "the autostart entry is written", func() bool {
		var err error
		content, err = os.ReadFile(entry)
		return err == nil
	})
	if !strings.Contains(string(content), "Exec="+binary+"\n") || !strings.Contains(string(content), "[Desktop Entry]") {
		t.Fatalf("autostart entry:\n%s", content)
	}
	// It is a valid desktop entry (make test installs desktop-file-utils).
	if out, err := exec.Command("desktop-file-validate", entry).CombinedOutput(); err != nil || len(out) > 0 {
		t.Errorf("desktop-file-validate: %v\n%s\nentry:\n%s", err, out, content)
	}
	s.writeSettings(`{"start_at_login": false}`)
	eventually(t, 10*time.Second, "the autostart entry is removed", func() bool {
		_, err := os.Stat(entry)
		return os.IsNotExist(err)
	})
}
