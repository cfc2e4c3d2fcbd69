package advice

import (
	"strings"
	"testing"
)

func TestEveryTextSaysWhatItMust(t *testing.T) {
	if len(SeeAProfessional) != 5 {
		t.Fatalf("%d signs; the article lists 5", len(SeeAProfessional))
	}
	safety := Safety()
	for _, s := range SeeAProfessional {
		if !strings.Contains(safety, s) {
			t.Errorf("safety text lacks %q", s)
		}
	}
	if !strings.Contains(safety, Stop) {
		t.Error("safety text does not say to stop")
	}
	intro := Intro()
	for _, part := range []string{"cavitation", "Why move instead", safety} {
		if !strings.Contains(intro, part) {
			t.Errorf("introduction lacks %q", part[:min(len(part), 40)])
		}
	}
	about := About("Posture Break", "1.0")
	if !strings.Contains(about, SourceTitle) || !strings.Contains(about, SourceAuthor) || !strings.Contains(about, Core) {
		t.Error("About does not name the source article and its advice")
	}
}
