package schedule

import "time"

// Busy is why a due break must wait: the user is doing something a break
// would interrupt. The zero value is not busy.
type Busy int

const (
	NotBusy      Busy = iota
	DoNotDisturb      // the desktop's do-not-disturb is on
	Fullscreen        // the active window is fullscreen: a film, a presentation, a game
	InCall            // the camera or a microphone is in use
	// Presenting: something keeps the screen from going idle (a video
	// player, a slide show, a browser's call); on Wayland this is how a
	// fullscreen film shows.
	Presenting
)

var busyNames = []string{"", "do-not-disturb", "fullscreen", "call", "presenting"}

func (b Busy) String() string { return nameOf(busyNames, b) }

// MarshalText writes the reason as its name, as the bus and history say it.
func (b Busy) MarshalText() ([]byte, error) { return []byte(b.String()), nil }

// UnmarshalText reads a reason's name; anything else is an error.
func (b *Busy) UnmarshalText(text []byte) (err error) {
	*b, err = named[Busy](busyNames, text, "reason to wait")
	return err
}

// AtDesk says whether being busy this way means the user is at the desk
// even while they touch nothing: watching a fullscreen film, or talking in
// a call, or a presentation. No input then is not time away.
func (b Busy) AtDesk() bool { return b == Fullscreen || b == InCall || b == Presenting }

// Presence is what the session says about the user at one moment. The
// daemon reads it from the desktop; the timer only follows it.
type Presence struct {
	IdleSince   time.Time // the last keyboard or mouse input, while there has been none since; zero if the user is active, or nothing says
	LockedSince time.Time // when the screen locked; zero while it is not locked
	Busy        Busy      // why a due break must wait, if it must
}

// Spell is one spell away from the desk.
type Spell struct {
	Since, Until time.Time // Until is zero while it lasts
	Due          bool      // a break was due or snoozed when the user left
}

// Length is how long the user was away, once back.
func (a Spell) Length() time.Duration { return a.Until.Sub(a.Since) }

// Wait is a due break held back while the user was busy.
type Wait struct {
	Since, Until time.Time // Until is zero while it lasts
	Why          Busy      // what the break waited for, last
}

// Length is how long the break waited, once it no longer does.
func (w Wait) Length() time.Duration { return w.Until.Sub(w.Since) }
