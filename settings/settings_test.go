package settings

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"posturebreak/fifo"
	"posturebreak/schedule"
)

func TestParse(t *testing.T) {
	with := func(change func(*Settings)) Settings {
		s := Defaults
		s.Equipment, s.LeftOut = []string{}, []string{}
		change(&s)
		return s
	}
	cases := []struct {
		name     string
		file     string
		want     Settings
		problems int
		bad      bool
	}{
		{"full", `{"work_minutes": 30, "break_minutes": 5, "snooze_minutes": 10, "max_snoozes": 0, "sound": false, "start_at_login": true,
			"working_hours": {"enabled": true, "monday": ["09:00-12:00", "13:00-17:00"], "friday": ["22:00-06:00"]},
			"equipment": ["band", "floor-space"]}`, with(func(s *Settings) {
			s.WorkMinutes, s.BreakMinutes, s.SnoozeMinutes, s.MaxSnoozes, s.Sound, s.StartAtLogin = 30, 5, 10, 0, false, true
			s.WorkingHours = WorkingHours{Enabled: true}
			s.WorkingHours.Days[1] = []schedule.Span{{Start: 540, End: 720}, {Start: 780, End: 1020}}
			s.WorkingHours.Days[5] = []schedule.Span{{Start: 1320, End: 1800}}
			s.Equipment = []string{"band", "floor-space"}
		}), 0, false},
		{"missing fields take defaults", `{"work_minutes": 50}`, with(func(s *Settings) { s.WorkMinutes = 50 }), 0, false},
		{"empty object", `{}`, Defaults, 0, false},
		{"unknown fields ignored", `{"work_minutes": 20, "theme": "dark"}`, with(func(s *Settings) { s.WorkMinutes = 20 }), 0, false},
		{"too long is clamped", `{"work_minutes": 500}`, with(func(s *Settings) { s.WorkMinutes = 240 }), 1, false},
		{"every limit is allowed, top", `{"work_minutes": 240, "break_minutes": 30, "snooze_minutes": 30, "max_snoozes": 10}`,
			with(func(s *Settings) { s.WorkMinutes, s.BreakMinutes, s.SnoozeMinutes, s.MaxSnoozes = 240, 30, 30, 10 }), 0, false},
		{"every limit is allowed, bottom", `{"work_minutes": 1, "break_minutes": 1, "snooze_minutes": 1, "max_snoozes": 0}`,
			with(func(s *Settings) { s.WorkMinutes, s.BreakMinutes, s.SnoozeMinutes, s.MaxSnoozes = 1, 1, 1, 0 }), 0, false},
		{"one past every limit, top", `{"work_minutes": 241, "break_minutes": 31, "snooze_minutes": 31, "max_snoozes": 11}`,
			with(func(s *Settings) { s.WorkMinutes, s.BreakMinutes, s.SnoozeMinutes, s.MaxSnoozes = 240, 30, 30, 10 }), 4, false},
		{"zero is clamped", `{"work_minutes": 0, "break_minutes": -3}`, with(func(s *Settings) { s.WorkMinutes, s.BreakMinutes = 1, 1 }), 2, false},
		{"too many snoozes", `{"max_snoozes": 99}`, with(func(s *Settings) { s.MaxSnoozes = 10 }), 1, false},
		{"unknown equipment dropped", `{"equipment": ["band", "trampoline", "band"]}`, with(func(s *Settings) { s.Equipment = []string{"band"} }), 1, false},
		{"a bad range is left out", `{"working_hours": {"enabled": true, "monday": ["9 to 5", "09:00-17:00"]}}`, with(func(s *Settings) {
			s.WorkingHours = WorkingHours{Enabled: true}
			s.WorkingHours.Days[1] = nineToFive
		}), 1, false},
		{"hours on with none", `{"working_hours": {"enabled": true}}`, with(func(s *Settings) { s.WorkingHours = WorkingHours{} }), 1, false},
		{"equipment not a list", `{"equipment": "band"}`, Defaults, 0, true},
		{"left out", `{"left_out": ["superman", "jumping-jacks", "superman"]}`, with(func(s *Settings) { s.LeftOut = []string{"superman"} }), 1, false},
		{"left out not a list", `{"left_out": "superman"}`, Defaults, 0, true},
		{"posture checks off", `{"posture_check_minutes": 0}`, with(func(s *Settings) { s.PostureCheckMinutes = 0 }), 0, false},
		{"posture checks take the nearest choice", `{"posture_check_minutes": 12}`, with(func(s *Settings) { s.PostureCheckMinutes = 10 }), 1, false},
		{"posture checks past the last choice", `{"posture_check_minutes": 600}`, with(func(s *Settings) { s.PostureCheckMinutes = 30 }), 1, false},
		{"posture checks as a word", `{"posture_check_minutes": "often"}`, Defaults, 0, true},
		{"equipment of numbers", `{"equipment": [1, 2]}`, Defaults, 0, true},
		{"sound as a word", `{"sound": "yes"}`, Defaults, 0, true},
		{"when I'm busy, all off", `{"away_counts_as_break": false, "wait_while_do_not_disturb": false, "wait_while_fullscreen": false, "wait_while_in_call": false}`,
			with(func(s *Settings) {
				s.AwayIsBreak, s.WaitDoNotDisturb, s.WaitFullscreen, s.WaitInCall = false, false, false, false
			}), 0, false},
		{"when I'm busy, one off", `{"wait_while_in_call": false}`, with(func(s *Settings) { s.WaitInCall = false }), 0, false},
		{"when I'm busy, a word", `{"wait_while_fullscreen": "no"}`, Defaults, 0, true},
		{"when I'm busy, null", `{"away_counts_as_break": null}`, Defaults, 0, false},
		{"hours not an object", `{"working_hours": ["09:00-17:00"]}`, Defaults, 0, true},
		{"a day not a list", `{"working_hours": {"monday": "09:00-17:00"}}`, Defaults, 0, true},
		{"enabled as a number", `{"working_hours": {"enabled": 1}}`, Defaults, 0, true},
		{"truncated", `{"work_minutes": 3`, Defaults, 0, true},
		{"empty file", ``, Defaults, 0, true},
		{"not an object", `[45, 2]`, Defaults, 0, true},
		{"null", `null`, Defaults, 0, true},
		{"string for a number", `{"work_minutes": "45"}`, Defaults, 0, true},
		{"fraction", `{"break_minutes": 1.5}`, Defaults, 0, true},
		{"huge", `{"work_minutes": 1e400}`, Defaults, 0, true},
		{"garbage", "\x00\xff binary", Defaults, 0, true},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, problems, err := Parse([]byte(c.file))
			if (err != nil) != c.bad {
				t.Fatalf("error %v, want bad=%v", err, c.bad)
			}
			if !got.Equal(c.want) || len(problems) != c.problems {
				t.Fatalf("got %+v with problems %q, want %+v with %d", got, problems, c.want, c.problems)
			}
		})
	}
}

