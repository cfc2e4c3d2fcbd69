package packaging

import (
	"bufio"
	"bytes"
	"encoding/xml"
	"fmt"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/BurntSushi/toml"

	"posturebreak/assets"

	"posturebreak/translation"
)

// fyneApp is what FyneApp.toml says of the app: who it is to the desktop.
type fyneApp struct {
	Website string
	Details struct {
		Name, ID, Version string
	}
	LinuxAndBSD struct {
		GenericName, Comment string
		Categories, Keywords []string
	}
}

func readFyneApp(t *testing.T) fyneApp {
	t.Helper()
	var app fyneApp
	if _, err := toml.DecodeFile("../identity/FyneApp.toml", &app); err != nil {
		t.Fatal(err)
	}
	if app.Details.ID == "" || app.Details.Version == "" || app.LinuxAndBSD.Comment == "" {
		t.Fatalf("FyneApp.toml: %+v", app)
	}
	return app
}

// desktopKeys reads the [Desktop Entry] group of a desktop entry.
func desktopKeys(t *testing.T, entry string) map[string]string {
	t.Helper()
	keys := map[string]string{}
	group := ""
	for _, line := range strings.Split(entry, "\n") {
		switch {
		case line == "" || strings.HasPrefix(line, "#"):
		case strings.HasPrefix(line, "["):
			group = line
		case group == "[Desktop Entry]":
			k, v, ok := strings.Cut(line, "=")
			if !ok {
				t.Fatalf("not a key: %q", line)
			}
			keys[k] = v
		}
	}
	return keys
}

func TestTheDesktopEntryIsFyneApps(t *testing.T) {
	app := readFyneApp(t)
	b, err := os.ReadFile(app.Details.ID + ".desktop")
	if err != nil {
		t.Fatalf("the desktop entry is named after the app ID: %v", err)
	}
	if string(b) != DesktopEntry() {
		t.Fatal("DesktopEntry is not the file")
	}
	list := func(items []string) string { return strings.Join(items, ";") + ";" }
	want := map[string]string{
		"Type":          "Application",
		"Name":          app.Details.Name,
		"GenericName":   app.LinuxAndBSD.GenericName,
		"Comment":       app.LinuxAndBSD.Comment,
		"Icon":          app.Details.ID, // as install.sh names the icons
		"Exec":          "posturebreak", // install.sh and package autostart replace exactly this
		"Terminal":      "false",
		"StartupNotify": "false", // the first launch opens no window, and a second one opens the settings
		"Categories":    list(app.LinuxAndBSD.Categories),
		"Keywords":      list(app.LinuxAndBSD.Keywords),
	}
	for key, english := range Translated {
		if want[key] != english {
			t.Errorf("%s is %q in FyneApp.toml, but %q is translated", key, want[key], english)
		}
		for _, lang := range translation.Languages[1:] {
			texts, err := translation.Load(lang)
			if err != nil {
				t.Fatal(err)
			}
			want[key+"["+lang+"]"] = texts[english].Other
		}
	}
	got := desktopKeys(t, string(b))
	for k, v := range want {
		if got[k] != v {
			t.Errorf("%s=%s, want %s", k, got[k], v)
		}
	}
	for k := range got {
		if _, ok := want[k]; !ok {
			t.Errorf("%s is not checked against FyneApp.toml", k)
		}
	}
}

