package history

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"posturebreak/fifo"
	"posturebreak/storage"
)

func TestAppendWritesOneLinePerRecord(t *testing.T) {
	path := filepath.Join(t.TempDir(), "data", "history.jsonl")
	when := time.Date(2026, 11, 24, 10, 30, 0, 0, time.UTC)
	for _, o := range []Outcome{Done, Skipped} {
		if err := Append(path, Record{Time: when, Exercise: "seated-rotation", Outcome: o, Seconds: 95}); err != nil {
			t.Fatal(err)
		}
	}
	got, bad, err := Read(path)
	if err != nil || bad != 0 || len(got) != 2 {
		t.Fatalf("read %d records, %d unreadable, %v; want 2", len(got), bad, err)
	}
	if r := got[0]; r.Outcome != Done || r.Seconds != 95 || !r.Time.Equal(when) || got[1].Outcome != Skipped {
		t.Fatalf("records %+v", got)
	}
}

func TestAppendAfterACutShortLineStartsAFreshLine(t *testing.T) {
	path := filepath.Join(t.TempDir(), "history.jsonl")
	os.WriteFile(path, []byte(`{"time":"2026-11-24T10:00:00Z","outcome":"done","sec`), 0o644)
	if err := Append(path, Record{Time: time.Now(), Outcome: Skipped}); err != nil {
		t.Fatal(err)
	}
	got, bad, err := Read(path)
	if err != nil || bad != 1 || len(got) != 1 || got[0].Outcome != Skipped {
		t.Fatalf("read %+v, %d unreadable, %v; want the new record and one bad line", got, bad, err)
	}
}

func TestReadingAMissingHistoryIsEmpty(t *testing.T) {
	got, bad, err := Read(filepath.Join(t.TempDir(), "none.jsonl"))
	if err != nil || bad != 0 || len(got) != 0 {
		t.Fatalf("got %v, %d, %v", got, bad, err)
	}
}

func TestAppendWritesNothingButItsLines(t *testing.T) {
	path := filepath.Join(t.TempDir(), "history.jsonl")
	when := time.Date(2026, 11, 24, 10, 30, 0, 0, time.UTC)
	for range 2 {
		if err := Append(path, Record{Time: when, Exercise: "cat-cow", Outcome: Done, Seconds: 60}); err != nil {
			t.Fatal(err)
		}
	}
	line := `{"time":"2026-11-24T10:30:00Z","exercise":"cat-cow","outcome":"done","seconds":60}` + "\n"
	if got, _ := os.ReadFile(path); string(got) != line+line {
		t.Fatalf("the file holds %q, want exactly two lines", got)
	}
}

// Every line that is not a record is counted, wherever it is: the last
// line cut short by a crash, garbage, and a line too long to be a record.
func TestReadCountsEveryLineItCannotUse(t *testing.T) {
	path := filepath.Join(t.TempDir(), "history.jsonl")
	good := `{"time":"2026-11-24T10:00:00Z","outcome":"done","seconds":60}`
	long := `{"detail":"` + strings.Repeat("x", 100<<10) + `"}`
	os.WriteFile(path, []byte(good+"\n\nnot json\n"+long+"\n"+good+"\n"+`{"time":"2026-11-24T11:00:00Z","outc`), 0o644)
	got, bad, err := Read(path)
	if err != nil || len(got) != 2 || bad != 3 {
		t.Fatalf("read %d records and %d bad lines (%v); want 2 and 3", len(got), bad, err)
	}
}

func TestHistoryIsOnlyARegularFile(t *testing.T) {
	dir := t.TempDir()
	pipe := filepath.Join(dir, "history.jsonl")
	if err := fifo.Make(pipe); err == nil {
		if _, _, err := Read(pipe); !errors.Is(err, storage.ErrNotRegular) {
			t.Fatalf("reading a named pipe: %v", err)
		}
		if err := Append(pipe, Record{Time: time.Now(), Outcome: Done}); !errors.Is(err, storage.ErrNotRegular) {
			t.Fatalf("appending to a named pipe: %v", err)
		}
	} else if !errors.Is(err, fifo.ErrUnsupported) {
		t.Fatal(err)
	}
	if _, _, err := Read(dir); !errors.Is(err, storage.ErrNotRegular) {
		t.Fatalf("reading a folder: %v", err)
	}
}

// The CSV has a row per record under its header, and tells a posture
// check (outcome "check", its cue in the detail) from a break.
func TestTheCSVTellsChecksFromBreaks(t *testing.T) {
	when := time.Date(2026, 11, 24, 10, 30, 0, 0, time.UTC)
	var out strings.Builder
	err := WriteCSV(&out, []Record{
		{Time: when, Exercise: "rows", Outcome: Done, Seconds: 120},
		{Time: when.Add(15 * time.Minute), Outcome: Check, Detail: "shoulders"},
	})
	want := "time,exercise,outcome,seconds,detail\n" +
		"2026-11-24T10:30:00Z,rows,done,120,\n" +
		"2026-11-24T10:45:00Z,,check,0,shoulders\n"
	if err != nil || out.String() != want {
		t.Fatalf("CSV %q, %v; want %q", out.String(), err, want)
	}
}
