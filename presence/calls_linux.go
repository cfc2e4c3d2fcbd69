package presence

import (
	"bytes"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
)

// Calls finds a call under way from which devices are open, never from what
// they carry: a camera (a /dev/video* device held open by one of the
// user's own processes) or a microphone that is capturing (an ALSA capture
// stream that is running, which is what PipeWire and PulseAudio drive
// too). The roots are fields so that tests can hand it a fake /proc and
// /dev.
type Calls struct {
	Proc string // /proc
	Dev  string // /dev
	UID  int    // whose processes count: the user's own
	Self int    // this process, which never counts
}

// SystemCalls checks the real /proc and /dev for this user.
func SystemCalls() Calls {
	return Calls{Proc: "/proc", Dev: "/dev", UID: os.Getuid(), Self: os.Getpid()}
}

// InCall says whether the camera or a microphone is in use.
func (c Calls) InCall() bool { return c.Microphone() || c.Camera() }

// Microphone says whether any sound card is capturing.
func (c Calls) Microphone() bool {
	streams, _ := filepath.Glob(filepath.Join(c.Proc, "asound", "card*", "pcm*c", "sub*", "status"))
	for _, status := range streams {
		b, err := os.ReadFile(status)
		if err == nil && running(b) {
			return true
		}
	}
	return false
}

// running reads an ALSA stream's status: "state: RUNNING" while it captures.
func running(status []byte) bool {
	for line := range bytes.Lines(status) {
		if k, v, ok := bytes.Cut(line, []byte(":")); ok && string(bytes.TrimSpace(k)) == "state" {
			return string(bytes.TrimSpace(v)) == "RUNNING"
		}
	}
	return false
}

// Camera says whether one of the user's processes holds a camera open.
// With no camera on the machine it looks no further.
func (c Calls) Camera() bool {
	if cams, _ := filepath.Glob(filepath.Join(c.Dev, "video*")); len(cams) == 0 {
		return false
	}
	procs, err := os.ReadDir(c.Proc)
	if err != nil {
		return false
	}
	for _, p := range procs {
		pid, err := strconv.Atoi(p.Name())
		if err != nil || pid == c.Self || !c.owns(p.Name()) {
			continue
		}
		if c.holdsCamera(p.Name()) {
			return true
		}
	}
	return false
}

// owns says whether a process is the user's.
func (c Calls) owns(pid string) bool {
	info, err := os.Stat(filepath.Join(c.Proc, pid))
	if err != nil {
		return false
	}
	st, ok := info.Sys().(*syscall.Stat_t)
	return ok && int(st.Uid) == c.UID
}

// holdsCamera says whether a process has a /dev/video* device open.
func (c Calls) holdsCamera(pid string) bool {
	fds := filepath.Join(c.Proc, pid, "fd")
	links, err := os.ReadDir(fds)
	if err != nil {
		return false // gone, or not ours to look at
	}
	prefix := filepath.Join(c.Dev, "video")
	for _, l := range links {
		target, err := os.Readlink(filepath.Join(fds, l.Name()))
		if err == nil && strings.HasPrefix(target, prefix) {
			return true
		}
	}
	return false
}

// systemCalls is the call check of this system: the real /proc and /dev.
func systemCalls() callCheck { return SystemCalls() }