func TestValidate(t *testing.T) {
	if err := Defaults.Validate(); err != nil {
		t.Fatalf("defaults invalid: %v", err)
	}
	bad := Defaults
	bad.Equipment = []string{"jetpack"}
	if err := bad.Validate(); err == nil {
		t.Fatal("unknown equipment is valid")
	}
	for _, n := range []int{-1, 5, 45} {
		bad = Defaults
		bad.PostureCheckMinutes = n
		if err := bad.Validate(); err == nil {
			t.Errorf("a posture check every %d min is valid", n)
		}
	}
	bad = Defaults
	bad.LeftOut = []string{"jumping-jacks"}
	if err := bad.Validate(); err == nil {
		t.Fatal("leaving out an unknown exercise is valid")
	}
	bad = Defaults
	bad.WorkingHours = WorkingHours{Enabled: true}
	if err := bad.Validate(); err == nil {
		t.Fatal("working hours on with none set is valid")
	}
	for _, f := range Fields {
		for _, v := range []int{f.Min, f.Max} {
			ok := Defaults
			*f.Of(&ok) = v
			if err := ok.Validate(); err != nil {
				t.Errorf("%s at its limit %d: %v", f.Key, v, err)
			}
		}
		for _, v := range []int{f.Min - 1, f.Max + 1} {
			out := Defaults
			*f.Of(&out) = v
			if err := out.Validate(); err == nil {
				t.Errorf("%s of %d, past its limits, is valid", f.Key, v)
			}
		}
	}
	bad = Defaults
	bad.WorkMinutes, bad.BreakMinutes = 0, 31
	err := bad.Validate()
	var re *RangeError
	if !errors.As(err, &re) || !strings.Contains(err.Error(), "work_minutes must be from 1 to 240; 0 is not") || !strings.Contains(err.Error(), "break_minutes") {
		t.Fatalf("got %v, want both fields named", err)
	}
}

