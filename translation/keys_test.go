package translation_test

import (
	"bytes"
	"encoding/json"
	"flag"
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"posturebreak/advice"
	"posturebreak/exercises"
	"posturebreak/translation"
)

var update = flag.Bool("update", false, "write the keys the code uses into text/en.json, and into text/de.json as empty texts to translate")

// TestEveryTextIsTranslated fails if a text the app shows is missing, or
// empty, in a language, or if a language has a text the app no longer
// shows. The English file holds each text as written (and the forms of
// those that depend on a count).
func TestEveryTextIsTranslated(t *testing.T) {
	keys := usedKeys(t)
	if len(keys) < 200 {
		t.Fatalf("only %d texts found: the search for them is broken", len(keys))
	}
	for _, lang := range translation.Languages {
		path := filepath.Join(translation.Dir, lang+".json")
		texts, err := translation.Load(lang)
		if err != nil {
			t.Fatal(err)
		}
		if *update {
			write(t, path, merged(lang, keys, texts))
			continue
		}
		for key, plural := range keys {
			e, ok := texts[key]
			switch {
			case !ok:
				t.Errorf("%s: missing %q", path, key)
			case e.Other == "" || (plural && e.One == ""):
				t.Errorf("%s: empty text for %q", path, key)
			case plural != e.Plural():
				t.Errorf("%s: %q should have forms for one and other: %v", path, key, plural)
			case lang == translation.Languages[0] && !plural && e.Other != key:
				t.Errorf("%s: %q is written %q", path, key, e.Other)
			}
			for _, form := range []string{e.One, e.Other} {
				if form != "" && !slices.Equal(fields(form), fields(key)) {
					t.Errorf("%s: %q fills in %v, but the English fills in %v", path, form, fields(form), fields(key))
				}
			}
		}
		for key := range texts {
			if _, ok := keys[key]; !ok {
				t.Errorf("%s: %q is not shown anywhere", path, key)
			}
		}
	}
}

// usedKeys are the texts the app shows, and whether each depends on a
// count: every string literal given to lang.L, lang.N, translation.L,
// translation.N or translation.Mark in the program's source, the
// exercise catalogue and the advice.
func usedKeys(t *testing.T) map[string]bool {
	keys := map[string]bool{}
	root := ".."
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && slices.Contains([]string{".git", "drawing", "e2e", "testdata"}, d.Name()) {
			return filepath.SkipDir
		}
		if d.IsDir() || !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return nil
		}
		return calls(path, keys)
	})
	if err != nil {
		t.Fatal(err)
	}
	add := func(texts ...string) {
		for _, s := range texts {
			if s != "" {
				keys[s] = false
			}
		}
	}
	for _, e := range exercises.Catalogue() {
		add(e.Name, e.Works, e.Why, e.Note)
		add(e.Cautions...)
		for _, s := range e.Steps {
			add(s.Text)
		}
	}
	for _, c := range advice.PostureCues {
		add(c.Text)
	}
	for _, page := range []advice.Page{advice.Intro(), advice.About("Posture Break", "1.0")} {
		for _, b := range page {
			add(b.Text)
			add(b.Items...)
		}
	}
	return keys
}

// calls adds the literal texts given to the translating calls in one file.
func calls(path string, keys map[string]bool) error {
	f, err := parser.ParseFile(token.NewFileSet(), path, nil, 0)
	if err != nil {
		return err
	}
	ast.Inspect(f, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok || len(call.Args) == 0 {
			return true
		}
		sel, ok := call.Fun.(*ast.SelectorExpr)
		if !ok {
			return true
		}
		pkg, ok := sel.X.(*ast.Ident)
		if !ok || (pkg.Name != "lang" && pkg.Name != "translation") || !slices.Contains([]string{"L", "N", "Mark"}, sel.Sel.Name) {
			return true
		}
		if text, ok := literal(call.Args[0]); ok {
			keys[text] = sel.Sel.Name == "N"
		}
		return true
	})
	return nil
}

// literal is the value of a string literal, or of literals joined by +.
func literal(e ast.Expr) (string, bool) {
	switch e := e.(type) {
	case *ast.BasicLit:
		if e.Kind != token.STRING {
			return "", false
		}
		s, err := strconv.Unquote(e.Value)
		return s, err == nil
	case *ast.BinaryExpr:
		a, ok1 := literal(e.X)
		b, ok2 := literal(e.Y)
		return a + b, ok1 && ok2 && e.Op == token.ADD
	}
	return "", false
}

var field = regexp.MustCompile(`\{\{\s*\.(\w+)\s*\}\}`)

// fields are the {{.Names}} a text fills in, sorted.
func fields(text string) []string {
	var names []string
	for _, m := range field.FindAllStringSubmatch(text, -1) {
		names = append(names, m[1])
	}
	slices.Sort(names)
	return slices.Compact(names)
}

// merged is a language's texts with every key in use: English as written,
// other languages empty to translate; texts no longer in use are dropped.
func merged(lang string, keys map[string]bool, texts map[string]translation.Entry) map[string]any {
	out := map[string]any{}
	for key, plural := range keys {
		e, ok := texts[key]
		if !ok && lang == translation.Languages[0] {
			e = translation.Entry{Other: key}
			if plural {
				e.One = key
			}
		}
		if plural {
			out[key] = map[string]string{"one": e.One, "other": e.Other}
		} else {
			out[key] = e.Other
		}
	}
	return out
}

func write(t *testing.T, path string, texts map[string]any) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(texts); err != nil { // maps are written sorted by key
		t.Fatal(err)
	}
	if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
}
