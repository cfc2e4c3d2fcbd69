package words

import (
	"errors"
	"strings"
	"testing"
	"time"

	"posturebreak/exercises"
	"posturebreak/settings"
	"posturebreak/translation"
)

// speak makes the words German for the rest of the test.
func speak(t *testing.T, lang string) {
	if err := translation.Use(lang); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { translation.Use("en") })
}

func TestLengthsAreWrittenForPeople(t *testing.T) {
	for d, want := range map[time.Duration]string{0: "0 min", 12 * time.Minute: "12 min", 2 * time.Hour: "2 h", 125 * time.Minute: "2 h 5 min", 89 * time.Second: "1 min"} {
		if got := Length(d); got != want {
			t.Errorf("%v: %q, want %q", d, got, want)
		}
	}
}

// Every exercise has a name, a category and a place in each language, and
// the German ones are German.
func TestEveryExerciseIsSaidInEveryLanguage(t *testing.T) {
	if e, _ := exercises.ByID("doorway-chest"); Where(e) != "standing in a doorway" || Category(e.Category) != "Stretch" {
		t.Errorf("doorway in English: %q, %q", Where(e), Category(e.Category))
	}
	speak(t, "de")
	for _, e := range exercises.Catalogue() {
		if Where(e) == "" || Category(e.Category) == "" || Exercise(e) == e.Name && e.Name != "Superman" {
			t.Errorf("%s in German: %q, %q, %q", e.ID, Exercise(e), Category(e.Category), Where(e))
		}
	}
	if got := ExerciseByID("cat-cow"); got != "Katze-Kuh" {
		t.Errorf("cat-cow in German is %q", got)
	}
	if got := ExerciseByID("gone-from-the-catalogue"); got != "gone-from-the-catalogue" {
		t.Errorf("an exercise no longer in the catalogue is %q", got)
	}
	if Side(exercises.LeftSide) != "Linke Seite" || Side(exercises.BothSides) != "" {
		t.Errorf("sides: %q, %q", Side(exercises.LeftSide), Side(exercises.BothSides))
	}
}

// A value out of range is said with its field's name, in the user's
// language, every one of them; other errors as they are.
func TestSettingsProblemsAreSaidForPeople(t *testing.T) {
	bad := settings.Defaults
	bad.WorkMinutes, bad.BreakMinutes = 0, 31
	err := bad.Validate()
	if got := Problem(err); !strings.Contains(got, "Work interval must be from 1 to 240; 0 is not") || !strings.Contains(got, "Break length") {
		t.Errorf("in English: %q", got)
	}
	speak(t, "de")
	if got := Problem(err); !strings.Contains(got, "Arbeitsintervall") || strings.Contains(got, "work_minutes") {
		t.Errorf("in German: %q", got)
	}
	if got := Problem(errors.New("disk full")); got != "disk full" {
		t.Errorf("another error: %q", got)
	}
	if got := Settings(settings.Notice{Kind: settings.KeptAside, Problem: settings.ErrCutShort, File: "settings.json.bad-1"}); !strings.Contains(got, "settings.json.bad-1") || !strings.Contains(got, "abgeschnitten") {
		t.Errorf("a file kept aside: %q", got)
	}
	if got := Settings(settings.Notice{}); got != "" {
		t.Errorf("no notice: %q", got)
	}
}

// Whatever is wrong with a hand-edited settings file is said in the
// user's language, naming the file's keys as written: no English sentence
// of the settings package reaches a German user.
func TestEveryProblemOfAFileIsSaidInGerman(t *testing.T) {
	files := []string{
		`{"work_minutes": 500}`, `{"work_minutes": "45"}`, `{"sound": "yes"}`,
		`{"equipment": ["trampoline"]}`, `{"equipment": "band"}`, `{"left_out": ["jumping-jacks"]}`,
		`{"posture_check_minutes": 12}`, `{"working_hours": ["09:00-17:00"]}`, `{"working_hours": {"enabled": 1}}`,
		`{"working_hours": {"monday": "09:00-17:00"}}`, `{"working_hours": {"enabled": true, "monday": ["9 to 5"]}}`,
		`{"working_hours": {"enabled": true, "monday": ["09:00-09:00", "09:00-17:00"]}}`, `{"working_hours": {"enabled": true}}`,
		`{"work_minutes": 3`, `[45]`, `{"work_minutes": 45,, }`,
	}
	speak(t, "de")
	for _, file := range files {
		_, problems, err := settings.Parse([]byte(file))
		if err != nil {
			problems = append(problems, err)
		}
		if len(problems) == 0 {
			t.Errorf("%s: no problem found", file)
		}
		for _, p := range problems {
			got := Problem(p)
			if got == p.Error() || strings.Contains(got, " should be ") || strings.Contains(got, " is not ") || strings.Contains(got, "using") {
				t.Errorf("%s: said in English: %q", file, got)
			}
		}
	}
	bad := settings.Defaults
	bad.PostureCheckMinutes, bad.Equipment = 7, []string{"trampoline"}
	if got := Problem(bad.Validate()); !strings.Contains(got, "trampoline") || !strings.Contains(got, "0, 10, 15, 20, 30") || strings.Contains(got, "must be") {
		t.Errorf("settings that cannot be saved: %q", got)
	}
}
