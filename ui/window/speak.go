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
// language, the one translation.Pick chooses.
//
// Fyne has words for more languages than the app does. For a locale in one
// of those, Fyne would pick it and then miss every text of ours, logging
// each miss; so each such locale, and its language, gets the texts of the
// language the app picks instead (English, or German for LANGUAGE=fr:de),
// and the window speaks it, as the daemon does, quietly. Fyne's own words
// (its dialogs) stay in the user's language.
func Speak() {
	if err := lang.AddTranslationsFS(translation.Files, translation.Dir); err != nil {
		fmt.Fprintln(os.Stderr, "posturebreak: the translations cannot be read:", err)
	}
	locales, _ := locale.GetLocales()
	picked := translation.Pick(locales)
	texts, _ := translation.File(picked)
	for _, l := range locales {
		tag := language.Make(l)
		base, _ := tag.Base()
		if !slices.Contains(translation.Languages, base.String()) {
			lang.AddTranslationsForLocale(texts, fyne.Locale(base.String()))
			lang.AddTranslationsForLocale(texts, fyne.Locale(tag.String()))
		}
	}
	if err := translation.Use(picked); err != nil {
		fmt.Fprintln(os.Stderr, "posturebreak: the translations cannot be read:", err)
	}
}
