package main

import (
	"os"
	"os/exec"
	"slices"
	"strings"
	"testing"
)

// The two programs: this one, the tray daemon and the command line, and
// the window program, which holds every window.
const (
	daemonProgram = "posturebreak"
	windowProgram = "posturebreak/cmd/posturebreak-window"
)

// windowHalf says whether a package is the window program or part of it:
// ui and below.
func windowHalf(pkg string) bool {
	return pkg == windowProgram || pkg == "posturebreak/ui" || strings.HasPrefix(pkg, "posturebreak/ui/")
}

// daemonOnly are the packages only the daemon program may link: the
// windows speak to it through protocol alone.
var daemonOnly = []string{"posturebreak/cli", "posturebreak/daemon", "posturebreak/tray", "posturebreak/notify", "posturebreak/control", "posturebreak/presence", "posturebreak/autostart", "posturebreak/gnomebreaks"}

// otherPackages are every package of the module but the window half: the
// daemon and every package it is made of, the models both programs share,
// the drawing and the test tools.
func otherPackages(t *testing.T) []string {
	var pkgs []string
	for _, pkg := range list(t, "{{.ImportPath}}", "./...") {
		if !windowHalf(pkg) {
			pkgs = append(pkgs, pkg)
		}
	}
	if !slices.Contains(pkgs, "posturebreak/daemon") || !slices.Contains(pkgs, "posturebreak/schedule") {
		t.Fatalf("the packages outside the window half are %v: the daemon is missing", pkgs)
	}
	return pkgs
}

// list runs go list on packages of this module, with a format.
func list(t *testing.T, format string, args ...string) []string {
	t.Helper()
	args = append([]string{"list", "-f", format}, args...)
	out, err := exec.Command("go", args...).Output()
	if err != nil {
		t.Fatalf("go %s: %v", strings.Join(args, " "), err)
	}
	return strings.Fields(string(out))
}

// windowing says whether a package draws windows: Fyne, GLFW, GL.
func windowing(pkg string) bool {
	return strings.HasPrefix(pkg, "fyne.io/fyne/") || strings.HasPrefix(pkg, "github.com/go-gl/") || strings.HasPrefix(pkg, "github.com/fyne-io/gl")
}

// The daemon program, and every package outside the window half, links
// nothing of Fyne, GLFW or GL: Fyne's app and drivers start a GL context
// and a 60 Hz loop (docs/ARCHITECTURE.md), and its packages alone cost the
// daemon memory all day.
func TestTheDaemonLinksNothingOfTheWindows(t *testing.T) {
	for _, line := range list(t, `{{.ImportPath}}:{{join .Deps ","}}`, otherPackages(t)...) {
		pkg, deps, _ := strings.Cut(line, ":")
		for _, dep := range strings.Split(deps, ",") {
			if windowing(dep) || windowHalf(dep) {
				t.Errorf("%s depends on %s", pkg, dep)
			}
		}
	}
}

// The window program holds the windows, and speaks to the daemon only
// through protocol: it links none of the daemon's own packages. Nothing
// outside the window half imports it, and only go generate and the
// contact sheet link the drawing.
func TestTheProgramsMeetOnlyInProtocol(t *testing.T) {
	deps := list(t, "{{join .Deps \" \"}}", windowProgram)
	for _, pkg := range append(daemonOnly, "posturebreak/drawing") {
		if slices.Contains(deps, pkg) {
			t.Errorf("the window program links %s", pkg)
		}
	}
	for _, want := range []string{"posturebreak/protocol", "posturebreak/ui", "fyne.io/fyne/v2/app"} {
		if !slices.Contains(deps, want) {
			t.Errorf("the window program does not link %s", want)
		}
	}
	for _, line := range list(t, `{{.ImportPath}}:{{join .Imports ","}}`, "./...") {
		pkg, imports, _ := strings.Cut(line, ":")
		for _, imp := range strings.Split(imports, ",") {
			if !windowHalf(pkg) && windowHalf(imp) {
				t.Errorf("%s imports %s, of the window program", pkg, imp)
			}
			if imp == "posturebreak/drawing" && !strings.HasPrefix(pkg, "posturebreak/drawing/cmd/") {
				t.Errorf("%s imports the drawing, which only go generate and make sheet may run", pkg)
			}
		}
	}
	if deps := list(t, "{{join .Deps \" \"}}", daemonProgram); slices.Contains(deps, "posturebreak/drawing") {
		t.Error("the daemon links the drawing")
	}
}

// The daemon program and every package outside the window half build,
// tests and all, without cgo: they need no C compiler and no GL headers.
func TestTheDaemonBuildsWithoutCgo(t *testing.T) {
	args := append([]string{"test", "-count=1", "-run", "^$"}, otherPackages(t)...)
	cmd := exec.Command("go", args...)
	cmd.Env = append(os.Environ(), "CGO_ENABLED=0")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("CGO_ENABLED=0 go %s: %v\n%s", strings.Join(args, " "), err, out)
	}
	build := exec.Command("go", "build", "-o", os.DevNull, daemonProgram)
	build.Env = cmd.Env
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("CGO_ENABLED=0 go build %s: %v\n%s", daemonProgram, err, out)
	}
}
