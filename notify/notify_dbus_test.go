//go:build !windows

package notify

import (
	"testing"

	"github.com/godbus/dbus/v5"

	"posturebreak/assets"
)

func watching(id uint32) *Notifier {
	return &Notifier{current: shown{id: id, server: ":1.7"}, actions: make(chan Action, 1)}
}

func signal(sender, member string, body ...any) *dbus.Signal {
	return &dbus.Signal{Sender: sender, Path: path, Name: busName + "." + member, Body: body}
}

func TestOnlyWellFormedSignalsFromTheServerCount(t *testing.T) {
	bad := map[string]*dbus.Signal{
		"nil":                nil,
		"another sender":     signal(":1.99", "ActionInvoked", uint32(4), "default"),
		"another id":         signal(":1.7", "ActionInvoked", uint32(5), "default"),
		"id as a string":     signal(":1.7", "ActionInvoked", "4", "default"),
		"key as a number":    signal(":1.7", "ActionInvoked", uint32(4), 7),
		"too few arguments":  signal(":1.7", "ActionInvoked", uint32(4)),
		"no arguments":       signal(":1.7", "ActionInvoked"),
		"too many arguments": signal(":1.7", "ActionInvoked", uint32(4), "default", "x"),
		"unknown action":     signal(":1.7", "ActionInvoked", uint32(4), "explode"),
		"unknown member":     signal(":1.7", "Whatever", uint32(4), "default"),
		"wrong path":         {Sender: ":1.7", Path: "/elsewhere", Name: busName + ".ActionInvoked", Body: []any{uint32(4), "default"}},
	}
	for name, sig := range bad {
		n := watching(4)
		if a, earlier := n.understand(sig); a != "" || earlier.id != 0 {
			t.Errorf("%s: understood as %q, %v", name, a, earlier)
		}
		if n.current.id != 4 {
			t.Errorf("%s: forgot the notification", name)
		}
	}
}

func TestActionsAreUnderstood(t *testing.T) {
	for _, a := range []Action{Open, Snooze, Skip} {
		n := watching(4)
		if got, _ := n.understand(signal(":1.7", "ActionInvoked", uint32(4), string(a))); got != a {
			t.Errorf("%s: got %q", a, got)
		}
		if again, _ := n.understand(signal(":1.7", "ActionInvoked", uint32(4), string(a))); again != "" {
			t.Errorf("%s: one notification acted on twice", a)
		}
	}
}

func TestClosedNotificationIsForgotten(t *testing.T) {
	n := watching(4)
	if a, _ := n.understand(signal(":1.7", "NotificationClosed", uint32(4), uint32(2))); a != "" {
		t.Fatal("closing is not an action")
	}
	if n.current.id != 0 {
		t.Fatal("closed notification still current")
	}
	if a, _ := n.understand(signal(":1.7", "ActionInvoked", uint32(4), "default")); a != "" {
		t.Fatal("action on a closed notification")
	}
}

func TestAnsweredNotificationStaysUntilWithdrawn(t *testing.T) {
	n := watching(4)
	if a, _ := n.understand(signal(":1.7", "ActionInvoked", uint32(4), "default")); a != Open {
		t.Fatalf("got %q", a)
	}
	if n.current.id != 4 {
		t.Fatal("the answered notification is forgotten, so it can never be withdrawn")
	}
	n.Withdraw()
	if n.current.id != 0 || len(n.earlier) != 1 {
		t.Fatalf("after withdrawing: current %v, earlier %v", n.current, n.earlier)
	}
}

func TestAClickOnAnEarlierNotificationIsEarlier(t *testing.T) {
	n := watching(4)
	n.Withdraw()
	n.current = shown{id: 9, server: ":1.7"}
	n.Withdraw()
	n.current = shown{id: 11, server: ":1.7"}
	if a, earlier := n.understand(signal(":1.99", "ActionInvoked", uint32(4), "default")); a != "" || earlier.id != 0 {
		t.Fatalf("another sender's signal about an earlier id understood as %q, %v", a, earlier)
	}
	if a, earlier := n.understand(signal(":1.7", "ActionInvoked", uint32(4), "default")); a != Earlier || earlier.id != 4 {
		t.Fatalf("a click on an earlier notification: got %q, %v", a, earlier)
	}
	if a, _ := n.understand(signal(":1.7", "ActionInvoked", uint32(4), "default")); a != "" {
		t.Fatal("one earlier notification answered twice")
	}
	if a, earlier := n.understand(signal(":1.7", "ActionInvoked", uint32(9), "skip")); a != "" || earlier.id != 9 {
		t.Fatalf("Skip on an earlier notification: got %q, %v; want nothing done, and it taken off screen", a, earlier)
	}
	if n.current.id != 11 || n.current.acted {
		t.Fatal("a click on an earlier notification touched the current one")
	}
}

