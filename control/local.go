package control

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io"
)

// Where there is no session bus (Windows), the command line reaches the
// daemon over a local channel of the user's own (a named pipe): each
// connection carries one request, a JSON line naming a method of the
// interface and its arguments, and one answer, a JSON line. The daemon
// reads at most maxRequest bytes of it, and checks the method and its
// arguments as the bus would, so a malformed request gets an error answer
// and never reaches the handler.

// request is a call on the local channel.
type request struct {
	Method Method   `json:"method"`
	Args   []string `json:"args,omitempty"`
}

// answer is the daemon's reply: what the method returns, or an error.
type answer struct {
	Result string `json:"result,omitempty"`
	Error  string `json:"error,omitempty"`
	Busy   bool   `json:"busy,omitempty"` // the error is ErrBusy
}

// maxRequest is as much of a request as is read: a call is a short line.
const maxRequest = 4 << 10

// methods are the interface's methods, with how many arguments each takes.
var methods = map[Method]int{OpenSettingsMethod: 0, BreakNowMethod: 0, ReliefMethod: 0, ResumeMethod: 0, QuitMethod: 0, StatusMethod: 0, PauseMethod: 1}

// serveConn answers one request on c with h.
func serveConn(c io.ReadWriter, h Handler) {
	line, err := bufio.NewReader(io.LimitReader(c, maxRequest)).ReadBytes('\n')
	var req request
	if err == nil {
		err = json.Unmarshal(line, &req)
	}
	var a answer
	switch want, known := methods[req.Method]; {
	case err != nil:
		a.Error = "the request could not be read"
	case !known:
		a.Error = fmt.Sprintf("no method %q", req.Method)
	case len(req.Args) != want:
		a.Error = fmt.Sprintf("%s takes %d arguments, not %d", req.Method, want, len(req.Args))
	default:
		a = call(h, req)
	}
	b, _ := json.Marshal(a) // plain values: it cannot fail
	c.Write(append(b, '\n'))
}

// call runs a request that is well formed.
func call(h Handler, req request) answer {
	var err error
	var result string
	switch req.Method {
	case OpenSettingsMethod:
		h.OpenSettings()
	case BreakNowMethod:
		h.BreakNow()
	case ReliefMethod:
		h.Relief()
	case ResumeMethod:
		h.Resume()
	case QuitMethod:
		h.Quit()
	case PauseMethod:
		err = h.Pause(req.Args[0])
	case StatusMethod:
		var s Status
		if s, err = h.Status(); err == nil {
			b, _ := json.Marshal(s)
			result = string(b)
		}
	}
	if err != nil {
		return answer{Error: err.Error(), Busy: errors.Is(err, ErrBusy)}
	}
	return answer{Result: result}
}

// askConn sends one request on c and reads its answer: what the method
// returns, ErrBusy, or the daemon's error.
func askConn(c io.ReadWriter, method Method, args ...string) (string, error) {
	if _, known := methods[method]; !known {
		return "", fmt.Errorf("no method %q", method)
	}
	b, _ := json.Marshal(request{Method: method, Args: args})
	if _, err := c.Write(append(b, '\n')); err != nil {
		return "", err
	}
	line, err := bufio.NewReader(io.LimitReader(c, 1<<20)).ReadBytes('\n')
	if err != nil {
		return "", fmt.Errorf("Posture Break gave no answer: %w", err)
	}
	var a answer
	if err := json.Unmarshal(line, &a); err != nil {
		return "", fmt.Errorf("Posture Break gave an answer that cannot be read: %q", line)
	}
	switch {
	case a.Busy:
		return "", ErrBusy
	case a.Error != "":
		return "", errors.New(a.Error)
	}
	return a.Result, nil
}
