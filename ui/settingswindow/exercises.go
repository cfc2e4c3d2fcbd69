package settingswindow

import (
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"posturebreak/exercises"
	"posturebreak/translation"
	"posturebreak/ui/window"
	"posturebreak/words"
)

// Choice is one exercise in the Exercises tab: whether it comes up, and if
// not, why; and a button to leave it out or put it back.
type Choice struct {
	Exercise exercises.Exercise
	Status   *widget.RichText
	Toggle   *widget.Button
}

// newChoices lists every exercise in the catalogue.
func (e *Editor) newChoices() {
	for _, x := range exercises.Catalogue() {
		c := &Choice{Exercise: x, Status: window.Caption("")}
		c.Toggle = widget.NewButton("", func() { e.toggle(x.ID) })
		e.Choices = append(e.Choices, c)
	}
	e.showChoices()
}

// toggle leaves an exercise out, or puts it back.
func (e *Editor) toggle(id string) {
	if i := slices.Index(e.leftOut, id); i >= 0 {
		e.leftOut = slices.Delete(e.leftOut, i, i+1)
	} else {
		e.leftOut = append(e.leftOut, id)
	}
	e.showChoices()
}

// showChoices says, for each exercise, whether it comes up with what is
// ticked and what is left out.
func (e *Editor) showChoices() {
	have := e.equipment()
	for _, c := range e.Choices {
		status, toggle := translation.L("Comes up in turn"), translation.L("Leave out")
		switch missing := exercises.Missing(c.Exercise, have); {
		case slices.Contains(e.leftOut, c.Exercise.ID):
			status, toggle = translation.L("Left out by you"), translation.L("Put back")
		case len(missing) > 0:
			var things []string
			for _, x := range missing {
				things = append(things, translation.L(x.Label))
			}
			status = translation.L("Comes up once you tick: {{.Things}}", map[string]string{"Things": strings.Join(things, ", ")})
		}
		if seg := c.Status.Segments[0].(*widget.TextSegment); seg.Text != status {
			seg.Text = status
			c.Status.Refresh()
		}
		if c.Toggle.Text != toggle {
			c.Toggle.SetText(toggle)
		}
	}
}

// equipment are the extras ticked.
func (e *Editor) equipment() []string {
	out := []string{}
	for i, c := range e.Extras {
		if c.Checked {
			out = append(out, exercises.Extras[i].Key)
		}
	}
	return out
}

// exercisesTab is what the user has, then every exercise and whether it
// comes up.
func (e *Editor) exercisesTab() fyne.CanvasObject {
	box := container.NewVBox(window.Note(translation.L("Exercises that need only a desk, a chair or a doorway always come up. Tick what else you have, and the exercises that use it join in.")))
	for _, c := range e.Extras {
		box.Add(c)
	}
	box.Add(widget.NewSeparator())
	for _, c := range e.Choices {
		name := widget.NewLabelWithStyle(words.Exercise(c.Exercise), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
		box.Add(container.NewBorder(nil, nil, nil, container.NewCenter(c.Toggle), container.NewVBox(name, window.Under(c.Status, 0))))
	}
	return container.NewVScroll(box)
}
