package historywindow

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"

	"posturebreak/history"
)

// BenchmarkTenYearsOfHistory opens the History window on 100,000 records
// (ten years of breaks): reading the file, adding it up, and laying out
// and drawing the window. The bar is 1 s.
func BenchmarkTenYearsOfHistory(b *testing.B) {
	path := filepath.Join(b.TempDir(), "history.jsonl")
	f, err := os.Create(path)
	if err != nil {
		b.Fatal(err)
	}
	w := bufio.NewWriter(f)
	start := now.AddDate(-10, 0, 0)
	outcomes := []history.Outcome{history.Done, history.Done, history.Snoozed, history.Skipped, history.Away, history.Deferred, history.Relief}
	ids := []string{"cat-cow", "rows", "doorway-chest", "seated-rotation", "thread-the-needle"}
	for i := range 100_000 {
		line, _ := json.Marshal(history.Record{Time: start.Add(time.Duration(i) * 52 * time.Minute), Exercise: ids[i%len(ids)], Outcome: outcomes[i%len(outcomes)], Seconds: 120})
		w.Write(append(line, '\n'))
	}
	w.Flush()
	f.Close()
	test.NewTempApp(b)
	for b.Loop() {
		records, unreadable, err := history.Read(path)
		if err != nil || len(records) != 100_000 || unreadable != 0 {
			b.Fatalf("read %d records, %d unreadable, %v", len(records), unreadable, err)
		}
		v := NewView(records, unreadable, now, time.UTC, func() {}, func() {})
		win := test.NewTempWindow(b, v.Content())
		win.Resize(Size)
		win.Canvas().Capture()
	}
}
