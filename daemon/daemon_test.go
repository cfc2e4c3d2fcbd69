package daemon

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"testing/synctest"
	"time"

	"posturebreak/assets"
	"posturebreak/control"
	"posturebreak/exercises"
	"posturebreak/history"
	"posturebreak/notify"
	"posturebreak/protocol"
	"posturebreak/storage"
	"posturebreak/tray"
)

type fakeNotifier struct {
	mu        sync.Mutex
	shown     []notify.Message
	withdrawn int
	fail      error
}

func (n *fakeNotifier) Show(m notify.Message) (bool, error) {
	n.mu.Lock()
	defer n.mu.Unlock()
	if n.fail != nil {
		return false, n.fail
	}
	n.shown = append(n.shown, m)
	return m.Break, nil
}

func (n *fakeNotifier) Withdraw() { n.mu.Lock(); n.withdrawn++; n.mu.Unlock() }

// messages are the notifications shown so far, posture checks aside.
func (n *fakeNotifier) messages() []notify.Message { return n.shownIf(false) }

// checks are the posture checks shown so far.
func (n *fakeNotifier) checks() []notify.Message { return n.shownIf(true) }

func (n *fakeNotifier) shownIf(check bool) []notify.Message {
	n.mu.Lock()
	defer n.mu.Unlock()
	var out []notify.Message
	for _, m := range n.shown {
		if m.Check == check {
			out = append(out, m)
		}
	}
	return out
}

func (n *fakeNotifier) withdrawals() int { n.mu.Lock(); defer n.mu.Unlock(); return n.withdrawn }

// failWith makes every later notification fail.
func (n *fakeNotifier) failWith(err error) { n.mu.Lock(); n.fail = err; n.mu.Unlock() }

type opened struct {
	req  protocol.Request
	done func([]byte, error)
}

type fakeWindows struct {
	mu     sync.Mutex
	opened []opened
	closed int
	ready  *protocol.Break
}

func (w *fakeWindows) Open(req protocol.Request, done func([]byte, error)) bool {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.opened = append(w.opened, opened{req, done})
	return true
}

func (w *fakeWindows) CloseAll() { w.mu.Lock(); w.closed++; w.mu.Unlock() }

func (w *fakeWindows) Ready(req protocol.Break) { w.mu.Lock(); w.ready = &req; w.mu.Unlock() }
func (w *fakeWindows) Dismiss()                 { w.mu.Lock(); w.ready = nil; w.mu.Unlock() }

// readied is the break window made ready, if any.
func (w *fakeWindows) readied() *protocol.Break {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.ready
}

type fakeTray struct {
	mu    sync.Mutex
	shown []tray.State
}

func (t *fakeTray) Show(s tray.State) { t.mu.Lock(); t.shown = append(t.shown, s); t.mu.Unlock() }
func (t *fakeTray) last() tray.State {
	t.mu.Lock()
	defer t.mu.Unlock()
	return t.shown[len(t.shown)-1]
}

type rig struct {
	d       *Daemon
	n       *fakeNotifier
	w       *fakeWindows
	tr      *fakeTray
	dirs    storage.Dirs
	stop    chan struct{}
	stopped chan struct{}
}

func dirs(t *testing.T) storage.Dirs {
	root := t.TempDir()
	return storage.Dirs{Config: filepath.Join(root, "config"), Data: filepath.Join(root, "data"), State: filepath.Join(root, "state")}
}

func writeSettings(t *testing.T, d storage.Dirs, s string) {
	os.MkdirAll(d.Config, 0o755)
	if err := os.WriteFile(d.SettingsFile(), []byte(s), 0o644); err != nil {
		t.Fatal(err)
	}
}

// start runs a daemon in the bubble, with settings already in place;
// before, if given, finishes wiring it.
func start(t *testing.T, ds storage.Dirs, before ...func(*Daemon)) *rig {
	r := &rig{n: &fakeNotifier{}, w: &fakeWindows{}, tr: &fakeTray{}, dirs: ds, stop: make(chan struct{}), stopped: make(chan struct{})}
	r.d = New(ds, r.n, r.w)
	r.d.Load()
	r.d.Tray = r.tr
	for _, f := range before {
		f(r.d)
	}
	go func() {
		r.d.Run(r.stop)
		close(r.stopped)
	}()
	synctest.Wait()
	return r
}

func (r *rig) end() {
	close(r.stop)
	<-r.stopped
}

