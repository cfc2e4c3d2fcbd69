package daemon

import (
	"fmt"
	"strings"
	"testing"
	"testing/synctest"

	"posturebreak/protocol"
)

// Windows that cannot open the display are told to the user once, however
// many fail, and the break each was for is still recorded.
func TestNoDisplayIsToldOnce(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		ds := dirs(t)
		r := start(t, ds)
		defer r.end()
		failed := fmt.Errorf("%w (exit status 3)", protocol.ErrNoDisplay)
		r.lastWindow(t, protocol.IntroWindow).done(nil, failed)
		for range 2 {
			r.d.BreakNow()
			synctest.Wait()
			r.lastWindow(t, protocol.BreakWindow).done(nil, failed)
			synctest.Wait()
		}
		var told int
		for _, m := range r.n.messages() {
			if strings.Contains(m.Body, "cannot open on this display") {
				told++
			}
		}
		if told != 1 {
			t.Fatalf("told %d times, want once: %+v", told, r.n.messages())
		}
		if recs := records(t, ds); len(recs) != 2 {
			t.Fatalf("history %+v, want both failed breaks", recs)
		}
	})
}
