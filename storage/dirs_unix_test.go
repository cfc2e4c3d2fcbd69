//go:build !windows

package storage

import "testing"

func TestUserDirsFollowXDG(t *testing.T) {
	t.Setenv("XDG_CONFIG_HOME", "/x/config")
	t.Setenv("XDG_DATA_HOME", "/x/data")
	t.Setenv("XDG_STATE_HOME", "relative/is/ignored")
	t.Setenv("HOME", "/home/u")
	d, err := UserDirs()
	if err != nil {
		t.Fatal(err)
	}
	want := Dirs{Config: "/x/config/posturebreak", Data: "/x/data/posturebreak", State: "/home/u/.local/state/posturebreak"}
	if d != want {
		t.Fatalf("got %+v, want %+v", d, want)
	}
	if d.SettingsFile() != "/x/config/posturebreak/settings.json" || d.HistoryFile() != "/x/data/posturebreak/history.jsonl" {
		t.Fatalf("paths %s %s", d.SettingsFile(), d.HistoryFile())
	}
}
