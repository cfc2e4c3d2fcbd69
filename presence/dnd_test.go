//go:build !windows

package presence

import (
	"testing"

	"github.com/godbus/dbus/v5"
)

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
