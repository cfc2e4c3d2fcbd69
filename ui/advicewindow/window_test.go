package advicewindow

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"posturebreak/assets"
	"posturebreak/identity"
	"posturebreak/ui/windowtest"
)

var icon = fyne.NewStaticResource("icon.png", assets.Read(assets.AppIcon64))

// app is the identity the golden images were drawn with.
var app = identity.App{Name: "Posture Break", Version: "0.2.0"}

func TestThePageClosesWithItsButton(t *testing.T) {
	test.NewTempApp(t)
	closed := 0
	p := intro.page(app, icon, func() { closed++ })
	if p.Close.Text != "Got it" {
		t.Fatalf("button %q", p.Close.Text)
	}
	test.Tap(p.Close)
	if closed != 1 {
		t.Fatalf("closed %d times", closed)
	}
}

func TestTheIntroductionAndAboutLookRight(t *testing.T) {
	for variant, v := range windowtest.Variants {
		t.Run(variant, func(t *testing.T) {
			windowtest.App(t, v)
			windowtest.AssertLooks(t, "intro-"+variant+".png", intro.page(app, icon, func() {}).Content(), PageSize)
			windowtest.AssertLooks(t, "about-"+variant+".png", about.page(app, icon, func() {}).Content(), PageSize)
		})
	}
}
