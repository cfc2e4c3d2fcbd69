// Package cleanlocale makes the user's locale one that Fyne can read, before
// Fyne reads it.
//
// Fyne's lang package looks up the locale when it initialises, in every
// process that links it, and logs three "Fyne error" lines for a locale
// that is not a language, such as C.UTF-8, the default of many containers
// and minimal installs. Such a locale means no language, so English, which
// is what Fyne falls back to anyway: the lines are only noise, but they come
// before main runs, so main cannot stop them.
//
// Go initialises a program's packages in the order of their import paths,
// each once its own imports are done (the Go spec, "Package
// initialization"). This package imports only what fyne.io/fyne/v2/lang
// does, and its path sorts before fyne.io, so a program that imports it
// runs Clean before lang looks. It is a module of its own for that reason
// alone: every package of the main module sorts after fyne.io.
package cleanlocale

import (
	"os"
	"strings"

	"github.com/jeandeaual/go-locale"
	"golang.org/x/text/language"
)

func init() { Clean() }

// Clean sets LANGUAGE to the languages the locale names that are
// well-formed, or to "en" if none is, when any is not. It changes nothing
// otherwise. LANGUAGE is where gettext, and go-locale, which Fyne uses,
// look first for the languages to show; gettext ignores it when the locale
// is C, so it changes no other program's behaviour.
func Clean() {
	names, _ := locale.GetLocales() // never fails on Linux: it reads the environment
	var good []string
	for _, name := range names {
		if _, err := language.Parse(name); err == nil {
			good = append(good, name)
		}
	}
	if len(good) == len(names) {
		return
	}
	if len(good) == 0 {
		good = []string{"en"}
	}
	os.Setenv("LANGUAGE", strings.ReplaceAll(strings.Join(good, ":"), "-", "_")) // gettext's form: de_AT
}
