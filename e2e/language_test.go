//go:build e2e

package e2e

import (
	"slices"
	"strings"
	"testing"
	"time"

	"posturebreak/translation"
)

// german is the German texts, as the app loads them.
func german(t testing.TB) func(key string, data ...string) string {
	texts, err := translation.Load("de")
	if err != nil {
		t.Fatal(err)
	}
	return func(key string, data ...string) string {
		text := texts[key].Other
		if text == "" {
			t.Fatalf("no German for %q", key)
		}
		for i := 0; i+1 < len(data); i += 2 {
			text = strings.ReplaceAll(text, "{{."+data[i]+"}}", data[i+1])
		}
		return text
	}
}

// TestTheAppSpeaksTheUsersLanguage: in a German locale the tray, the
// notification and the break window are in German, and nothing complains.
func TestTheAppSpeaksTheUsersLanguage(t *testing.T) {
	t.Parallel()
	de := german(t)
	s := newSession(t, options{settings: `{"work_minutes": 1, "break_minutes": 1}`, lang: "de_DE.UTF-8"})
	notes := s.monitorNotifications(t)
	s.startDaemon()

	p := s.panel()
	p.waitStatus(10*time.Second, func(l string) bool { return l != "" }, "the status line is filled in")
	want := []string{de("Next break in {{.Minutes}} min", "Minutes", "1"), de("Take a break now"), de("Stiff right now?"), de("Pause"),
		de("Settings…"), de("History…"), de("About {{.App}}", "App", "Posture Break"), de("Quit {{.App}}", "App", "Posture Break")}
	if got := labels(p.items()); !slices.Equal(got, want) {
		t.Fatalf("menu %q, want %q", got, want)
	}

	p.waitStatus(80*time.Second, func(l string) bool { return l == de("Break due") }, "the tray says, in German, that a break is due")
	eventually(t, 10*time.Second, "dunst shows the notification", func() bool { return s.displayedNotifications() >= 1 })
	var n sent
	for _, x := range notes.all() {
		if len(x.actions) > 0 {
			n = x
		}
	}
	if n.summary != de("Time for a posture break") || !slices.Contains(n.actions, de("Start the break")) || !slices.Contains(n.actions, de("Skip")) {
		t.Fatalf("notification %q, actions %q: not in German", n.summary, n.actions)
	}
	if _, err := s.x("dunstctl", "action", "0"); err != nil {
		t.Fatalf("dunstctl action: %v", err)
	}
	win := s.waitMapped(de("Break")+" · Posture Break", 20*time.Second)
	s.screenshot(win, "break-window-de.png")
	if strings.Contains(s.log.String(), "Fyne error") {
		t.Fatalf("Fyne complained:\n%s", s.log.String())
	}
}

// TestEveryLocaleIsQuiet: in a locale that names no language (C.UTF-8, the
// default of many containers) or a malformed one, the command line and the
// daemon speak English and print nothing about the locale; Fyne's lang
// package, which looks at the locale as the program starts, used to print
// three lines of "Fyne error" there.
func TestEveryLocaleIsQuiet(t *testing.T) {
	t.Parallel()
	s := newSession(t, options{noTray: true, noNotifications: true})
	for _, lang := range []string{"C", "C.UTF-8", "C.utf8", "POSIX", "", "de_DE.UTF-8", "not a locale"} {
		out, code := s.runIn(lang, "status")
		if code != 1 || out != "posturebreak: Posture Break is not running. Start it with: posturebreak\n" {
			t.Errorf("LANG=%q: status printed %q (exit %d)", lang, out, code)
		}
	}

	s = newSession(t, options{settings: `{"work_minutes": 30}`, lang: "C.UTF-8"})
	s.startDaemon()
	p := s.panel()
	p.waitStatus(10*time.Second, func(l string) bool { return strings.HasPrefix(l, "Next break in") }, "the tray speaks English")
	if out, code := s.run("break-now"); code != 0 {
		t.Fatalf("break-now: %s", out)
	}
	s.waitMapped(breakTitle, 20*time.Second)
	if strings.Contains(s.log.String(), "Fyne error") || strings.Contains(s.log.String(), "locale") {
		t.Fatalf("the daemon or its window complained about the locale:\n%s", s.log.String())
	}
}
