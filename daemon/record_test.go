package daemon

import (
	"os"
	"strings"
	"testing"
	"testing/synctest"
	"time"

	"posturebreak/history"
)

// A break the history cannot take (here the file's place is taken by a
// folder; a full disk fails the same way) is kept, the user is told once,
// and it is written, before the next, once there is room again; and what
// is still kept when the daemon stops is kept in its state for the next
// start.
func TestABreakTheHistoryCannotTakeIsKept(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		ds := dirs(t)
		writeSettings(t, ds, `{"work_minutes": 10}`)
		if err := os.MkdirAll(ds.HistoryFile(), 0o755); err != nil { // no file can be written there
			t.Fatal(err)
		}
		r := start(t, ds)
		for range 2 {
			time.Sleep(10 * time.Minute)
			synctest.Wait()
			r.d.Skip()
			synctest.Wait()
		}
		var told []string
		for _, m := range r.n.messages() {
			if strings.Contains(m.Body, "history") {
				told = append(told, m.Body)
			}
		}
		if len(told) != 1 || !strings.Contains(told[0], "keeps your breaks") {
			t.Fatalf("told %q, want once, in plain words", told)
		}
		os.Remove(ds.HistoryFile()) // room again
		time.Sleep(retryEvery)
		synctest.Wait()
		recs := records(t, ds)
		if len(recs) != 2 || recs[0].Outcome != history.Skipped || !recs[0].Time.Before(recs[1].Time) {
			t.Fatalf("once there was room, the history holds %+v, want both skips in order", recs)
		}

		os.Remove(ds.HistoryFile())
		os.MkdirAll(ds.HistoryFile(), 0o755) // no room again
		time.Sleep(10 * time.Minute)
		synctest.Wait()
		r.d.Skip()
		synctest.Wait()
		r.end()
		os.Remove(ds.HistoryFile())
		again := start(t, ds)
		defer again.end()
		if recs := records(t, ds); len(recs) != 1 || recs[0].Outcome != history.Skipped {
			t.Fatalf("after a restart, the history holds %+v, want the skip kept over it", recs)
		}
	})
}
