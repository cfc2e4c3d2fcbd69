package protocol

import "fmt"

// Gnome is what the user chose, in a window that asked, about GNOME's own
// movement breaks (GNOME 48 and later), which remind them to move as
// Posture Break does.
type Gnome string

const (
	GnomeUndecided Gnome = ""
	// GnomeOff: Posture Break reminds them, and GNOME's movement breaks
	// go off; its eyesight breaks stay as they are.
	GnomeOff Gnome = "posture-break"
	// GnomeKept: both remind them.
	GnomeKept Gnome = "keep-both"
)

// gnomeFlag asks a window to offer the choice: GNOME's movement breaks
// are on.
const gnomeFlag = "gnome-movement"

// check says whether the window could have said g: a known choice, and
// only if it offered one.
func (g Gnome) check(kind Kind, offered bool) error {
	switch {
	case g == GnomeUndecided:
		return nil
	case g != GnomeOff && g != GnomeKept:
		return fmt.Errorf("the %s window made an unknown choice about GNOME's breaks, %q", kind, g)
	case !offered:
		return fmt.Errorf("the %s window made a choice about GNOME's breaks it was not offered", kind)
	}
	return nil
}