// windows are the windows of a kind opened so far.
func (r *rig) windows(kind protocol.Kind) []opened {
	r.w.mu.Lock()
	defer r.w.mu.Unlock()
	var out []opened
	for _, o := range r.w.opened {
		if o.req.Kind() == kind {
			out = append(out, o)
		}
	}
	return out
}

func (r *rig) lastWindow(t *testing.T, kind protocol.Kind) opened {
	all := r.windows(kind)
	if len(all) == 0 {
		t.Fatalf("no %s window was opened", kind)
	}
	return all[len(all)-1]
}

// breakOf is what a break window was asked for.
func breakOf(w opened) protocol.Break { return w.req.(protocol.Break) }

// offered are the exercises a break window was given.
func offered(w opened) []string { return breakOf(w).Exercises }

func records(t *testing.T, ds storage.Dirs) []history.Record {
	recs, bad, err := history.Read(ds.HistoryFile())
	if err != nil || bad != 0 {
		t.Fatalf("history: %d unreadable lines, %v", bad, err)
	}
	return recs
}

func TestABreakFallsDueIsTakenAndRecorded(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		ds := dirs(t)
		writeSettings(t, ds, `{"work_minutes": 30, "break_minutes": 3, "posture_check_minutes": 0}`)
		r := start(t, ds)
		defer r.end()
		if got := r.tr.last().Line; got != "Next break in 30 min" {
			t.Fatalf("tray says %q", got)
		}
		time.Sleep(30 * time.Minute)
		synctest.Wait()
		if got := r.tr.last(); len(r.n.messages()) != 1 || got.Line != "Break due" || !got.Due || got.Icon != assets.Due {
			t.Fatalf("after 30 min: %d notifications, tray %+v", len(r.n.messages()), got)
		}
		m := r.n.messages()[0]
		if !m.Break || m.Snooze == "" || !strings.Contains(m.Body, "3 min") || !strings.Contains(m.Title, "break") {
			t.Fatalf("notification %+v", m)
		}
		r.d.StartDueBreak()
		synctest.Wait()
		w := r.lastWindow(t, protocol.BreakWindow)
		id := offered(w)[0]
		if breakOf(w).Length != 3*time.Minute || !strings.Contains(m.Body, nameOf(id)) {
			t.Fatalf("opened %+v for notification %q", w.req, m.Body)
		}
		if r.tr.last().Line != "On a break" {
			t.Fatalf("tray during the break: %+v", r.tr.last())
		}
		time.Sleep(2 * time.Minute)
		w.done([]byte(`{"outcome":"done","exercise":"`+id+`","seconds":120}`), nil)
		synctest.Wait()
		recs := records(t, ds)
		if len(recs) != 1 || recs[0].Outcome != history.Done || recs[0].Exercise != id || recs[0].Seconds != 120 {
			t.Fatalf("history %+v", recs)
		}
		if got := r.tr.last().Line; got != "Next break in 30 min" {
			t.Fatalf("after the break the tray says %q: the next one counts from its end", got)
		}
	})
}

func TestWithoutANotificationTheWindowOpensByItself(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		ds := dirs(t)
		writeSettings(t, ds, `{"work_minutes": 1}`)
		r := start(t, ds)
		defer r.end()
		r.n.failWith(errors.New("no notification server"))
		time.Sleep(time.Minute)
		synctest.Wait()
		r.lastWindow(t, protocol.BreakWindow)
	})
}

func TestSnoozeAndSkipFromTheNotification(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		ds := dirs(t)
		writeSettings(t, ds, `{"work_minutes": 10}`)
		r := start(t, ds)
		defer r.end()
		time.Sleep(10 * time.Minute)
		synctest.Wait()
		r.d.Snooze()
		synctest.Wait()
		if got := r.tr.last().Line; got != "Next break in 5 min" {
			t.Fatalf("after a snooze: %q", got)
		}
		time.Sleep(5 * time.Minute)
		synctest.Wait()
		if len(r.n.messages()) != 2 || r.n.messages()[0].Body != r.n.messages()[1].Body {
			t.Fatalf("a snoozed break comes back with its exercise: %+v", r.n.messages())
		}
		r.d.Skip()
		r.d.Skip() // a second click on a stale notification does nothing
		synctest.Wait()
		if got := r.tr.last().Line; got != "Next break in 10 min" {
			t.Fatalf("after a skip: %q", got)
		}
		recs := records(t, ds)
		if len(recs) != 2 || recs[0].Outcome != history.Snoozed || recs[1].Outcome != history.Skipped {
			t.Fatalf("history %+v", recs)
		}
		if len(r.windows(protocol.BreakWindow)) != 0 {
			t.Fatal("a break window opened")
		}
	})
}

