package advice

import (
	"strings"
	"testing"
)

func TestEveryTextSaysWhatItMust(t *testing.T) {
	if len(RedFlags) != 5 {
		t.Fatalf("%d signs; the article lists 5", len(RedFlags))
	}
	safety := Safety().Text()
	for _, s := range RedFlags {
		if !strings.Contains(safety, s) {
			t.Errorf("safety text lacks %q", s)
		}
	}
	for _, part := range []string{Stop, ListenToYourBody, Urgent, NotUrgent, Persistent} {
		if !strings.Contains(safety, part) {
			t.Errorf("safety text lacks %q", part)
		}
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
	if strings.Contains(about, "adds no") || !strings.Contains(about, "Posture Break's own") {
		t.Error("About does not say what the app adds to the article")
	}
}

// The urgent signs send people to medical help, as the article does, and
// the professionals it names for stiffness are kept apart from them: a
// chiropractor is no answer to pain that spreads into the chest.
func TestUrgentMeansMedical(t *testing.T) {
	for _, urgent := range []string{Stop, Urgent} {
		if !strings.Contains(urgent, "medical") {
			t.Errorf("%q does not say medical", urgent)
		}
	}
	for _, sign := range []string{"numbness", "tingling", "weakness"} {
		if !strings.Contains(strings.ToLower(Stop), sign) {
			t.Errorf("the line every exercise shows leaves out %s", sign)
		}
	}
	if !strings.Contains(RedFlags[1], "with or without pain") {
		t.Errorf("numbness, tingling or weakness count only with pain: %q", RedFlags[1])
	}
	page := Safety()
	list := -1
	for i, b := range page {
		if b.Kind == List {
			list = i
		}
		if strings.Contains(b.Text, "chiropractor") && (list < 0 || i != list+2 || page[i-1].Text != NotUrgent) {
			t.Errorf("the professionals for stiffness (block %d) are not under their own heading after the urgent list (block %d)", i, list)
		}
	}
}
