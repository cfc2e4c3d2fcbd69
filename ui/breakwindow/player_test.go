package breakwindow

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"

	"posturebreak/advice"
	"posturebreak/assets"
	"posturebreak/exercises"
	"posturebreak/history"
	"posturebreak/protocol"
	"posturebreak/ui/windowtest"
)

type ended struct {
	endings []protocol.BreakResult
	safety  int
}

func newPlayer(t *testing.T, ids ...string) (*Player, *ended) {
	t.Helper()
	var offered []exercises.Exercise
	for _, id := range ids {
		offered = append(offered, exercise(t, id))
	}
	got := &ended{}
	p := NewPlayer(offered, 2*time.Minute, 5*time.Minute, func(r protocol.BreakResult) { got.endings = append(got.endings, r) }, func() { got.safety++ })
	return p, got
}

func TestButtonsEndTheBreakAsTheySay(t *testing.T) {
	test.NewTempApp(t)
	for _, c := range []struct {
		press func(p *Player) fyne.Tappable
		want  history.Outcome
	}{
		{func(p *Player) fyne.Tappable { return p.Done }, history.Done},
		{func(p *Player) fyne.Tappable { return p.Snooze }, history.Snoozed},
		{func(p *Player) fyne.Tappable { return p.Skip }, history.Skipped},
	} {
		p, got := newPlayer(t, "seated-rotation")
		test.Tap(c.press(p))
		if len(got.endings) != 1 || !reflect.DeepEqual(got.endings[0], protocol.BreakResult{Outcome: c.want, Exercise: "seated-rotation"}) {
			t.Errorf("tapping gave %+v, want %v", got.endings, c.want)
		}
	}
}

func TestNoSnoozeOnceTheLimitIsReached(t *testing.T) {
	test.NewTempApp(t)
	p := NewPlayer([]exercises.Exercise{exercise(t, "cat-cow")}, 2*time.Minute, 0, func(protocol.BreakResult) {}, func() {})
	if p.Snooze.Visible() {
		t.Fatal("Snooze offered for a break that may not be snoozed again")
	}
}

func TestTheStepsPlayOverTheBreak(t *testing.T) {
	test.NewTempApp(t)
	p, _ := newPlayer(t, "cat-cow")
	e := p.Exercise()
	if p.StepNo.Text != "Step 1 of 4" || p.Step.Text != e.Steps[0].Text || p.Left.Text != "2:00 left" || p.Prev.Disabled() == false {
		t.Fatalf("at start: %q %q %q, back enabled=%v", p.StepNo.Text, p.Step.Text, p.Left.Text, !p.Prev.Disabled())
	}
	p.Tick(exercises.SetupTime + exercises.RestTime + exercises.MoveTime)
	if p.StepNo.Text != "Step 2 of 4" || p.Moment().Frame != 2 {
		t.Fatalf("after one step: %q frame %d", p.StepNo.Text, p.Moment().Frame)
	}
	if p.Pace.Visible() {
		t.Fatal("a set-up step says to go on at your own pace")
	}
	p.Tick(3*exercises.SetupTime + exercises.RestTime + exercises.MoveTime)
	if p.StepNo.Text != "Step 4 of 4" || p.Moment().Frame != 2 || !p.Pace.Visible() {
		t.Fatalf("in the main step: %q frame %d, pace shown %v", p.StepNo.Text, p.Moment().Frame, p.Pace.Visible())
	}
	p.Tick(3 * time.Minute)
	if p.Left.Text != "Break complete" || p.Progress.Value != 1 || !p.Next.Disabled() {
		t.Fatalf("after the break: %q %v", p.Left.Text, p.Progress.Value)
	}
}

func TestOneSidedExercisesMirrorAndSayWhenToSwitch(t *testing.T) {
	test.NewTempApp(t)
	p, _ := newPlayer(t, "thread-the-needle")
	p.Tick(30 * time.Second)
	if p.Side.Text != "Left side" || p.Moment().Mirror {
		t.Fatalf("first half: %q mirror=%v", p.Side.Text, p.Moment().Mirror)
	}
	p.Tick(time.Minute + time.Second)
	if p.Side.Text != "Now switch sides" || !p.Moment().Mirror {
		t.Fatalf("halfway: %q mirror=%v", p.Side.Text, p.Moment().Mirror)
	}
	p.Tick(time.Minute + exercises.SwitchTime + time.Second)
	if p.Side.Text != "Right side" {
		t.Fatalf("after the cue: %q", p.Side.Text)
	}
}

