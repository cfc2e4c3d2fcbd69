package presence

import (
	"strings"
	"testing"
	"time"
)

// On Windows (here Wine), the sources are the real calls: the last input
// and the notification state answer, and the session events are asked for.
// Wine stubs what they would say (no session events; "accepts
// notifications" always), so what they mean is tested with fakes
// (windowsstate_test.go).
func TestStartFollowsWhatWindowsOffers(t *testing.T) {
	s := Start(nil, nil, time.Minute, func() {})
	for _, want := range []string{"idle time from Windows' last input", "notification state", "calls from the camera or a microphone"} {
		if !strings.Contains(s.Sources(), want) {
			t.Errorf("sources %q lack %q", s.Sources(), want)
		}
	}
	idle, err := lastInput()
	if err != nil || idle < 0 {
		t.Fatalf("the last input: %v, %v", idle, err)
	}
	now := time.Now()
	if r := s.Read(now, true); r.Fullscreen || r.DoNotDisturb || r.InCall {
		t.Errorf("a quiet Windows reads %+v", r)
	}
	if got := s.PollIn(now); got <= 0 {
		t.Errorf("the polled idle source is not asked again: %v", got)
	}
}
