package control

import (
	"errors"
	"io"
	"net"
	"strings"
	"sync"
	"testing"
)

// handled records what the daemon was asked.
type handled struct {
	mu    sync.Mutex
	calls []string
	pause error
	busy  bool
}

func (h *handled) add(s string)  { h.mu.Lock(); h.calls = append(h.calls, s); h.mu.Unlock() }
func (h *handled) OpenSettings() { h.add("settings") }
func (h *handled) BreakNow()     { h.add("break") }
func (h *handled) Relief()       { h.add("relief") }
func (h *handled) Resume()       { h.add("resume") }
func (h *handled) Quit()         { h.add("quit") }
func (h *handled) Pause(length string) error {
	h.add("pause " + length)
	return h.pause
}
func (h *handled) Status() (Status, error) {
	if h.busy {
		return Status{}, ErrBusy
	}
	return Status{State: "working", Line: "Next break in 45 min"}, nil
}

// over runs one request from the client end of a pipe against h.
func over(h Handler, ask func(c net.Conn) (string, error)) (string, error) {
	server, client := net.Pipe()
	go func() {
		defer server.Close()
		serveConn(server, h)
	}()
	defer client.Close()
	return ask(client)
}

// The local channel carries every method, with its answer and its errors,
// as the bus does.
func TestTheLocalChannelCarriesEveryMethod(t *testing.T) {
	h := &handled{}
	for _, m := range []Method{OpenSettingsMethod, BreakNowMethod, ReliefMethod, ResumeMethod, QuitMethod} {
		if _, err := over(h, func(c net.Conn) (string, error) { return askConn(c, m) }); err != nil {
			t.Errorf("%s: %v", m, err)
		}
	}
	if _, err := over(h, func(c net.Conn) (string, error) { return askConn(c, PauseMethod, "30m") }); err != nil {
		t.Errorf("pause: %v", err)
	}
	if got := strings.Join(h.calls, ","); got != "settings,break,relief,resume,quit,pause 30m" {
		t.Errorf("the daemon was asked %s", got)
	}
	answer, err := over(h, func(c net.Conn) (string, error) { return askConn(c, StatusMethod) })
	if err != nil || !strings.Contains(answer, `"line":"Next break in 45 min"`) {
		t.Errorf("status: %q, %v", answer, err)
	}
	h.pause = errors.New(`"a while" is not a length`)
	if _, err := over(h, func(c net.Conn) (string, error) { return askConn(c, PauseMethod, "a while") }); err == nil || !strings.Contains(err.Error(), "not a length") {
		t.Errorf("a bad pause: %v", err)
	}
	h.busy = true
	if _, err := over(h, func(c net.Conn) (string, error) { return askConn(c, StatusMethod) }); !errors.Is(err, ErrBusy) {
		t.Errorf("a busy daemon: %v", err)
	}
}

// A malformed request gets an error answer and never reaches the handler.
func TestAMalformedRequestNeverReachesTheDaemon(t *testing.T) {
	h := &handled{}
	for _, raw := range []string{
		"not json\n",
		`{"method":"Explode"}` + "\n",
		`{"method":"Pause"}` + "\n",
		`{"method":"BreakNow","args":["x"]}` + "\n",
		strings.Repeat("x", 10000),
		"",
	} {
		var out strings.Builder
		serveConn(struct {
			io.Reader
			io.Writer
		}{strings.NewReader(raw), &out}, h)
		if got := out.String(); !strings.Contains(got, `"error"`) {
			t.Errorf("%.30q: answered %q", raw, got)
		}
	}
	if len(h.calls) != 0 {
		t.Errorf("malformed requests reached the daemon: %v", h.calls)
	}
}
