package advicewindow

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"posturebreak/advice"
	"posturebreak/assets"
	"posturebreak/ui/windowtest"
)

var icon = fyne.NewStaticResource("icon.png", assets.Read(assets.AppIcon64))

func TestThePageClosesWithItsButton(t *testing.T) {
	test.NewTempApp(t)
	closed := 0
	p := NewPage(icon, advice.Intro(), "Start", func() { closed++ })
	if p.Close.Text != "Start" {
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
			windowtest.AssertLooks(t, "intro-"+variant+".png", NewPage(icon, advice.Intro(), "Start", func() {}).Content(), PageSize)
			windowtest.AssertLooks(t, "about-"+variant+".png", NewPage(icon, advice.About("Posture Break", "0.2.0"), "Close", func() {}).Content(), PageSize)
		})
	}
}
