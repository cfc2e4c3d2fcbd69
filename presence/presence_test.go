package presence

import (
	"testing"
	"time"

	"github.com/godbus/dbus/v5"
)

var testTime = time.Date(2026, 12, 1, 14, 2, 0, 0, time.UTC)

func TestTheReadingCombinesItsSources(t *testing.T) {
	changes := 0
	s := &Session{changed: func() { changes++ }}
	if r := s.Read(testTime, false); r != (Reading{}) {
		t.Fatalf("a session with no sources reads %+v", r)
	}
	s.setLocked("logind", true, testTime)
	s.setLocked("screensaver", true, testTime.Add(time.Minute))
	s.setLocked("screensaver", true, testTime.Add(2*time.Minute)) // said again: no change
	if r := s.Read(testTime, false); !r.LockedSince.Equal(testTime) {
		t.Errorf("locked since %v, want the first lock, %v", r.LockedSince, testTime)
	}
	s.setLocked("logind", false, testTime)
	s.setLocked("screensaver", false, testTime)
	if r := s.Read(testTime, false); !r.LockedSince.IsZero() {
		t.Errorf("still locked since %v once every source says unlocked", r.LockedSince)
	}
	s.setDoNotDisturb("dunst", true)
	s.setDoNotDisturb("kde", false)
	if r := s.Read(testTime, false); !r.DoNotDisturb {
		t.Error("do not disturb from one source was lost")
	}
	if changes != 5 {
		t.Errorf("told of %d changes, want 5", changes)
	}
}

func TestSettingChangedReadsOnlyItsOwnSetting(t *testing.T) {
	v := func(x any) dbus.Variant { return dbus.MakeVariant(x) }
	cases := []struct {
		body []any
		want any
	}{
		{[]any{"org.gnome.desktop.notifications", "show-banners", v(false)}, false},
		{[]any{"org.gnome.desktop.notifications", "show-banners", v(v(true))}, true}, // wrapped twice, as Read does
		{[]any{"org.gnome.desktop.notifications", "show-in-lock-screen", v(false)}, nil},
		{[]any{"org.gnome.desktop.interface", "show-banners", v(false)}, nil},
		{[]any{"org.gnome.desktop.notifications", "show-banners"}, nil},
		{[]any{"org.gnome.desktop.notifications", "show-banners", false}, nil}, // not a variant
		{[]any{42, "show-banners", v(false)}, nil},
		{nil, nil},
	}
	for _, c := range cases {
		if got := settingChanged(c.body, "org.gnome.desktop.notifications", "show-banners"); got != c.want {
			t.Errorf("%v: %v, want %v", c.body, got, c.want)
		}
	}
}

func TestChangedPropertyReadsOnlyItsOwnProperty(t *testing.T) {
	props := map[string]dbus.Variant{"paused": dbus.MakeVariant(true), "displayed": dbus.MakeVariant(uint32(2))}
	if on, ok := changedProperty[bool]([]any{"org.dunstproject.cmd0", props, []string{}}, "org.dunstproject.cmd0", "paused"); !ok || !on {
		t.Error("dunst's paused was not read")
	}
	for _, body := range [][]any{
		{"org.freedesktop.Notifications", props, []string{}},                     // another interface
		{"org.dunstproject.cmd0", map[string]dbus.Variant{}, []string{"paused"}}, // invalidated, no value
		{"org.dunstproject.cmd0", map[string]dbus.Variant{"paused": dbus.MakeVariant("yes")}, []string{}},
		{"org.dunstproject.cmd0", props},
	} {
		if _, ok := changedProperty[bool](body, "org.dunstproject.cmd0", "paused"); ok {
			t.Errorf("%v was read as dunst's paused", body)
		}
	}
}

type fixedIdle struct{ idleFor time.Duration }

func (f *fixedIdle) since(now time.Time) time.Time { return now.Add(-f.idleFor) }
func (f *fixedIdle) polled() bool                  { return true }
func (f *fixedIdle) setThreshold(time.Duration)    {}

// A polled idle source is asked again only when the user could have been
// idle for the threshold, and every PollEvery once they have.
func TestAPolledSourceIsAskedOnlyWhenItMatters(t *testing.T) {
	idle := &fixedIdle{}
	s := &Session{idle: idle, threshold: 2 * time.Minute}
	if in := s.PollIn(testTime); in != PollEvery {
		t.Fatalf("before any reading: in %v, want %v", in, PollEvery)
	}
	idle.idleFor = 30 * time.Second
	s.Read(testTime, false)
	if in := s.PollIn(testTime); in != 90*time.Second {
		t.Fatalf("idle 30 s of 2 min: asked again in %v, want 90 s", in)
	}
	idle.idleFor = 110 * time.Second
	s.Read(testTime, false)
	if in := s.PollIn(testTime); in != PollEvery {
		t.Fatalf("nearly idle long enough: asked again in %v, want never sooner than %v", in, PollEvery)
	}
	idle.idleFor = 5 * time.Minute
	s.Read(testTime, false)
	if in := s.PollIn(testTime); in != PollEvery {
		t.Fatalf("away: asked again in %v, want %v to see them back", in, PollEvery)
	}
	if in := (&Session{}).PollIn(testTime); in != 0 {
		t.Fatalf("no idle source: asked in %v", in)
	}
}
