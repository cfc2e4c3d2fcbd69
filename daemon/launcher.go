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
	stdin    io.Closer     // held open: the window ends when the daemon does
	stdout   io.Reader     // where its one line comes
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
// yet, and says whether it tried: false means one is open already (or the
// daemon is closing). done gets the window's line as soon as it is
// printed, or, if the window ends without one or cannot start, the reason.
func (l *Launcher) Open(req protocol.Request, done func(line []byte, err error)) bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.closing || l.isOpen(req.Kind()) {
		return false
	}
	p, err := spawn(l.Exe, req)
	if err != nil {
		go done(nil, fmt.Errorf("could not start the %s window: %w", req.Kind(), err))
		return true
	}
	if l.running == nil {
		l.running = map[*process]bool{}
	}
	l.running[p] = true
	go l.follow(p, done)
	return true
}

// isOpen says whether a window of kind is open and has not reported yet.
// l.mu is held.
func (l *Launcher) isOpen(kind protocol.Kind) bool {
	for p := range l.running {
		if p.kind == kind && !p.reported {
			return true
		}
	}
	return false
}

// spawn starts a window process from exe.
func spawn(exe string, req protocol.Request) (*process, error) {
	cmd := exec.Command(exe, protocol.Command(req)...)
	cmd.Stderr = os.Stderr // the window's own complaints go to the daemon's log
	endWithDaemon(cmd)
	stdin, err := cmd.StdinPipe()
	if err != nil {
		return nil, err
	}
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		stdin.Close()
		return nil, err
	}
	if err := cmd.Start(); err != nil {
		return nil, err
	}
	return &process{kind: req.Kind(), cmd: cmd, stdin: stdin, stdout: stdout, exited: make(chan struct{})}, nil
}

// follow hands on a window's line as soon as it is printed, sees the
// process out, and, if it never printed one, tells done why.
func (l *Launcher) follow(p *process, done func([]byte, error)) {
	defer close(p.exited)
	line, rerr := bufio.NewReader(io.LimitReader(p.stdout, maxOutput)).ReadBytes('\n')
	line = bytes.TrimSpace(line)
	if l.report(p, rerr == nil && len(line) > 0) {
		done(line, nil)
	}
	err := l.await(p)
	p.stdin.Close()
	if l.forget(p) && !p.reported {
		done(line, cmp.Or(err, errNoWord))
	}
}

var errNoWord = errors.New("the window ended without saying how")

// report records whether the window reported, and says whether its line
// should be handed on: not once the daemon is closing.
func (l *Launcher) report(p *process, reported bool) bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	p.reported = reported
	return reported && !l.closing
}

// await waits for the process to end. One that has reported may linger a
// while, then it is stopped.
func (l *Launcher) await(p *process) error {
	exited := make(chan error, 1)
	go func() {
		io.Copy(io.Discard, p.stdout)
		exited <- p.cmd.Wait()
	}()
	if !p.reported {
		return <-exited
	}
	select {
	case err := <-exited:
		return err
	case <-time.After(cmp.Or(l.Linger, linger)): // it said its piece; it may not hang on
		log.Printf("the %s window reported but did not exit; stopping it", p.kind)
		p.cmd.Process.Kill()
		return <-exited
	}
}

// forget drops an ended process, and says whether its end still matters:
// not once the daemon is closing.
func (l *Launcher) forget(p *process) bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	delete(l.running, p)
	return !l.closing
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
