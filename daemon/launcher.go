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
	"posturebreak/translation"
)

// Launcher starts window processes from the window program
// (protocol.Command), one of each kind at a time, and reads the one line
// each prints when it ends.
type Launcher struct {
	Exe    string        // the window program
	Linger time.Duration // how long a window may take to exit once it has reported; 0 means 5 s

	mu      sync.Mutex
	running map[*process]bool
	ready   *process // a break window started hidden, waiting to be shown; nil if none
	closing bool
}

type process struct {
	kind     protocol.Kind
	cmd      *exec.Cmd
	stdin    io.WriteCloser // held open: the window ends when the daemon does
	stdout   io.Reader      // where its one line comes
	reported bool           // it has printed its line; another of its kind may open
	exited   chan struct{}  // closed once it has exited and been dealt with
	// A ready window is followed only once it is shown: shown hands it
	// what to tell, dismissed lets it go. Until it is shown it is hidden,
	// and does not count as an open window of its kind.
	hidden    bool
	made      protocol.Break
	shown     chan func([]byte, error)
	dismissed chan struct{}
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
	if l.showReady(req, done) {
		return true
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

// isOpen says whether a window of kind is open and has not reported yet;
// a hidden one (ready, or let go and on its way out) does not count. l.mu
// is held.
func (l *Launcher) isOpen(kind protocol.Kind) bool {
	for p := range l.running {
		if p.kind == kind && !p.reported && !p.hidden {
			return true
		}
	}
	return false
}

// spawn starts a window process from exe, the window program, with a
// locale it can read.
func spawn(exe string, req protocol.Request) (*process, error) {
	cmd := exec.Command(exe, protocol.Command(req)...)
	cmd.Env = translation.LocaleEnv(os.Environ())
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
		done(line, cmp.Or(noDisplay(err), errNoWord))
	}
}

// noDisplay names, as protocol.ErrNoDisplay, a window program's exit for
// want of a display; other errors it leaves as they are.
func noDisplay(err error) error {
	var exit *exec.ExitError
	if errors.As(err, &exit) && exit.ExitCode() == protocol.NoDisplayExit {
		return fmt.Errorf("%w (%v)", protocol.ErrNoDisplay, err)
	}
	return err
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
	return stopAfter(exited, p, cmp.Or(l.Linger, linger), fmt.Sprintf("the %s window reported but did not exit; stopping it", p.kind)) // it said its piece; it may not hang on
}

// stopAfter waits for ended, for at most d; past that it stops the
// process, saying why, and waits on.
func stopAfter[T any](ended <-chan T, p *process, d time.Duration, why string) T {
	select {
	case v := <-ended:
		return v
	case <-time.After(d):
		log.Print(why)
		p.cmd.Process.Kill()
		return <-ended
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
	l.dismiss()
	var all []*process
	for p := range l.running {
		all = append(all, p)
		askToEnd(p.cmd)
	}
	l.mu.Unlock()
	for _, p := range all {
		stopAfter(p.exited, p, 3*time.Second, fmt.Sprintf("a %s window did not close when asked; stopping it", p.kind))
	}
}

// Ready starts the break window for req hidden, so that Open(req) shows it
// at once instead of starting a process. A ready window for another
// request is let go first; one for the same request is kept.
func (l *Launcher) Ready(req protocol.Break) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.closing || l.isOpen(req.Kind()) || (l.ready != nil && l.ready.made.Shows(req)) {
		return
	}
	l.dismiss()
	req.Ready = true
	p, err := spawn(l.Exe, req)
	if err != nil {
		log.Printf("could not make a break window ready: %v", err)
		return
	}
	p.hidden, p.made, p.shown, p.dismissed = true, req, make(chan func([]byte, error), 1), make(chan struct{})
	if l.running == nil {
		l.running = map[*process]bool{}
	}
	l.running[p] = true
	l.ready = p
	go l.waitShown(p)
}

// Dismiss lets the ready break window go, if there is one.
func (l *Launcher) Dismiss() {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.dismiss()
}

// dismiss lets the ready window go. l.mu is held.
func (l *Launcher) dismiss() {
	if l.ready != nil {
		close(l.ready.dismissed)
		l.ready = nil
	}
}

// showReady shows the ready window, if it is the break window req asks
// for, and says whether it did. Another break lets the ready window go;
// another kind of window leaves it be. l.mu is held.
func (l *Launcher) showReady(req protocol.Request, done func([]byte, error)) bool {
	b, ok := req.(protocol.Break)
	if !ok || l.ready == nil {
		return false
	}
	p := l.ready
	if !p.made.Shows(b) {
		l.dismiss()
		return false
	}
	if _, err := io.WriteString(p.stdin, protocol.ShowLine+"\n"); err != nil {
		log.Printf("the ready break window has gone (%v); starting another", err)
		l.dismiss()
		return false
	}
	l.ready, p.hidden = nil, false
	p.shown <- done
	return true
}

// waitShown follows a ready window once it is shown, as any other; or, if
// it is let go first, closes its stdin, which ends it, and sees it out,
// stopping it if it does not end in a while.
func (l *Launcher) waitShown(p *process) {
	select {
	case done := <-p.shown:
		l.follow(p, done)
	case <-p.dismissed:
		p.stdin.Close()
		exited := make(chan error, 1)
		go func() { exited <- p.cmd.Wait() }()
		err := stopAfter(exited, p, cmp.Or(l.Linger, linger), "the break window made ready did not end when let go; stopping it")
		l.forget(p)
		close(p.exited)
		if err != nil {
			log.Printf("the break window made ready ended badly: %v", err)
		}
	}
}
