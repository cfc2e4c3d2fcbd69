// Package gnomebreaks owns what Posture Break knows of GNOME's own break
// reminders (GNOME 48 and later, the org.gnome.desktop.break-reminders
// settings): whether its movement breaks are on, as the user changes it,
// and turning them off, and only them, when the user asks Posture Break
// to remind them instead.
//
// It reads and writes the setting with gsettings, as GNOME's own tools
// do, and learns of changes from dconf's Notify signal on the session
// bus: it watches, and never polls. Where there is no such schema (GNOME
// 47 and before, other desktops), Follow says so and nothing runs.
package gnomebreaks

import (
	"context"
	"errors"
	"fmt"
	"os/exec"
	"regexp"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/godbus/dbus/v5"
)

const (
	schema   = "org.gnome.desktop.break-reminders"
	key      = "selected-breaks"
	movement = "movement"
	// dir is where dconf keeps the schema's keys.
	dir = "/org/gnome/desktop/break-reminders/"
)

// Reminders follows GNOME's selected breaks.
type Reminders struct {
	mu       sync.Mutex
	selected []string
	changed  func(movement bool)
}

// Follow reads whether GNOME's movement breaks are on, and then calls
// changed, from its own goroutine, whenever that changes. It returns nil
// if this desktop has no such reminders. conn may be nil: then it reads
// the setting once, and does not follow it.
func Follow(conn *dbus.Conn, changed func(movement bool)) *Reminders {
	selected, err := get()
	if err != nil {
		return nil
	}
	r := &Reminders{selected: selected, changed: changed}
	if conn != nil {
		r.watch(conn)
	}
	return r
}

// Movement says whether GNOME's movement breaks are on.
func (r *Reminders) Movement() bool {
	r.mu.Lock()
	defer r.mu.Unlock()
	return slices.Contains(r.selected, movement)
}

// TurnOffMovement turns GNOME's movement breaks off, and leaves any other
// of its breaks (its eyesight breaks) as they are.
func (r *Reminders) TurnOffMovement() error {
	selected, err := get()
	if err != nil {
		return err
	}
	kept := slices.DeleteFunc(selected, func(b string) bool { return b == movement })
	quoted := make([]string, len(kept))
	for i, b := range kept {
		quoted[i] = "'" + b + "'"
	}
	_, err = gsettings("set", schema, key, "["+strings.Join(quoted, ", ")+"]")
	return err
}

// watch reads the setting again whenever dconf says something under it
// changed. A Notify from another program than dconf costs a read, and
// changes nothing that is not so.
func (r *Reminders) watch(conn *dbus.Conn) {
	const iface = "ca.desrt.dconf.Writer"
	if err := conn.AddMatchSignal(dbus.WithMatchInterface(iface), dbus.WithMatchMember("Notify")); err != nil {
		return
	}
	signals := make(chan *dbus.Signal, 16)
	conn.Signal(signals)
	go func() {
		for sig := range signals {
			if sig.Name == iface+".Notify" && touches(sig.Body) {
				r.reread()
			}
		}
	}()
}

// touches says whether a dconf Notify's body (a prefix, and the paths
// under it that changed) is about the schema's keys.
func touches(body []any) bool {
	if len(body) != 3 {
		return false
	}
	prefix, ok1 := body[0].(string)
	changes, ok2 := body[1].([]string)
	if !ok1 || !ok2 {
		return false
	}
	for _, c := range changes {
		p := prefix + c
		if strings.HasPrefix(p, dir) || strings.HasPrefix(dir, p) {
			return true
		}
	}
	return false
}

// reread reads the setting, and says if the movement breaks changed.
func (r *Reminders) reread() {
	selected, err := get()
	if err != nil {
		return
	}
	r.mu.Lock()
	was := slices.Contains(r.selected, movement)
	r.selected = selected
	r.mu.Unlock()
	if now := slices.Contains(selected, movement); now != was && r.changed != nil {
		r.changed(now)
	}
}

// get reads the selected breaks.
func get() ([]string, error) {
	out, err := gsettings("get", schema, key)
	if err != nil {
		return nil, err
	}
	return parseList(out)
}

// quotedItem is one string of a GVariant text array: 'movement'.
var quotedItem = regexp.MustCompile(`'([a-z-]*)'`)

// parseList reads a GVariant array of strings as gsettings prints it:
// ['eyesight', 'movement'], or @as [] when empty.
func parseList(s string) ([]string, error) {
	s = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(s), "@as"))
	if !strings.HasPrefix(s, "[") || !strings.HasSuffix(s, "]") {
		return nil, fmt.Errorf("gsettings gave %q, not a list", s)
	}
	var out []string
	for _, m := range quotedItem.FindAllStringSubmatch(s, -1) {
		out = append(out, m[1])
	}
	return out, nil
}

// gsettings runs gsettings with args, and gives what it printed.
func gsettings(args ...string) (string, error) {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	out, err := exec.CommandContext(ctx, "gsettings", args...).Output()
	var exit *exec.ExitError
	if errors.As(err, &exit) {
		return "", fmt.Errorf("gsettings %s: %s", strings.Join(args, " "), strings.TrimSpace(string(exit.Stderr)))
	}
	return string(out), err
}
