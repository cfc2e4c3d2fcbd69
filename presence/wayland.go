//go:build !windows

package presence

import (
	"bufio"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"net"
	"os"
	"path/filepath"
	"sync"
	"time"
)

// Wayland compositors that offer ext-idle-notify-v1 (KDE Plasma 6, sway
// 1.8 and later, Hyprland, COSMIC) say when the user has been idle for a
// timeout, and when they are back. This is a client of Wayland's wire
// protocol for the few messages that takes, in pure Go: the registry, the
// seat, the idle notifier and its notification. Version 2's input idle
// notification is preferred, so that another app's inhibitor (a video
// player's) does not hide the user's absence.

// The objects' requests and events used, by their opcodes.
const (
	wlDisplayID = 1

	displaySync, displayGetRegistry = 0, 1 // requests
	displayError, displayDeleteID   = 0, 1 // events
	registryBind                    = 0    // request
	registryGlobal                  = 0    // event
	callbackDone                    = 0    // event

	notifierGetIdle, notifierGetInputIdle = 1, 2 // requests (1 since version 1, 2 since 2)
	notificationDestroy                   = 0    // request
	notificationIdled, notificationBack   = 0, 1 // events
)

// waylandIdle follows one idle notification at the threshold.
type waylandIdle struct {
	conn    net.Conn
	w       *bufio.Writer
	changed func()
	seat    uint32
	input   bool // the notifier has version 2's input idle notification

	mu           sync.Mutex // the ids and the writer
	next         uint32     // the next object id to use
	notifier     uint32
	notification uint32
	threshold    time.Duration
	idleSince    time.Time
}

// followWaylandIdle connects to the compositor WAYLAND_DISPLAY names, and
// asks to be told at threshold, if it offers ext-idle-notify-v1.
func followWaylandIdle(threshold time.Duration, changed func()) (*waylandIdle, error) {
	path := os.Getenv("WAYLAND_DISPLAY")
	if path == "" {
		return nil, errors.New("no Wayland display")
	}
	if !filepath.IsAbs(path) {
		path = filepath.Join(os.Getenv("XDG_RUNTIME_DIR"), path)
	}
	conn, err := net.DialTimeout("unix", path, callTimeout)
	if err != nil {
		return nil, err
	}
	w := &waylandIdle{conn: conn, w: bufio.NewWriter(conn), changed: changed, next: 2, threshold: threshold}
	r, err := w.bindGlobals()
	if err != nil {
		conn.Close()
		return nil, err
	}
	w.mu.Lock()
	w.arm()
	err = w.w.Flush()
	w.mu.Unlock()
	if err != nil {
		conn.Close()
		return nil, err
	}
	go w.events(r)
	return w, nil
}

// bindGlobals reads the registry's globals up to a sync's reply, and
// binds the seat and the idle notifier. It gives the reader to read the
// events after from.
func (w *waylandIdle) bindGlobals() (*bufio.Reader, error) {
	w.conn.SetDeadline(time.Now().Add(callTimeout))
	defer w.conn.SetDeadline(time.Time{})
	registry, done := w.id(), w.id()
	w.send(wlDisplayID, displayGetRegistry, u32(registry))
	w.send(wlDisplayID, displaySync, u32(done))
	if err := w.w.Flush(); err != nil {
		return nil, err
	}
	r := bufio.NewReader(w.conn)
	type global struct{ name, version uint32 }
	globals := map[string]global{}
	for {
		obj, op, args, err := readMessage(r)
		if err != nil {
			return nil, err
		}
		switch {
		case obj == registry && op == registryGlobal:
			name, iface, version, ok := readGlobal(args)
			if ok {
				globals[iface] = global{name, version}
			}
		case obj == wlDisplayID && op == displayError:
			return nil, errors.New("the Wayland compositor refused the registry")
		case obj == done && op == callbackDone:
			seat, okSeat := globals["wl_seat"]
			notifier, okIdle := globals["ext_idle_notifier_v1"]
			if !okSeat || !okIdle {
				return nil, errors.New("the Wayland compositor does not offer ext-idle-notify-v1")
			}
			w.input = notifier.version >= 2
			w.seat, w.notifier = w.id(), w.id()
			w.bind(registry, seat.name, "wl_seat", 1, w.seat)
			w.bind(registry, notifier.name, "ext_idle_notifier_v1", min(notifier.version, 2), w.notifier)
			return r, nil
		}
	}
}

