package exercises

import (
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"posturebreak/history"
	"posturebreak/window/windowtest"
)

func newPlayer(t *testing.T, id string) (*Player, *[]history.Outcome) {
	t.Helper()
	e, ok := ByID(id)
	if !ok {
		t.Fatalf("no exercise %s", id)
	}
	var got []history.Outcome
	return NewPlayer(e, 2*time.Minute, 5*time.Minute, func(o history.Outcome) { got = append(got, o) }), &got
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
		if len(*got) != 1 || (*got)[0] != c.want {
			t.Errorf("tapping gave %v, want %v", *got, c.want)
		}
	}
}

func TestCountdownAndPicturesPlay(t *testing.T) {
	test.NewTempApp(t)
	p, _ := newPlayer(t, "lat-stretch")
	if p.Left.Text != "2:00 left" || p.Progress.Value != 0 || p.Frame() != 1 {
		t.Fatalf("at start: %q, %v, frame %d", p.Left.Text, p.Progress.Value, p.Frame())
	}
	p.Tick(30*time.Second + FrameTime)
	if p.Left.Text != "1:28 left" || p.Progress.Value < 0.26 || p.Progress.Value > 0.27 {
		t.Fatalf("32 s in: %q, %v", p.Left.Text, p.Progress.Value)
	}
	p.Tick(FrameTime)
	if p.Frame() != 2 {
		t.Fatalf("after one frame time: frame %d, want 2", p.Frame())
	}
	p.Tick(2 * FrameTime)
	if p.Frame() != 1 {
		t.Fatalf("after two frame times: frame %d, want 1 again", p.Frame())
	}
	p.Tick(3 * time.Minute)
	if p.Left.Text != "Break complete" || p.Progress.Value != 1 {
		t.Fatalf("after the break: %q, %v", p.Left.Text, p.Progress.Value)
	}
}

func TestTheWindowShowsTheExercise(t *testing.T) {
	test.NewTempApp(t)
	p, _ := newPlayer(t, "doorway-chest")
	if p.Title.Text != "Doorway chest stretch" {
		t.Errorf("title %q", p.Title.Text)
	}
	shown := plain(p.Steps.Segments)
	for _, step := range p.Exercise.Steps {
		if !strings.Contains(shown, step) {
			t.Errorf("step %q is not shown in %q", step, shown)
		}
	}
}

func TestTheBreakWindowLooksRight(t *testing.T) {
	for name, variant := range windowtest.Variants {
		t.Run(name, func(t *testing.T) {
			windowtest.App(t, variant)
			p, _ := newPlayer(t, "seated-rotation")
			p.Tick(40 * time.Second)
			windowtest.AssertLooks(t, "break-"+name+".png", p.Content(), WindowSize)
		})
	}
}

// plain is the text of rich text segments, lists and paragraphs included.
func plain(segs []widget.RichTextSegment) string {
	var b strings.Builder
	for _, s := range segs {
		switch s := s.(type) {
		case *widget.ListSegment:
			b.WriteString(plain(s.Items))
		case *widget.ParagraphSegment:
			b.WriteString(plain(s.Texts))
		default:
			b.WriteString(s.Textual() + "\n")
		}
	}
	return b.String()
}
