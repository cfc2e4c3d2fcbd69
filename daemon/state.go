package daemon

import (
	"bytes"
	"encoding/json"
	"errors"
	"io/fs"
	"log"
	"os"
	"time"

	"posturebreak/exercises"
	"posturebreak/schedule"
	"posturebreak/storage"
)

// state is what the daemon carries over a restart, in the user's state
// folder. Losing it costs little (a fresh work interval), so a bad file is
// reported in the log and replaced.
type state struct {
	Timer    schedule.Snapshot  `json:"timer"`
	Rotation exercises.Rotation `json:"rotation"`
}

func loadState(path string, p schedule.Plan, now time.Time) (*schedule.Timer, exercises.Rotation, schedule.Change) {
	b, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return schedule.New(p, now), exercises.Rotation{}, schedule.NoChange
	}
	var s state
	if err == nil {
		err = json.Unmarshal(b, &s)
	}
	if err != nil {
		log.Printf("could not read the saved timer (%v); starting a fresh work interval", err)
		return schedule.New(p, now), exercises.Rotation{}, schedule.NoChange
	}
	t, change := schedule.Restore(p, s.Timer, now)
	return t, s.Rotation, change
}

// save writes the state if it changed since the last save.
func (d *Daemon) save(now time.Time) {
	s := state{Timer: d.timer.Snapshot(now), Rotation: d.rotation}
	s.Timer.Saved = time.Time{}
	key, _ := json.Marshal(s)
	if bytes.Equal(key, d.saved) {
		return
	}
	s.Timer.Saved = now.Round(0)
	b, _ := json.MarshalIndent(s, "", "  ")
	if err := storage.WriteAtomic(d.Dirs.StateFile(), append(b, '\n')); err != nil {
		log.Printf("could not save the timer (%v); a restart will begin a fresh interval", err)
		return
	}
	d.saved = key
}
