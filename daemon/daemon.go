// Package daemon owns the tray daemon's loop: it runs the work timer, tells
// the user when a break is due, opens the window processes, records every
// break, and answers the tray, the notifications, the bus and the command
// line. Its parts (notifications, windows, tray, start at login) come in as
// interfaces, so the loop is tested with fakes in fake time; run.go wires
// the real ones.
package daemon

import (
	"log"
	"runtime/debug"
	"time"

	"posturebreak/control"
	"posturebreak/exercises"
	"posturebreak/history"
	"posturebreak/notify"
	"posturebreak/presence"
	"posturebreak/protocol"
	"posturebreak/schedule"
	"posturebreak/settings"
	"posturebreak/storage"
	"posturebreak/translation"
	"posturebreak/tray"
	"posturebreak/words"
)

// Notifier tells the user things (notify.Notifier).
type Notifier interface {
	Show(notify.Message) (clickable bool, err error)
	Withdraw()
}

// Windows starts window processes (Launcher), one of each kind at a time.
// done gets the window's one output line, and an error if it did not end
// well.
type Windows interface {
	Open(req protocol.Request, done func(line []byte, err error)) bool
	// Ready starts the break window for req hidden, for Open(req) to show
	// at once; Dismiss lets it go.
	Ready(req protocol.Break)
	Dismiss()
	CloseAll()
}

// Tray shows the timer's state (tray.Tray).
type Tray interface{ Show(tray.State) }

// Daemon is the tray daemon's state. Only its loop touches it; everything
// else hands it work through events.
type Daemon struct {
	Notifier  Notifier
	Windows   Windows
	Tray      Tray
	Autostart func(on bool) error // makes the system start the app at login, or not
	Dirs      storage.Dirs

	settings   settings.Settings
	timer      *schedule.Timer
	rotation   exercises.Rotation
	upcoming   string    // the exercise of the break that is due or under way
	introduced bool      // the first-run introduction has been shown
	told       string    // the last notice about the settings file, so it is told once
	saved      []byte    // the state last written, so an unchanged state is not rewritten
	savedAt    time.Time // when it was written
	events     chan func(time.Time)
	quit       chan struct{} // closed once the loop is leaving: work handed in after that is dropped
	quitting   bool
	started    schedule.Change // what restoring the timer meant
	settleAt   time.Time       // when to hand back what a burst of work used; zero when settled
	presence   Presence        // what the session says about the user
	reading    presence.Reading
	poke       chan struct{} // the session changed: read it again
	relieving  bool          // a relief exercise ("Stiff right now?") is open
	readyUntil time.Time     // the due break's window is kept ready until then
	// unwritten are records the history could not take yet, oldest first;
	// they are tried again from retryAt, and the user was told once.
	unwritten     []history.Record
	retryAt       time.Time
	toldUnwritten bool
	checks        schedule.Checks // the posture checks between breaks
	lastCue       string          // the ID of the last posture check's cue (advice.PostureCues)
	gnome         GnomeBreaks     // nil where GNOME has no break reminders of its own
	gnomeMovement bool            // GNOME's own movement breaks are on
	toldNoDisplay bool            // the user was told that the windows cannot open the display
}

// New makes a daemon that takes requests; it reads nothing until Load.
func New(dirs storage.Dirs, n Notifier, w Windows) *Daemon {
	return &Daemon{Notifier: n, Windows: w, Dirs: dirs, events: make(chan func(time.Time), 16), quit: make(chan struct{}),
		presence: &presence.Session{}, poke: make(chan struct{}, 1)}
}

// Load reads the settings and the saved state: only once this daemon is
// the one running, since a settings file that cannot be read is moved
// aside. Bad files are reported to the user when the loop starts, and never
// stop the daemon.
func (d *Daemon) Load() {
	s, notice := settings.Load(d.Dirs.SettingsFile())
	d.settings, d.told = s, words.Settings(notice)
	d.loadState(time.Now())
}

