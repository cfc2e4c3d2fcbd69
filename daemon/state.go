package daemon

import (
	"bytes"
	"encoding/json"
	"errors"
	"io/fs"
	"log"
	"time"

	"posturebreak/exercises"
	"posturebreak/history"
	"posturebreak/schedule"
	"posturebreak/storage"
)

// state is what the daemon carries over a restart, in the user's state
// folder. Losing it costs little (a fresh work interval), so a bad file is
// reported in the log and replaced.
type state struct {
	Timer      schedule.Snapshot  `json:"timer"`
	Rotation   exercises.Rotation `json:"rotation"`
	Upcoming   string             `json:"upcoming,omitempty"`  // the exercise of a break that is due or snoozed
	Introduced bool               `json:"introduced"`          // the first-run introduction has been shown
	Unwritten  []history.Record   `json:"unwritten,omitempty"` // records the history could not take yet
	LastCue    string             `json:"last_cue,omitempty"`  // the last posture check's cue, so the next is another
}

// maxState is the largest state file read: what the daemon writes is a
// few hundred bytes.
const maxState = 1 << 20

// heartbeat is how often the state is rewritten when nothing changed: at
// every minute's tick, so that after a crash the time the daemon was last
// alive is known to within a minute, and a quick restart keeps the deadline.
const heartbeat = 50 * time.Second

// loadState picks up the timer, rotation and the rest from the last run.
func (d *Daemon) loadState(now time.Time) {
	p := d.settings.Plan()
	b, err := storage.ReadFile(d.Dirs.StateFile(), maxState)
	if errors.Is(err, fs.ErrNotExist) {
		d.timer = schedule.New(p, now)
		return
	}
	var s state
	if err == nil {
		err = json.Unmarshal(b, &s)
	}
	if err != nil {
		// Whether the introduction was read is lost with the rest: it
		// comes again, since its safety advice is better seen twice than
		// never.
		log.Printf("could not read the saved timer (%v); starting a fresh work interval", err)
		d.timer = schedule.New(p, now)
		return
	}
	d.timer, d.started = schedule.Restore(p, s.Timer, now)
	d.rotation, d.introduced, d.unwritten, d.lastCue = s.Rotation, s.Introduced, s.Unwritten, s.LastCue
	if d.timer.Phase() != schedule.Working || d.timer.Snoozes() > 0 || d.started == schedule.AwayTaken {
		d.upcoming = s.Upcoming // that break is still to come, or is about to be recorded as taken
	}
}

// save writes the state if it changed since the last save, or a heartbeat
// has passed.
func (d *Daemon) save(now time.Time) {
	s := state{Timer: d.timer.Snapshot(now), Rotation: d.rotation, Upcoming: d.upcoming, Introduced: d.introduced, Unwritten: d.unwritten, LastCue: d.lastCue}
	s.Timer.Saved = time.Time{}
	key, _ := json.Marshal(s)
	if bytes.Equal(key, d.saved) && now.Round(0).Sub(d.savedAt.Round(0)) < heartbeat {
		return
	}
	s.Timer.Saved = now.Round(0)
	b, _ := json.MarshalIndent(s, "", "  ")
	if err := storage.WriteAtomic(d.Dirs.StateFile(), append(b, '\n')); err != nil {
		log.Printf("could not save the timer (%v); a restart will begin a fresh interval", err)
		return
	}
	d.saved, d.savedAt = key, now
}
