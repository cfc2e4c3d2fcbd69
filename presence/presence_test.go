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

type fixedIdle struct{ idleFor time.Duration }

func (f *fixedIdle) since(now time.Time) time.Time { return now.Add(-f.idleFor) }
func (f *fixedIdle) polled() bool                  { return true }
func (f *fixedIdle) setThreshold(time.Duration)    {}

// A polled idle source is asked again only when the user could have been
// idle for the threshold, and every PollEvery once they have.
func TestAPolledSourceIsAskedOnlyWhenItMatters(t *testing.T) {
	idle := &fixedIdle{}
	s := &Session{idle: idle, threshold: 2 * time.Minute}
	if in := s.PollIn(testTime); in != PollEvery {
		t.Fatalf("before any reading: in %v, want %v", in, PollEvery)
	}
	idle.idleFor = 30 * time.Second
	s.Read(testTime, false)
	if in := s.PollIn(testTime); in != 90*time.Second {
		t.Fatalf("idle 30 s of 2 min: asked again in %v, want 90 s", in)
	}
	idle.idleFor = 110 * time.Second
	s.Read(testTime, false)
	if in := s.PollIn(testTime); in != PollEvery {
		t.Fatalf("nearly idle long enough: asked again in %v, want never sooner than %v", in, PollEvery)
	}
	idle.idleFor = 5 * time.Minute
	s.Read(testTime, false)
	if in := s.PollIn(testTime); in != PollEvery {
		t.Fatalf("away: asked again in %v, want %v to see them back", in, PollEvery)
	}
	if in := (&Session{}).PollIn(testTime); in != 0 {
		t.Fatalf("no idle source: asked in %v", in)
	}
}
