package window

import (
	"bytes"
	"log"
	"testing"

	"fyne.io/fyne/v2/lang"

	"posturebreak/translation"
)

// Whatever the locale, the windows' own words (through Fyne's lang) and
// those they share with the daemon (through package translation) are in
// one language, and no text is missed noisily.
func TestTheWindowsSpeakOneLanguage(t *testing.T) {
	for _, c := range []struct{ language, want string }{
		{"de_DE", "Überspringen"},
		{"fr:de", "Überspringen"}, // Fyne has French; the app does not, but it has German
		{"pt_BR", "Skip"},         // Fyne has Brazilian Portuguese; the app has neither
		{"en_GB", "Skip"},
	} {
		t.Run(c.language, func(t *testing.T) {
			var logged bytes.Buffer
			log.SetOutput(&logged)
			defer log.SetOutput(nil)
			t.Setenv("LC_ALL", "") // the developer's own would win over LANG
			t.Setenv("LC_MESSAGES", "")
			t.Setenv("LANG", "en_US.UTF-8")
			t.Setenv("LANGUAGE", c.language)
			Speak()
			if got := lang.L("Skip"); got != c.want {
				t.Errorf("the window says %q, want %q", got, c.want)
			}
			if got := translation.L("Skip"); got != c.want {
				t.Errorf("the texts shared with the daemon say %q, want %q", got, c.want)
			}
			if logged.Len() > 0 {
				t.Errorf("Fyne complained:\n%s", logged.String())
			}
		})
	}
	t.Setenv("LANGUAGE", "en")
	Speak()
}
