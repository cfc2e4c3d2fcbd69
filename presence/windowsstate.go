package presence

import "time"

// notificationState is what Windows says of the user through
// SHQueryUserNotificationState (QUERY_USER_NOTIFICATION_STATE).
type notificationState int32

const (
	notPresent           notificationState = 1 // a screen saver, a locked screen, or another user's session
	busyFullscreen       notificationState = 2 // a fullscreen application
	direct3DFullscreen   notificationState = 3 // a fullscreen Direct3D application (a game, a video)
	presentationMode     notificationState = 4 // presentation mode is on
	acceptsNotifications notificationState = 5 // none of these
	quietTime            notificationState = 6 // quiet time, or Focus Assist
	storeAppFullscreen   notificationState = 7 // a Windows Store app in front, fullscreen
)

// meaning is what a state says of the user: a fullscreen window (which
// includes presentation mode), quiet time (do not disturb), or not
// present (the screen saver or a locked screen).
func (s notificationState) meaning() (fullscreen, quiet, away bool) {
	switch s {
	case busyFullscreen, direct3DFullscreen, presentationMode, storeAppFullscreen:
		return true, false, false
	case quietTime:
		return false, true, false
	case notPresent:
		return false, false, true
	}
	return false, false, false
}

// focusAssistOn reads Focus Assist's profile (Do not disturb on Windows
// 11), as its WNF state holds it: 0 off, 1 priority only, 2 alarms only.
func focusAssistOn(profile uint32) bool { return profile != 0 }

// Windows's session change events (WM_WTSSESSION_CHANGE's wParam) that
// lock and unlock the screen.
const (
	wtsSessionLock   = 0x7
	wtsSessionUnlock = 0x8
)

// sessionChanged records a session change event at a time: a lock or an
// unlock of the screen; other events change nothing.
func (s *Session) sessionChanged(event uintptr, at time.Time) {
	switch event {
	case wtsSessionLock:
		s.setLocked(windowsSession, true, at)
	case wtsSessionUnlock:
		s.setLocked(windowsSession, false, at)
	}
}

// The names of the Windows sources, as the lock and do-not-disturb maps
// hold them.
const (
	windowsSession = "Windows' session"
	windowsNotices = "Windows' notification state"
)

// windowsBusy is what Windows says of the user beyond input: a fullscreen
// window, quiet time or Focus Assist, and the screen saver. read asks
// Windows afresh; the last answer is kept, to see changes.
type windowsBusy struct {
	s          *Session
	state      func() (notificationState, error)
	profile    func() (uint32, error) // Focus Assist; nil where Windows has none to read
	fullscreen bool
}

// Fullscreen says whether a window is fullscreen, asking Windows now.
func (w *windowsBusy) Fullscreen() bool {
	st, err := w.state()
	if err != nil {
		return false
	}
	fullscreen, _, _ := st.meaning()
	return fullscreen
}

// poll asks Windows what it says now and records it: quiet time or
// Focus Assist as do not disturb, the screen saver as a lock, and a change
// of fullscreen is told to the daemon. Windows sends no event for any of
// these, so the daemon's Windows source polls.
func (w *windowsBusy) poll(now time.Time) {
	st, err := w.state()
	if err != nil {
		return
	}
	fullscreen, quiet, away := st.meaning()
	if w.profile != nil {
		if p, err := w.profile(); err == nil && focusAssistOn(p) {
			quiet = true
		}
	}
	w.s.setDoNotDisturb(windowsNotices, quiet)
	w.s.setLocked(windowsNotices, away, now)
	if fullscreen != w.fullscreen {
		w.fullscreen = fullscreen
		w.s.notify()
	}
}
