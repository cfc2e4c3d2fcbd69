//go:build !linux

package daemon

import "os/exec"

// endWithDaemon: elsewhere a window ends when its stdin closes.
func endWithDaemon(*exec.Cmd) {}

// askToEnd ends a window; without SIGTERM on every system, this is the
// portable way.
func askToEnd(cmd *exec.Cmd) { cmd.Process.Kill() }