// A break window is ready while its break is due, for up to readyFor.
func TestABreakWindowIsReadyOnlyWhileItsBreakIsDue(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		ds := dirs(t)
		writeSettings(t, ds, `{"work_minutes": 10}`)
		r := start(t, ds)
		defer r.end()
		synctest.Wait()
		if r.w.readied() != nil {
			t.Fatal("a break window is ready while no break is due")
		}
		time.Sleep(10 * time.Minute)
		synctest.Wait()
		ready := r.w.readied()
		if ready == nil {
			t.Fatal("no break window is ready while a break is due")
		}
		r.d.Snooze()
		synctest.Wait()
		if r.w.readied() != nil {
			t.Fatal("the break window is still ready after a snooze")
		}
		time.Sleep(5 * time.Minute)
		synctest.Wait()
		if again := r.w.readied(); again == nil || !again.Shows(*ready) {
			t.Fatalf("after the snooze, ready %+v, want the same break as %+v", again, ready)
		}
		time.Sleep(readyFor + 5*time.Minute) // the reminders wake the daemon
		synctest.Wait()
		if r.w.readied() != nil {
			t.Fatalf("the break window is still ready %v after the break fell due", readyFor+5*time.Minute)
		}
		r.d.StartDueBreak()
		synctest.Wait()
		if w := r.lastWindow(t, protocol.BreakWindow); !breakOf(w).Shows(*ready) {
			t.Fatalf("opened %+v, not the break made ready, %+v", w.req, ready)
		}
		if r.w.readied() != nil {
			t.Fatal("a break window is ready during the break")
		}
	})
}

func TestAClickOnAnEarlierNotificationOpensOnlyABreakThatIsDue(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		ds := dirs(t)
		writeSettings(t, ds, `{"work_minutes": 10}`)
		r := start(t, ds)
		defer r.end()
		r.d.EarlierNotification() // nothing is due: nothing opens
		synctest.Wait()
		if len(r.windows(protocol.BreakWindow)) != 0 || r.tr.last().Line != "Next break in 10 min" {
			t.Fatalf("a click on an old notification with no break due opened one: %+v", r.tr.last())
		}
		time.Sleep(10 * time.Minute)
		synctest.Wait()
		r.d.EarlierNotification() // the break due now opens
		synctest.Wait()
		r.lastWindow(t, protocol.BreakWindow)
		if r.tr.last().Line != "On a break" {
			t.Fatalf("tray %+v", r.tr.last())
		}
	})
}

func TestAFailingWindowIsRecordedAndTheDaemonCarriesOn(t *testing.T) {
	cases := map[string]struct {
		line string
		err  error
	}{
		"crash":           {"", errors.New("signal: killed")},
		"garbage":         {"\x00\x01 not json", nil},
		"unknown outcome": {`{"outcome":"exploded","exercise":"%s","seconds":1}`, nil},
		"other exercise":  {`{"outcome":"done","exercise":"cat-cow","seconds":1}`, nil},
		"extra field":     {`{"outcome":"done","exercise":"%s","seconds":1,"admin":true}`, nil},
		"negative time":   {`{"outcome":"done","exercise":"%s","seconds":-5}`, nil},
	}
	for name, c := range cases {
		t.Run(name, func(t *testing.T) {
			synctest.Test(t, func(t *testing.T) {
				ds := dirs(t)
				r := start(t, ds)
				defer r.end()
				r.d.BreakNow()
				synctest.Wait()
				w := r.lastWindow(t, protocol.BreakWindow)
				w.done([]byte(strings.ReplaceAll(c.line, "%s", offered(w)[0])), c.err)
				synctest.Wait()
				recs := records(t, ds)
				if len(recs) != 1 || recs[0].Outcome != history.Failed || recs[0].Detail == "" {
					t.Fatalf("history %+v", recs)
				}
				if got := r.tr.last().Line; got != "Next break in 45 min" {
					t.Fatalf("tray %q", got)
				}
			})
		})
	}
}

