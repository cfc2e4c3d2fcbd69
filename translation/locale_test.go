package translation

import (
	"slices"
	"strings"
	"testing"
)

// A window is started with a locale Fyne can read: LANGUAGE names only
// well-formed languages, and English when the locale names none.
func TestTheWindowsGetALocaleTheyCanRead(t *testing.T) {
	for _, c := range []struct{ lang, language, want string }{
		{"C.UTF-8", "", "en"},
		{"C.utf8", "", "en"},
		{"POSIX.UTF-8", "", "en"},
		{"not a locale", "", "en"},
		{"de_DE.UTF-8", "", ""}, // well-formed: left alone
		{"C", "", ""},           // plain C: go-locale reads no language, which is English
		{"de_DE.UTF-8", "de_AT:xx!:en", "de_AT:en"},
		{"C.UTF-8", "de", ""}, // LANGUAGE well-formed: left alone
	} {
		t.Setenv("LC_ALL", "")
		t.Setenv("LC_MESSAGES", "")
		t.Setenv("LANG", c.lang)
		t.Setenv("LANGUAGE", c.language)
		env := []string{"HOME=/home/u", "LANG=" + c.lang, "LANGUAGE=" + c.language}
		got := LocaleEnv(env)
		want := c.want
		if want == "" {
			want = c.language
		}
		i := slices.IndexFunc(got, func(kv string) bool { return strings.HasPrefix(kv, "LANGUAGE=") })
		if i < 0 || got[i] != "LANGUAGE="+want || slices.Index(got[i+1:], got[i]) >= 0 || !slices.Contains(got, "HOME=/home/u") {
			t.Errorf("LANG=%q LANGUAGE=%q: the window's environment is %q, want LANGUAGE=%q once", c.lang, c.language, got, want)
		}
	}
}
