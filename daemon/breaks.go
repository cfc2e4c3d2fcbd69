package daemon

import (
	"errors"
	"log"
	"slices"
	"strings"
	"time"

	"posturebreak/exercises"
	"posturebreak/history"
	"posturebreak/notify"
	"posturebreak/protocol"
	"posturebreak/schedule"
	"posturebreak/translation"
	"posturebreak/words"
)

// tell shows the break notification. If none can be shown, the break
// window opens by itself, so no break is silently lost.
func (d *Daemon) tell(now time.Time) {
	body := allLeftOutText()
	if !d.allLeftOut() {
		e := d.exercise()
		body = translation.L("{{.Exercise}} · {{.Minutes}} min · {{.Where}}",
			map[string]any{"Exercise": words.Exercise(e), "Minutes": d.settings.BreakMinutes, "Where": words.Where(e)})
	}
	if waited := d.waitedLine(); waited != "" {
		body += "\n" + waited
	}
	msg := notify.Message{
		Title: translation.L("Time for a posture break"),
		Body:  body,
		Break: true,
		Sound: d.settings.Sound,
	}
	if d.timer.CanSnooze() {
		msg.Snooze = words.Snooze(d.timer.Plan().Snooze)
	}
	_, err := d.Notifier.Show(msg)
	switch {
	case err == nil:
	case d.reading.Fullscreen || d.reading.Presenting: // never over a film or a slide show on its own
		log.Printf("no notification could be shown (%v), and a window is fullscreen or a video plays: the break waits to be told again", err)
	default:
		log.Printf("no notification could be shown (%v), so the break window opens by itself", err)
		d.startBreak(now)
	}
}

// tellPlainly tells the user something about their settings file.
func (d *Daemon) tellPlainly(text string) { d.notice(translation.L("Posture Break settings"), text) }

// notice tells the user something in a notification, and the log.
func (d *Daemon) notice(title, text string) {
	log.Print(text)
	if _, err := d.Notifier.Show(notify.Message{Title: title, Body: text}); err != nil {
		log.Printf("and no notification could be shown to say so: %v", err)
	}
}

// exercise is the one for the break that is due or under way.
func (d *Daemon) exercise() exercises.Exercise {
	e, ok := exercises.ByID(d.upcoming)
	if !ok {
		e = d.rotation.Next(exercises.Catalogue(), d.eligible())
		d.upcoming = e.ID
	}
	return e
}

// eligible says which exercises the rotation may pick: those the user has
// the things for, and has not left out.
func (d *Daemon) eligible() func(exercises.Exercise) bool {
	can := exercises.Eligible(d.settings.Equipment)
	return func(e exercises.Exercise) bool { return can(e) && !slices.Contains(d.settings.LeftOut, e.ID) }
}

// allLeftOut says whether the user left out every exercise they could do,
// so that a break has nothing to show.
func (d *Daemon) allLeftOut() bool {
	return !slices.ContainsFunc(exercises.Catalogue(), d.eligible())
}

// allLeftOutText says that no exercise is left to show, and where to put some
// back.
func allLeftOutText() string {
	return translation.L("Every exercise you can do is left out, so there is none to show. Put some back in Settings, under Exercises.")
}

// nothingToShow answers a break asked for with every exercise left out:
// the settings open, saying so, and a due break is put aside, unrecorded,
// since the user did not skip it.
func (d *Daemon) nothingToShow(now time.Time) {
	d.openSettings()
	if d.timer.Phase() == schedule.Due {
		d.timer.Skip(now)
		d.callOff()
	}
}

func (d *Daemon) startBreak(now time.Time) {
	if d.relieving {
		log.Print("a relief exercise is open; the break waits for it to close")
		return
	}
	if d.allLeftOut() {
		d.nothingToShow(now)
		return
	}
	if !d.timer.StartBreak() {
		return // one break window at a time
	}
	req := d.breakRequest()
	opened := d.openWindow(req, func(line []byte, err error) {
		d.do(func(now time.Time) { d.breakEnded(now, req, line, err) })
	})
	d.untell() // once the window is on its way, since it waits on the notification server

	if !opened { // the last break window has not let go yet; never leave the timer stuck on a break
		d.breakEnded(now, req, nil, errors.New("the break window could not open: the last one is still closing"))
	}
}

