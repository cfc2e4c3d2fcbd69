package daemon

import (
	"bufio"
	"bytes"
	"cmp"
	"errors"
	"fmt"
	"io"
	"log"
	"os"
	"os/exec"
	"sync"
	"time"

	"posturebreak/protocol"
)

// Launcher starts window processes from the daemon's own executable
// (protocol.Command), one of each kind at a time, and reads the one line
// each prints when it ends.
type Launcher struct {
	Exe    string
	Linger time.Duration // how long a window may take to exit once it has reported; 0 means 5 s

	mu      sync.Mutex
	running map[*process]bool
	closing bool
}

type process struct {
	kind     protocol.Kind
	cmd      *exec.Cmd
	reported bool          // it has printed its line; another of its kind may open
	exited   chan struct{} // closed once it has exited and been dealt with
}

const (
	// maxOutput is as much of a window's output as is read: a result is a
	// short line, anything longer is garbage.
	maxOutput = 64 << 10
	linger    = 5 * time.Second
)

// Open starts a window unless one of its kind is open and has not reported
// yet. done gets its line as soon as it is printed, or, if the window ends
// without one, the reason.
func (l *Launcher) Open(req protocol.Request, done func(line []byte, err error)) bool {
	kind := req.Kind()
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.closing {
		return false
	}
	for p := range l.running {
		if p.kind == kind && !p.reported {
			return false
		}
	}
	cmd := exec.Command(l.Exe, protocol.Command(req)...)
	cmd.Stderr = os.Stderr // the window's own complaints go to the daemon's log
	endWithDaemon(cmd)
	stdin, err := cmd.StdinPipe() // held open: the window ends when the daemon does
	if err == nil {
		var stdout io.ReadCloser
		if stdout, err = cmd.StdoutPipe(); err == nil {
			if err = cmd.Start(); err == nil {
				p := &process{kind: kind, cmd: cmd, exited: make(chan struct{})}
				if l.running == nil {
					l.running = map[*process]bool{}
				}
				l.running[p] = true
				go l.follow(p, stdin, stdout, done)
				return true
			}
		}
	}
	go done(nil, fmt.Errorf("could not start the %s window: %w", kind, err))
	return true
}

// follow reads a window's line, hands it on, and sees the process out.
func (l *Launcher) follow(p *process, stdin io.Closer, stdout io.Reader, done func([]byte, error)) {
	defer close(p.exited)
	line, rerr := bufio.NewReader(io.LimitReader(stdout, maxOutput)).ReadBytes('\n')
	line = bytes.TrimSpace(line)
	l.mu.Lock()
	p.reported = rerr == nil && len(line) > 0
	closing := l.closing
	l.mu.Unlock()
	if p.reported && !closing {
		done(line, nil)
	}
	exited := make(chan error, 1)
	go func() {
		io.Copy(io.Discard, stdout)
		exited <- p.cmd.Wait()
	}()
	var err error
	if p.reported {
		select {
		case err = <-exited:
		case <-time.After(cmp.Or(l.Linger, linger)): // it said its piece; it may not hang on
			log.Printf("the %s window reported but did not exit; stopping it", p.kind)
			p.cmd.Process.Kill()
			err = <-exited
		}
	} else {
		err = <-exited
	}
	stdin.Close()
	l.mu.Lock()
	delete(l.running, p)
	closing = l.closing
	l.mu.Unlock()
	if !p.reported && !closing {
		if err == nil {
			err = errors.New("the window ended without saying how")
		}
		done(line, err)
	}
}

// CloseAll ends every window the launcher started and waits for them.
func (l *Launcher) CloseAll() {
	l.mu.Lock()
	l.closing = true
	var all []*process
	for p := range l.running {
		all = append(all, p)
		askToEnd(p.cmd)
	}
	l.mu.Unlock()
	for _, p := range all {
		select {
		case <-p.exited:
		case <-time.After(3 * time.Second):
			log.Printf("a %s window did not close when asked; stopping it", p.kind)
			p.cmd.Process.Kill()
			<-p.exited
		}
	}
}
