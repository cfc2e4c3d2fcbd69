package advicewindow

import (
	"slices"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"

	"posturebreak/advice"
	"posturebreak/assets"
	"posturebreak/identity"
	"posturebreak/protocol"
	"posturebreak/ui/window"
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

// The introduction says when to stop and get medical help before anything
// else, and all of it, every sign included, shows as the window opens,
// without scrolling, in English and in German.
func TestTheIntroductionShowsEverySignAtOnce(t *testing.T) {
	for _, language := range []string{"en", "de"} {
		windowtest.In(t, language)
		windowtest.App(t, windowtest.Variants["light"])
		p := intro.page(app, icon, func() {})
		content := p.Content()
		w := test.NewTempWindow(t, content)
		w.Resize(PageSize)
		page := p.Text.(*fyne.Container)
		blocks := advice.Intro()
		last := slices.IndexFunc(blocks, func(b advice.Block) bool { return b.Kind == advice.List })
		if last < 0 {
			t.Fatal("the introduction has no list of signs")
		}
		shown := page.Objects[last]
		bottom := shown.Position().Y + shown.Size().Height
		if view := scrollOf(content); view == nil || bottom > view.Size().Height {
			t.Errorf("%s: the last sign ends %.0f px down, below what the window shows as it opens", language, bottom)
		}
		if language != "en" { // English: TestTheIntroductionAndAboutLookRight
			windowtest.AssertLooks(t, "intro-"+language+"-light.png", content, PageSize)
		}
	}
}

// scrollOf is the first scrolling container in o.
func scrollOf(o fyne.CanvasObject) *container.Scroll {
	switch o := o.(type) {
	case *container.Scroll:
		return o
	case *fyne.Container:
		for _, c := range o.Objects {
			if s := scrollOf(c); s != nil {
				return s
			}
		}
	}
	return nil
}

// While GNOME's own movement breaks are on, the introduction asks which
// should remind the user, in English and in German, and keeps the choice
// for when it closes.
func TestTheIntroductionAsksAboutGnomesBreaks(t *testing.T) {
	for _, language := range []string{"en", "de"} {
		t.Run(language, func(t *testing.T) {
			windowtest.In(t, language)
			windowtest.App(t, windowtest.Variants["light"])
			p := intro.page(app, icon, func() {})
			p.Gnome = window.NewGnomeQuestion(false, false)
			content := p.Content()
			windowtest.AssertLooks(t, "intro-gnome-"+language+".png", content, PageSize)
			before := p.Gnome.Text.Text
			test.Tap(p.Gnome.Ours)
			if p.Gnome.Chosen != protocol.GnomeOff || p.Gnome.Text.Text == before || p.Gnome.Ours.Visible() || p.Gnome.Both.Visible() {
				t.Fatalf("after choosing Posture Break: chose %q, says %q, buttons shown %v %v", p.Gnome.Chosen, p.Gnome.Text.Text, p.Gnome.Ours.Visible(), p.Gnome.Both.Visible())
			}
		})
	}
}
