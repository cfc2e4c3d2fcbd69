package exercises

import (
	"slices"
	"strings"
	"testing"
)

func TestTheCatalogueIsValid(t *testing.T) {
	if err := Validate(Catalogue()); err != nil {
		t.Fatal(err)
	}
	// Every exercise the article names, and nothing it does not.
	want := []string{"foam-roller-extension", "cat-cow", "thread-the-needle", "seated-rotation", "doorway-chest",
		"lat-stretch", "rows", "face-pulls", "y-raise", "prone-swimmers", "superman"}
	var got []string
	for _, e := range Catalogue() {
		got = append(got, e.ID)
	}
	if !slices.Equal(got, want) {
		t.Fatalf("catalogue %v, want %v", got, want)
	}
}

func TestValidateCatchesMistakes(t *testing.T) {
	good := Catalogue()[0]
	cases := map[string]func(e *Exercise){
		"bad id":           func(e *Exercise) { e.ID = "Seated Rotation" },
		"unknown category": func(e *Exercise) { e.Category = "cardio" },
		"unknown position": func(e *Exercise) { e.Position = "upside-down" },
		"unknown need":     func(e *Exercise) { e.Needs = []Need{"trampoline"} },
		"no steps":         func(e *Exercise) { e.Steps = nil },
		"empty step":       func(e *Exercise) { e.Steps = []Step{{Text: "Sit.", Frames: []int{1}}, {Frames: []int{1}}} },
		"step, no frames":  func(e *Exercise) { e.Steps = []Step{{Text: "Sit."}} },
		"frame too high":   func(e *Exercise) { e.Steps = []Step{{Text: "Sit.", Frames: []int{3}}} },
		"frame zero":       func(e *Exercise) { e.Steps = []Step{{Text: "Sit.", Frames: []int{0}}} },
		"two main steps": func(e *Exercise) {
			e.Steps = []Step{{Text: "a", Frames: []int{1}, Main: true}, {Text: "b", Frames: []int{2}, Main: true}}
		},
		"no pictures":     func(e *Exercise) { e.ID = "jumping-jacks" },
		"missing picture": func(e *Exercise) { e.Steps = []Step{{Text: "Sit.", Frames: []int{1, 9}}} },
		"no name":         func(e *Exercise) { e.Name = "" },
	}
	for name, spoil := range cases {
		e := good
		spoil(&e)
		if err := Validate([]Exercise{e}); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
	if err := Validate([]Exercise{good, good}); err == nil || !strings.Contains(err.Error(), "used twice") {
		t.Errorf("duplicate id: %v", err)
	}
}

func TestParseRefusesUnknownFields(t *testing.T) {
	_, err := Parse([]byte("[[exercise]]\nid = \"x\"\ncolour = \"red\"\n"))
	if err == nil || !strings.Contains(err.Error(), "colour") {
		t.Fatalf("got %v", err)
	}
}

func TestEveryExerciseHasAPicture(t *testing.T) {
	for _, e := range Catalogue() {
		if len(e.Keyframe(1)) == 0 {
			t.Errorf("%s: empty picture", e.ID)
		}
	}
}