func TestPlan(t *testing.T) {
	s := Defaults
	s.WorkMinutes, s.BreakMinutes, s.SnoozeMinutes, s.MaxSnoozes = 30, 3, 7, 1
	p := s.Plan()
	if p.Work != 30*time.Minute || p.Break != 3*time.Minute || p.Snooze != 7*time.Minute || p.MaxSnoozes != 1 || p.Hours.Restricted() {
		t.Fatalf("plan %+v", p)
	}
	s.WorkingHours.Enabled = true
	if h := s.Plan().Hours; !h.Restricted() || len(h.Days[time.Monday]) != 1 || len(h.Days[time.Sunday]) != 0 {
		t.Fatalf("office hours switched on: %+v", h.Days)
	}
}

func TestLoadMissingFileUsesDefaults(t *testing.T) {
	s, n := Load(filepath.Join(t.TempDir(), "settings.json"))
	if !s.Equal(Defaults) || n != (Notice{}) {
		t.Fatalf("got %+v %+v", s, n)
	}
}

func TestLoadKeepsABadFileAside(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "settings.json")
	bad := []byte(`{"work_minutes": 30, "break_`)
	os.WriteFile(path, bad, 0o644)
	s, n := Load(path)
	if !s.Equal(Defaults) || n.Kind != KeptAside || !errors.Is(n.Problem, ErrCutShort) || !strings.Contains(n.File, "settings.json.bad-") {
		t.Fatalf("got %+v, notice %+v", s, n)
	}
	kept, _ := filepath.Glob(filepath.Join(dir, "settings.json.bad-*"))
	if len(kept) != 1 {
		t.Fatalf("kept %v, want one file beside the original", kept)
	}
	if got, _ := os.ReadFile(kept[0]); string(got) != string(bad) {
		t.Fatalf("kept file holds %q, want the user's bytes", got)
	}
	if _, n := Load(path); n != (Notice{}) {
		t.Fatalf("second load still complains: %+v (the user is told once)", n)
	}
}

func TestKeptFilesNeverOverwriteEachOther(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "settings.json")
	for i := range 3 {
		os.WriteFile(path, []byte(fmt.Sprintf("broken %d", i)), 0o644)
		Load(path)
	}
	kept, _ := filepath.Glob(filepath.Join(dir, "settings.json.bad-*"))
	if len(kept) != 3 {
		t.Fatalf("kept %v, want all three bad files", kept)
	}
}

func TestReloadKeepsWhatItHadWhenTheFileIsMidEdit(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "settings.json")
	current := Defaults
	current.WorkMinutes, current.BreakMinutes = 90, 5
	for name, content := range map[string]string{"empty": "", "half written": `{"work_minutes": 9`} {
		os.WriteFile(path, []byte(content), 0o644)
		s, n := Reload(path, current)
		if !s.Equal(current) || n.Kind != ChangeRejected {
			t.Errorf("%s: got %+v %+v, want the current settings and a notice", name, s, n)
		}
		if kept, _ := filepath.Glob(filepath.Join(dir, "*.bad-*")); len(kept) != 0 {
			t.Errorf("%s: moved aside while the app runs: %v", name, kept)
		}
	}
	os.Remove(path)
	if s, n := Reload(path, current); !s.Equal(current) || n != (Notice{}) {
		t.Errorf("deleted mid-save (an editor's rename): got %+v %+v", s, n)
	}
	os.WriteFile(path, []byte(`{"work_minutes": 30}`), 0o644)
	want := Defaults
	want.WorkMinutes = 30
	if s, _ := Reload(path, current); !s.Equal(want) {
		t.Errorf("a good edit: got %+v", s)
	}
}