func TestOneBreakWindowAtATime(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		r := start(t, dirs(t))
		defer r.end()
		r.d.BreakNow()
		r.d.BreakNow()
		r.d.StartDueBreak()
		synctest.Wait()
		if n := len(r.windows(protocol.BreakWindow)); n != 1 {
			t.Fatalf("%d break windows opened", n)
		}
	})
}

func TestSettingsChangesRescheduleAtOnce(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		ds := dirs(t)
		r := start(t, ds)
		defer r.end()
		time.Sleep(5 * time.Minute)
		writeSettings(t, ds, `{"work_minutes": 20, "break_minutes": 2}`)
		r.d.SettingsChanged()
		synctest.Wait()
		if got := r.tr.last().Line; got != "Next break in 15 min" {
			t.Fatalf("after the change the tray says %q", got)
		}
		r.d.OpenSettings()
		synctest.Wait()
		if w := r.lastWindow(t, protocol.SettingsWindow); w.req.(protocol.Settings).Current.WorkMinutes != 20 || w.req.(protocol.Settings).Problem != "" {
			t.Fatalf("opened settings with %+v, want what the daemon runs on", w.req)
		}
	})
}

func TestABadSettingsFileIsToldOnceAndKept(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		ds := dirs(t)
		writeSettings(t, ds, `{"work_minutes": 3`)
		r := start(t, ds)
		defer r.end()
		if len(r.n.messages()) != 1 || !strings.Contains(r.n.messages()[0].Body, "kept as settings.json.bad-") {
			t.Fatalf("notifications %+v", r.n.messages())
		}
		r.d.SettingsChanged()
		synctest.Wait()
		if len(r.n.messages()) != 1 {
			t.Fatalf("told %d times", len(r.n.messages()))
		}
		if kept, _ := filepath.Glob(filepath.Join(ds.Config, "settings.json.bad-*")); len(kept) != 1 {
			t.Fatalf("kept %v", kept)
		}
		if got := r.tr.last().Line; got != "Next break in 45 min" {
			t.Fatalf("running on %q, want the defaults", got)
		}
	})
}

func TestQuitClosesWindowsAndARestartKeepsTheDeadline(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		ds := dirs(t)
		r := start(t, ds)
		time.Sleep(10 * time.Minute)
		r.d.Quit()
		<-r.stopped
		if r.w.closed != 1 {
			t.Fatalf("windows closed %d times", r.w.closed)
		}
		time.Sleep(time.Minute) // restarted a minute later
		again := start(t, ds)
		defer again.end()
		if got := again.tr.last().Line; got != "Next break in 34 min" {
			t.Fatalf("after a restart the tray says %q", got)
		}
	})
}

func TestAnotherExerciseMovesTheRotationOn(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		ds := dirs(t)
		r := start(t, ds)
		defer r.end()
		r.d.BreakNow()
		synctest.Wait()
		w := r.lastWindow(t, protocol.BreakWindow)
		ids := offered(w)
		if len(ids) != 3 { // the three desk exercises: the one due and two more
			t.Fatalf("offered %v", ids)
		}
		w.done([]byte(`{"outcome":"done","exercise":"`+ids[2]+`","another":2,"seconds":90}`), nil)
		synctest.Wait()
		if recs := records(t, ds); len(recs) != 1 || recs[0].Exercise != ids[2] {
			t.Fatalf("history %+v, want the exercise the user ended on", recs)
		}
		r.d.BreakNow()
		synctest.Wait()
		if next := offered(r.lastWindow(t, protocol.BreakWindow))[0]; next != ids[0] {
			t.Fatalf("after a full cycle the next break offers %s, want %s again", next, ids[0])
		}
	})
}

func TestTheEquipmentWidensTheRotation(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		ds := dirs(t)
		writeSettings(t, ds, `{"equipment": ["floor-space"]}`)
		r := start(t, ds)
		defer r.end()
		floor := false
		for range 8 {
			r.d.BreakNow()
			synctest.Wait()
			w := r.lastWindow(t, protocol.BreakWindow)
			id := offered(w)[0]
			e, _ := exercises.ByID(id)
			if !exercises.Eligible([]string{"floor-space"})(e) {
				t.Fatalf("%s is not eligible with floor space", id)
			}
			floor = floor || e.Position == exercises.Floor || e.Position == exercises.Prone
			w.done([]byte(`{"outcome":"skipped","exercise":"`+id+`","another":0,"seconds":1}`), nil)
			synctest.Wait()
		}
		if !floor {
			t.Fatal("no floor exercise came up in 8 breaks")
		}
	})
}

