package presence

import (
	"testing"
	"time"
)

var testTime = time.Date(2026, 12, 1, 14, 2, 0, 0, time.UTC)

func TestTheReadingCombinesItsSources(t *testing.T) {
	changes := 0
	s := &Session{changed: func() { changes++ }}
	if r := s.Read(testTime, false); r != (Reading{}) {
		t.Fatalf("a session with no sources reads %+v", r)
	}
	s.setLocked("logind", true, testTime)
	s.setLocked("screensaver", true, testTime.Add(time.Minute))
	s.setLocked("screensaver", true, testTime.Add(2*time.Minute)) // said again: no change
	if r := s.Read(testTime, false); !r.LockedSince.Equal(testTime) {
		t.Errorf("locked since %v, want the first lock, %v", r.LockedSince, testTime)
	}
	s.setLocked("logind", false, testTime)
	s.setLocked("screensaver", false, testTime)
	if r := s.Read(testTime, false); !r.LockedSince.IsZero() {
		t.Errorf("still locked since %v once every source says unlocked", r.LockedSince)
	}
	s.setDoNotDisturb("dunst", true)
	s.setDoNotDisturb("kde", false)
	if r := s.Read(testTime, false); !r.DoNotDisturb {
		t.Error("do not disturb from one source was lost")
	}
	if changes != 5 {
		t.Errorf("told of %d changes, want 5", changes)
	}
}
