package daemon

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/synctest"
	"time"

	"posturebreak/fifo"
	"posturebreak/protocol"
	"posturebreak/settings"
	"posturebreak/storage"
)

// A file broken by hand while the app runs leaves the settings in use; the
// settings window then opens on those, says the file could not be used,
// and nothing moves the file.
func TestTheSettingsWindowShowsWhatTheDaemonRunsOn(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		ds := dirs(t)
		writeSettings(t, ds, `{"work_minutes": 20}`)
		r := start(t, ds)
		defer r.end()
		writeSettings(t, ds, `{"work_minutes": 30, "break_`)
		r.d.SettingsChanged()
		r.d.OpenSettings()
		synctest.Wait()
		req := r.lastWindow(t, protocol.SettingsWindow).req.(protocol.Settings)
		if req.Current.WorkMinutes != 20 || !strings.Contains(req.Problem, "could not be used") {
			t.Fatalf("the window was asked for %+v", req)
		}
		if b, _ := os.ReadFile(ds.SettingsFile()); string(b) != `{"work_minutes": 30, "break_` {
			t.Fatalf("the file now holds %q", b)
		}
	})
}

// What the window saves, the daemon writes and runs on. A broken file in
// the way is kept aside first, and the user is told where.
func TestWhatTheWindowSavesTheDaemonWritesAndRunsOn(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		ds := dirs(t)
		r := start(t, ds)
		defer r.end()
		writeSettings(t, ds, `not json`)
		r.d.OpenSettings()
		synctest.Wait()
		w := r.lastWindow(t, protocol.SettingsWindow)
		want := settings.Defaults
		want.WorkMinutes = 25
		w.done(resultLine(t, want), nil)
		synctest.Wait()
		if got, n := settings.Load(ds.SettingsFile()); !got.Equal(want) || n != (settings.Notice{}) {
			t.Fatalf("the file holds %+v (%+v)", got, n)
		}
		if got := r.tr.last().Line; got != "Next break in 25 min" {
			t.Fatalf("the tray says %q", got)
		}
		kept, _ := filepath.Glob(ds.SettingsFile() + ".bad-*")
		if len(kept) != 1 || len(r.n.messages()) != 1 || !strings.Contains(r.n.messages()[0].Body, filepath.Base(kept[0])) {
			t.Fatalf("kept %v, told %+v", kept, r.n.messages())
		}
	})
}

// A window that cancels, crashes or says something wrong changes nothing.
func TestASettingsWindowThatSavesNothingChangesNothing(t *testing.T) {
	for name, line := range map[string]string{
		"cancelled":          `{"saved":false}`,
		"saved, no settings": `{"saved":true}`,
		"out of range":       `{"saved":true,"settings":{"work_minutes":0,"break_minutes":2,"snooze_minutes":5,"max_snoozes":2}}`,
		"garbage":            `{"saved":tru`,
	} {
		t.Run(name, func(t *testing.T) {
			synctest.Test(t, func(t *testing.T) {
				ds := dirs(t)
				writeSettings(t, ds, `{"work_minutes": 20}`)
				r := start(t, ds)
				defer r.end()
				r.d.OpenSettings()
				synctest.Wait()
				r.lastWindow(t, protocol.SettingsWindow).done([]byte(line), nil)
				synctest.Wait()
				if b, _ := os.ReadFile(ds.SettingsFile()); string(b) != `{"work_minutes": 20}` {
					t.Fatalf("the file now holds %q", b)
				}
				if got := r.tr.last().Line; got != "Next break in 20 min" {
					t.Fatalf("the tray says %q", got)
				}
			})
		})
	}
}

// resultLine is the settings window's line for saving s.
func resultLine(t *testing.T, s settings.Settings) []byte {
	t.Helper()
	return []byte(`{"saved":true,"settings":` + strings.TrimSpace(string(settings.Encode(s))) + `}`)
}

// A named pipe in place of the settings or the saved state never hangs the
// daemon at start-up: it runs on the defaults and says why.
func TestANamedPipeNeverHangsTheStart(t *testing.T) {
	for _, file := range []func(storage.Dirs) string{storage.Dirs.SettingsFile, storage.Dirs.StateFile} {
		ds := dirs(t)
		path := file(ds)
		os.MkdirAll(filepath.Dir(path), 0o755)
		if err := fifo.Make(path); errors.Is(err, fifo.ErrUnsupported) {
			t.Skip(err)
		} else if err != nil {
			t.Fatal(err)
		}
		d := New(ds, &fakeNotifier{}, &fakeWindows{})
		loaded := make(chan struct{})
		go func() {
			d.Load()
			close(loaded)
		}()
		select {
		case <-loaded:
		case <-time.After(10 * time.Second):
			t.Fatalf("loading with a named pipe at %s hangs", path)
		}
		if !d.settings.Equal(settings.Defaults) || d.timer == nil {
			t.Fatalf("with a named pipe at %s: settings %+v, timer %v", path, d.settings, d.timer)
		}
	}
}
