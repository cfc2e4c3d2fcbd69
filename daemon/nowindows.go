package daemon

import "posturebreak/protocol"

// NoWindows stands in for the windows when the window program is missing
// (protocol.Find): every window fails at once, saying why, and the daemon
// reminds by notification alone.
type NoWindows struct{ Why error }

// Open fails the window: done hears why.
func (n NoWindows) Open(req protocol.Request, done func(line []byte, err error)) bool {
	go done(nil, n.Why)
	return true
}

func (NoWindows) Ready(protocol.Break) {}
func (NoWindows) Dismiss()             {}
func (NoWindows) CloseAll()            {}
