package presence

import (
	"errors"
	"testing"
	"time"
)

// Windows's stubs (Wine's answer "accepts notifications" always, and send
// no session events), so these are tested with fakes of the two calls,
// by their documented values.
func TestWhatWindowsSaysOfTheUser(t *testing.T) {
	var state notificationState = acceptsNotifications
	var profile uint32
	changes := 0
	s := &Session{changed: func() { changes++ }}
	w := &windowsBusy{s: s, state: func() (notificationState, error) { return state, nil }, profile: func() (uint32, error) { return profile, nil }}
	s.screen = w
	now := time.Date(2026, 12, 2, 10, 0, 0, 0, time.UTC)
	read := func() Reading { w.poll(now); return s.Read(now, false) }

	if r := read(); r.Fullscreen || r.DoNotDisturb || !r.LockedSince.IsZero() || changes != 0 {
		t.Fatalf("accepting notifications: %+v, %d changes", r, changes)
	}
	for _, st := range []notificationState{busyFullscreen, direct3DFullscreen, presentationMode, storeAppFullscreen} {
		state = st
		if r := read(); !r.Fullscreen || r.DoNotDisturb {
			t.Errorf("state %d: %+v, want fullscreen", st, r)
		}
	}
	state = quietTime
	if r := read(); r.Fullscreen || !r.DoNotDisturb {
		t.Errorf("quiet time: %+v, want do not disturb", r)
	}
	state, profile = acceptsNotifications, 2 // Focus Assist: alarms only
	if r := read(); !r.DoNotDisturb {
		t.Errorf("Focus Assist on: %+v, want do not disturb", r)
	}
	profile = 0
	state = notPresent
	if r := read(); r.LockedSince != now {
		t.Errorf("the screen saver: %+v, want locked since %v", r, now)
	}
	state = acceptsNotifications
	before := changes
	if r := read(); !r.LockedSince.IsZero() || r.DoNotDisturb || r.Fullscreen || changes == before {
		t.Errorf("back: %+v, %d changes told", r, changes-before)
	}
	w.state = func() (notificationState, error) { return 0, errors.New("not implemented") }
	if r := read(); r.Fullscreen {
		t.Errorf("Windows did not answer: %+v", r)
	}
}

// A lock and an unlock of the session lock and unlock the screen; other
// session events change nothing.
func TestWindowsSessionEventsLockTheScreen(t *testing.T) {
	changes := 0
	s := &Session{changed: func() { changes++ }}
	at := time.Date(2026, 12, 2, 10, 0, 0, 0, time.UTC)
	s.sessionChanged(0x5, at) // WTS_SESSION_LOGON
	if r := s.Read(at, false); !r.LockedSince.IsZero() || changes != 0 {
		t.Fatalf("a logon locked: %+v", r)
	}
	s.sessionChanged(wtsSessionLock, at)
	if r := s.Read(at, false); r.LockedSince != at || changes != 1 {
		t.Fatalf("after a lock: %+v, %d changes", r, changes)
	}
	s.sessionChanged(wtsSessionUnlock, at.Add(time.Minute))
	if r := s.Read(at, false); !r.LockedSince.IsZero() || changes != 2 {
		t.Fatalf("after an unlock: %+v, %d changes", r, changes)
	}
}
