// Package history owns the record of breaks: one JSON line per break
// outcome, appended to a file in the user's data folder. The daemon is its
// only writer; readers only read.
package history

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"time"

	"posturebreak/storage"
)

// Outcome is how a break ended.
type Outcome string

const (
	Done     Outcome = "done"     // the user did the exercise
	Snoozed  Outcome = "snoozed"  // put off for a few minutes
	Skipped  Outcome = "skipped"  // skipped, or the window closed
	Away     Outcome = "away"     // the user was away (no input, the screen locked, the machine asleep) at least a break long
	Failed   Outcome = "failed"   // the break window crashed or said something unreadable
	Deferred Outcome = "deferred" // the break waited while the user was busy (Detail says with what), then was offered
	Relief   Outcome = "relief"   // the user felt stiff and did a mobility exercise instead of popping ("Stiff right now?")
	Check    Outcome = "check"    // a posture check was shown between breaks (Detail names its cue); not a break
)

// Record is one line of the history.
type Record struct {
	Time     time.Time `json:"time"` // when the break ended
	Exercise string    `json:"exercise,omitempty"`
	Outcome  Outcome   `json:"outcome"`
	Seconds  int       `json:"seconds"`          // time spent in the break window; for away, how long; for deferred, how long it waited
	Detail   string    `json:"detail,omitempty"` // why a window failed; what a deferred break waited for (call, fullscreen, do-not-disturb)
}

// Append adds r to the history at path as one line, written in one call and
// synced. If the last line was cut short (a crash mid-write), the new record
// starts on a line of its own, so one bad line never spoils the next.
func Append(path string, r Record) error {
	line, err := json.Marshal(r)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	f, err := os.OpenFile(path, os.O_RDWR|os.O_APPEND|os.O_CREATE, 0o644)
	if err != nil {
		return err
	}
	defer f.Close()
	if info, err := f.Stat(); err != nil || !info.Mode().IsRegular() {
		return fmt.Errorf("%s is %w", path, storage.ErrNotRegular)
	}
	end, err := f.Seek(0, io.SeekEnd)
	if err != nil {
		return err
	}
	if end > 0 {
		last := make([]byte, 1)
		if _, err := f.ReadAt(last, end-1); err == nil && last[0] != '\n' {
			line = append([]byte{'\n'}, line...)
		}
	}
	if _, err := f.Write(append(line, '\n')); err != nil {
		f.Truncate(end) // a line cut short (a full disk) is taken back: the next one starts clean
		return err
	}
	return f.Sync()
}

// maxLine is the longest line Read takes: a record is a few hundred
// bytes, so anything longer is damage, and is skipped like any other.
const maxLine = 64 << 10

// Read is every record at path, oldest first. A line that cannot be read
// (cut short by a crash, say, or garbage) is skipped and counted, never
// fatal. Only a regular file is read: a folder or a named pipe in its place
// is an error, not a hang.
func Read(path string) (records []Record, unreadable int, err error) {
	f, err := storage.Open(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, 0, nil
	}
	if err != nil {
		return nil, 0, err
	}
	defer f.Close()
	in := bufio.NewReaderSize(f, maxLine)
	for {
		line, err := in.ReadSlice('\n')
		long := errors.Is(err, bufio.ErrBufferFull)
		for errors.Is(err, bufio.ErrBufferFull) { // pass over the rest of an overlong line
			_, err = in.ReadSlice('\n')
		}
		if line = bytes.TrimSpace(line); len(line) > 0 {
			var r Record
			if long || json.Unmarshal(line, &r) != nil {
				unreadable++
			} else {
				records = append(records, r)
			}
		}
		if errors.Is(err, io.EOF) {
			return records, unreadable, nil
		}
		if err != nil {
			return records, unreadable, err
		}
	}
}

// CSVHeader is the first line of the history as CSV; the README documents
// it.
var CSVHeader = []string{"time", "exercise", "outcome", "seconds", "detail"}

// WriteCSV writes records as CSV, with CSVHeader first.
func WriteCSV(out io.Writer, records []Record) error {
	w := csv.NewWriter(out)
	w.Write(CSVHeader)
	for _, r := range records {
		w.Write([]string{r.Time.Format(time.RFC3339), r.Exercise, string(r.Outcome), strconv.Itoa(r.Seconds), r.Detail})
	}
	w.Flush()
	return w.Error()
}
