package cli

import (
	"os"

	"golang.org/x/sys/windows"
)

// The program is built for Windows's GUI subsystem, so that the daemon
// opens no console window; a command typed in a console then has nowhere
// to print. Unless its output already goes somewhere (a pipe, a file),
// a command attaches to the console it was typed in.
func init() {
	if startsDaemon(os.Args[1:]) {
		return // the daemon: no console
	}
	if h, err := windows.GetStdHandle(windows.STD_OUTPUT_HANDLE); err == nil && h != 0 && h != windows.InvalidHandle {
		return
	}
	const attachParentProcess = ^uintptr(0)
	if ok, _, _ := windows.NewLazySystemDLL("kernel32.dll").NewProc("AttachConsole").Call(attachParentProcess); ok == 0 {
		return
	}
	if out, err := os.OpenFile("CONOUT$", os.O_WRONLY, 0); err == nil {
		os.Stdout, os.Stderr = out, out
	}
}
