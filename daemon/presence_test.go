package daemon

import (
	"errors"
	"strings"
	"sync"
	"testing"
	"testing/synctest"
	"time"

	"posturebreak/history"
	"posturebreak/presence"
	"posturebreak/protocol"
)

// fakePresence is a session whose reading the test sets.
type fakePresence struct {
	mu        sync.Mutex
	reading   presence.Reading
	calls     []time.Time // when a Read asked for the call check
	threshold time.Duration
}

func (p *fakePresence) Read(now time.Time, calls bool) presence.Reading {
	p.mu.Lock()
	defer p.mu.Unlock()
	r := p.reading
	if calls {
		p.calls = append(p.calls, now)
	} else {
		r.InCall = false
	}
	return r
}

func (p *fakePresence) PollIn(time.Time) time.Duration { return 0 }
func (p *fakePresence) SetThreshold(d time.Duration) {
	p.mu.Lock()
	p.threshold = d
	p.mu.Unlock()
}

// set changes the reading and tells the daemon, as an event source does.
func (p *fakePresence) set(d *Daemon, change func(*presence.Reading)) {
	p.mu.Lock()
	change(&p.reading)
	p.mu.Unlock()
	d.PresenceChanged()
	synctest.Wait()
}

func (p *fakePresence) callChecks() []time.Time {
	p.mu.Lock()
	defer p.mu.Unlock()
	return append([]time.Time(nil), p.calls...)
}

// startWith runs a daemon with settings and a fake session.
func startWith(t *testing.T, settings string) (*rig, *fakePresence) {
	ds := dirs(t)
	writeSettings(t, ds, settings)
	p := &fakePresence{}
	r := start(t, ds, func(d *Daemon) { d.UsePresence(p) })
	return r, p
}

func TestTimeAwayIsRecordedAndTheTraySaysSo(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		r, p := startWith(t, `{"work_minutes": 30, "break_minutes": 3}`)
		defer r.end()
		if p.threshold != 3*time.Minute {
			t.Errorf("the idle source was armed for %v, want the break's 3 min", p.threshold)
		}
		time.Sleep(10 * time.Minute)
		left := time.Now()
		p.set(r.d, func(re *presence.Reading) { re.IdleSince = left })
		time.Sleep(3 * time.Minute)
		synctest.Wait()
		if got, want := r.tr.last().Line, "Away since "+left.Format("15:04"); got != want {
			t.Fatalf("tray says %q, want %q", got, want)
		}
		if s, _ := ask(r.d, r.d.status); s.Presence != "away" || s.AwaySince == nil || s.State != "away" {
			t.Fatalf("status %+v, want away", s)
		}
		time.Sleep(40 * time.Minute) // through the time the break would have come
		p.set(r.d, func(re *presence.Reading) { re.IdleSince = time.Time{} })
		if n := len(r.n.messages()); n != 0 {
			t.Fatalf("%d notifications to an empty room", n)
		}
		recs := records(t, r.dirs)
		if len(recs) != 1 || recs[0].Outcome != history.Away || recs[0].Seconds != 43*60 || recs[0].Exercise != "" {
			t.Fatalf("history %+v, want one away of 43 min", recs)
		}
		if got := r.tr.last().Line; got != "Next break in 30 min" {
			t.Fatalf("back: tray says %q, want a full interval from now", got)
		}
	})
}

func TestABreakWaitsForACallAndSaysHowLong(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		r, p := startWith(t, `{"work_minutes": 10}`)
		defer r.end()
		time.Sleep(5 * time.Minute)
		p.set(r.d, func(re *presence.Reading) { re.InCall = true })
		time.Sleep(5 * time.Minute)
		synctest.Wait()
		if n := len(r.n.messages()); n != 0 {
			t.Fatalf("%d notifications during a call", n)
		}
		if got := r.tr.last().Line; got != "Break waiting: you're in a call" {
			t.Fatalf("tray says %q", got)
		}
		s, _ := ask(r.d, r.d.status)
		if s.Presence != "busy" || s.Busy != "call" || s.Waiting == nil || s.Waiting.For != "call" {
			t.Fatalf("status %+v, want busy in a call, a break waiting for it", s)
		}
		time.Sleep(12 * time.Minute)
		p.set(r.d, func(re *presence.Reading) { re.InCall = false })
		msgs := r.n.messages()
		if len(msgs) != 1 || !strings.Contains(msgs[0].Body, "Waited 12 min for your call to end.") {
			t.Fatalf("after the call: %+v", msgs)
		}
		recs := records(t, r.dirs)
		if len(recs) != 1 || recs[0].Outcome != history.Deferred || recs[0].Seconds != 12*60 || recs[0].Detail != "call" {
			t.Fatalf("history %+v, want the defer", recs)
		}
	})
}

