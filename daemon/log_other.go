//go:build !windows

package daemon

import "posturebreak/storage"

// keepLog: elsewhere the daemon logs to stderr, which the desktop's
// session keeps (the journal, ~/.xsession-errors).
func keepLog(storage.Dirs) {}
