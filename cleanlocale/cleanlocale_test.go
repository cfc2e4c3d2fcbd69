package cleanlocale

import (
	"os"
	"testing"
)

func TestClean(t *testing.T) {
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
		Clean()
		want := c.want
		if want == "" {
			want = c.language
		}
		if got := os.Getenv("LANGUAGE"); got != want {
			t.Errorf("LANG=%q LANGUAGE=%q: LANGUAGE becomes %q, want %q", c.lang, c.language, got, want)
		}
	}
}
