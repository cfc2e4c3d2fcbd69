// Package exercises owns what a break asks of the user: the catalogue of
// exercises from the article (an embedded data file, catalogue.toml), the
// rotation that picks the next one, and the break window that guides the
// user through it.
package exercises

import (
	_ "embed"
	"errors"
	"fmt"
	"regexp"
	"slices"

	"github.com/BurntSushi/toml"

	"posturebreak/assets"
	"posturebreak/drawing"
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
	ID        string   `toml:"id"`
	Name      string   `toml:"name"`
	Category  Category `toml:"category"`
	Works     string   `toml:"works"`
	Position  Position `toml:"position"`
	Needs     []Need   `toml:"needs"`
	Sides     bool     `toml:"sides"`
	Keyframes int      `toml:"keyframes"`
	Why       string   `toml:"why"`
	Note      string   `toml:"note"`
	Cautions  []string `toml:"cautions"`
	Steps     []Step   `toml:"steps"`
}

// Step is one instruction, with the pictures that go with it.
type Step struct {
	Text   string `toml:"text"`
	Frames []int  `toml:"frames"` // keyframes, from 1, shown in turn
	Main   bool   `toml:"main"`   // the exercise itself, which gets the break's time
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
func (e Exercise) Keyframe(n int) []byte {
	return assets.Read("exercises/" + drawing.FileName(e.ID, n))
}

// Where says in a few words where the exercise is done, for the
// notification.
func (e Exercise) Where() string {
	switch {
	case slices.Contains(e.Needs, Doorway):
		return "standing in a doorway"
	case slices.Contains(e.Needs, StableObject):
		return "standing, holding something sturdy"
	case e.Position == Seated:
		return "seated at your desk"
	case e.Position == Standing:
		return "standing"
	case e.Position == Prone:
		return "lying face down"
	}
	return "on the floor"
}

//go:embed catalogue.toml
var catalogueFile []byte

// Catalogue is every exercise, in the file's order.
var Catalogue = mustParse(catalogueFile)

func mustParse(b []byte) []Exercise {
	all, err := Parse(b)
	if err != nil {
		panic(err) // the embedded file is checked by the tests
	}
	return all
}

// Parse reads a catalogue file and checks everything but the pictures,
// which Validate checks too.
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
	return f.Exercise, check(f.Exercise, false)
}

// Validate checks a catalogue: ids unique and well formed, every field
// filled, every value one the app knows, and every picture present.
func Validate(all []Exercise) error { return check(all, true) }

func check(all []Exercise, pictures bool) error {
	var errs []error
	seen := map[string]bool{}
	for i, e := range all {
		bad := func(format string, args ...any) {
			errs = append(errs, fmt.Errorf("exercise %d (%s): %s", i+1, e.ID, fmt.Sprintf(format, args...)))
		}
		if !validID.MatchString(e.ID) {
			bad("id must be lower-case words joined by hyphens")
		}
		if seen[e.ID] {
			bad("id used twice")
		}
		seen[e.ID] = true
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
		if len(e.Steps) == 0 {
			bad("every exercise needs steps")
		}
		mains := 0
		for n, st := range e.Steps {
			if st.Text == "" || len(st.Frames) == 0 {
				bad("step %d needs text and frames", n+1)
			}
			for _, f := range st.Frames {
				if f < 1 || f > e.Keyframes {
					bad("step %d shows frame %d of %d", n+1, f, e.Keyframes)
				}
			}
			if st.Main {
				mains++
			}
		}
		if mains > 1 {
			bad("%d main steps; at most one", mains)
		}
		if e.Keyframes < 2 {
			bad("needs at least 2 keyframes, has %d", e.Keyframes)
		}
		for n := 1; pictures && n <= e.Keyframes; n++ {
			if _, err := assets.Files.ReadFile("exercises/" + drawing.FileName(e.ID, n)); err != nil {
				bad("picture %d is missing", n)
			}
		}
	}
	if len(all) == 0 {
		errs = append(errs, errors.New("the catalogue is empty"))
	}
	return errors.Join(errs...)
}

// ByID finds an exercise in the catalogue.
func ByID(id string) (Exercise, bool) { return find(Catalogue, id) }
