package history

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
	"time"
)

func lines(t *testing.T, path string) []string {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []string
	for s := bufio.NewScanner(f); s.Scan(); {
		out = append(out, s.Text())
	}
	return out
}

func TestAppendWritesOneLinePerRecord(t *testing.T) {
	path := filepath.Join(t.TempDir(), "data", "history.jsonl")
	when := time.Date(2026, 11, 24, 10, 30, 0, 0, time.UTC)
	for _, o := range []Outcome{Done, Skipped} {
		if err := Append(path, Record{Time: when, Exercise: "seated-rotation", Outcome: o, Seconds: 95}); err != nil {
			t.Fatal(err)
		}
	}
	got := lines(t, path)
	if len(got) != 2 {
		t.Fatalf("%d lines, want 2: %q", len(got), got)
	}
	var r Record
	if err := json.Unmarshal([]byte(got[0]), &r); err != nil || r.Outcome != Done || r.Seconds != 95 || !r.Time.Equal(when) {
		t.Fatalf("first line %q -> %+v, %v", got[0], r, err)
	}
}

func TestAppendAfterACutShortLineStartsAFreshLine(t *testing.T) {
	path := filepath.Join(t.TempDir(), "history.jsonl")
	os.WriteFile(path, []byte(`{"time":"2026-11-24T10:00:00Z","outcome":"done","sec`), 0o644)
	if err := Append(path, Record{Time: time.Now(), Outcome: Skipped}); err != nil {
		t.Fatal(err)
	}
	got := lines(t, path)
	if len(got) != 2 {
		t.Fatalf("%d lines: %q", len(got), got)
	}
	var r Record
	if err := json.Unmarshal([]byte(got[1]), &r); err != nil || r.Outcome != Skipped {
		t.Fatalf("new record %q unreadable: %v", got[1], err)
	}
}
