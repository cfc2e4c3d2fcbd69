package presence

import (
	"os"
	"path/filepath"
	"testing"
)

// fakeMachine is a /proc and a /dev in a temporary folder.
type fakeMachine struct {
	t    *testing.T
	root string
}

func newMachine(t *testing.T) fakeMachine {
	m := fakeMachine{t, t.TempDir()}
	for _, d := range []string{"proc", "dev"} {
		if err := os.MkdirAll(filepath.Join(m.root, d), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	return m
}

func (m fakeMachine) calls() Calls {
	return Calls{Proc: filepath.Join(m.root, "proc"), Dev: filepath.Join(m.root, "dev"), UID: os.Getuid(), Self: 1}
}

func (m fakeMachine) write(path, text string) {
	m.t.Helper()
	full := filepath.Join(m.root, path)
	if err := os.MkdirAll(filepath.Dir(full), 0o755); err != nil {
		m.t.Fatal(err)
	}
	if err := os.WriteFile(full, []byte(text), 0o644); err != nil {
		m.t.Fatal(err)
	}
}

// process gives pid open files: fd number to what it links to.
func (m fakeMachine) process(pid string, fds map[string]string) {
	m.t.Helper()
	dir := filepath.Join(m.root, "proc", pid, "fd")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		m.t.Fatal(err)
	}
	for fd, target := range fds {
		if err := os.Symlink(target, filepath.Join(dir, fd)); err != nil {
			m.t.Fatal(err)
		}
	}
}

func TestACameraHeldOpenIsACall(t *testing.T) {
	m := newMachine(t)
	m.write("dev/video0", "")
	m.process("200", map[string]string{"0": "/dev/null", "1": "socket:[1234]"})
	c := m.calls()
	if c.Camera() || c.InCall() {
		t.Fatal("a call seen with no camera open")
	}
	m.process("300", map[string]string{"7": filepath.Join(c.Dev, "video0")})
	if !c.Camera() || !c.InCall() {
		t.Fatal("a camera held open was not seen")
	}
}

func TestOurOwnProcessAndOthersUsersDoNotCount(t *testing.T) {
	m := newMachine(t)
	m.write("dev/video0", "")
	c := m.calls()
	m.process("1", map[string]string{"3": filepath.Join(c.Dev, "video0")}) // Self
	if c.Camera() {
		t.Fatal("this process's own camera counted")
	}
	c.UID = os.Getuid() + 1 // the fake processes now belong to someone else
	m.process("400", map[string]string{"3": filepath.Join(c.Dev, "video0")})
	if c.Camera() {
		t.Fatal("another user's camera counted")
	}
}

func TestNoCameraOnTheMachineLooksNoFurther(t *testing.T) {
	m := newMachine(t)
	c := m.calls()
	m.process("300", map[string]string{"7": filepath.Join(c.Dev, "video0")}) // a link to a device that is not there
	if c.Camera() {
		t.Fatal("a camera seen on a machine without one")
	}
}

func TestAMicrophoneThatIsCapturingIsACall(t *testing.T) {
	m := newMachine(t)
	c := m.calls()
	if c.Microphone() {
		t.Fatal("a microphone seen with no sound cards")
	}
	m.write("proc/asound/card0/pcm0c/sub0/status", "closed\n")
	m.write("proc/asound/card0/pcm0p/sub0/status", "state: RUNNING\n") // playback is not a call
	m.write("proc/asound/card1/pcm0c/sub0/status", "state: PREPARED\nowner_pid   : 812\n")
	if c.Microphone() || c.InCall() {
		t.Fatal("a call seen with no capture running")
	}
	m.write("proc/asound/card1/pcm0c/sub0/status", "state: RUNNING\nowner_pid   : 812\ntrigger_time: 1.5\n")
	if !c.Microphone() || !c.InCall() {
		t.Fatal("a running capture was not seen")
	}
}

func TestTheCallCheckRunsOnlyWhenWantedAndAtMostEveryPoll(t *testing.T) {
	m := newMachine(t)
	m.write("proc/asound/card0/pcm0c/sub0/status", "state: RUNNING\n")
	s := &Session{calls: m.calls()}
	now := testTime
	if s.Read(now, false).InCall {
		t.Fatal("the call check ran when it was not wanted")
	}
	if !s.Read(now, true).InCall {
		t.Fatal("the call check did not run when wanted")
	}
	m.write("proc/asound/card0/pcm0c/sub0/status", "closed\n")
	if !s.Read(now.Add(PollEvery/2), true).InCall {
		t.Fatal("the call check ran again within PollEvery")
	}
	if s.Read(now.Add(PollEvery), true).InCall {
		t.Fatal("the call check did not run again after PollEvery")
	}
}

// BenchmarkCallCheck is one call check on this machine's real /proc and
// /dev: what the daemon pays every 15 s while a break is due or waiting.
func BenchmarkCallCheck(b *testing.B) {
	c := SystemCalls()
	c.Dev = b.TempDir() // no camera here: make the /proc scan run all the same
	os.WriteFile(filepath.Join(c.Dev, "video0"), nil, 0o644)
	procs, _ := os.ReadDir(c.Proc)
	b.ReportMetric(float64(len(procs)), "proc-entries")
	for b.Loop() {
		c.InCall()
	}
}
