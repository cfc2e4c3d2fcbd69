package daemon

import (
	"os/exec"
	"syscall"
)

// endWithDaemon has the kernel end a window if the daemon dies without
// closing it (killed, say). The window also ends when its stdin closes.
func endWithDaemon(cmd *exec.Cmd) {
	cmd.SysProcAttr = &syscall.SysProcAttr{Pdeathsig: syscall.SIGTERM}
}

// askToEnd asks a window to close, as a window manager would.
func askToEnd(cmd *exec.Cmd) { cmd.Process.Signal(syscall.SIGTERM) }
