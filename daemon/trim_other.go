//go:build !linux

package daemon

// trimStartup: only Linux is known to need it (see trim_linux.go).
func trimStartup() {}
