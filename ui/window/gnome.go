package window

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"posturebreak/protocol"
	"posturebreak/translation"
)

// GnomeQuestion asks, while GNOME's own movement breaks are on, which
// should remind the user to move: two reminders for one need is one too
// many. What they choose is carried out when the window ends (on Save, or
// on Got it), never at the click.
type GnomeQuestion struct {
	Text   *widget.Label
	Ours   *widget.Button // Posture Break reminds them; GNOME's movement breaks go off
	Both   *widget.Button // both remind them
	Chosen protocol.Gnome

	onSave bool // the choice is carried out on Save, not on closing
}

// NewGnomeQuestion asks; kept says the user already chose to keep both,
// so it only offers to change that. onSave says the window carries the
// choice out when the user saves, rather than when they close it.
func NewGnomeQuestion(kept, onSave bool) *GnomeQuestion {
	q := &GnomeQuestion{onSave: onSave}
	q.Text = widget.NewLabel(translation.L("GNOME reminds you to move too, with breaks of its own. One reminder is enough: let Posture Break remind you instead? GNOME's eyesight breaks stay as they are."))
	q.Text.Wrapping = fyne.TextWrapWord
	q.Ours = widget.NewButton(translation.L("Let Posture Break remind me"), func() { q.choose(protocol.GnomeOff) })
	q.Both = widget.NewButton(translation.L("Keep both"), func() { q.choose(protocol.GnomeKept) })
	if kept {
		q.Text.SetText(translation.L("GNOME's own movement breaks are on too, as you chose."))
		q.Both.Hide()
	}
	return q
}

// choose records the choice, and says what will happen.
func (q *GnomeQuestion) choose(g protocol.Gnome) {
	q.Chosen = g
	q.Ours.Hide()
	q.Both.Hide()
	switch {
	case g == protocol.GnomeKept:
		q.Text.SetText(translation.L("Both will remind you to move."))
	case q.onSave:
		q.Text.SetText(translation.L("When you save, GNOME's movement breaks are turned off. Its eyesight breaks stay as they are."))
	default:
		q.Text.SetText(translation.L("When you close this window, GNOME's movement breaks are turned off. Its eyesight breaks stay as they are."))
	}
}

// Content is the question set apart, its buttons under it.
func (q *GnomeQuestion) Content() fyne.CanvasObject {
	buttons := container.NewHBox(layout.NewSpacer(), q.Both, q.Ours)
	return Tinted(theme.ColorNamePrimary, theme.NewPrimaryThemedResource(theme.QuestionIcon()), container.NewVBox(q.Text, buttons))
}
