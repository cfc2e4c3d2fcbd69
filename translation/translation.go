// Package translation owns the app's words in the user's language: every
// text a user sees, in English and German (text/en.json and text/de.json,
// in the format of Fyne's lang package, with the English text as the key),
// and the choice between them from the system locale.
//
// Both programs translate here (L, N), choosing the language from the
// locale as Fyne does: the best match among the languages there are, and
// English when none matches. The window program also hands the files to
// Fyne's lang package (ui/window), for Fyne's own dialogs.
package translation

import (
	"embed"
	"encoding/json"
	"fmt"
	"strings"
	"sync"
	"text/template"

	"github.com/jeandeaual/go-locale"
	"golang.org/x/text/language"
)

// Files holds one file per language, Dir/<language>.json, as Fyne's
// lang.AddTranslationsFS reads them.
//
//go:embed text
var Files embed.FS

// Dir is the folder in Files.
const Dir = "text"

// Languages are the languages there are; the first is the fallback.
var Languages = []string{"en", "de"}

// Entry is one translated text: Other alone, or One and Other for a text
// that depends on a count.
type Entry struct{ One, Other string }

// UnmarshalJSON reads a plain string or {"one": …, "other": …}.
func (e *Entry) UnmarshalJSON(b []byte) error {
	if err := json.Unmarshal(b, &e.Other); err == nil {
		return nil
	}
	var forms struct{ One, Other string }
	if err := json.Unmarshal(b, &forms); err != nil {
		return fmt.Errorf("a text is neither a string nor {\"one\", \"other\"}: %s", b)
	}
	*e = Entry(forms)
	return nil
}

// Plural reports whether the entry has a form for a count of one.
func (e Entry) Plural() bool { return e.One != "" }

// File is one language's file, as Fyne's lang package reads it.
func File(lang string) ([]byte, error) { return Files.ReadFile(Dir + "/" + lang + ".json") }

// Load reads one language's texts.
func Load(lang string) (map[string]Entry, error) {
	b, err := File(lang)
	if err != nil {
		return nil, err
	}
	texts := map[string]Entry{}
	if err := json.Unmarshal(b, &texts); err != nil {
		return nil, fmt.Errorf("%s.json: %w", lang, err)
	}
	return texts, nil
}

// Pick is the language of ours that best serves the locales, most wanted
// first, as the system gives them ("de-DE", "en-GB").
func Pick(locales []string) string {
	var want []language.Tag
	for _, l := range locales {
		if tag, err := language.Parse(l); err == nil {
			want = append(want, tag)
		}
	}
	have := make([]language.Tag, len(Languages))
	for i, l := range Languages {
		have[i] = language.Make(l)
	}
	_, i, conf := language.NewMatcher(have).Match(want...)
	if conf == language.No {
		return Languages[0]
	}
	return Languages[i]
}

// System is the language the user's locale asks for.
func System() string {
	locales, _ := locale.GetLocales() // it only reads the environment on Linux
	return Pick(locales)
}

var (
	mu    sync.RWMutex
	texts = english()
)

// english is the English texts: the keys, and the forms of those that
// depend on a count.
func english() map[string]Entry {
	t, err := Load(Languages[0])
	if err != nil {
		panic(err) // embedded, and checked by the tests
	}
	return t
}

// Use makes L and N speak lang from now on.
func Use(lang string) error {
	t, err := Load(lang)
	if err != nil {
		return err
	}
	mu.Lock()
	texts = t
	mu.Unlock()
	return nil
}

// L is text in the language in use, with data filled in.
func L(text string, data ...any) string {
	mu.RLock()
	e, ok := texts[text]
	mu.RUnlock()
	if ok && e.Other != "" {
		text = e.Other
	}
	return fill(text, data)
}

// N is text in the language in use, in its form for count, with data
// filled in. The English singular is the key.
func N(text string, count int, data ...any) string {
	mu.RLock()
	e, ok := texts[text]
	mu.RUnlock()
	switch {
	case ok && count == 1 && e.One != "":
		text = e.One
	case ok && e.Other != "":
		text = e.Other
	}
	return fill(text, data)
}

// Mark marks a text that is translated where it is shown, not where it is
// written (an entry of a table, say), so that the test that every text is
// translated finds it. It returns text as it is.
func Mark(text string) string { return text }

func fill(text string, data []any) string {
	if len(data) == 0 || !strings.Contains(text, "{{") {
		return text
	}
	t, err := template.New("").Parse(text)
	if err != nil {
		return text
	}
	var b strings.Builder
	if err := t.Execute(&b, data[0]); err != nil {
		return text
	}
	return b.String()
}
