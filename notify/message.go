// Package notify owns telling the user things from the tray daemon: that a
// break is due, and the rare plain message (a settings file that could not
// be read).
//
// On Linux a break notification goes over D-Bus to
// org.freedesktop.Notifications with a default action and "Snooze" and
// "Skip" buttons, and the connection stays open so their clicks come back;
// whenever that fails, it goes through beeep, which cannot report clicks.
// Anything may arrive on the session bus: signals are only believed when
// they come from the notification server, about our notification, with the
// types the specification gives (notify_dbus.go).
//
// On Windows it is a toast, with the same buttons, whose clicks come back
// through the COM activator the app registers for its AppUserModelID
// (toast_windows.go). When no toast can be shown, Show says so, and the
// daemon opens the break window itself.
package notify

import "posturebreak/translation"

// Action is what the user did with a break notification.
type Action string

const (
	Open   Action = "default" // clicked the notification itself
	Snooze Action = "snooze"
	Skip   Action = "skip"
	// Earlier is a click on a break notification of ours that is no
	// longer the current one: one the server kept after it was withdrawn,
	// or that a newer one replaced. It is taken off screen.
	Earlier Action = "earlier"
	// ShowMe is the "Show me" of a posture check: the user wants the
	// quick relief exercise.
	ShowMe Action = "showme"
)

// Message is a notification.
type Message struct {
	Title, Body string
	Break       bool   // a due break: clicking opens it, and it has Start and Skip buttons
	Check       bool   // a posture check: quiet, gone by itself after about 20 s, with a Show me button
	Snooze      string // the label of a Snooze button among the actions; empty for none
	Sound       bool   // ask the server to play the theme's message sound
}

// The buttons of a break notification, beside its Snooze, and of a
// posture check.
func startLabel() string  { return translation.L("Start the break") }
func skipLabel() string   { return translation.L("Skip") }
func showMeLabel() string { return translation.L("Show me") }
