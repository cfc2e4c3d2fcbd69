package daemon

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log"
	"os"
	"os/exec"
	"sync"
	"time"

	"posturebreak/exercises"
	"posturebreak/history"
)

// Launcher starts window processes from the daemon's own executable
// (posturebreak window <kind> ...), one of each kind at a time, and reads
// the one line each prints when it ends.
type Launcher struct {
	Exe string

	mu      sync.Mutex
	running map[string]*process
	closing bool
}

type process struct {
	cmd    *exec.Cmd
	exited chan struct{}
}

// maxOutput is as much of a window's output as is read: a result is a
// short line, anything longer is garbage.
const maxOutput = 64 << 10

// Open starts a window unless one of its kind is open already.
func (l *Launcher) Open(kind string, args []string, done func(line []byte, err error)) bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.running == nil {
		l.running = map[string]*process{}
	}
	if l.running[kind] != nil || l.closing {
		return false
	}
	cmd := exec.Command(l.Exe, append([]string{"window", kind}, args...)...)
	cmd.Stderr = os.Stderr // the window's own complaints go to the daemon's log
	endWithDaemon(cmd)
	stdin, err := cmd.StdinPipe() // held open: the window ends when the daemon does
	if err != nil {
		go done(nil, err)
		return true
	}
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		go done(nil, err)
		return true
	}
	if err := cmd.Start(); err != nil {
		go done(nil, fmt.Errorf("could not start the %s window: %w", kind, err))
		return true
	}
	p := &process{cmd: cmd, exited: make(chan struct{})}
	l.running[kind] = p
	go func() {
		defer close(p.exited)
		line, rerr := bufio.NewReader(io.LimitReader(stdout, maxOutput)).ReadBytes('\n')
		io.Copy(io.Discard, stdout)
		err := cmd.Wait()
		stdin.Close()
		l.mu.Lock()
		delete(l.running, kind)
		closing := l.closing
		l.mu.Unlock()
		if closing {
			return
		}
		if err == nil && len(bytes.TrimSpace(line)) == 0 && rerr != nil {
			err = errors.New("the window ended without saying how")
		}
		done(bytes.TrimSpace(line), err)
	}()
	return true
}

// CloseAll ends every window the launcher started and waits for them.
func (l *Launcher) CloseAll() {
	l.mu.Lock()
	l.closing = true
	var all []*process
	for _, p := range l.running {
		all = append(all, p)
		askToEnd(p.cmd)
	}
	l.mu.Unlock()
	for _, p := range all {
		select {
		case <-p.exited:
		case <-time.After(3 * time.Second):
			log.Printf("a %s window did not close when asked; stopping it", p.cmd.Args[2])
			p.cmd.Process.Kill()
			<-p.exited
		}
	}
}

// parseBreak reads the break window's line: a JSON object naming the
// exercise it was given, a known outcome, and a plausible time.
func parseBreak(line []byte, exercise string) (exercises.Result, error) {
	var r exercises.Result
	dec := json.NewDecoder(bytes.NewReader(line))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&r); err != nil {
		return r, fmt.Errorf("the break window said something unreadable: %q", clip(line))
	}
	switch {
	case r.Outcome != history.Done && r.Outcome != history.Snoozed && r.Outcome != history.Skipped:
		return r, fmt.Errorf("the break window gave an unknown outcome %q", r.Outcome)
	case r.Exercise != exercise:
		return r, fmt.Errorf("the break window reported on %q, not %q", r.Exercise, exercise)
	case r.Seconds < 0 || r.Seconds > 24*3600:
		return r, fmt.Errorf("the break window gave an impossible time of %d s", r.Seconds)
	}
	return r, nil
}

func clip(b []byte) string {
	if len(b) > 80 {
		return string(b[:80]) + "…"
	}
	return string(b)
}
