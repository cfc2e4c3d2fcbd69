//go:build linux || freebsd || openbsd || netbsd

package window

import (
	"errors"
	"fmt"
	"os"

	"github.com/jezek/xgb"
)

// CheckDisplay says whether a window can open the X display (Fyne's GLFW
// draws through X11, Xwayland on a Wayland desktop), before GLFW tries:
// GLFW panics when it cannot.
func CheckDisplay() error {
	name := os.Getenv("DISPLAY")
	if name == "" {
		return errors.New("there is no display to open: DISPLAY is not set")
	}
	conn, err := xgb.NewConnDisplay(name)
	if err != nil {
		return fmt.Errorf("cannot open the display %s: %v", name, err)
	}
	conn.Close()
	return nil
}
