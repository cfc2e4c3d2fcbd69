package advice_test

import (
	"bufio"
	"crypto/sha256"
	"encoding/hex"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"posturebreak/advice"
	"posturebreak/exercises"
)

// The app says what the article says in its own words. This test fails if
// any run of runLength words (seven: a margin under the eight that would be copying) from the article appears in the app's text.
// The article itself is not in the repository: testdata/article-runs.txt
// holds a hash of each of its runs, made with
//
//	go test ./advice -run OwnWords -article ../shared/article/upper-back-popping.txt
var article = flag.String("article", "", "the article, to write testdata/article-runs.txt from")

const (
	runLength = 7
	runsFile  = "testdata/article-runs.txt"
)

var wordRE = regexp.MustCompile(`[a-z0-9]+`)

// words are a text's words, lower case, with apostrophes and quotes gone,
// so that "you're" and “you’re” are one word.
func words(text string) []string {
	text = strings.NewReplacer("'", "", "’", "", "‘", "").Replace(strings.ToLower(text))
	return wordRE.FindAllString(text, -1)
}

// runs are the hashes of a text's runs of runLength words, each with the
// run itself.
func runs(text string) map[string]string {
	w := words(text)
	out := map[string]string{}
	for i := 0; i+runLength <= len(w); i++ {
		run := strings.Join(w[i:i+runLength], " ")
		sum := sha256.Sum256([]byte(run))
		out[hex.EncodeToString(sum[:12])] = run
	}
	return out
}

// appText is everything the app says about the back, by where it is said:
// each piece on its own, as the user reads it.
func appText() map[string]string {
	texts := map[string]string{
		"advice: introduction": advice.Intro().Text(),
		"advice: About":        strings.ReplaceAll(advice.About("Posture Break", "1").Text(), advice.SourceTitle, ""), // the title is cited as the source
		"advice: safety":       advice.Safety().Text(),
	}
	for _, e := range exercises.Catalogue() {
		parts := []string{e.Name, e.Works, e.Why, e.Note}
		parts = append(parts, e.Cautions...)
		for _, s := range e.Steps {
			parts = append(parts, s.Text)
		}
		for i, p := range parts {
			texts[fmt.Sprintf("exercise %s, part %d", e.ID, i+1)] = p
		}
	}
	return texts
}

func TestTheAppSaysItInItsOwnWords(t *testing.T) {
	if *article != "" {
		writeRuns(t, *article)
	}
	known := readRuns(t, runsFile)
	if len(known) < 1000 {
		t.Fatalf("only %d runs in %s: the article is over 1,500 words", len(known), runsFile)
	}
	for where, text := range appText() {
		for _, run := range copies(known, text) {
			t.Errorf("%s repeats the article's words: %q", where, run)
		}
	}
}

// readRuns reads a file of runs' hashes, as writeRuns writes it.
func readRuns(t *testing.T, path string) map[string]bool {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatalf("the article's runs (%v); write them with -article", err)
	}
	defer f.Close()
	known := map[string]bool{}
	for in := bufio.NewScanner(f); in.Scan(); {
		if line := strings.TrimSpace(in.Text()); line != "" && !strings.HasPrefix(line, "#") {
			known[line] = true
		}
	}
	return known
}

// copies are the runs of text whose hashes are known.
func copies(known map[string]bool, text string) []string {
	var out []string
	for hash, run := range runs(text) {
		if known[hash] {
			out = append(out, run)
		}
	}
	return out
}

// The test bites: a text's runs written to a file as writeRuns writes
// the article's are caught in a text that repeats runLength words of it, and
// not in one that says the same in other words. (No sentence of the
// article is kept here to show it.)
func TestACopiedRunIsCaught(t *testing.T) {
	source := "An oak table stands in the middle of the quiet kitchen, and the cat sleeps under it every afternoon."
	path := filepath.Join(t.TempDir(), "runs.txt")
	if err := os.WriteFile(path, []byte(hashes(source)), 0o644); err != nil {
		t.Fatal(err)
	}
	known := readRuns(t, path)
	if copied := copies(known, "Yesterday the oak table stands in the middle of a room."); len(copied) != 1 {
		t.Errorf("a text that repeats %d words: %d runs caught, want 1 (%q)", runLength, len(copied), copied)
	}
	if copied := copies(known, "The cat naps under the solid oak table in the calm kitchen each afternoon."); len(copied) != 0 {
		t.Errorf("a text in other words: caught %q", copied)
	}
}

func writeRuns(t *testing.T, path string) {
	text, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(runsFile, []byte(hashes(string(text))), 0o644); err != nil {
		t.Fatal(err)
	}
}

// hashes is the file of a text's runs, sorted.
func hashes(text string) string {
	var all []string
	for hash := range runs(text) {
		all = append(all, hash)
	}
	slices.Sort(all)
	return "# SHA-256 (first 12 bytes) of each run of 7 words of the source article, lower case, apostrophes dropped.\n" +
		"# The article is not kept here. advice/words_test.go explains how this file is made.\n" +
		strings.Join(all, "\n") + "\n"
}
