// Package daemon owns the tray daemon's loop: it runs the work timer, tells
// the user when a break is due, opens the window processes, records every
// break, and answers the tray, the notifications and the bus. Its parts
// (notifications, windows, tray) come in as interfaces, so the loop is
// tested with fakes in fake time; run.go wires the real ones.
package daemon

import (
	"encoding/json"
	"errors"
	"fmt"
	"log"
	"runtime/debug"
	"slices"
	"strings"
	"time"

	"posturebreak/exercises"
	"posturebreak/history"
	"posturebreak/notify"
	"posturebreak/schedule"
	"posturebreak/settings"
	"posturebreak/storage"
	"posturebreak/tray"
)

// Notifier tells the user things (notify.Notifier).
type Notifier interface {
	Show(notify.Message) (clickable bool, err error)
	Withdraw()
}

// Windows starts window processes (Launcher). done gets the window's one
// output line, and an error if it did not end well.
type Windows interface {
	Open(kind string, args []string, done func(line []byte, err error)) bool
	CloseAll()
}

// Tray shows the timer's state (tray.Tray).
type Tray interface{ Show(tray.State) }

// Daemon is the tray daemon's state. Only its loop touches it; everything
// else hands it work through events.
type Daemon struct {
	Notifier Notifier
	Windows  Windows
	Tray     Tray
	Dirs     storage.Dirs

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
}

// New loads the settings and the saved state. Bad files are reported to the
// user when the loop starts, and never stop the daemon.
func New(dirs storage.Dirs, n Notifier, w Windows) *Daemon {
	d := &Daemon{Notifier: n, Windows: w, Dirs: dirs, events: make(chan func(time.Time), 16), quit: make(chan struct{})}
	d.settings, d.told = settings.Load(dirs.SettingsFile())
	d.loadState(time.Now())
	return d
}

