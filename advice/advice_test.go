package advice

import (
	"strings"
	"testing"
)

func TestEveryTextSaysWhatItMust(t *testing.T) {
	if len(SeeAProfessional) != 5 {
		t.Fatalf("%d signs; the article lists 5", len(SeeAProfessional))
	}
	safety := Safety().Text()
	for _, s := range SeeAProfessional {
		if !strings.Contains(safety, s) {
			t.Errorf("safety text lacks %q", s)
		}
	}
	for _, part := range []string{Stop, Urgent, Persistent, Professionals} {
		if !strings.Contains(safety, part) {
			t.Errorf("safety text lacks %q", part)
		}
	}
	if !strings.Contains(Urgent, "straight away") {
		t.Error("the whole list is not urgent, as the article makes it")
	}
	intro := Intro().Text()
	if !strings.HasPrefix(intro, "Welcome to Posture Break\n") || strings.Index(intro, "When to stop") > strings.Index(intro, "What is the pop?") {
		t.Error("the introduction does not say when to stop before anything else")
	}
	for _, part := range []string{"cavitation", "Why move instead", safety} {
		if !strings.Contains(intro, part) {
			t.Errorf("introduction lacks %q", part[:min(len(part), 40)])
		}
	}
	about := About("Posture Break", "1.0").Text()
	if !strings.Contains(about, SourceTitle) || !strings.Contains(about, SourceAuthor) || !strings.Contains(about, Core) {
		t.Error("About does not name the source article and its advice")
	}
}
