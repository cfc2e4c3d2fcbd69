//go:build !linux

package daemon

// trimCode: only Linux is known to need it (see trim_linux.go).
func trimCode() {}