func TestLoadClampsAndSays(t *testing.T) {
	path := filepath.Join(t.TempDir(), "settings.json")
	os.WriteFile(path, []byte(`{"work_minutes": 1000}`), 0o644)
	s, n := Load(path)
	if s.WorkMinutes != Work.Max || n.Kind != OutOfRange || !strings.Contains(n.Problem.Error(), "work_minutes is 1000") {
		t.Fatalf("got %+v, %+v", s, n)
	}
	if got, _ := os.ReadFile(path); string(got) != `{"work_minutes": 1000}` {
		t.Fatalf("the file was rewritten to %q", got)
	}
}

func TestSaveRoundTripsAndRefusesBadValues(t *testing.T) {
	path := filepath.Join(t.TempDir(), "settings.json")
	want := Defaults
	want.WorkMinutes, want.BreakMinutes, want.Equipment = 25, 4, []string{"foam-roller"}
	want.WorkingHours.Enabled = true
	if kept, err := Save(path, want); err != nil || kept != "" {
		t.Fatal(kept, err)
	}
	if got, n := Load(path); !got.Equal(want) || n != (Notice{}) {
		t.Fatalf("loaded %+v %+v", got, n)
	}
	zero := want
	zero.WorkMinutes = 0
	if _, err := Save(path, zero); err == nil {
		t.Fatal("saved a zero work interval")
	}
	if got, _ := Load(path); !got.Equal(want) {
		t.Fatalf("a refused save changed the file: %+v", got)
	}
}

func FuzzParse(f *testing.F) {
	for _, seed := range []string{
		`{"work_minutes": 30, "break_minutes": 5, "equipment": ["band"], "working_hours": {"enabled": true, "monday": ["09:00-17:00"]}}`,
		`{}`, `{"work_minutes": "x"}`, `[`, ``, `{"break_minutes": -1}`,
		// at and just past every limit
		`{"work_minutes": 240, "break_minutes": 30, "snooze_minutes": 30, "max_snoozes": 10}`,
		`{"work_minutes": 1, "break_minutes": 1, "snooze_minutes": 1, "max_snoozes": 0}`,
		`{"work_minutes": 241, "break_minutes": 31, "snooze_minutes": 31, "max_snoozes": 11}`,
		`{"work_minutes": 0, "break_minutes": 0, "snooze_minutes": 0, "max_snoozes": -1}`,
		`{"working_hours": {"enabled": true, "sunday": ["00:00-24:00", "23:59-00:00"]}}`,
	} {
		f.Add([]byte(seed))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		s, _, err := Parse(data)
		if err != nil {
			if !s.Equal(Defaults) {
				t.Fatalf("a bad file gave %+v, want the defaults", s)
			}
			return
		}
		if verr := s.Validate(); verr != nil {
			t.Fatalf("parse gave out-of-range settings %+v: %v", s, verr)
		}
		back, problems, err := Parse(Encode(s))
		if err != nil || !back.Equal(s) || len(problems) > 0 {
			t.Fatalf("re-reading %+v gave %+v %v %v", s, back, problems, err)
		}
	})
}

// Whatever is at the settings file's place, the daemon starts on settings
// it can use, says what was wrong, and keeps the user's bytes.
func TestLoadSurvivesWhateverIsThere(t *testing.T) {
	noise := make([]byte, 30<<20)
	for i := range noise {
		noise[i] = byte(i*7919 + i>>8)
	}
	for _, c := range []struct {
		name  string
		make  func(path string) error
		moved bool
	}{
		{"a folder", func(p string) error { return os.Mkdir(p, 0o755) }, false},
		{"a named pipe nobody writes to", fifo.Make, false},
		{"30 MB of noise", func(p string) error { return os.WriteFile(p, noise, 0o644) }, true},
		{"100,000 nested brackets", func(p string) error {
			return os.WriteFile(p, []byte(`{"a":`+strings.Repeat("[", 100000)), 0o644)
		}, true},
	} {
		t.Run(c.name, func(t *testing.T) {
			dir := t.TempDir()
			path := filepath.Join(dir, "settings.json")
			if err := c.make(path); errors.Is(err, fifo.ErrUnsupported) {
				t.Skip(err)
			} else if err != nil {
				t.Fatal(err)
			}
			s, n := Load(path)
			if !s.Equal(Defaults) || n == (Notice{}) {
				t.Fatalf("got %+v, %+v; want the defaults and a word to the user", s, n)
			}
			kept, _ := filepath.Glob(path + ".bad-*")
			if c.moved != (len(kept) == 1) {
				t.Fatalf("kept aside: %v, want moved=%v", kept, c.moved)
			}
			if _, err := os.Lstat(path); c.moved == (err == nil) {
				t.Fatalf("after loading, %s exists: %v", path, err == nil)
			}
		})
	}
}

