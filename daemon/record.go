package daemon

import (
	"log"
	"time"

	"posturebreak/history"
	"posturebreak/translation"
)

// retryEvery is how often records the history could not take are tried
// again.
const retryEvery = time.Minute

// recordAs adds an outcome to the history, naming exercise. One the file
// cannot take now (a full disk, say) is kept, and written, after any kept
// before it, once there is room; the user is told once.
func (d *Daemon) recordAs(now time.Time, exercise string, o history.Outcome, seconds int, detail string) {
	r := history.Record{Time: now.Round(time.Second), Exercise: exercise, Outcome: o, Seconds: seconds, Detail: detail}
	d.unwritten = append(d.unwritten, r)
	d.writeHistory(now)
}

// writeHistory writes the records kept so far, oldest first, and stops at
// the first the file will not take, to try again in retryEvery.
func (d *Daemon) writeHistory(now time.Time) {
	for len(d.unwritten) > 0 {
		if err := history.Append(d.Dirs.HistoryFile(), d.unwritten[0]); err != nil {
			d.retryAt = now.Add(retryEvery)
			d.cannotRecord(err)
			return
		}
		d.unwritten = d.unwritten[1:]
	}
	if d.toldUnwritten {
		log.Print("the breaks kept while the history could not be written are in it now")
		d.toldUnwritten = false
	}
}

// cannotRecord says once, until the history can be written again, that
// it cannot, and that nothing is lost.
func (d *Daemon) cannotRecord(err error) {
	log.Printf("could not add to the history of breaks (%v); %d kept to write once there is room", err, len(d.unwritten))
	if d.toldUnwritten {
		return
	}
	d.toldUnwritten = true
	d.notice("Posture Break", translation.L("Your history of breaks cannot be written: {{.Problem}}. Posture Break keeps your breaks and writes them as soon as there is room.", map[string]any{"Problem": err}))
}

// retryHistory writes the kept records once it is time to try again.
func (d *Daemon) retryHistory(now time.Time) {
	if len(d.unwritten) > 0 && !now.Before(d.retryAt) {
		d.writeHistory(now)
	}
}