func TestTheIntroductionComesOnceOnTheFirstRun(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		ds := dirs(t)
		r := start(t, ds)
		intro := r.windows(protocol.IntroWindow)
		if len(intro) != 1 {
			t.Fatal("no introduction on the first run")
		}
		intro[0].done([]byte(`{"read":true}`), nil)
		synctest.Wait()
		r.end()
		again := start(t, ds)
		defer again.end()
		if len(again.windows(protocol.IntroWindow)) != 0 {
			t.Fatal("the introduction came again")
		}
		again.d.OpenAbout()
		synctest.Wait()
		again.lastWindow(t, protocol.AboutWindow)
	})
}

// An introduction that never reached the user, because its window failed
// or the app stopped before it was closed, comes again at the next start.
func TestAnIntroductionNotClosedComesAgain(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		ds := dirs(t)
		r := start(t, ds)
		r.windows(protocol.IntroWindow)[0].done(nil, errors.New("X11: Failed to open display"))
		synctest.Wait()
		r.end()
		again := start(t, ds)
		if len(again.windows(protocol.IntroWindow)) != 1 {
			t.Fatal("an introduction whose window failed was counted as shown")
		}
		again.end() // closed by the app stopping, not by the user
		third := start(t, ds)
		defer third.end()
		if len(third.windows(protocol.IntroWindow)) != 1 {
			t.Fatal("an introduction the user never closed was counted as shown")
		}
	})
}

func TestQuitTwiceIsQuitOnce(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		r := start(t, dirs(t))
		r.d.Quit()
		r.d.Quit() // a panel may deliver a double click
		<-r.stopped
		r.d.OpenSettings() // work handed in after leaving is dropped, not stuck
		if s, err := r.d.Status(); !errors.Is(err, control.ErrBusy) {
			t.Fatalf("status after quitting: %+v, %v", s, err)
		}
	})
}

func TestACorruptStateFileStartsFresh(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		ds := dirs(t)
		os.MkdirAll(ds.State, 0o755)
		os.WriteFile(ds.StateFile(), []byte("{\"timer\": [1,2"), 0o644)
		r := start(t, ds)
		defer r.end()
		if got := r.tr.last().Line; got != "Next break in 45 min" {
			t.Fatalf("tray %q", got)
		}
		if len(r.windows(protocol.IntroWindow)) != 1 {
			t.Fatal("with the state lost, the introduction was assumed read")
		}
	})
}

func TestStatusForTheBus(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		r := start(t, dirs(t))
		defer r.end()
		s := status(t, r.d)
		if s.State != "working" || s.NextBreak == nil || time.Until(*s.NextBreak) != 45*time.Minute || s.Line != "Next break in 45 min" || s.PausedUntil != nil {
			t.Fatalf("status %+v", s)
		}
	})
}

func nameOf(id string) string {
	e, _ := exercisesByID(id)
	return e
}

func exercisesByID(id string) (string, bool) {
	e, ok := exercises.ByID(id)
	return e.Name, ok
}

// With the window program missing, the daemon says so once, in plain
// words, and still reminds by notification; a break it cannot open is
// recorded as failed, and the timer goes on.
func TestWithoutTheWindowProgramBreaksStillComeAsNotifications(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		ds := dirs(t)
		writeSettings(t, ds, `{"work_minutes": 10}`)
		r := start(t, ds, func(d *Daemon) { d.Windows = NoWindows{Why: protocol.ErrNoWindows} })
		defer r.end()
		told := r.n.messages()
		if len(told) != 1 || !strings.Contains(told[0].Body, protocol.Program) || told[0].Break {
			t.Fatalf("at start: %+v, want one plain notice naming %s", told, protocol.Program)
		}
		time.Sleep(10 * time.Minute)
		synctest.Wait()
		if got := r.n.messages(); len(got) != 2 || !got[1].Break {
			t.Fatalf("no break notification: %+v", got)
		}
		r.d.StartDueBreak()
		synctest.Wait()
		if recs := records(t, ds); len(recs) != 1 || recs[0].Outcome != history.Failed {
			t.Fatalf("history %+v", recs)
		}
		if got := r.tr.last().Line; got != "Next break in 10 min" {
			t.Fatalf("after a break that could not open, the tray says %q", got)
		}
		if got := r.n.messages(); len(got) != 2 {
			t.Fatalf("the missing windows were told again: %+v", got[2:])
		}
	})
}