// The settings window's reader changes nothing, however bad the file.
func TestProblemOnlyReads(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "settings.json")
	if n := Problem(path); n != (Notice{}) {
		t.Fatalf("no file: %+v", n)
	}
	os.WriteFile(path, []byte(`{"work_minutes": 30, "break_`), 0o644)
	if n := Problem(path); n.Kind != ShownBad || n.Problem == nil {
		t.Fatalf("a broken file: %+v", n)
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 1 {
		t.Fatalf("the folder now holds %d entries", len(entries))
	}
	os.WriteFile(path, []byte(`{"work_minutes": 3000}`), 0o644)
	if n := Problem(path); n.Kind != OutOfRange {
		t.Fatalf("a value out of range: %+v", n)
	}
}

// Saving over a file that cannot be used keeps that file first.
func TestSaveKeepsABrokenFileAside(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "settings.json")
	broken := []byte(`{"work_minutes": 30, "break_`)
	os.WriteFile(path, broken, 0o644)
	kept, err := Save(path, Defaults)
	if err != nil || kept == "" {
		t.Fatalf("kept %q, %v", kept, err)
	}
	if got, _ := os.ReadFile(kept); string(got) != string(broken) {
		t.Fatalf("kept %q", got)
	}
	if got, n := Load(path); !got.Equal(Defaults) || n != (Notice{}) {
		t.Fatalf("saved %+v %+v", got, n)
	}
}

// What could not be read at all is never replaced by a save.
func TestSaveLeavesWhatItCannotReadInPlace(t *testing.T) {
	for _, c := range []struct {
		name string
		make func(path string) error
		mode fs.FileMode
	}{
		{"a file without read permission", func(p string) error { return os.WriteFile(p, []byte(`{"work_minutes": 30}`), 0o200) }, 0},
		{"a named pipe", fifo.Make, fs.ModeNamedPipe},
		{"a folder", func(p string) error { return os.Mkdir(p, 0o755) }, fs.ModeDir},
	} {
		t.Run(c.name, func(t *testing.T) {
			dir := t.TempDir()
			path := filepath.Join(dir, "settings.json")
			if err := c.make(path); errors.Is(err, fifo.ErrUnsupported) {
				t.Skip(err)
			} else if err != nil {
				t.Fatal(err)
			}
			if c.mode == 0 && os.Geteuid() == 0 {
				t.Skip("root reads any file")
			}
			if kept, err := Save(path, Defaults); err == nil || kept != "" {
				t.Fatalf("saved over it: kept %q, %v", kept, err)
			}
			if n := Problem(path); n.Kind != ShownUnreadable {
				t.Fatalf("the window is told %+v", n)
			}
			fi, err := os.Lstat(path)
			if err != nil || fi.Mode().Type() != c.mode {
				t.Fatalf("after the save: %v, %v", fi, err)
			}
			if entries, _ := os.ReadDir(dir); len(entries) != 1 {
				t.Fatalf("the folder now holds %d entries", len(entries))
			}
		})
	}
}

// The choice to keep GNOME's own movement breaks is read and written.
func TestKeepingGnomesBreaksIsKept(t *testing.T) {
	s, problems, err := Parse([]byte(`{"keep_gnome_movement_breaks": true}`))
	if err != nil || len(problems) > 0 || !s.KeepGnomeBreaks {
		t.Fatalf("read as %+v, %v, %v", s, problems, err)
	}
	if again, _, err := Parse(Encode(s)); err != nil || !again.KeepGnomeBreaks {
		t.Fatalf("written and read back as %+v, %v", again, err)
	}
	if _, _, err := Parse([]byte(`{"keep_gnome_movement_breaks": "yes"}`)); err == nil {
		t.Fatal("a choice that is not true or false was read")
	}
}