// Run is the loop. It returns when stop closes or the user quits, after
// closing every window and saving the timer.
func (d *Daemon) Run(stop <-chan struct{}) {
	defer d.shutdown()
	if d.told != "" {
		d.tellPlainly(d.told)
	}
	if !d.introduced { // the first run: say what the app is for, once
		d.open("intro", nil, func([]byte, error) {})
		d.introduced = true
	}
	prev := time.Now()
	d.react(prev, d.started)
	debug.FreeOSMemory() // hand back what start-up used; the loop itself needs little
	trimCode()
	for !d.quitting {
		now := time.Now()
		d.react(now, d.timer.Tick(now))
		d.show(now)
		d.save(now)
		wake := time.NewTimer(d.timer.NextWake(now))
		var event func(time.Time)
		select {
		case <-stop:
			wake.Stop()
			return
		case event = <-d.events:
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

// leave makes the loop end after the work in hand, however often it is asked.
func (d *Daemon) leave() {
	if !d.quitting {
		d.quitting = true
		close(d.quit)
	}
}

// BreakNow starts a break at once, with no notification first.
func (d *Daemon) BreakNow() { d.do(d.startBreak) }

// OpenSettings opens the settings window.
func (d *Daemon) OpenSettings() { d.do(func(time.Time) { d.openSettings() }) }

// OpenAbout opens the About window.
func (d *Daemon) OpenAbout() { d.do(func(time.Time) { d.open("about", nil, func([]byte, error) {}) }) }

// Quit ends the loop.
func (d *Daemon) Quit() { d.do(func(time.Time) { d.leave() }) }

// SettingsChanged reloads the settings file.
func (d *Daemon) SettingsChanged() { d.do(d.reload) }

// Act handles a click on a break notification.
func (d *Daemon) Act(a notify.Action) {
	d.do(func(now time.Time) {
		if d.timer.Phase() != schedule.Due {
			return // the break was dealt with another way meanwhile
		}
		switch a {
		case notify.Open:
			d.startBreak(now)
		case notify.Snooze:
			d.timer.Snooze(now)
			d.record(now, history.Snoozed, 0, "")
		case notify.Skip:
			d.timer.Skip(now)
			d.record(now, history.Skipped, 0, "")
			d.upcoming = ""
		}
	})
}

// Status is the timer's state as JSON, for the bus.
func (d *Daemon) Status() string {
	reply := make(chan string, 1)
	ask := func(time.Time) {
		b, _ := json.Marshal(struct {
			Phase     schedule.Phase `json:"phase"`
			NextBreak time.Time      `json:"next_break"`
		}{d.timer.Phase(), d.timer.NextBreak().Round(time.Second)})
		reply <- string(b)
	}
	giveUp := time.After(2 * time.Second) // the bus caller must not wait on a busy loop forever
	select {
	case d.events <- ask:
	case <-d.quit:
		return `{"error":"quitting"}`
	case <-giveUp:
		return `{"error":"busy"}`
	}
	select {
	case s := <-reply:
		return s
	case <-giveUp:
		return `{"error":"busy"}`
	}
}

func (d *Daemon) react(now time.Time, c schedule.Change) {
	switch c {
	case schedule.BreakDue:
		d.tell(now) // a snoozed break keeps its exercise; otherwise the rotation picks one
	case schedule.RemindAgain:
		d.tell(now)
	case schedule.AwayTaken:
		d.Notifier.Withdraw()
		d.record(now, history.Away, 0, "")
		d.upcoming = ""
	}
}

// tell shows the break notification. If none can be shown, the break
// window opens by itself, so no break is silently lost.
func (d *Daemon) tell(now time.Time) {
	e := d.exercise()
	msg := notify.Message{
		Title:   "Time for a posture break",
		Body:    fmt.Sprintf("%s · %d min · %s", e.Name, d.settings.BreakMinutes, e.Where()),
		Actions: true,
		Snooze:  fmt.Sprintf("Snooze %d min", int(d.timer.Plan().Snooze.Minutes())),
	}
	if _, err := d.Notifier.Show(msg); err != nil {
		log.Printf("no notification could be shown (%v), so the break window opens by itself", err)
		d.startBreak(now)
	}
}

func (d *Daemon) tellPlainly(text string) {
	log.Print(text)
	if _, err := d.Notifier.Show(notify.Message{Title: "Posture Break settings", Body: text}); err != nil {
		log.Printf("and no notification could be shown to say so: %v", err)
	}
}

// exercise is the one for the break that is due or under way.
func (d *Daemon) exercise() exercises.Exercise {
	e, ok := exercises.ByID(d.upcoming)
	if !ok {
		e = d.rotation.Next(exercises.Catalogue, d.eligible())
		d.upcoming = e.ID
	}
	return e
}

// eligible says which exercises the rotation may pick, given what the user
// has to hand.
func (d *Daemon) eligible() func(exercises.Exercise) bool {
	return exercises.Eligible(d.settings.Equipment)
}

func (d *Daemon) startBreak(now time.Time) {
	if !d.timer.StartBreak() {
		return // one break window at a time
	}
	d.Notifier.Withdraw()
	offered := append([]string{d.exercise().ID}, d.alternatives()...)
	p := d.timer.Plan()
	args := []string{"-exercises", strings.Join(offered, ","), "-length", p.Break.String(), "-snooze", p.Snooze.String()}
	opened := d.Windows.Open("break", args, func(line []byte, err error) {
		d.do(func(now time.Time) { d.breakEnded(now, offered, line, err) })
	})
	if !opened { // the last break window has not let go yet; never leave the timer stuck on a break
		d.breakEnded(now, offered, nil, errors.New("the break window could not open: the last one is still closing"))
	}
}

// offers is how many exercises "Another exercise" may move on to.
const offers = 3

// alternatives are the exercises the rotation would pick next, for the
// break window's "Another exercise"; the rotation moves on only for those
// the user actually asks for.
func (d *Daemon) alternatives() []string {
	preview := exercises.Rotation{Shown: slices.Clone(d.rotation.Shown), Last: d.rotation.Last}
	var ids []string
	for range offers {
		e := preview.Next(exercises.Catalogue, d.eligible())
		if e.ID == d.upcoming || slices.Contains(ids, e.ID) {
			break // fewer eligible exercises than offers
		}
		ids = append(ids, e.ID)
	}
	return ids
}

func (d *Daemon) breakEnded(now time.Time, offered []string, line []byte, err error) {
	if d.timer.Phase() != schedule.OnBreak {
		return
	}
	r, perr := parseBreak(line, offered)
	switch {
	case perr == nil:
		for range r.Another { // the ones the user moved on to count as shown
			d.rotation.Next(exercises.Catalogue, d.eligible())
		}
		d.upcoming = r.Exercise
		switch r.Outcome {
		case history.Done:
			d.timer.Finish(now)
		case history.Snoozed:
			d.timer.Snooze(now)
		default:
			d.timer.Skip(now)
		}
		d.record(now, r.Outcome, r.Seconds, "")
	default:
		detail := perr.Error()
		if err != nil {
			detail = err.Error() + "; " + detail
		}
		log.Printf("the break window failed: %s", detail)
		d.timer.Skip(now)
		d.record(now, history.Failed, 0, detail)
	}
	if d.timer.Phase() == schedule.Working && d.timer.Snoozes() == 0 {
		d.upcoming = ""
	}
	debug.FreeOSMemory() // give back the buffers the window's output needed
	trimCode()
}

func (d *Daemon) openSettings() {
	d.open("settings", []string{"-file", d.Dirs.SettingsFile()}, func([]byte, error) { d.SettingsChanged() })
}

// open opens a window, unless one of its kind is open already.
func (d *Daemon) open(kind string, args []string, done func([]byte, error)) {
	if !d.Windows.Open(kind, args, done) {
		log.Printf("the %s window is already open", kind)
	}
}

func (d *Daemon) reload(now time.Time) {
	s, notice := settings.Reload(d.Dirs.SettingsFile(), d.settings)
	if notice != "" && notice != d.told {
		d.tellPlainly(notice)
	}
	d.told = notice
	if !s.Equal(d.settings) {
		d.settings = s
		d.timer.SetPlan(s.Plan(), now)
	}
}

func (d *Daemon) record(now time.Time, o history.Outcome, seconds int, detail string) {
	r := history.Record{Time: now.Round(time.Second), Exercise: d.upcoming, Outcome: o, Seconds: seconds, Detail: detail}
	if err := history.Append(d.Dirs.HistoryFile(), r); err != nil {
		log.Printf("could not add to the history of breaks (%v); this break is not recorded", err)
	}
}

func (d *Daemon) show(now time.Time) {
	if d.Tray != nil {
		d.Tray.Show(tray.Now(d.timer.Phase(), d.timer.Remaining(now)))
	}
}

func (d *Daemon) shutdown() {
	d.leave() // windows ending now must not wait on a loop that is gone
	d.Windows.CloseAll()
	d.Notifier.Withdraw()
	d.saved = nil // always save on the way out, with the time of leaving
	d.save(time.Now())
}