// metainfo is what the test reads of the AppStream metainfo.
type metainfo struct {
	Type          string `xml:"type,attr"`
	ID            string `xml:"id"`
	Name          string `xml:"name"`
	Summary       string `xml:"summary"`
	ProjectLicens string `xml:"project_license"`
	Launchable    struct {
		Type string `xml:"type,attr"`
		ID   string `xml:",chardata"`
	} `xml:"launchable"`
	Binaries []string `xml:"provides>binary"`
	URLs     []struct {
		Type string `xml:"type,attr"`
		URL  string `xml:",chardata"`
	} `xml:"url"`
	ContentRating struct {
		Type string `xml:"type,attr"`
	} `xml:"content_rating"`
	Screenshots []struct {
		Caption string `xml:"caption"`
		Image   struct {
			Width  int    `xml:"width,attr"`
			Height int    `xml:"height,attr"`
			URL    string `xml:",chardata"`
		} `xml:"image"`
	} `xml:"screenshots>screenshot"`
	Releases []struct {
		Version     string `xml:"version,attr"`
		Date        string `xml:"date,attr"`
		Description string `xml:",innerxml"`
	} `xml:"releases>release"`
}

// The screenshots are files of this repository, as GitHub serves them.
const raw = "https://raw.githubusercontent.com/posturebreak/posturebreak/main/"

func TestTheMetainfoIsFyneApps(t *testing.T) {
	app := readFyneApp(t)
	b, err := os.ReadFile(app.Details.ID + ".metainfo.xml")
	if err != nil {
		t.Fatalf("the metainfo is named after the app ID: %v", err)
	}
	var m metainfo
	if err := xml.Unmarshal(b, &m); err != nil {
		t.Fatal(err)
	}
	if m.Type != "desktop-application" || m.ID != app.Details.ID || m.Name != app.Details.Name {
		t.Errorf("component %s %q named %q", m.Type, m.ID, m.Name)
	}
	if m.Launchable.Type != "desktop-id" || m.Launchable.ID != app.Details.ID+".desktop" {
		t.Errorf("launchable %s %q", m.Launchable.Type, m.Launchable.ID)
	}
	if !slices.Equal(m.Binaries, []string{"posturebreak"}) {
		t.Errorf("provides %v", m.Binaries)
	}
	license, _ := os.ReadFile("../LICENSE")
	if m.ProjectLicens != "BSD-3-Clause" || !strings.HasPrefix(string(license), "BSD 3-Clause License\n") {
		t.Errorf("project_license %q for a LICENSE that starts %.30q", m.ProjectLicens, license)
	}
	if m.ContentRating.Type != "oars-1.1" {
		t.Errorf("content_rating %q", m.ContentRating.Type)
	}
	homepage := false
	for _, u := range m.URLs {
		homepage = homepage || u.Type == "homepage" && u.URL == app.Website
	}
	if !homepage {
		t.Errorf("no homepage %s among %+v", app.Website, m.URLs)
	}
	if len(m.Releases) == 0 || m.Releases[0].Version != app.Details.Version || !strings.Contains(m.Releases[0].Description, "<li>") {
		t.Errorf("the newest release is not %s, with notes: %+v", app.Details.Version, m.Releases)
	}
	if len(m.Screenshots) < 3 {
		t.Errorf("%d screenshots", len(m.Screenshots))
	}
	for _, s := range m.Screenshots {
		path, ok := strings.CutPrefix(s.Image.URL, raw)
		if !ok || s.Caption == "" {
			t.Errorf("screenshot %q, caption %q: want %s<path> and a caption", s.Image.URL, s.Caption, raw)
			continue
		}
		f, err := os.Open(filepath.Join("..", filepath.FromSlash(path)))
		if err != nil {
			t.Errorf("screenshot %s: %v", path, err)
			continue
		}
		c, err := png.DecodeConfig(f)
		f.Close()
		if err != nil || c.Width != s.Image.Width || c.Height != s.Image.Height {
			t.Errorf("screenshot %s is %d×%d (%v), the metainfo says %d×%d", path, c.Width, c.Height, err, s.Image.Width, s.Image.Height)
		}
	}
}

