// Package control owns the daemon's D-Bus interface: the well-known name
// that makes Posture Break a single instance, the methods other processes
// call on it (a second launch, and the command line), and the client side
// of those calls. The interface is documented in interface.xml.
package control

import (
	"context"
	_ "embed"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/godbus/dbus/v5"
	"github.com/godbus/dbus/v5/introspect"
)

// Path and Interface locate the daemon's object on its well-known name
// (the app ID).
const (
	Path      = dbus.ObjectPath("/io/github/posturebreak/PostureBreak")
	Interface = "io.github.posturebreak.PostureBreak1"
)

// Method names a method of Interface, as callers name it.
type Method string

// The interface's methods; interface.xml documents each.
const (
	OpenSettingsMethod Method = "OpenSettings"
	BreakNowMethod     Method = "BreakNow"
	PauseMethod        Method = "Pause"
	ResumeMethod       Method = "Resume"
	QuitMethod         Method = "Quit"
	StatusMethod       Method = "Status"
	ReliefMethod       Method = "Relief"
)

//go:embed interface.xml
var introspection string

// Handler is what the daemon does when called. Its methods must return
// quickly: they run on the bus's goroutine.
type Handler interface {
	OpenSettings()
	BreakNow()
	Relief()
	Pause(length string) error // a length as schedule.PauseEnd reads it
	Resume()
	Quit()
	Status() (Status, error) // ErrBusy if the daemon cannot answer in time
}

// Status is the daemon's answer to Status, as JSON.
type Status struct {
	State       string     `json:"state"` // working, due, on-break, paused or off-hours
	Line        string     `json:"line"`  // as the tray says it
	NextBreak   *time.Time `json:"next_break"`
	PausedUntil *time.Time `json:"paused_until"` // null unless a pause ends by itself
	Snoozes     int        `json:"snoozes"`
	MaxSnoozes  int        `json:"max_snoozes"`
	Presence    string     `json:"presence"`   // here, away or busy
	AwaySince   *time.Time `json:"away_since"` // while away
	Busy        string     `json:"busy"`       // while busy: call, fullscreen or do-not-disturb; empty otherwise
	Waiting     *Waiting   `json:"waiting"`    // a due break held back while the user is busy; null if none
	NextCheck   *time.Time `json:"next_check"` // the next posture check; null if none comes before the next break
}

// Waiting is a due break held back while the user is busy.
type Waiting struct {
	For   string    `json:"for"` // call, fullscreen or do-not-disturb
	Since time.Time `json:"since"`
}

// The presence values of Status.
const (
	Here = "here"
	Away = "away"
	Busy = "busy"
)

// ErrBusy means the daemon did not answer in time.
var ErrBusy = errors.New("Posture Break is busy; try again")

// ErrRunning means another daemon already holds the name.
var ErrRunning = errors.New("Posture Break is already running")

// ErrNotRunning means no daemon answered.
var ErrNotRunning = errors.New("Posture Break is not running")

// Serve claims name on conn and answers calls with h. It returns ErrRunning
// if another process holds the name.
func Serve(conn *dbus.Conn, name string, h Handler) error {
	if err := conn.Export(object{h}, Path, Interface); err != nil {
		return err
	}
	node := &introspect.Node{}
	if err := introspectNode(node); err == nil {
		conn.Export(introspect.NewIntrospectable(node), Path, "org.freedesktop.DBus.Introspectable")
	}
	reply, err := conn.RequestName(name, dbus.NameFlagDoNotQueue)
	if err != nil {
		return fmt.Errorf("claiming %s: %w", name, err)
	}
	if reply != dbus.RequestNameReplyPrimaryOwner {
		conn.Export(nil, Path, Interface)
		return ErrRunning
	}
	return nil
}

// object is what the bus sees. godbus checks every call's arguments against
// these signatures, so a malformed call gets an error reply and never
// reaches the handler.
type object struct{ h Handler }

func (o object) OpenSettings() *dbus.Error { o.h.OpenSettings(); return nil }
func (o object) BreakNow() *dbus.Error     { o.h.BreakNow(); return nil }
func (o object) Relief() *dbus.Error       { o.h.Relief(); return nil }
func (o object) Resume() *dbus.Error       { o.h.Resume(); return nil }
func (o object) Quit() *dbus.Error         { o.h.Quit(); return nil }
func (o object) Status() (string, *dbus.Error) {
	s, err := o.h.Status()
	if err != nil {
		return "", busy(err)
	}
	b, _ := json.Marshal(s) // cannot fail: plain values
	return string(b), nil
}

func (o object) Pause(length string) *dbus.Error {
	switch err := o.h.Pause(length); {
	case errors.Is(err, ErrBusy):
		return busy(err)
	case err != nil:
		return dbus.NewError(errBadPause, []any{err.Error()})
	}
	return nil
}

// The D-Bus errors the interface replies with.
const (
	errBusy     = Interface + ".Error.Busy"
	errBadPause = Interface + ".Error.BadPause"
)

func busy(err error) *dbus.Error { return dbus.NewError(errBusy, []any{err.Error()}) }

// Call asks the daemon that owns name to run method with args. Use Store
// on the result for what the method returns.
func Call(conn *dbus.Conn, name string, method Method, args ...any) *dbus.Call {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	call := conn.Object(name, Path).CallWithContext(ctx, Interface+"."+string(method), dbus.FlagNoAutoStart, args...)
	if call.Err != nil {
		var derr dbus.Error
		if errors.As(call.Err, &derr) {
			switch derr.Name {
			case "org.freedesktop.DBus.Error.ServiceUnknown", "org.freedesktop.DBus.Error.NameHasNoOwner":
				call.Err = ErrNotRunning
			case errBusy:
				call.Err = ErrBusy
			case errBadPause:
				if len(derr.Body) == 1 {
					if msg, ok := derr.Body[0].(string); ok {
						call.Err = errors.New(msg)
					}
				}
			}
		}
	}
	return call
}
