package window

import (
	"fmt"
	"os"
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"github.com/jeandeaual/go-locale"
	"golang.org/x/text/language"

	"posturebreak/translation"
)

// Speak gives Fyne's lang package the app's words, and makes the texts the
// windows share with the daemon (package translation) speak the same
// language.
//
// Fyne has words for more languages than the app does. For a locale in one
// of those, Fyne would pick it and then miss every text of ours, logging
// each miss; so such a language gets the English texts under its name, and
// the window speaks English, as the daemon does, quietly.
func Speak() {
	if err := lang.AddTranslationsFS(translation.Files, translation.Dir); err != nil {
		fmt.Fprintln(os.Stderr, "posturebreak: the translations cannot be read:", err)
	}
	english, _ := translation.Files.ReadFile(translation.Dir + "/" + translation.Languages[0] + ".json")
	locales, _ := locale.GetLocales()
	for _, l := range locales {
		base, _ := language.Make(l).Base()
		if !slices.Contains(translation.Languages, base.String()) {
			lang.AddTranslationsForLocale(english, fyne.Locale(base.String()))
		}
	}
	if err := translation.Use(translation.Pick(locales)); err != nil {
		fmt.Fprintln(os.Stderr, "posturebreak: the translations cannot be read:", err)
	}
}
