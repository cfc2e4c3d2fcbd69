//go:build !windows

package notify

import (
	"context"
	"errors"
	"fmt"
	"log"
	"maps"
	"slices"
	"sync"
	"time"

	"github.com/gen2brain/beeep"
	"github.com/godbus/dbus/v5"
)

const (
	busName = "org.freedesktop.Notifications"
	path    = dbus.ObjectPath("/org/freedesktop/Notifications")
	timeout = 3 * time.Second
)

// Notifier sends notifications and reports what the user did with them.
type Notifier struct {
	conn    *dbus.Conn // nil without a session bus
	appName string
	hints   map[string]dbus.Variant
	iconPNG []byte
	actions chan Action

	mu      sync.Mutex
	current shown   // the break notification on screen; id 0 if none
	check   shown   // the last posture check shown; id 0 if none
	earlier []shown // ours from before, withdrawn or replaced, that a server may still show
}

// shown is a break notification of ours on a server.
type shown struct {
	id     uint32
	server string // the unique bus name of the server that took it
	acted  bool   // the user has acted on it: it stays until it is withdrawn
}

// remembered is how many earlier notifications are remembered.
const remembered = 8

// checkExpires is how long a posture check stays on screen by itself.
// A toast's time on screen is Windows's own (toast.go asks for short).
const checkExpires = 20 * time.Second

// New makes a notifier on conn, which may be nil. appID names the app's
// desktop entry; icon is the app's icon, as a PNG.
func New(conn *dbus.Conn, appName, appID string, icon []byte) *Notifier {
	beeep.AppName = appName
	n := &Notifier{conn: conn, appName: appName, iconPNG: icon, actions: make(chan Action, 8)}
	n.hints = map[string]dbus.Variant{
		"desktop-entry": dbus.MakeVariant(appID),
		"urgency":       dbus.MakeVariant(byte(1)),
	}
	if data, err := imageData(icon); err == nil {
		n.hints["image-data"] = dbus.MakeVariant(data)
	}
	if conn != nil {
		if err := n.listen(); err != nil {
			log.Printf("notifications: cannot listen for clicks: %v", err)
		}
	}
	return n
}

// Actions delivers what the user does with break notifications.
func (n *Notifier) Actions() <-chan Action { return n.actions }

// Show puts m on screen, replacing the break notification already there.
// clickable reports whether the user's clicks will come back through
// Actions; err means no notification could be shown at all.
func (n *Notifier) Show(m Message) (clickable bool, err error) {
	if n.conn != nil {
		id, server, derr := n.send(m)
		if derr == nil {
			if m.Check {
				n.mu.Lock()
				n.check = shown{id: id, server: server}
				n.mu.Unlock()
				return true, nil
			}
			if m.Break {
				n.mu.Lock()
				old := n.current
				n.current = shown{id: id, server: server}
				replaced := old.id != 0 && old != n.current
				if replaced {
					n.remember(old)
				}
				n.mu.Unlock()
				if replaced { // the server gave a new one rather than replace it
					n.close(old)
				}
			}
			return m.Break, nil
		}
		err = derr
	}
	if berr := n.fallback(m); berr != nil {
		return false, errors.Join(err, berr)
	}
	return false, nil
}

// fallback shows m through beeep, giving up after a while: its D-Bus call
// has no timeout of its own, and the daemon must not hang on a server that
// does not answer.
func (n *Notifier) fallback(m Message) error {
	done := make(chan error, 1)
	go func() { done <- beeep.Notify(m.Title, m.Body, n.iconPNG) }()
	select {
	case err := <-done:
		return err
	case <-time.After(2 * timeout):
		return errors.New("the fallback notifier did not answer")
	}
}

// Withdraw takes the break notification off screen, if one is there,
// acted on or not. A notification shown through beeep cannot be withdrawn:
// beeep does not say which it is.
func (n *Notifier) Withdraw() {
	n.mu.Lock()
	s := n.current
	n.current = shown{}
	if s.id != 0 {
		n.remember(s) // until the server says it is closed: some keep a list
	}
	n.mu.Unlock()
	n.close(s)
}

// remember keeps s among the earlier notifications, forgetting the oldest.
func (n *Notifier) remember(s shown) {
	s.acted = false
	n.earlier = append(n.earlier, s)
	if len(n.earlier) > remembered {
		n.earlier = n.earlier[1:]
	}
}

// close asks the server that took s to take it off screen.
func (n *Notifier) close(s shown) {
	if s.id == 0 || n.conn == nil {
		return
	}
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	n.conn.Object(s.server, path).CallWithContext(ctx, busName+".CloseNotification", 0, s.id)
}

