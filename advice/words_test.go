package advice_test

import (
	"bufio"
	"crypto/sha256"
	"encoding/hex"
	"flag"
	"fmt"
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"

	"posturebreak/advice"
	"posturebreak/exercises"
)

// The app says what the article says in its own words. This test fails if
// any run of runLength words from the article appears in the app's text.
// The article itself is not in the repository: testdata/article-runs.txt
// holds a hash of each of its runs, made with
//
//	go test ./advice -run OwnWords -article ../shared/article/upper-back-popping.txt
var article = flag.String("article", "", "the article, to write testdata/article-runs.txt from")

const (
	runLength = 8
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
	f, err := os.Open(runsFile)
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
	if len(known) < 1000 {
		t.Fatalf("only %d runs in %s: the article is over 1,500 words", len(known), runsFile)
	}
	for where, text := range appText() {
		for hash, run := range runs(text) {
			if known[hash] {
				t.Errorf("%s repeats the article's words: %q", where, run)
			}
		}
	}
}

// The test bites: the article's own sentences are caught.
func TestACopiedSentenceIsCaught(t *testing.T) {
	copied := runs("The characteristic pop or crack associated with spinal manipulation is primarily due to a phenomenon called joint cavitation.")
	b, err := os.ReadFile(runsFile)
	if err != nil {
		t.Fatal(err)
	}
	caught := 0
	for hash := range copied {
		if strings.Contains(string(b), hash) {
			caught++
		}
	}
	if caught != len(copied) {
		t.Fatalf("%d of %d runs of a sentence from the article were caught", caught, len(copied))
	}
}

func writeRuns(t *testing.T, path string) {
	text, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var hashes []string
	for hash := range runs(string(text)) {
		hashes = append(hashes, hash)
	}
	slices.Sort(hashes)
	out := "# SHA-256 (first 12 bytes) of each run of 8 words of the source article, lower case, apostrophes dropped.\n" +
		"# The article is not kept here. advice/words_test.go explains how this file is made.\n" +
		strings.Join(hashes, "\n") + "\n"
	if err := os.WriteFile(runsFile, []byte(out), 0o644); err != nil {
		t.Fatal(err)
	}
}
