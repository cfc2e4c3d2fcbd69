package storage

import (
	"path/filepath"
	"testing"
)

// On Windows the settings roam with the profile, and the history and
// state stay on the machine.
func TestUserDirsAreWindowsOwn(t *testing.T) {
	t.Setenv("AppData", `C:\Users\u\AppData\Roaming`)
	t.Setenv("LocalAppData", `C:\Users\u\AppData\Local`)
	d, err := UserDirs()
	if err != nil {
		t.Fatal(err)
	}
	want := Dirs{Config: `C:\Users\u\AppData\Roaming\Posture Break`, Data: `C:\Users\u\AppData\Local\Posture Break`, State: `C:\Users\u\AppData\Local\Posture Break`}
	if d != want {
		t.Fatalf("got %+v, want %+v", d, want)
	}
	if d.SettingsFile() != filepath.Join(want.Config, "settings.json") {
		t.Fatalf("settings at %s", d.SettingsFile())
	}
	t.Setenv("LocalAppData", "")
	if _, err := UserDirs(); err == nil {
		t.Fatal("no %LocalAppData%, and no error")
	}
}
