// Package advicewindow owns the windows that give the app's advice: the
// introduction shown on the first run, and About.
package advicewindow

import (
	"io"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"posturebreak/advice"
	"posturebreak/identity"
	"posturebreak/protocol"
	"posturebreak/translation"
	"posturebreak/ui/window"
)

// Window titles, without the app's name, in English: the window
// translates them.
var (
	IntroTitle = translation.Mark("Welcome")
	AboutTitle = translation.Mark("About")
)

// Page is the content of an advice window: scrolling text with the app's
// icon beside it, and one button that closes it.
type Page struct {
	Text  fyne.CanvasObject
	Close *widget.Button
	Gnome *window.GnomeQuestion // in the introduction, while GNOME's own movement breaks are on
	icon  fyne.Resource
}

// words are what a page says: its title, its advice and its button.
type words struct {
	title, button string
	advice        func(identity.App) advice.Page
}

var (
	intro = words{IntroTitle, translation.Mark("Got it"), func(identity.App) advice.Page { return advice.Intro() }}
	about = words{AboutTitle, translation.Mark("Close"), func(id identity.App) advice.Page { return advice.About(id.Name, id.Version) }}
)

// page shows the words for the app id; its button calls done.
func (w words) page(id identity.App, icon fyne.Resource, done func()) *Page {
	p := &Page{Text: window.Page(w.advice(id)), icon: icon}
	p.Close = widget.NewButtonWithIcon(translation.L(w.button), theme.ConfirmIcon(), done)
	p.Close.Importance = widget.HighImportance
	return p
}

// Content is the window's layout.
func (p *Page) Content() fyne.CanvasObject {
	img := widget.NewIcon(p.icon)
	side := container.NewVBox(container.NewGridWrap(fyne.NewSize(72, 72), img))
	buttons := container.NewHBox(layout.NewSpacer(), p.Close)
	text := p.Text
	if p.Gnome != nil {
		// After the advice, never above it: when to stop and get help
		// stays in view without scrolling.
		text = container.New(window.Column(theme.Padding()), p.Text, p.Gnome.Content())
	}
	return container.NewPadded(container.NewBorder(nil, buttons, side, nil, container.NewVScroll(text)))
}

// PageSize is an advice window's size when it opens.
var PageSize = fyne.NewSize(640, 620)

// RunIntro is the first-run introduction process (posturebreak-window
// intro). While GNOME's own movement breaks are on, it asks which should
// remind the user, and reports the choice when it closes.
func RunIntro(id identity.App, req protocol.Intro, stdin io.Reader, stdout io.Writer) int {
	return window.Run(id, window.Process{Title: intro.title, Size: PageSize, Build: func(w fyne.Window, end func(any)) window.Content {
		var p *Page
		done := func() {
			r := protocol.PageResult{Read: true}
			if p.Gnome != nil {
				r.Gnome = p.Gnome.Chosen
			}
			end(r)
		}
		p = intro.page(id, fyne.CurrentApp().Icon(), done)
		if req.GnomeMovement {
			p.Gnome = window.NewGnomeQuestion(false, false)
		}
		return window.Content{Object: p.Content(), Close: done, Confirm: done}
	}}, stdin, stdout)
}

// RunAbout is the About window process (posturebreak-window about).
func RunAbout(id identity.App, stdin io.Reader, stdout io.Writer) int {
	return run(id, about, stdin, stdout)
}

func run(id identity.App, words words, stdin io.Reader, stdout io.Writer) int {
	return window.Run(id, window.Process{Title: words.title, Size: PageSize, Build: func(w fyne.Window, end func(any)) window.Content {
		done := func() { end(protocol.PageResult{Read: true}) }
		p := words.page(id, fyne.CurrentApp().Icon(), done)
		return window.Content{Object: p.Content(), Close: done, Confirm: done}
	}}, stdin, stdout)
}