// breakRequest is the break window for the break that is due.
func (d *Daemon) breakRequest() protocol.Break {
	p := d.timer.Plan()
	req := protocol.Break{Exercises: append([]string{d.exercise().ID}, d.alternatives()...), Length: p.Break, Snooze: p.Snooze}
	if !d.timer.CanSnooze() {
		req.Snooze = 0 // no Snooze button
	}
	return req
}

// readyFor is how long after a break falls due its window is kept ready.
// A ready window holds its memory (about 120 MB, most of it the GL
// driver's) but no CPU; a break left waiting longer than this opens as
// any window does, from a new process, when it is finally taken.
const readyFor = 10 * time.Minute

// prepare keeps the break window ready, hidden, while a break is due and
// not waiting (so the user has been told), so that a click on the notification or the tray
// shows it at once; otherwise (the break started, was snoozed, skipped or
// credited as time away, waits while the user is busy, or has waited
// readyFor) it lets it go.
func (d *Daemon) prepare(now time.Time) {
	due := d.timer.Phase() == schedule.Due && d.timer.Status(now).Waiting == schedule.NotBusy
	if due && !d.relieving && now.Before(d.readyUntil) {
		d.Windows.Ready(d.breakRequest())
		return
	}
	d.Windows.Dismiss()
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
		e := preview.Next(exercises.Catalogue(), d.eligible())
		if e.ID == d.upcoming || slices.Contains(ids, e.ID) {
			break // fewer eligible exercises than offers
		}
		ids = append(ids, e.ID)
	}
	return ids
}

// breakEnded records how a break window ended. If the timer moved on
// meanwhile (the user paused from the tray), the break is still recorded,
// but the timer is left as it is.
func (d *Daemon) breakEnded(now time.Time, req protocol.Break, line []byte, err error) {
	onBreak := d.timer.Phase() == schedule.OnBreak
	if r, rerr := req.Result(line); rerr == nil {
		d.breakReported(now, req, r, onBreak)
	} else {
		d.breakFailed(now, errors.Join(err, rerr), onBreak)
	}
	if d.timer.Phase() != schedule.Due && d.timer.Snoozes() == 0 {
		d.upcoming = ""
	}
	d.settleAfter(now)
}

// breakReported acts on what the break window said.
func (d *Daemon) breakReported(now time.Time, req protocol.Break, r protocol.BreakResult, onBreak bool) {
	for range r.Another { // the ones the user moved on to count as shown
		d.rotation.Next(exercises.Catalogue(), d.eligible())
	}
	for _, id := range req.Exercises[:r.Another] {
		if !slices.Contains(r.LeftOut, id) {
			d.rotation.SwapAway(id)
		}
	}
	d.leaveOut(now, r.LeftOut)
	d.upcoming = r.Exercise
	if onBreak {
		switch {
		case r.Outcome == history.Done:
			d.timer.Finish(now)
		case r.Outcome == history.Snoozed && d.timer.Snooze(now):
		case r.Outcome == history.Snoozed: // the limit was lowered while the window was open
			d.timer.Skip(now)
			r.Outcome = history.Skipped
		default:
			d.timer.Skip(now)
		}
	}
	d.record(now, r.Outcome, r.Seconds, "")
}

// breakFailed records a break window that crashed or said nothing usable.
func (d *Daemon) breakFailed(now time.Time, why error, onBreak bool) {
	detail := strings.ReplaceAll(why.Error(), "\n", "; ")
	log.Printf("the break window failed: %s", detail)
	if onBreak {
		d.timer.Skip(now)
	}
	d.record(now, history.Failed, 0, detail)
}

// record adds an outcome of the break that is due or under way.
func (d *Daemon) record(now time.Time, o history.Outcome, seconds int, detail string) {
	d.recordAs(now, d.upcoming, o, seconds, detail)
}
