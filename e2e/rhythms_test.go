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

	"posturebreak/history"
	"posturebreak/schedule"
	"posturebreak/settings"
)

// startedWorking writes the state of a daemon that was working since
// ago, as if it had just been stopped.
func (s *session) startedWorking(ago time.Duration) {
	s.t.Helper()
	now := time.Now()
	state := map[string]any{"introduced": true, "timer": schedule.Snapshot{
		Phase: schedule.Working, Start: now.Add(-ago), Next: now.Add(-ago + 45*time.Minute), Saved: now}}
	b, _ := json.Marshal(state)
	path := filepath.Join(s.home, ".local", "state", "posturebreak", "state.json")
	if err := os.WriteFile(path, b, 0o644); err != nil {
		s.t.Fatal(err)
	}
}

// A posture check comes through the real notification server, quiet and
// short-lived, with Show me; Show me opens the relief exercise, and the
// history has the check. The stretch of work began nearly ten minutes
// before, so the check every ten minutes comes in seconds.
func TestAPostureCheckThroughDunst(t *testing.T) {
	t.Parallel()
	s := newSession(t, options{settings: `{"work_minutes": 45, "posture_check_minutes": 10}`})
	s.startedWorking(10*time.Minute - 15*time.Second)
	notes := s.monitorNotifications(t)
	s.startDaemon()
	var check sent
	eventually(t, 60*time.Second, "a posture check is sent", func() bool {
		for _, n := range notes.all() {
			if n.summary == "Posture check" {
				check = n
				return true
			}
		}
		return false
	})
	if !slices.Equal(check.actions, []string{"showme", "Show me"}) || check.body == "" {
		t.Fatalf("the check %q / %q has actions %q, want one, Show me", check.summary, check.body, check.actions)
	}
	if u, _ := check.hints["urgency"].Value().(byte); u != 0 || check.hints["transient"].Value() != true || check.hints["suppress-sound"].Value() != true {
		t.Fatalf("the check is not quiet: hints %v", check.hints)
	}
	eventually(t, 10*time.Second, "dunst shows the check", func() bool { return s.displayedNotifications() >= 1 })
	if _, err := s.x("dunstctl", "action", "0"); err != nil { // its one action, as a click on it
		t.Fatalf("dunstctl action: %v", err)
	}
	win := s.waitMapped(breakTitle, 20*time.Second)
	s.screenshot(win, "relief-from-a-check.png")
	s.keyToClose(win, "Escape")
	recs := s.waitRecords(1)
	if recs[0].Outcome != history.Check || recs[0].Detail == "" {
		t.Fatalf("history %+v, want the check, with its cue", recs)
	}
	p := s.panel()
	p.waitStatus(10*time.Second, func(l string) bool { return strings.HasPrefix(l, "Next break in") }, "the tray is up")
	if got := labels(p.items()); !slices.ContainsFunc(got, func(l string) bool { return strings.HasPrefix(l, "Posture check in ") }) {
		t.Fatalf("the tray's menu %q does not say when the next check comes", got)
	}
}

// "Not for me" in a real break window: the exercise is saved as left out
// in the settings file, and the rotation offers it no more.
func TestNotForMeReachesTheSettingsAndTheRotation(t *testing.T) {
	t.Parallel()
	s := newSession(t, options{})
	s.startDaemon()
	p := s.panel()
	p.click("Take a break now")
	win := s.waitMapped(breakTitle, 20*time.Second)
	s.clickFromBottomRight(win, 296, 26) // Not for me, left of Another exercise and Done
	s.clickFromBottomRight(win, 50, 26)  // Done, on the exercise it moved on to
	recs := s.waitRecords(1)
	var left []string
	eventually(t, 15*time.Second, "the settings file leaves an exercise out", func() bool {
		got, _ := settings.Load(s.settingsFile())
		left = got.LeftOut
		return len(left) == 1
	})
	if recs[0].Outcome != history.Done || recs[0].Exercise == left[0] {
		t.Fatalf("history %+v with %v left out: Done should be on the exercise after it", recs, left)
	}
	s.waitNoWindows()
	for i := range 4 {
		p.click("Take a break now")
		win := s.waitMapped(breakTitle, 20*time.Second)
		s.keyToClose(win, "Escape")
		if r := s.waitRecords(2 + i)[1+i]; r.Exercise == left[0] {
			t.Fatalf("break %d showed %s, which was left out", i, r.Exercise)
		}
		s.waitNoWindows()
	}
}

// gnomeSettings gives the session GNOME 48's break-reminder keys,
// compiled into a private GSETTINGS_SCHEMA_DIR (GNOME here is 43, which
// has none), kept by a real dconf-service on the session's bus.
func (s *session) gnomeSettings() {
	schemas := filepath.Join(s.home, "schemas")
	os.MkdirAll(schemas, 0o755)
	xml, err := os.ReadFile(filepath.Join("..", "gnomebreaks", "testdata", "org.gnome.desktop.break-reminders.gschema.xml"))
	if err != nil {
		s.t.Fatal(err)
	}
	os.WriteFile(filepath.Join(schemas, "org.gnome.desktop.break-reminders.gschema.xml"), xml, 0o644)
	if out, err := exec.Command("glib-compile-schemas", schemas).CombinedOutput(); err != nil {
		s.t.Fatalf("glib-compile-schemas: %v %s", err, out)
	}
	s.env = append(s.env, "GSETTINGS_SCHEMA_DIR="+schemas)
	s.startDconf()
}

func (s *session) gsettings(args ...string) string {
	s.t.Helper()
	out, err := s.x("gsettings", args...)
	if err != nil {
		s.t.Fatalf("gsettings %v: %v", args, err)
	}
	return out
}

// With GNOME's own movement breaks on, the settings window asks which
// should remind the user; "Let Posture Break remind me" and Save turn off
// GNOME's movement breaks, through the real gsettings and dconf, and
// leave its eyesight breaks on, and the daemon hears it from dconf.
func TestTheGnomeChoiceTurnsOffOnlyGnomesMovementBreaks(t *testing.T) {
	t.Parallel()
	s := newSession(t, options{})
	s.gnomeSettings()
	const schema, key = "org.gnome.desktop.break-reminders", "selected-breaks"
	s.gsettings("set", schema, key, "['eyesight', 'movement']")
	s.startDaemon()
	p := s.panel()
	p.click("Settings…")
	win := s.waitMapped(settingsTitle, 20*time.Second)
	s.screenshot(win, "settings-gnome-question.png")
	_, h := s.geometry(win)
	s.clickFromBottomRight(win, 118, h-103) // Let Posture Break remind me, at the top right
	s.clickFromBottomRight(win, 40, 26)     // Save
	eventually(t, 20*time.Second, "GNOME's movement breaks are turned off", func() bool {
		return s.gsettings("get", schema, key) == "['eyesight']"
	})
	s.waitNoWindows()
	eventually(t, 10*time.Second, "the daemon hears that they are off", func() bool {
		return strings.Contains(s.log.String(), "GNOME's own movement breaks were turned off")
	})
}
