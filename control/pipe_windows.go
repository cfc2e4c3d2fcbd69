package control

import (
	"errors"
	"fmt"
	"os"
	"time"
	"unsafe"

	"golang.org/x/sys/windows"
)

// On Windows the daemon answers on a named pipe of the user's own,
// \\.\pipe\<app ID>-<the user's SID>, that only the user may open, with
// plain synchronous pipe calls (which Wine runs too). A named mutex in
// the user's session makes Posture Break a single instance there.

// pipe is the daemon's pipe for app id, and the user's SID.
func pipe(id string) (name, sid string, err error) {
	user, err := windows.GetCurrentProcessToken().GetTokenUser()
	if err != nil {
		return "", "", fmt.Errorf("who the user is: %w", err)
	}
	sid = user.User.Sid.String()
	return `\\.\pipe\` + id + "-" + sid, sid, nil
}

// ServeLocal answers calls with h on the user's pipe for app id, for as
// long as the process runs. It returns ErrRunning if another daemon of
// the app runs in this session.
func ServeLocal(id string, h Handler) error {
	name, sid, err := pipe(id)
	if err != nil {
		return err
	}
	if err := oneInstance(id); err != nil {
		return err
	}
	sd, err := windows.SecurityDescriptorFromString("D:P(A;;GA;;;" + sid + ")") // the user alone
	if err != nil {
		return err
	}
	sa := &windows.SecurityAttributes{SecurityDescriptor: sd}
	sa.Length = uint32(unsafe.Sizeof(*sa))
	path, err := windows.UTF16PtrFromString(name)
	if err != nil {
		return err
	}
	first, err := instance(path, sa, true)
	if err != nil {
		return fmt.Errorf("listening on %s: %w", name, err)
	}
	go func() {
		for h2 := first; ; {
			if err := windows.ConnectNamedPipe(h2, nil); err != nil && !errors.Is(err, windows.ERROR_PIPE_CONNECTED) {
				windows.CloseHandle(h2)
			} else {
				go serveInstance(h2, h)
			}
			next, err := instance(path, sa, false)
			if err != nil {
				return
			}
			h2 = next
		}
	}()
	return nil
}

// oneInstance holds the app's mutex in this session for the rest of the
// process's life, or says another daemon holds it.
func oneInstance(id string) error {
	name, err := windows.UTF16PtrFromString(`Local\` + id)
	if err != nil {
		return err
	}
	_, err = windows.CreateMutex(nil, false, name)
	if errors.Is(err, windows.ERROR_ALREADY_EXISTS) {
		return ErrRunning
	}
	return err
}

// instance makes one instance of the pipe, for one client.
func instance(path *uint16, sa *windows.SecurityAttributes, first bool) (windows.Handle, error) {
	mode := uint32(windows.PIPE_ACCESS_DUPLEX)
	if first {
		mode |= windows.FILE_FLAG_FIRST_PIPE_INSTANCE
	}
	return windows.CreateNamedPipe(path, mode, windows.PIPE_TYPE_BYTE|windows.PIPE_READMODE_BYTE|windows.PIPE_WAIT|windows.PIPE_REJECT_REMOTE_CLIENTS,
		windows.PIPE_UNLIMITED_INSTANCES, maxRequest, 1<<16, 0, sa)
}

// serveInstance serves the one request of a connected instance, then closes it.
func serveInstance(pipe windows.Handle, h Handler) {
	f := os.NewFile(uintptr(pipe), "control pipe")
	defer f.Close()
	serveConn(f, h)
	windows.FlushFileBuffers(pipe)
}

// Ask calls method with args on the daemon of app id, and returns what it
// answers; it waits 5 s at most.
func Ask(id string, method Method, args ...string) (string, error) {
	name, _, err := pipe(id)
	if err != nil {
		return "", err
	}
	f, err := dial(name)
	if err != nil {
		return "", err
	}
	type reply struct {
		answer string
		err    error
	}
	done := make(chan reply, 1)
	go func() {
		a, err := askConn(f, method, args...)
		done <- reply{a, err}
	}()
	select {
	case r := <-done:
		f.Close()
		return r.answer, r.err
	case <-time.After(5 * time.Second):
		f.Close()
		return "", ErrBusy
	}
}

// dial opens the daemon's pipe, waiting a while if every instance is busy.
func dial(name string) (*os.File, error) {
	path, err := windows.UTF16PtrFromString(name)
	if err != nil {
		return nil, err
	}
	for range 20 {
		h, err := windows.CreateFile(path, windows.GENERIC_READ|windows.GENERIC_WRITE, 0, nil, windows.OPEN_EXISTING, 0, 0)
		switch {
		case err == nil:
			if err := servedByTheUser(h); err != nil {
				windows.CloseHandle(h)
				return nil, err
			}
			return os.NewFile(uintptr(h), name), nil
		case errors.Is(err, windows.ERROR_FILE_NOT_FOUND):
			return nil, ErrNotRunning
		case errors.Is(err, windows.ERROR_PIPE_BUSY):
			time.Sleep(100 * time.Millisecond)
		default:
			return nil, err
		}
	}
	return nil, ErrBusy
}

// servedByTheUser says whether the server end of the pipe h is a process
// of the user's own. Another user of the machine could make a pipe of the
// name before the daemon starts; the command line then tells them nothing
// and takes no answer from them.
func servedByTheUser(h windows.Handle) error {
	var pid uint32
	if err := windows.GetNamedPipeServerProcessId(h, &pid); err != nil {
		return fmt.Errorf("who serves the pipe: %w", err)
	}
	p, err := windows.OpenProcess(windows.PROCESS_QUERY_LIMITED_INFORMATION, false, pid)
	if err != nil {
		return fmt.Errorf("the pipe is served by a process of another user (%w)", err)
	}
	defer windows.CloseHandle(p)
	var token windows.Token
	if err := windows.OpenProcessToken(p, windows.TOKEN_QUERY, &token); err != nil {
		return fmt.Errorf("the pipe is served by a process of another user (%w)", err)
	}
	defer token.Close()
	server, err := token.GetTokenUser()
	if err != nil {
		return err
	}
	me, err := windows.GetCurrentProcessToken().GetTokenUser()
	if err != nil {
		return err
	}
	if !server.User.Sid.Equals(me.User.Sid) {
		return fmt.Errorf("the pipe is served by another user, %s", server.User.Sid)
	}
	return nil
}