func TestAnAnswerNotTakenCanBeGivenAgain(t *testing.T) {
	n := watching(4)
	sig := signal(":1.7", "ActionInvoked", uint32(4), "default")
	n.understand(sig)
	n.unanswer(sig) // the daemon was busy
	if a, _ := n.understand(sig); a != Open {
		t.Fatalf("a second click, after the first was not taken: %q", a)
	}
}

func TestClosedEarlierNotificationsAreForgotten(t *testing.T) {
	n := watching(0)
	for id := uint32(1); id <= remembered+3; id++ {
		n.current = shown{id: id, server: ":1.7"}
		n.Withdraw()
	}
	if len(n.earlier) != remembered || n.earlier[0].id != 4 {
		t.Fatalf("remembered %v", n.earlier)
	}
	n.understand(signal(":1.7", "NotificationClosed", uint32(5), uint32(2)))
	if a, _ := n.understand(signal(":1.7", "ActionInvoked", uint32(5), "default")); a != "" {
		t.Fatal("a click on a closed notification understood")
	}
	if len(n.earlier) != remembered-1 {
		t.Fatalf("remembered %v", n.earlier)
	}
}

func TestTheIconTravelsAsImageData(t *testing.T) {
	h, err := imageData(assets.Read(assets.AppIcon64))
	if err != nil {
		t.Fatal(err)
	}
	if h.Width != 64 || h.Height != 64 || h.Channels != 4 || len(h.Data) != 64*64*4 || h.RowStride != 256 {
		t.Fatalf("hint %dx%d, %d channels, %d bytes", h.Width, h.Height, h.Channels, len(h.Data))
	}
	if _, err := imageData([]byte("not a png")); err == nil {
		t.Fatal("garbage decoded")
	}
}

func TestNoBusFallsBackAndSaysSo(t *testing.T) {
	t.Setenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent")
	t.Setenv("PATH", t.TempDir()) // no notify-send, no kdialog
	n := New(nil, "Posture Break", "io.example", assets.Read(assets.AppIcon64))
	clickable, err := n.Show(Message{Title: "t", Body: "b", Break: true})
	if err == nil || clickable {
		t.Fatalf("with nothing to show it: clickable=%v err=%v", clickable, err)
	}
}

func TestSoundIsAskedForOrSuppressed(t *testing.T) {
	n := New(nil, "Posture Break", "io.example", assets.Read(assets.AppIcon64))
	on := n.hintsFor(Message{Sound: true})
	if v, ok := on["sound-name"]; !ok || v.Value() != "message-new-instant" {
		t.Fatalf("with sound: %v", on)
	}
	off := n.hintsFor(Message{})
	if v, ok := off["suppress-sound"]; !ok || v.Value() != true {
		t.Fatalf("without sound: %v", off)
	}
	if _, ok := off["sound-name"]; ok {
		t.Fatal("a silent notification names a sound")
	}
	if _, ok := n.hints["suppress-sound"]; ok {
		t.Fatal("hints for one message leaked into the next")
	}
}

func TestAPostureChecksShowMeIsUnderstood(t *testing.T) {
	n := watching(4)
	n.check = shown{id: 9, server: ":1.7"}
	for name, sig := range map[string]*dbus.Signal{
		"a click on its body": signal(":1.7", "ActionInvoked", uint32(9), "default"),
		"a break's action":    signal(":1.7", "ActionInvoked", uint32(9), string(Open)),
		"another sender":      signal(":1.99", "ActionInvoked", uint32(9), string(ShowMe)),
	} {
		if a, _ := n.understand(sig); a != "" {
			t.Errorf("%s on a posture check: understood as %q", name, a)
		}
	}
	if a, _ := n.understand(signal(":1.7", "ActionInvoked", uint32(9), string(ShowMe))); a != ShowMe {
		t.Fatalf("Show me: understood as %q", a)
	}
	if n.current.id != 4 {
		t.Fatal("a posture check's action touched the break notification")
	}
	n.understand(signal(":1.7", "NotificationClosed", uint32(9), uint32(1)))
	if a, _ := n.understand(signal(":1.7", "ActionInvoked", uint32(9), string(ShowMe))); a != "" || n.check.id != 0 {
		t.Fatalf("a closed posture check still answers: %q", a)
	}
}

func TestAPostureCheckIsQuiet(t *testing.T) {
	n := New(nil, "Posture Break", "io.example", assets.Read(assets.AppIcon64))
	h := n.hintsFor(Message{Check: true})
	if h["urgency"].Value() != byte(0) || h["transient"].Value() != true || h["suppress-sound"].Value() != true {
		t.Fatalf("a posture check's hints: %v, want low urgency, transient, silent", h)
	}
	if _, ok := n.hintsFor(Message{Break: true})["transient"]; ok {
		t.Fatal("a break notification is transient")
	}
}