func TestTheCallCheckRunsOnlyNearABreak(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		r, p := startWith(t, `{"work_minutes": 10}`)
		defer r.end()
		started := time.Now()
		time.Sleep(11 * time.Minute)
		synctest.Wait()
		checks := p.callChecks()
		if len(checks) == 0 {
			t.Fatal("no call check near the break")
		}
		if first := checks[0].Sub(started); first < 9*time.Minute || first >= 10*time.Minute {
			t.Fatalf("the first call check came %v in, want within the minute before the break falls due (at 10 min), not earlier, nor only once it is due", first)
		}
		for i := 1; i < len(checks); i++ {
			if gap := checks[i].Sub(checks[i-1]); gap > presence.PollEvery {
				t.Fatalf("call checks %v apart near a break, want at most %v", gap, presence.PollEvery)
			}
		}
	})
}

// A call that began in the minute before a break falls due, which only
// the call check can see, holds the break back from the start: no
// notification comes into the call.
func TestACallJustBeforeTheBreakHoldsItBack(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		r, p := startWith(t, `{"work_minutes": 10}`)
		defer r.end()
		time.Sleep(9*time.Minute + 30*time.Second)
		p.mu.Lock()
		p.reading.InCall = true // no event: the check has to find it
		p.mu.Unlock()
		time.Sleep(time.Minute)
		synctest.Wait()
		if n := len(r.n.messages()); n != 0 {
			t.Fatalf("%d notifications came into a call that began before the break fell due", n)
		}
		if got := r.tr.last().Line; got != "Break waiting: you're in a call" {
			t.Fatalf("tray says %q", got)
		}
	})
}

func TestTheSettingsSayWhatIsHeeded(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		r, p := startWith(t, `{"work_minutes": 10, "away_counts_as_break": false, "wait_while_in_call": false}`)
		defer r.end()
		p.set(r.d, func(re *presence.Reading) { re.InCall, re.LockedSince = true, time.Now() })
		time.Sleep(10 * time.Minute)
		synctest.Wait()
		if n := len(r.n.messages()); n != 1 {
			t.Fatalf("%d notifications, want the break told: neither the lock nor the call is heeded", n)
		}
	})
}

func TestNoBreakWindowOpensByItselfOverAFullscreenWindow(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		r, p := startWith(t, `{"work_minutes": 10, "wait_while_fullscreen": false}`)
		defer r.end()
		r.n.failWith(errors.New("no notification server"))
		p.set(r.d, func(re *presence.Reading) { re.Fullscreen = true })
		time.Sleep(10 * time.Minute)
		synctest.Wait()
		if n := len(r.windows(protocol.BreakWindow)); n != 0 {
			t.Fatalf("%d break windows opened over a fullscreen window", n)
		}
		p.set(r.d, func(re *presence.Reading) { re.Fullscreen = false })
		time.Sleep(5 * time.Minute) // the next reminder
		synctest.Wait()
		r.lastWindow(t, protocol.BreakWindow)
	})
}

// Something inhibiting idle (a video, a slide show) holds a due break
// back, named in the tray, and the break comes when it ends; with the
// fullscreen switch off, it is not heeded.
func TestAVideoOrPresentationHoldsTheBreakBack(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		r, p := startWith(t, `{"work_minutes": 10}`)
		defer r.end()
		p.set(r.d, func(re *presence.Reading) { re.Presenting = true })
		time.Sleep(10 * time.Minute)
		synctest.Wait()
		if n := len(r.n.messages()); n != 0 {
			t.Fatalf("%d notifications during a presentation", n)
		}
		if got := r.tr.last().Line; got != "Break waiting: a video or presentation is on" {
			t.Fatalf("tray says %q", got)
		}
		time.Sleep(3 * time.Minute)
		p.set(r.d, func(re *presence.Reading) { re.Presenting = false })
		if msgs := r.n.messages(); len(msgs) != 1 || !strings.Contains(msgs[0].Body, "Waited 3 min for your video or presentation to end.") {
			t.Fatalf("after the presentation: %+v", msgs)
		}
	})
	synctest.Test(t, func(t *testing.T) {
		r, p := startWith(t, `{"work_minutes": 10, "wait_while_fullscreen": false}`)
		defer r.end()
		p.set(r.d, func(re *presence.Reading) { re.Presenting = true })
		time.Sleep(10 * time.Minute)
		synctest.Wait()
		if n := len(r.n.messages()); n != 1 {
			t.Fatalf("%d notifications, want the break told: the switch for fullscreen is off", n)
		}
	})
}
