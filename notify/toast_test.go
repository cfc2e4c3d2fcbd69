package notify

import (
	"encoding/xml"
	"strings"
	"testing"
)

// A break's toast has the Start, Snooze and Skip buttons, numbered, and
// what the user reads is escaped.
func TestABreakToastHasItsButtons(t *testing.T) {
	x := toastXML(Message{Title: "Time for a <posture> break", Body: "Cat-cow · 2 min\nWaited 3 min", Break: true, Snooze: "Snooze 5 min"}, 7, `C:\Users\u\icon.png`)
	if err := xml.Unmarshal([]byte(x), new(struct{})); err != nil {
		t.Fatalf("not XML (%v): %s", err, x)
	}
	for _, want := range []string{`launch="open:7"`, `arguments="open:7"`, `arguments="snooze:7"`, `arguments="skip:7"`, "&lt;posture&gt;", "<text>Waited 3 min</text>", `src="file:///C:/Users/u/icon.png"`, `<audio silent="true"/>`} {
		if !strings.Contains(x, want) {
			t.Errorf("the toast lacks %s: %s", want, x)
		}
	}
	check := toastXML(Message{Title: "Posture check", Body: "Sit tall.", Check: true}, 9, "")
	if !strings.Contains(check, `arguments="showme"`) || !strings.Contains(check, `<audio silent="true"/>`) || strings.Contains(check, "open:") {
		t.Errorf("a posture check's toast: %s", check)
	}
	plain := toastXML(Message{Title: "Posture Break", Body: "Your settings could not be read.", Sound: true}, 8, "")
	if strings.Contains(plain, "<actions>") || !strings.Contains(plain, `launch=""`) || !strings.Contains(plain, "Notification.Reminder") {
		t.Errorf("a plain toast: %s", plain)
	}
}

// A click means what it says only on the toast shown last; the toast
// itself, clicked earlier, is an Earlier click; anything else is nothing.
func TestAToastClickIsReadAsTheLinuxOnesAre(t *testing.T) {
	for _, c := range []struct {
		args string
		want Action
		ok   bool
	}{
		{"open:3", Open, true}, {"snooze:3", Snooze, true}, {"skip:3", Skip, true},
		{"open:2", Earlier, true}, {"skip:2", "", false}, {"snooze:1", "", false},
		{"showme", ShowMe, true}, {"open:4", "", false}, {"open", "", false}, {"open:x", "", false}, {"delete:3", "", false}, {"", "", false},
	} {
		if got, ok := clicked(c.args, 3); got != c.want || ok != c.ok {
			t.Errorf("%q: %q %v, want %q %v", c.args, got, ok, c.want, c.ok)
		}
	}
}
