package cli

import (
	"encoding/csv"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"posturebreak/history"
	"posturebreak/storage"
	"posturebreak/storage/storagetest"
)

// withHistory gives the test a home of its own, whose history file holds
// content.
func withHistory(t *testing.T, content string) {
	home := storagetest.TempDir(t)
	t.Setenv("HOME", home)
	t.Setenv("XDG_DATA_HOME", filepath.Join(home, "data"))
	t.Setenv("XDG_CONFIG_HOME", filepath.Join(home, "config"))
	t.Setenv("XDG_STATE_HOME", filepath.Join(home, "state"))
	t.Setenv("AppData", filepath.Join(home, "roaming")) // Windows's
	t.Setenv("LocalAppData", filepath.Join(home, "local"))
	if content == "" {
		return
	}
	dirs, err := storage.UserDirs()
	if err != nil {
		t.Fatal(err)
	}
	path := dirs.HistoryFile()
	if !strings.HasPrefix(path, home) {
		t.Fatalf("the history is at %s, outside the test's home", path)
	}
	os.MkdirAll(filepath.Dir(path), 0o755)
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}

const someHistory = `{"time":"2026-12-01T09:00:00+01:00","exercise":"cat-cow","outcome":"done","seconds":120}
{"time":"2026-12-01T10:00:00+01:00","exercise":"rows","outcome":"skipped","seconds":0}
{"time":"2026-12-01T11:00:00+01:00","outcome":"deferred","seconds":720,"detail":"call, with \"quotes\""}
{"time":"2026-12-01T12:00:00+01:00","outco`

func TestHistoryAsCSVNeedsNoDaemon(t *testing.T) {
	withHistory(t, someHistory)
	t.Setenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent") // no daemon, no bus
	code, out, errs := run("history", "--csv")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	rows, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	if err != nil {
		t.Fatalf("not CSV: %v\n%s", err, out)
	}
	if len(rows) != 4 || strings.Join(rows[0], ",") != "time,exercise,outcome,seconds,detail" {
		t.Fatalf("rows %q", rows)
	}
	if strings.Join(rows[1], ",") != "2026-12-01T09:00:00+01:00,cat-cow,done,120," || rows[3][4] != `call, with "quotes"` {
		t.Fatalf("rows %q", rows[1:])
	}
	if !strings.Contains(errs, "1 line(s) of the history could not be read") {
		t.Fatalf("the cut-off last line is not counted: %q", errs)
	}
}

func TestHistoryAsJSON(t *testing.T) {
	withHistory(t, someHistory)
	code, out, _ := run("history", "--json")
	var recs []history.Record
	if code != 0 || json.Unmarshal([]byte(out), &recs) != nil || len(recs) != 3 || recs[2].Outcome != history.Deferred {
		t.Fatalf("exit %d, %q", code, out)
	}
	withHistory(t, "")
	if code, out, _ := run("history", "--json"); code != 0 || strings.TrimSpace(out) != "[]" {
		t.Fatalf("no history: exit %d, %q, want an empty array", code, out)
	}
	if code, out, _ := run("history", "--csv"); code != 0 || strings.TrimSpace(out) != "time,exercise,outcome,seconds,detail" {
		t.Fatalf("no history: exit %d, %q, want the header alone", code, out)
	}
}

func TestHistoryWantsAFormat(t *testing.T) {
	withHistory(t, someHistory)
	for _, args := range [][]string{{"history", "--xml"}, {"history", "--csv", "extra"}} {
		if code, _, errs := run(args...); code != 2 || !strings.Contains(errs, "Usage") {
			t.Errorf("%v: exit %d, %q", args, code, errs)
		}
	}
}
