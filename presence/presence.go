// Package presence owns what the desktop session says about the user: how
// long since their last keyboard or mouse input, whether the screen is
// locked, and whether they are busy (do not disturb, a fullscreen window,
// a call). Start picks, at run time, whichever sources the session offers;
// it prefers D-Bus signals and X events, and polls only where it must.
//
// It reads no more than whether something is so: the call check looks at
// whether a camera or microphone is open, never at what it carries, and
// nothing leaves the machine. What counts, and what the user wants heeded,
// is for the work timer (schedule) and the settings to decide.
package presence

import (
	"slices"
	"strings"
	"sync"
	"time"
)

// Reading is what the session says about the user at one moment.
type Reading struct {
	IdleSince    time.Time // the last input, if any source tells; zero if unknown or just now
	LockedSince  time.Time // when the screen locked, or a break of GNOME's own began; zero while neither
	DoNotDisturb bool
	Fullscreen   bool // the active window is fullscreen
	InCall       bool // a camera or a microphone is in use
	Presenting   bool // something inhibits idle: a video, a slide show
}

// PollEvery is how often a polled source is asked while work is timed.
const PollEvery = 15 * time.Second

// Session follows the sources in use. Its zero value has none: the user is
// never seen to be away or busy.
type Session struct {
	mu        sync.Mutex
	changed   func()                         // the reading changed; called from a source's goroutine
	idle      idleSource                     // nil without one
	threshold time.Duration                  // the idle time that matters
	lastIdle  time.Time                      // the last input, as the polled idle source last said
	locked    map[string]time.Time           // when each lock source said the screen locked (or GNOME's break began)
	dnd       map[string]bool                // what each do-not-disturb source says
	inhibited map[string]bool                // what each idle-inhibitor source says
	screen    interface{ Fullscreen() bool } // nil without X
	calls     callCheck                      // nil without one
	inCall    bool
	scanned   time.Time // when the call check last ran
	used      []string  // the sources in use, in plain words
}

// callCheck says whether a camera or a microphone is in use. It is asked
// only near a break, at most every PollEvery.
type callCheck interface{ InCall() bool }

// idleSource tells when the user last touched the keyboard or mouse.
type idleSource interface {
	since(now time.Time) time.Time // zero if unknown
	polled() bool                  // it must be asked, at most every PollEvery
	setThreshold(d time.Duration)  // the idle time that matters: a break's length
}

// polledIdle asks a source how long the user has been idle.
type polledIdle struct {
	idleFor func() (time.Duration, error)
}

func (p polledIdle) since(now time.Time) time.Time {
	d, err := p.idleFor()
	if err != nil {
		return time.Time{}
	}
	return now.Add(-d)
}

func (polledIdle) polled() bool               { return true }
func (polledIdle) setThreshold(time.Duration) {}

// Read is the reading at now. The call check runs only when calls is set,
// and at most every PollEvery: the daemon sets it only near or while a
// break is due.
func (s *Session) Read(now time.Time, calls bool) Reading {
	s.mu.Lock()
	idle, screen := s.idle, s.screen
	r := Reading{LockedSince: earliest(s.locked)}
	for _, on := range s.dnd {
		r.DoNotDisturb = r.DoNotDisturb || on
	}
	for _, on := range s.inhibited {
		r.Presenting = r.Presenting || on
	}
	s.mu.Unlock()
	if idle != nil {
		r.IdleSince = idle.since(now)
		s.mu.Lock()
		s.lastIdle = r.IdleSince
		s.mu.Unlock()
	}
	if screen != nil {
		r.Fullscreen = screen.Fullscreen()
	}
	r.InCall = s.checkCalls(now, calls)
	return r
}

// checkCalls runs the call check if it is wanted and due.
func (s *Session) checkCalls(now time.Time, wanted bool) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	if !wanted || s.calls == nil {
		s.inCall, s.scanned = false, time.Time{}
		return false
	}
	if s.scanned.IsZero() || now.Sub(s.scanned) >= PollEvery || now.Before(s.scanned) {
		s.inCall, s.scanned = s.calls.InCall(), now
	}
	return s.inCall
}

// PollIn is when a polled idle source should next be asked, at now; zero if
// none needs asking. The user cannot have been idle for the threshold
// before the threshold has passed since their last input, so a user at work
// is asked about again only then; one already idle that long is asked every
// PollEvery, to see them come back. Never more often than PollEvery.
func (s *Session) PollIn(now time.Time) time.Duration {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.idle == nil || !s.idle.polled() {
		return 0
	}
	if s.lastIdle.IsZero() {
		return PollEvery
	}
	return max(s.lastIdle.Add(s.threshold).Sub(now), PollEvery)
}

// SetThreshold tells the idle source how long without input matters: a
// break's length. Event sources arm their watch for it.
func (s *Session) SetThreshold(d time.Duration) {
	s.mu.Lock()
	idle, same := s.idle, s.threshold == d
	s.threshold = d
	s.mu.Unlock()
	if idle != nil && !same {
		idle.setThreshold(d)
	}
}

// Sources says, in plain words, which sources are in use.
func (s *Session) Sources() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	if len(s.used) == 0 {
		return "none"
	}
	return strings.Join(s.used, "; ")
}

// setIdle makes idle the idle source, said in plain words.
func (s *Session) setIdle(idle idleSource, what string) {
	s.mu.Lock()
	s.idle = idle
	s.mu.Unlock()
	s.use(what)
}

func (s *Session) use(what string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if !slices.Contains(s.used, what) {
		s.used = append(s.used, what)
	}
}

// setLocked records what a lock source says, and tells the daemon if that
// changes the reading.
func (s *Session) setLocked(source string, locked bool, at time.Time) {
	s.mu.Lock()
	_, was := s.locked[source]
	if locked && !was {
		if s.locked == nil {
			s.locked = map[string]time.Time{}
		}
		s.locked[source] = at
	} else if !locked {
		delete(s.locked, source)
	}
	s.mu.Unlock()
	if locked != was {
		s.notify()
	}
}

// setDoNotDisturb records what a do-not-disturb source says.
func (s *Session) setDoNotDisturb(source string, on bool) { s.setSaid(&s.dnd, source, on) }

// setSaid records what one source of a kind says, in said, and tells the
// daemon if that changes it.
func (s *Session) setSaid(said *map[string]bool, source string, on bool) {
	s.mu.Lock()
	was := (*said)[source]
	if *said == nil {
		*said = map[string]bool{}
	}
	(*said)[source] = on
	s.mu.Unlock()
	if on != was {
		s.notify()
	}
}

// notify tells the daemon the reading changed.
func (s *Session) notify() {
	if s.changed != nil {
		s.changed()
	}
}

func earliest(at map[string]time.Time) time.Time {
	var first time.Time
	for _, t := range at {
		if first.IsZero() || t.Before(first) {
			first = t
		}
	}
	return first
}
