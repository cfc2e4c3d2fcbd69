//go:build !linux || notrim

package daemon

// trimCode: only Linux is known to need it (see trim_linux.go), and the
// notrim tag leaves it out there too, for make bench to measure what it
// saves.
func trimCode() {}
