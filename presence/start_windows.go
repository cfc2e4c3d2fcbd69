package presence

import (
	"time"

	"github.com/godbus/dbus/v5"
)

// Start follows what Windows says of the user, and returns once it knows
// which sources it has; session and system are D-Bus's, which Windows does
// not have, and are ignored. changed is called, from the sources' own
// goroutines, whenever an event source changes what Read would say.
// threshold is how long without input matters (a break's length).
//
// Idle time is the last input (GetLastInputInfo), asked as the daemon
// needs. Lock and unlock come as session events to a hidden window of the
// source's own (WTSRegisterSessionNotification). A fullscreen window,
// presentation mode, quiet time and the screen saver come from Windows'
// notification state (SHQueryUserNotificationState), and Focus Assist
// (Do not disturb on Windows 11) from its WNF state, as Workrave and
// Stretchly read it; Windows sends no event for those, so they are asked
// every PollEvery. Calls are the camera or a microphone in use (calls_windows.go).
func Start(session, system *dbus.Conn, threshold time.Duration, changed func()) *Session {
	s := &Session{changed: changed, calls: systemCalls(), threshold: threshold}
	if _, err := lastInput(); err == nil {
		s.setIdle(polledIdle{lastInput}, "idle time from Windows' last input (asked every 15 s)")
	}
	if followSessionEvents(s) {
		s.use("screen lock from Windows' session events")
	}
	if _, err := userNotificationState(); err == nil {
		w := &windowsBusy{s: s, state: userNotificationState}
		if _, err := focusAssistProfile(); err == nil {
			w.profile = focusAssistProfile
			s.use("do not disturb from Focus Assist (asked every 15 s)")
		}
		s.mu.Lock()
		s.screen = w
		s.mu.Unlock()
		s.use("fullscreen windows, presentations and quiet time from Windows' notification state (asked every 15 s)")
		go func() {
			for {
				w.poll(time.Now())
				time.Sleep(PollEvery)
			}
		}()
	}
	if s.calls != nil {
		s.use("calls from the camera or a microphone in use (near a break only)")
	}
	return s
}