func TestSteppingByHand(t *testing.T) {
	test.NewTempApp(t)
	p, _ := newPlayer(t, "cat-cow")
	test.Tap(p.Next)
	test.Tap(p.Next)
	if p.StepNo.Text != "Step 3 of 4" {
		t.Fatalf("after two taps on next: %q", p.StepNo.Text)
	}
	test.Tap(p.Prev)
	if p.StepNo.Text != "Step 2 of 4" {
		t.Fatalf("after back: %q", p.StepNo.Text)
	}
	p.Tick(time.Second) // time goes on from where the user is
	if p.StepNo.Text != "Step 2 of 4" {
		t.Fatalf("a tick undid the stepping: %q", p.StepNo.Text)
	}
}

func TestAnotherExerciseMovesOnAndIsReported(t *testing.T) {
	test.NewTempApp(t)
	p, got := newPlayer(t, "seated-rotation", "doorway-chest", "lat-stretch")
	p.Tick(40 * time.Second)
	test.Tap(p.Another)
	if p.Title.Text != "Doorway chest stretch" || p.StepNo.Text != "Step 1 of 2" {
		t.Fatalf("after another: %q %q", p.Title.Text, p.StepNo.Text)
	}
	test.Tap(p.Another)
	if p.Title.Text != "Lat stretch" || !p.Another.Disabled() {
		t.Fatalf("at the last offer: %q, another enabled=%v", p.Title.Text, !p.Another.Disabled())
	}
	test.Tap(p.Done)
	if len(got.endings) != 1 || !reflect.DeepEqual(got.endings[0], protocol.BreakResult{Outcome: history.Done, Exercise: "lat-stretch", Another: 2}) {
		t.Fatalf("ending %+v", got.endings)
	}
}

// "Not for me" leaves the exercise out, says how to put it back, and moves
// on as "Another exercise" does; on the last one offered it stays, and
// cannot leave it out twice.
func TestNotForMeLeavesOutAndMovesOn(t *testing.T) {
	windowtest.App(t, windowtest.Variants["light"])
	p, got := newPlayer(t, "seated-rotation", "doorway-chest")
	if p.leftNote.Visible() {
		t.Fatal("the note on a left-out exercise shows before anything was left out")
	}
	test.Tap(p.NotForMe)
	if p.Title.Text != "Doorway chest stretch" || !p.leftNote.Visible() || !strings.Contains(p.LeftOut.Text, "Seated thoracic rotation") || !strings.Contains(p.LeftOut.Text, "Settings") {
		t.Fatalf("after Not for me: on %q, note %q (shown %v)", p.Title.Text, p.LeftOut.Text, p.leftNote.Visible())
	}
	windowtest.AssertLooks(t, "break-left-out.png", p.Content(), Size)
	test.Tap(p.NotForMe)
	if p.Title.Text != "Doorway chest stretch" || !p.NotForMe.Disabled() || !strings.Contains(p.LeftOut.Text, "Doorway chest stretch") {
		t.Fatalf("Not for me on the last offer: on %q, button enabled %v, note %q", p.Title.Text, !p.NotForMe.Disabled(), p.LeftOut.Text)
	}
	test.Tap(p.Skip)
	want := protocol.BreakResult{Outcome: history.Skipped, Exercise: "doorway-chest", Another: 1, LeftOut: []string{"seated-rotation", "doorway-chest"}}
	if len(got.endings) != 1 || !reflect.DeepEqual(got.endings[0], want) {
		t.Fatalf("ending %+v, want %+v", got.endings, want)
	}
	b := protocol.Break{Exercises: []string{"seated-rotation", "doorway-chest"}, Length: 2 * time.Minute}
	line, _ := json.Marshal(want)
	if read, err := b.Result(line); err != nil || !reflect.DeepEqual(read, want) {
		t.Fatalf("the daemon reads %s as %+v, %v", line, read, err)
	}
}

// Every exercise, on every step, shows when to stop and get medical help,
// in view and not behind a link, and the article's rule to listen to your
// body; the button beside it opens the whole list.
func TestSafetyIsAlwaysInView(t *testing.T) {
	test.NewTempApp(t)
	for _, e := range exercises.Catalogue() {
		p, got := newPlayer(t, e.ID)
		w := test.NewTempWindow(t, p.Content())
		w.Resize(Size)
		for {
			if !visible(p.Stop) || p.Stop.Text != advice.Stop {
				t.Errorf("%s, step %d: the stop line is not in view (%q)", e.ID, p.Moment().Step+1, p.Stop.Text)
			}
			if !visible(p.Care) || !strings.HasPrefix(p.Care.Text, advice.ListenToYourBody) {
				t.Errorf("%s, step %d: the exercise does not say to listen to your body (%q)", e.ID, p.Moment().Step+1, p.Care.Text)
			}
			if p.Next.Disabled() {
				break
			}
			test.Tap(p.Next)
		}
		test.Tap(p.Help)
		if got.safety != 1 {
			t.Errorf("%s: %q did nothing", e.ID, p.Help.Text)
		}
	}
}

