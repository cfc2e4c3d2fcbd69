// Package exercises owns what a break asks of the user: the catalogue of
// exercises from the article (an embedded data file, catalogue.toml), the
// rotation that picks the next one, and how a guided break lays out its
// steps over time. The break window that shows them is in the window half
// (ui/breakwindow).
package exercises

import (
	_ "embed"
	"errors"
	"fmt"
	"regexp"
	"slices"
	"sync"

	"github.com/BurntSushi/toml"

	"posturebreak/assets"
)

// Category is what an exercise does for the back.
type Category string

const (
	Mobility Category = "mobility"
	Stretch  Category = "stretch"
	Strength Category = "strength"
)

// Position is where the body is during an exercise.
type Position string

const (
	Seated   Position = "seated"
	Standing Position = "standing"
	Floor    Position = "floor"
	Prone    Position = "prone"
)

// Need is something an exercise needs.
type Need string

const (
	Chair        Need = "chair"
	Doorway      Need = "doorway"
	StableObject Need = "stable-object"
	FoamRoller   Need = "foam-roller"
	FloorSpace   Need = "floor-space"
	Dumbbell     Need = "dumbbell"
	CableMachine Need = "cable-machine"
	Band         Need = "band"
)

var (
	categories = []Category{Mobility, Stretch, Strength}
	positions  = []Position{Seated, Standing, Floor, Prone}
	needs      = []Need{Chair, Doorway, StableObject, FoamRoller, FloorSpace, Dumbbell, CableMachine, Band}
	validID    = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)
)

// Exercise is one exercise from the article.
type Exercise struct {
	ID       string   `toml:"id"`
	Name     string   `toml:"name"`
	Category Category `toml:"category"`
	Works    string   `toml:"works"`
	Position Position `toml:"position"`
	Needs    []Need   `toml:"needs"`
	Sides    bool     `toml:"sides"`
	Why      string   `toml:"why"`
	Note     string   `toml:"note"`
	Cautions []string `toml:"cautions"`
	Steps    []Step   `toml:"steps"`
}

// Step is one instruction, with the pictures that go with it.
type Step struct {
	Text   string `toml:"text"`
	Frames []int  `toml:"frames"` // keyframes, from 1, shown in turn
	Main   bool   `toml:"main"`   // the exercise itself, which gets the break's time
	Hold   bool   `toml:"hold"`   // move into a position once and stay there
}

// MainStep is the index of the step that is the exercise itself.
func (e Exercise) MainStep() int {
	for i, s := range e.Steps {
		if s.Main {
			return i
		}
	}
	return len(e.Steps) - 1
}

// Keyframe is the SVG of picture n (from 1).
func (e Exercise) Keyframe(n int) []byte { return assets.Read(assets.KeyframeFile(e.ID, n)) }

// Picture is the picture for a moment: the keyframe it holds, or, while
// the figure moves, the step of the movement it has reached.
func (e Exercise) Picture(m Moment) []byte {
	if svg, ok := assets.Step(e.ID, max(m.Frame, 1), max(m.Next, 1), m.Tween()); ok {
		return svg
	}
	return e.Keyframe(max(m.Frame, 1)) // no movement drawn between them: a cut
}

// Keyframes is how many pictures the exercise has.
func (e Exercise) Keyframes() int { return assets.Keyframes(e.ID) }

//go:embed catalogue.toml
var catalogueFile []byte

// Catalogue is every exercise, in the file's order. It is read the first
// time it is asked for, so a process that shows no exercise never reads it.
var Catalogue = sync.OnceValue(func() []Exercise {
	all, err := Parse(catalogueFile)
	if err != nil {
		panic(err) // the embedded file is checked by the tests
	}
	return all
})

// Parse reads a catalogue file and checks it (Validate).
func Parse(b []byte) ([]Exercise, error) {
	var f struct {
		Exercise []Exercise `toml:"exercise"`
	}
	md, err := toml.Decode(string(b), &f)
	if err != nil {
		return nil, err
	}
	if undecoded := md.Undecoded(); len(undecoded) > 0 {
		return nil, fmt.Errorf("unknown field %s", undecoded[0])
	}
	return f.Exercise, Validate(f.Exercise)
}

// Validate checks a catalogue: ids unique and well formed, every field
// filled, every value one the app knows, and pictures for every step.
func Validate(all []Exercise) error {
	var errs []error
	seen := map[string]bool{}
	for i, e := range all {
		for _, err := range e.problems() {
			errs = append(errs, fmt.Errorf("exercise %d (%s): %w", i+1, e.ID, err))
		}
		if seen[e.ID] {
			errs = append(errs, fmt.Errorf("exercise %d (%s): id used twice", i+1, e.ID))
		}
		seen[e.ID] = true
	}
	if len(all) == 0 {
		errs = append(errs, errors.New("the catalogue is empty"))
	}
	return errors.Join(errs...)
}

// problems are what is wrong with one exercise.
func (e Exercise) problems() []error {
	var errs []error
	bad := func(format string, args ...any) { errs = append(errs, fmt.Errorf(format, args...)) }
	if !validID.MatchString(e.ID) {
		bad("id must be lower-case words joined by hyphens")
	}
	if e.Name == "" || e.Works == "" {
		bad("name and works are required")
	}
	if !slices.Contains(categories, e.Category) {
		bad("unknown category %q", e.Category)
	}
	if !slices.Contains(positions, e.Position) {
		bad("unknown position %q", e.Position)
	}
	for _, n := range e.Needs {
		if !slices.Contains(needs, n) {
			bad("unknown need %q", n)
		}
	}
	if pictures := e.Keyframes(); pictures < 2 {
		bad("needs at least 2 pictures (a start and an end pose), has %d", pictures)
	}
	return append(errs, e.stepProblems()...)
}

// stepProblems are what is wrong with an exercise's steps.
func (e Exercise) stepProblems() []error {
	var errs []error
	if len(e.Steps) == 0 {
		errs = append(errs, errors.New("every exercise needs steps"))
	}
	mains, pictures := 0, e.Keyframes()
	for n, st := range e.Steps {
		if st.Text == "" || len(st.Frames) == 0 {
			errs = append(errs, fmt.Errorf("step %d needs text and frames", n+1))
		}
		for _, f := range st.Frames {
			if f < 1 || f > pictures {
				errs = append(errs, fmt.Errorf("step %d shows picture %d of %d", n+1, f, pictures))
			}
		}
		if st.Main {
			mains++
		}
	}
	if mains > 1 {
		errs = append(errs, fmt.Errorf("%d main steps; at most one", mains))
	}
	return errs
}

// ByID finds an exercise in the catalogue.
func ByID(id string) (Exercise, bool) { return find(Catalogue(), id) }
