package daemon

import (
	"errors"
	"log"
	"slices"
	"time"

	"posturebreak/exercises"
	"posturebreak/history"
	"posturebreak/protocol"
)

// Relief answers the urge to pop with a movement: a mobility exercise at
// once, the next the rotation would pick among those the user can do.
func (d *Daemon) Relief() { d.do(d.startRelief) }

// startRelief opens the relief window. It does not put the timer on a
// break: work time keeps counting unless the exercise lasts a break's
// length (reliefEnded).
func (d *Daemon) startRelief(now time.Time) {
	if d.relieving {
		return
	}
	if d.allLeftOut() {
		d.openSettings() // which says that there is nothing to show
		return
	}
	eligible := d.eligible()
	mobility := func(e exercises.Exercise) bool { return e.Category == exercises.Mobility && eligible(e) }
	if !slices.ContainsFunc(exercises.Catalogue(), mobility) {
		mobility = eligible // every mobility exercise is left out: another kind
	}
	e := d.rotation.Next(exercises.Catalogue(), mobility)
	req := protocol.Break{Exercises: []string{e.ID}, Length: d.timer.Plan().Break}
	if !d.openWindow(req, func(line []byte, err error) {
		d.do(func(now time.Time) { d.reliefEnded(now, req, line, err) })
	}) {
		log.Print("a break window is open already, so the relief exercise waits for it to close")
		return
	}
	d.relieving = true
}

// reliefEnded records an urge answered with a movement. One that lasted a
// break's length counts as the next break (the README says so): work starts
// afresh, and a break that was due is taken.
func (d *Daemon) reliefEnded(now time.Time, req protocol.Break, line []byte, err error) {
	d.relieving = false
	r, rerr := req.Result(line)
	if rerr != nil || err != nil {
		log.Printf("the relief window failed: %v", errors.Join(err, rerr))
		return
	}
	d.leaveOut(now, r.LeftOut)
	if r.Outcome != history.Done {
		return // closed without doing it: nothing was taken
	}
	if time.Duration(r.Seconds)*time.Second >= d.timer.Plan().Break && d.timer.Took(now) {
		d.callOff() // the break that was due is taken
	}
	d.recordAs(now, r.Exercise, history.Relief, r.Seconds, "")
	d.settleAfter(now)
}