func (w *waylandIdle) polled() bool { return false }

// says is the source in plain words, for the log.
func (w *waylandIdle) says() string {
	if w.input {
		return "idle time from the Wayland compositor (ext-idle-notify-v1, input idle: inhibitors aside)"
	}
	return "idle time from the Wayland compositor (ext-idle-notify-v1)"
}

func (w *waylandIdle) since(time.Time) time.Time {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.idleSince
}

// setThreshold asks for a notification at d in place of the last.
func (w *waylandIdle) setThreshold(d time.Duration) {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.threshold = d
	w.send(w.notification, notificationDestroy, nil)
	w.arm()
	w.w.Flush()
}

// arm asks for a notification at the threshold. w.mu is held.
func (w *waylandIdle) arm() {
	w.notification = w.id()
	op := uint16(notifierGetIdle)
	if w.input {
		op = notifierGetInputIdle
	}
	w.send(w.notifier, op, cat(u32(w.notification), u32(uint32(w.threshold.Milliseconds())), u32(w.seat)))
}

// events follows the notification until the compositor goes.
func (w *waylandIdle) events(r *bufio.Reader) {
	for {
		obj, op, _, err := readMessage(r)
		if err != nil {
			w.mu.Lock()
			gone := !w.idleSince.IsZero()
			w.idleSince = time.Time{}
			w.mu.Unlock()
			if gone {
				w.changed()
			}
			return
		}
		w.mu.Lock()
		ours := obj == w.notification
		threshold := w.threshold
		w.mu.Unlock()
		switch {
		case ours && op == notificationIdled:
			w.set(time.Now().Add(-threshold))
		case ours && op == notificationBack:
			w.set(time.Time{})
		}
	}
}

func (w *waylandIdle) set(since time.Time) {
	w.mu.Lock()
	w.idleSince = since
	w.mu.Unlock()
	w.changed()
}

// id is a new object id.
func (w *waylandIdle) id() uint32 {
	id := w.next
	w.next++
	return id
}

// bind binds a global to id: registry.bind takes an untyped new id, so
// with its interface and version.
func (w *waylandIdle) bind(registry, name uint32, iface string, version, id uint32) {
	w.send(registry, registryBind, cat(u32(name), str(iface), u32(version), u32(id)))
}

// send writes one request: the object, its size and opcode, the arguments.
func (w *waylandIdle) send(obj uint32, op uint16, args []byte) {
	w.w.Write(cat(u32(obj), u32(uint32(8+len(args))<<16|uint32(op)), args))
}

// readMessage reads one event.
func readMessage(r io.Reader) (obj uint32, op uint16, args []byte, err error) {
	var head [8]byte
	if _, err := io.ReadFull(r, head[:]); err != nil {
		return 0, 0, nil, err
	}
	obj = binary.LittleEndian.Uint32(head[:])
	word := binary.LittleEndian.Uint32(head[4:])
	size := int(word >> 16)
	if size < 8 || size%4 != 0 {
		return 0, 0, nil, fmt.Errorf("a Wayland message of %d bytes", size)
	}
	args = make([]byte, size-8)
	_, err = io.ReadFull(r, args)
	return obj, uint16(word), args, err
}

// readGlobal reads a registry.global event's arguments.
func readGlobal(args []byte) (name uint32, iface string, version uint32, ok bool) {
	if len(args) < 8 {
		return 0, "", 0, false
	}
	name, n := binary.LittleEndian.Uint32(args), int(binary.LittleEndian.Uint32(args[4:]))
	padded := (n + 3) &^ 3
	if n == 0 || len(args) < 8+padded+4 {
		return 0, "", 0, false
	}
	return name, string(args[8 : 8+n-1]), binary.LittleEndian.Uint32(args[8+padded:]), true
}

func u32(v uint32) []byte { return binary.LittleEndian.AppendUint32(nil, v) }

// str is a Wayland string: its length with the NUL, then it, padded to 4.
func str(s string) []byte {
	b := append(u32(uint32(len(s)+1)), s...)
	return append(b, make([]byte, 4-len(s)%4)...)
}

func cat(parts ...[]byte) []byte {
	var out []byte
	for _, p := range parts {
		out = append(out, p...)
	}
	return out
}
