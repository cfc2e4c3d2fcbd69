package presence

import (
	"strings"
	"sync"
	"testing"
	"time"
	"unsafe"

	"golang.org/x/sys/windows"
)

// started is the one Session the tests start: its hidden window's class
// can be registered once in a process.
var started = sync.OnceValue(func() *Session { return Start(nil, nil, time.Minute, func() {}) })

// On Windows (here Wine), the sources are the real calls: the last input
// and the notification state answer, and the session events are asked for.
// Wine stubs what they would say (no session events; "accepts
// notifications" always), so what they mean is tested with fakes
// (windowsstate_test.go).
func TestStartFollowsWhatWindowsOffers(t *testing.T) {
	s := started()
	for _, want := range []string{"idle time from Windows' last input", "screen lock from Windows' session events", "notification state", "calls from the camera or a microphone"} {
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

// A lock and an unlock, posted as Windows sends them to the hidden window
// that Start registered for the session's events, come through its
// message loop to the reading. (Wine sends none of its own.)
func TestWindowsSessionEventsComeThroughTheHiddenWindow(t *testing.T) {
	s := started()
	class, _ := windows.UTF16PtrFromString("PostureBreakSessionEvents")
	hwnd, _, err := user32.NewProc("FindWindowW").Call(uintptr(unsafe.Pointer(class)), 0)
	if hwnd == 0 {
		t.Fatalf("no window of the class PostureBreakSessionEvents: %v (sources: %s; Wine makes windows only on an X server, as make test-windows gives it)", err, s.Sources())
	}
	post := func(event uintptr) {
		if ok, _, err := user32.NewProc("PostMessageW").Call(hwnd, wmWTSSessionChange, event, 1); ok == 0 {
			t.Fatalf("PostMessage: %v", err)
		}
	}
	waitFor := func(what string, locked bool) {
		t.Helper()
		for deadline := time.Now().Add(10 * time.Second); time.Now().Before(deadline); time.Sleep(10 * time.Millisecond) {
			if !s.Read(time.Now(), false).LockedSince.IsZero() == locked {
				return
			}
		}
		t.Fatalf("no %s came through the window's messages", what)
	}
	before := time.Now()
	post(wtsSessionLock)
	waitFor("lock", true)
	if at := s.Read(time.Now(), false).LockedSince; at.Before(before) {
		t.Errorf("locked since %v, before the lock was sent at %v", at, before)
	}
	post(wtsSessionUnlock)
	waitFor("unlock", false)
}
