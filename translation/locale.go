package translation

import (
	"slices"
	"strings"

	"github.com/jeandeaual/go-locale"
	"golang.org/x/text/language"
)

// LocaleEnv is environ, a process's environment, with a locale every
// program can read, for the windows: the daemon runs each with it.
//
// A locale that names no language, such as C.UTF-8 (the default of many
// containers and minimal installs), means English. Fyne's lang package,
// which the windows link, reads the locale as it initialises, before main
// runs, and logs three "Fyne error" lines for such a locale. So when any
// locale the user's environment names is not a well-formed language,
// LANGUAGE is set to the ones that are, or to "en" if none is: that is
// where gettext, and go-locale, which Fyne uses, look first, and gettext
// ignores it when the locale is C. A well-formed locale is left alone.
func LocaleEnv(environ []string) []string {
	names, _ := locale.GetLocales() // never fails on Linux: it reads the environment
	var good []string
	for _, name := range names {
		if _, err := language.Parse(name); err == nil {
			good = append(good, name)
		}
	}
	if len(good) == len(names) {
		return environ
	}
	if len(good) == 0 {
		good = []string{"en"}
	}
	out := slices.DeleteFunc(slices.Clone(environ), func(kv string) bool { return strings.HasPrefix(kv, "LANGUAGE=") })
	return append(out, "LANGUAGE="+strings.ReplaceAll(strings.Join(good, ":"), "-", "_")) // gettext's form: de_AT
}