// The Debian package's version is FyneApp.toml's and a revision; its
// copyright is LICENSE; the man page is of this version.
func TestTheDebianFilesAreFyneApps(t *testing.T) {
	app := readFyneApp(t)
	changelog, err := os.ReadFile("debian/changelog")
	if err != nil {
		t.Fatal(err)
	}
	first, _, _ := strings.Cut(string(changelog), "\n")
	if !regexp.MustCompile(`^posturebreak \(` + regexp.QuoteMeta(app.Details.Version) + `-[1-9][0-9]*\) `).MatchString(first) {
		t.Errorf("the changelog's top entry is %q, not of version %s", first, app.Details.Version)
	}

	license, _ := os.ReadFile("../LICENSE")
	copyright, err := os.ReadFile("debian/copyright")
	if err != nil {
		t.Fatal(err)
	}
	files := "\n\nFiles: *\nCopyright: 2026 the Posture Break authors\nLicense: BSD-3-clause\n\n"
	_, text, ok := strings.Cut(string(copyright), "\n\nLicense: BSD-3-clause\n ")
	if !strings.Contains(string(copyright), files) || !ok {
		t.Fatalf("the copyright file has no Files stanza%sand no licence paragraph for it", files)
	}
	var unfolded []string
	for _, line := range strings.Split(strings.TrimSuffix(text, "\n"), "\n ") {
		unfolded = append(unfolded, strings.TrimPrefix(line, "."))
	}
	if body := strings.Join(unfolded, "\n") + "\n"; !strings.HasSuffix(string(license), "\n\n"+body) {
		t.Errorf("the copyright file's licence is not LICENSE's:\n%s", body)
	}
	if !strings.Contains(string(license), "Copyright (c) 2026, the Posture Break authors\n") {
		t.Error("the copyright file and LICENSE name different holders")
	}

	man, err := os.ReadFile("posturebreak.1")
	if err != nil {
		t.Fatal(err)
	}
	if th := fmt.Sprintf(`"%s %s"`, app.Details.Name, app.Details.Version); !strings.Contains(string(man), th) {
		t.Errorf("the man page is not of %s", th)
	}
}

// install.sh installs the icon at every size the drawing renders it.
func TestInstallInstallsEveryIconSize(t *testing.T) {
	app := readFyneApp(t)
	cmd := exec.Command("./install.sh", "files")
	cmd.Env = append(os.Environ(), "PREFIX=/p")
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("install.sh files: %v", err)
	}
	var icons []string
	for sc := bufio.NewScanner(bytes.NewReader(out)); sc.Scan(); {
		if dir, ok := strings.CutPrefix(sc.Text(), "/p/share/icons/hicolor/"); ok {
			icons = append(icons, dir)
		}
	}
	want := []string{"scalable/apps/" + app.Details.ID + ".svg"}
	for _, size := range assets.AppIconSizes {
		want = append(want, fmt.Sprintf("%dx%d/apps/%s.png", size, size, app.Details.ID))
		if _, err := os.Stat(filepath.Join("..", "assets", assets.AppIconPNG(size))); err != nil {
			t.Error(err)
		}
	}
	if !slices.Equal(icons, want) {
		t.Errorf("install.sh installs the icons\n%v\nwant\n%v", icons, want)
	}
}

// The committed files pass Debian's validators with no error and no
// warning; test-install.sh validates them as installed too.
func TestTheFilesValidate(t *testing.T) {
	app := readFyneApp(t)
	for _, check := range [][]string{
		{"desktop-file-validate", app.Details.ID + ".desktop"},
		{"appstreamcli", "validate", "--no-net", "--no-color", app.Details.ID + ".metainfo.xml"},
	} {
		if _, err := exec.LookPath(check[0]); err != nil {
			t.Logf("%s is not installed (scripts/deps test installs it)", check[0])
			continue
		}
		out, err := exec.Command(check[0], check[1:]...).CombinedOutput()
		if err != nil || regexp.MustCompile(`(?m)^[EW]: `).Match(out) || check[0] == "desktop-file-validate" && len(out) > 0 {
			t.Errorf("%s: %v\n%s", strings.Join(check, " "), err, out)
		}
	}
}