func (n *Notifier) send(m Message) (id uint32, server string, err error) {
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	if err := n.conn.BusObject().CallWithContext(ctx, "org.freedesktop.DBus.GetNameOwner", 0, busName).Store(&server); err != nil {
		return 0, "", fmt.Errorf("no notification server: %w", err)
	}
	actions := []string{}
	expire := int32(-1) // the server decides
	var replaces uint32
	if m.Break {
		actions = append(actions, string(Open), startLabel())
		if m.Snooze != "" {
			actions = append(actions, string(Snooze), m.Snooze)
		}
		actions = append(actions, string(Skip), skipLabel())
		expire = 0 // stays until the user acts; reminders replace it
		n.mu.Lock()
		replaces = n.current.id
		n.mu.Unlock()
	}
	if m.Check {
		actions = append(actions, string(ShowMe), showMeLabel())
		expire = int32(checkExpires / time.Millisecond)
		n.mu.Lock()
		replaces = n.check.id // a check replaces the last, if it is still there
		n.mu.Unlock()
	}
	call := n.conn.Object(server, path).CallWithContext(ctx, busName+".Notify", 0,
		n.appName, replaces, "", m.Title, m.Body, actions, n.hintsFor(m), expire)
	if err := call.Store(&id); err != nil {
		return 0, "", fmt.Errorf("notification server: %w", err)
	}
	return id, server, nil
}

// hintsFor are the hints for m: the app's, and whether to make a sound.
func (n *Notifier) hintsFor(m Message) map[string]dbus.Variant {
	hints := maps.Clone(n.hints)
	if m.Sound {
		hints["sound-name"] = dbus.MakeVariant("message-new-instant")
	} else {
		hints["suppress-sound"] = dbus.MakeVariant(true)
	}
	if m.Check { // quiet, and gone from the server's list once it expires
		hints["urgency"] = dbus.MakeVariant(byte(0))
		hints["transient"] = dbus.MakeVariant(true)
	}
	return hints
}

func (n *Notifier) listen() error {
	if err := n.conn.AddMatchSignal(dbus.WithMatchObjectPath(path), dbus.WithMatchInterface(busName)); err != nil {
		return err
	}
	signals := make(chan *dbus.Signal, 16)
	n.conn.Signal(signals)
	go func() {
		for sig := range signals {
			a, earlier := n.understand(sig)
			n.close(earlier)
			if a == "" {
				continue
			}
			select {
			case n.actions <- a:
			default: // the daemon is busy: the click is not taken, and the user can click again
				n.unanswer(sig)
			}
		}
	}()
	return nil
}

// understand turns a signal into an action, if it is one: from the server
// that took our notification, about that notification or an earlier one of
// ours, well formed. A click on an earlier one is Earlier if it was on the
// notification itself; any other button on it does nothing. An earlier
// one clicked, or closed, is forgotten; one clicked is also returned, for
// the caller to take off screen.
func (n *Notifier) understand(sig *dbus.Signal) (a Action, earlier shown) {
	if sig == nil || sig.Path != path || len(sig.Body) != 2 {
		return "", shown{}
	}
	id, ok := sig.Body[0].(uint32)
	if !ok || id == 0 {
		return "", shown{}
	}
	n.mu.Lock()
	defer n.mu.Unlock()
	s := shown{id: id, server: sig.Sender}
	if n.check.id == id && n.check.server == sig.Sender {
		return n.understandCheck(sig), shown{}
	}
	current := n.current.id == id && n.current.server == sig.Sender
	i := slices.IndexFunc(n.earlier, func(e shown) bool { return e.id == s.id && e.server == s.server })
	if !current && i < 0 {
		return "", shown{}
	}
	switch sig.Name {
	case busName + ".ActionInvoked":
		key, ok := sig.Body[1].(string)
		switch a := Action(key); {
		case !ok || (a != Open && a != Snooze && a != Skip):
			return "", shown{}
		case !current:
			n.earlier = slices.Delete(n.earlier, i, i+1)
			if a == Open {
				return Earlier, s
			}
			return "", s
		case n.current.acted:
			return "", shown{}
		default:
			n.current.acted = true // one answer per notification; it stays until withdrawn
			return a, shown{}
		}
	case busName + ".NotificationClosed":
		if _, ok := sig.Body[1].(uint32); !ok {
			return "", shown{}
		}
		if current {
			n.current = shown{}
		} else {
			n.earlier = slices.Delete(n.earlier, i, i+1)
		}
	}
	return "", shown{}
}

// understandCheck reads a signal about the posture check on screen: its
// Show me, or its closing. n.mu is held.
func (n *Notifier) understandCheck(sig *dbus.Signal) Action {
	switch sig.Name {
	case busName + ".ActionInvoked":
		if key, ok := sig.Body[1].(string); ok && Action(key) == ShowMe {
			return ShowMe
		}
	case busName + ".NotificationClosed":
		n.check = shown{}
	}
	return ""
}

// unanswer takes back the answer understand took from sig: it was not
// delivered.
func (n *Notifier) unanswer(sig *dbus.Signal) {
	n.mu.Lock()
	defer n.mu.Unlock()
	if id, _ := sig.Body[0].(uint32); n.current.id == id && n.current.server == sig.Sender {
		n.current.acted = false
	}
}