// Run is the loop. It returns when stop closes or the user quits, after
// closing every window and saving the timer.
func (d *Daemon) Run(stop <-chan struct{}) {
	defer d.shutdown()
	if d.told != "" {
		d.tellPlainly(d.told)
	}
	if missing, ok := d.Windows.(NoWindows); ok {
		d.notice("Posture Break", translation.L("Posture Break cannot open its windows: {{.Program}} is not installed. Breaks still come as notifications; reinstall Posture Break to get its windows back.", map[string]string{"Program": protocol.Program}))
		log.Print(missing.Why)
	}
	d.startAtLogin()
	if !d.introduced { // the first run: say what the app is for, until it has been read
		d.openIntro()
	}
	prev := time.Now()
	d.react(prev, d.started)
	d.settleAfter(prev)
	for !d.quitting {
		now := time.Now()
		d.settle(now)
		d.react(now, d.timer.Observe(d.observe(now), now))
		d.react(now, d.timer.Tick(now))
		if d.checks.Tick(now, d.timer.Status(now), d.timer.Plan()) {
			d.checkPosture(now)
		}
		d.show(now)
		d.prepare(now)
		d.retryHistory(now)
		d.save(now)
		wake := time.NewTimer(d.nextWake(now))
		var event func(time.Time)
		select {
		case <-stop:
			wake.Stop()
			return
		case event = <-d.events:
			wake.Stop()
		case <-d.poke:
			wake.Stop()
		case <-wake.C:
		}
		now = time.Now()
		if jump := schedule.Jump(prev, now); jump != 0 {
			log.Printf("the clock moved %v while the app was not watching (suspend, or a clock change)", jump.Round(time.Second))
			d.react(now, d.timer.ClockJumped(now, jump))
		}
		prev = now
		if event != nil {
			event(now)
		}
	}
}

// do hands work to the loop. Once the loop is leaving, the work is dropped.
func (d *Daemon) do(f func(now time.Time)) {
	select {
	case d.events <- f:
	case <-d.quit:
	}
}

// ask hands work to the loop and waits for its answer, giving up with
// control.ErrBusy after two seconds: callers on the bus must never hang on
// a busy or departed loop.
func ask[T any](d *Daemon, f func(now time.Time) T) (T, error) {
	var none T
	reply := make(chan T, 1)
	giveUp := time.After(2 * time.Second)
	select {
	case d.events <- func(now time.Time) { reply <- f(now) }:
	case <-d.quit:
		return none, control.ErrBusy
	case <-giveUp:
		return none, control.ErrBusy
	}
	select {
	case v := <-reply:
		return v, nil
	case <-giveUp:
		return none, control.ErrBusy
	}
}

// leave makes the loop end after the work in hand, however often it is asked.
func (d *Daemon) leave() {
	if !d.quitting {
		d.quitting = true
		close(d.quit)
	}
}

// settleTime is how long after a burst of work (start-up, a break window)
// the daemon waits before handing back what the burst used.
const settleTime = 10 * time.Second

// settleAfter asks for the daemon to settle once a burst that began at now
// has passed.
func (d *Daemon) settleAfter(now time.Time) { d.settleAt = now.Add(settleTime) }

// settle hands back memory once a burst of work has passed: the Go heap's
// free pages, and the program code only the burst needed (trimCode). The
// loop wakes for it settleTime after the burst.
func (d *Daemon) settle(now time.Time) {
	if d.settleAt.IsZero() || now.Before(d.settleAt) {
		return
	}
	d.settleAt = time.Time{}
	debug.FreeOSMemory()
	trimCode()
}

func (d *Daemon) react(now time.Time, c schedule.Change) {
	switch c {
	case schedule.BreakDue:
		d.readyUntil = now.Add(readyFor)
		d.recordWait(now)
		d.tell(now) // a snoozed break keeps its exercise; otherwise the rotation picks one
	case schedule.RemindAgain:
		d.tell(now)
	case schedule.AwayTaken:
		d.backFromAway(now)
		d.callOff()
	case schedule.Withheld:
		d.untell()
	case schedule.Called:
		d.callOff()
	}
}

// untell takes the due break's notification off screen: the break was
// answered another way, or is put off and keeps its exercise.
func (d *Daemon) untell() { d.Notifier.Withdraw() }

// callOff ends the due break for good, however it ended (taken away from
// the desk or with a relief exercise, skipped, paused over, or called off
// by the timer): its notification goes, and its exercise is forgotten, so
// the next break picks afresh.
func (d *Daemon) callOff() {
	d.untell()
	d.upcoming = ""
}

func (d *Daemon) show(now time.Time) {
	if d.Tray != nil {
		d.Tray.Show(d.describe(now))
	}
}

func (d *Daemon) describe(now time.Time) tray.State {
	st := tray.Describe(d.timer.Status(now), d.timer.Plan().Snooze, now, time.Local)
	if next := d.checks.Next(); !next.IsZero() {
		st.CheckLine = translation.L("Posture check in {{.Time}}", map[string]string{"Time": words.Length(max(next.Sub(now), time.Minute))})
	}
	return st
}

func (d *Daemon) shutdown() {
	d.leave() // windows ending now must not wait on a loop that is gone
	d.Windows.CloseAll()
	d.Notifier.Withdraw()
	d.writeHistory(time.Now()) // what it still cannot take is saved with the state, for the next start
	d.saved = nil              // always save on the way out, with the time of leaving
	d.save(time.Now())
}