// visible says whether o would be drawn: it and every container it is in
// are shown, and it has a size.
func visible(o fyne.CanvasObject) bool {
	return o.Visible() && !o.Size().IsZero() && o.Position().X >= 0 && o.Position().Y >= 0
}

func TestTheBreakWindowLooksRight(t *testing.T) {
	for _, c := range []struct {
		name string
		id   string
		at   time.Duration
	}{
		{"one-sided", "doorway-chest", 78 * time.Second}, // the right side, leaning in: mirrored
		{"two-sided", "cat-cow", 30 * time.Second},
	} {
		for variant, v := range windowtest.Variants {
			t.Run(c.name+"-"+variant, func(t *testing.T) {
				windowtest.App(t, v)
				p, _ := newPlayer(t, c.id, "lat-stretch")
				p.Tick(c.at)
				windowtest.AssertLooks(t, "break-"+c.name+"-"+variant+".png", p.Content(), Size)
			})
		}
	}
}

// At its minimum size, and at twice the scale, nothing overlaps or is cut.
func TestTheBreakWindowFitsItsMinimumSizeAndScales(t *testing.T) {
	windowtest.App(t, windowtest.Variants["light"])
	p, _ := newPlayer(t, "foam-roller-extension", "cat-cow")
	p.Tick(20 * time.Second)
	content := p.Content()
	min := content.MinSize()
	if min.Width > Size.Width || min.Height > Size.Height {
		t.Fatalf("minimum size %v is larger than the window opens at, %v", min, Size)
	}
	windowtest.AssertLooks(t, "break-minimum.png", content, min)
	windowtest.App(t, windowtest.Variants["dark"])
	dark, _ := newPlayer(t, "foam-roller-extension", "cat-cow")
	dark.Tick(20 * time.Second)
	windowtest.AssertLooks(t, "break-minimum-dark.png", dark.Content(), min)
	windowtest.App(t, windowtest.Variants["light"])
	windowtest.AssertLooksScaled(t, "break-scale-2.png", p.Content(), Size, 2)
}

// The list of signs opens over the window and, at the window's minimum
// size, shows every one of them without scrolling, in English and in
// German.
func TestTheSafetyAdviceShowsEverySignAtTheMinimumSize(t *testing.T) {
	for _, language := range []string{"en", "de"} {
		windowtest.In(t, language)
		windowtest.App(t, windowtest.Variants["light"])
		p, _ := newPlayer(t, "foam-roller-extension")
		content := p.Content()
		w := test.NewTempWindow(t, content)
		min := content.MinSize().AddWidthHeight(2*theme.Padding(), 2*theme.Padding())
		w.Resize(min)
		showSafety(w)
		overlay := w.Canvas().Overlays().Top()
		if overlay == nil {
			t.Fatalf("%s: no dialog", language)
		}
		if hidden := windowtest.Overflow(overlay); hidden > 0 {
			t.Errorf("%s: at the window's minimum size %v, %v px of the signs need scrolling", language, min, hidden)
		}
		windowtest.AssertLooks(t, "safety-"+language+"-minimum.png", w.Content(), min)
	}
}

func exercise(t *testing.T, id string) exercises.Exercise {
	t.Helper()
	e, ok := exercises.ByID(id)
	if !ok {
		t.Fatalf("no exercise %q", id)
	}
	return e
}

// At the window's minimum size, every step of every exercise, with its
// cautions and notes, reads in full without scrolling, in English and in
// German, whose words run long.
func TestEveryStepReadsInFullAtTheMinimumSize(t *testing.T) {
	for _, language := range []string{"en", "de"} {
		windowtest.In(t, language)
		everyStepReadsInFull(t, language)
	}
}

func everyStepReadsInFull(t *testing.T, language string) {
	windowtest.App(t, windowtest.Variants["light"])
	for _, e := range exercises.Catalogue() {
		p, _ := newPlayer(t, e.ID)
		content := p.Content()
		w := test.NewTempWindow(t, content)
		w.SetPadded(false)
		w.Resize(content.MinSize())
		for {
			p.text.Content.Refresh()
			p.text.Refresh()
			need, have := p.text.Content.MinSize().Height, p.text.Size().Height
			if need > have {
				t.Errorf("%s, %s, step %d: the text needs %.0f px, and %.0f are shown", language, e.ID, p.Moment().Step+1, need, have)
			}
			if p.Next.Disabled() {
				break
			}
			test.Tap(p.Next)
		}
	}
}

