package identity

import (
	"bytes"
	"image/png"
	"testing"
)

func TestTheRealFyneAppToml(t *testing.T) {
	app, err := Parse(fyneApp)
	if err != nil {
		t.Fatal(err)
	}
	if app.ID != Ours().ID || app.Version != Ours().Version {
		t.Fatal("Ours is not the embedded file")
	}
	if app.Name != "Posture Break" || app.ID != "io.github.posturebreak.PostureBreak" || !app.Migrations["fyneDo"] {
		t.Fatalf("identity %+v", app)
	}
	img, err := png.Decode(bytes.NewReader(app.Icon))
	if err != nil || img.Bounds().Dx() < 256 {
		t.Fatalf("icon: %v", err)
	}
}

func TestIncompleteIdentityIsRefused(t *testing.T) {
	for _, bad := range []string{"[Details]\nName = \"x\"\n", "not toml ["} {
		if _, err := Parse([]byte(bad)); err == nil {
			t.Errorf("%q accepted", bad)
		}
	}
}
