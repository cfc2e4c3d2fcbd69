package daemon

import (
	"log"
	"slices"
	"time"

	"posturebreak/advice"
	"posturebreak/history"
	"posturebreak/notify"
	"posturebreak/translation"
)

// checkPosture shows a posture check between breaks: one cue, the next
// in turn, so that the same one never comes twice in a row; quiet, gone
// by itself in about 20 s, with Show me for the quick relief exercise. It
// opens no window, even where no notification can be shown. History keeps
// each check shown, with its cue's ID.
func (d *Daemon) checkPosture(now time.Time) {
	cue := advice.PostureCues[nextCue(d.lastCue)]
	d.lastCue = cue.ID
	if _, err := d.Notifier.Show(notify.Message{Title: translation.L("Posture check"), Body: translation.L(cue.Text), Check: true}); err != nil {
		log.Printf("the posture check could not be shown (%v); it is dropped", err)
		return
	}
	d.recordAs(now, "", history.Check, 0, cue.ID)
	d.settleAfter(now) // hand back the pages the check's code brought in
}

// nextCue is the index of the cue after the one with ID last; the first
// when last is none, or one this version does not know.
func nextCue(last string) int {
	i := slices.IndexFunc(advice.PostureCues, func(c advice.Cue) bool { return c.ID == last })
	return (i + 1) % len(advice.PostureCues)
}
