//go:build !windows

package control

import (
	"fmt"

	"github.com/godbus/dbus/v5"
)

// Ask calls method with args on the daemon of app id, over the session
// bus, and returns what it answers.
func Ask(id string, method Method, args ...string) (string, error) {
	conn, err := dbus.ConnectSessionBus()
	if err != nil {
		return "", fmt.Errorf("%w (there is no session bus: %v)", ErrNotRunning, err)
	}
	defer conn.Close()
	values := make([]any, len(args))
	for i, a := range args {
		values[i] = a
	}
	call := Call(conn, id, method, values...)
	if call.Err != nil {
		return "", call.Err
	}
	var answer string
	if len(call.Body) > 0 {
		if err := call.Store(&answer); err != nil {
			return "", err
		}
	}
	return answer, nil
}
