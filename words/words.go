// Package words puts what the model packages return into the user's
// language: lengths of time, the snooze, an exercise's name, category,
// side and place, and what is wrong with a settings file. The model
// packages (schedule, exercises, settings) return values and errors and
// say nothing in any language; the tray, the notifications and the
// windows say it here, through package translation, in both programs.
package words

import (
	"fmt"
	"slices"
	"time"

	"posturebreak/exercises"
	"posturebreak/settings"
	"posturebreak/translation"
)

// Length writes a length of time for people, to the nearest minute: "0 min",
// "12 min", "2 h", "2 h 5 min".
func Length(d time.Duration) string {
	m := int(d.Round(time.Minute) / time.Minute)
	switch {
	case m < 60:
		return fmt.Sprintf("%d min", m)
	case m%60 == 0:
		return fmt.Sprintf("%d h", m/60)
	}
	return fmt.Sprintf("%d h %d min", m/60, m%60)
}

// Snooze is what a button or menu entry that snoozes for d says.
func Snooze(d time.Duration) string {
	return translation.L("Snooze {{.Minutes}} min", map[string]int{"Minutes": int(d.Minutes())})
}

// Exercise is an exercise's name.
func Exercise(e exercises.Exercise) string { return translation.L(e.Name) }

// ExerciseByID is the name of the exercise with id, or id itself for one
// the catalogue no longer has (an old history, say).
func ExerciseByID(id string) string {
	if e, ok := exercises.ByID(id); ok {
		return Exercise(e)
	}
	return id
}

// Category is a category's name: "Mobility".
func Category(c exercises.Category) string { return translation.L(categories[c]) }

var categories = map[exercises.Category]string{
	exercises.Mobility: translation.Mark("Mobility"),
	exercises.Stretch:  translation.Mark("Stretch"),
	exercises.Strength: translation.Mark("Strength"),
}

// Side is the side of the body a part of a break works, for its caption;
// empty for both.
func Side(s exercises.Side) string {
	switch s {
	case exercises.LeftSide:
		return translation.L("Left side")
	case exercises.RightSide:
		return translation.L("Right side")
	}
	return ""
}

// Where says in a few words where an exercise is done: "standing in a
// doorway".
func Where(e exercises.Exercise) string {
	switch {
	case slices.Contains(e.Needs, exercises.Doorway):
		return translation.L("standing in a doorway")
	case slices.Contains(e.Needs, exercises.StableObject):
		return translation.L("standing, holding something sturdy")
	case e.Position == exercises.Seated:
		return translation.L("seated at your desk")
	case e.Position == exercises.Standing:
		return translation.L("standing")
	case e.Position == exercises.Prone:
		return translation.L("lying face down")
	}
	return translation.L("on the floor")
}

// Settings is what the user is told of their settings file; empty for
// nothing. What was wrong names the file's own keys, so it stays as
// written.
func Settings(n settings.Notice) string {
	if n.Kind == settings.NoNotice {
		return ""
	}
	data := map[string]any{"Problem": readProblem(n.Problem), "File": n.File}
	switch n.Kind {
	case settings.OutOfRange:
		return translation.L("Some settings could not be used as written: {{.Problem}}.", data)
	case settings.Unreadable:
		return translation.L("Posture Break could not read its settings ({{.Problem}}), so it is using the defaults.", data)
	case settings.StuckBad:
		return translation.L("Your settings file {{.File}} could not be used: {{.Problem}}. Posture Break is using the defaults and has left the file as it is.", data)
	case settings.KeptAside:
		return translation.L("Your settings file could not be used: {{.Problem}}. It was kept as {{.File}}, and Posture Break is using the defaults.", data)
	case settings.ChangeRejected:
		return translation.L("Your change to the settings could not be used: {{.Problem}}. Posture Break keeps the settings it had until the file is fixed.", data)
	case settings.ShownUnreadable:
		return translation.L("Posture Break could not read its settings file ({{.Problem}}). Shown here are the settings it is running on; they can be saved once that file can be read, or is removed.", data)
	case settings.ShownBad:
		return translation.L("Your settings file could not be used: {{.Problem}}. Shown here are the settings Posture Break is running on. Saving them keeps the old file beside the new one.", data)
	}
	return ""
}
