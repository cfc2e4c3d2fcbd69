package history

import (
	"os"
	"path/filepath"
	"testing"
	"time"
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
