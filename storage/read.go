package storage

import (
	"errors"
	"fmt"
	"io"
	"os"
)

// ErrNotRegular means a user's file is something that cannot be read as
// one: a folder, a named pipe (which would block the reader for ever until
// something writes into it), a device or a socket.
var ErrNotRegular = errors.New("not a regular file")

// ErrTooBig means a user's file is far larger than the app ever writes.
var ErrTooBig = errors.New("far too big")

// Open opens path for reading, only if it is a regular file (or a symbolic
// link to one). It never blocks: a named pipe is refused, not waited on.
func Open(path string) (*os.File, error) {
	f, err := openNonBlocking(path)
	if err != nil {
		return nil, err
	}
	info, err := f.Stat()
	if err == nil && !info.Mode().IsRegular() {
		err = fmt.Errorf("%s is %w", path, ErrNotRegular)
	}
	if err != nil {
		f.Close()
		return nil, err
	}
	return f, nil
}

// ReadFile reads a user's file whole, if it is a regular file of at most
// limit bytes.
func ReadFile(path string, limit int64) ([]byte, error) {
	f, err := Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	b, err := io.ReadAll(io.LimitReader(f, limit+1))
	if err == nil && int64(len(b)) > limit {
		err = fmt.Errorf("%s is %w: over %d kB", path, ErrTooBig, limit>>10)
	}
	return b, err
}
