// Package fifo makes named pipes for the tests that check a named pipe in
// place of a user's file is refused rather than waited on. Windows has no
// such pipes in its file system: there Make says so, and the test skips
// that case.
package fifo

import "errors"

// ErrUnsupported means the platform has no named pipes in its file system.
var ErrUnsupported = errors.New("no named pipes in this file system")