// In front, the picture plays every step of the movement between
// keyframes; behind other windows, it holds on the keyframes.
func TestThePictureMovesOnlyWhileTheWindowIsInFront(t *testing.T) {
	test.NewTempApp(t)
	for _, moving := range []bool{true, false} {
		p, _ := newPlayer(t, "cat-cow")
		p.SetMoving(moving)
		steps := map[float64]bool{}
		for at := time.Duration(0); at < 40*time.Second; at += frameTime {
			p.Tick(at)
			if p.shown.Blend > 0 && p.shown.Blend < 1 {
				steps[p.shown.Blend] = true
			}
		}
		switch {
		case moving && len(steps) != assets.InBetweens-1:
			t.Errorf("in front, %d steps of the movement were shown, want all %d", len(steps), assets.InBetweens-1)
		case !moving && len(steps) != 0:
			t.Errorf("behind, %d steps of the movement were drawn", len(steps))
		}
	}
}

// docs/ shows the break window as it is: light and dark, at the size it
// opens at and at its minimum, copied from the golden images here.
func TestTheDocsShowTheBreakWindowAsItIs(t *testing.T) {
	for doc, golden := range map[string]string{
		"break-window-light.png":         "break-two-sided-light.png",
		"break-window-dark.png":          "break-one-sided-dark.png",
		"break-window-minimum-light.png": "break-minimum.png",
		"break-window-minimum-dark.png":  "break-minimum-dark.png",
	} {
		want, err := os.ReadFile(filepath.Join("testdata", golden))
		if err != nil {
			t.Fatal(err)
		}
		got, err := os.ReadFile(filepath.Join("..", "..", "docs", doc))
		if err != nil || !bytes.Equal(got, want) {
			t.Errorf("docs/%s is not testdata/%s: copy it (%v)", doc, golden, err)
		}
	}
}

// In German, whose words run long, every exercise fits the window as it
// opens and at its minimum size, and nothing is cut.
func TestTheBreakWindowInGerman(t *testing.T) {
	windowtest.In(t, "de")
	for _, e := range exercises.Catalogue() {
		windowtest.App(t, windowtest.Variants["light"])
		p, _ := newPlayer(t, e.ID, "cat-cow")
		w := test.NewTempWindow(t, p.Content())
		w.Resize(Size)
		for step := range e.Steps {
			if hidden := windowtest.Overflow(w.Content()); hidden > 0 {
				t.Errorf("%s, step %d: in German %v px of the text need scrolling in a window of %v", e.ID, step+1, hidden, Size)
			}
			test.Tap(p.Next)
		}
	}
	for _, c := range []struct{ name, id string }{{"one-sided", "seated-rotation"}, {"longest", "foam-roller-extension"}} {
		windowtest.App(t, windowtest.Variants["light"])
		p, _ := newPlayer(t, c.id, "lat-stretch")
		p.Tick(78 * time.Second)
		if !strings.Contains(p.Done.Text+p.Skip.Text, "Überspringen") {
			t.Fatalf("the window is not in German: %q, %q", p.Done.Text, p.Skip.Text)
		}
		windowtest.AssertLooks(t, "break-de-"+c.name+".png", p.Content(), Size)
	}
	windowtest.App(t, windowtest.Variants["light"])
	p, _ := newPlayer(t, "foam-roller-extension", "cat-cow")
	p.Tick(20 * time.Second)
	content := p.Content()
	windowtest.AssertLooks(t, "break-de-minimum.png", content, content.MinSize())
}

// A window made ready draws its picture ahead, at the size the window then
// paints it at.
func TestAReadyWindowDrawsItsPictureAhead(t *testing.T) {
	windowtest.App(t, windowtest.Variants["light"])
	p, _ := newPlayer(t, "cat-cow")
	content := p.Content()
	p.Predraw(content, Size)
	ahead := p.drawn.drawing
	if ahead.w == 0 || ahead.h == 0 {
		t.Fatalf("drawn ahead at %dx%d", ahead.w, ahead.h)
	}
	w := test.NewTempWindow(t, content)
	w.Resize(Size)
	w.Canvas().Capture()
	if p.drawn.drawing != ahead {
		t.Fatalf("drawn ahead as %+v, but the window painted %+v", ahead, p.drawn.drawing)
	}
}
