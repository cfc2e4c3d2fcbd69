package main

import (
	"os"
	"os/exec"
	"slices"
	"strings"
	"testing"
)

// modelPackages are every package of the module but the window half (ui
// and below), cli, which joins the halves, and main: the daemon and every
// package it is made of, the models both halves share, the drawing and the
// test tools. None of them may link anything of Fyne, whose app and drivers
// start a GL context and a 60 Hz loop (see docs/ARCHITECTURE.md).
func modelPackages(t *testing.T) []string {
	var pkgs []string
	for _, pkg := range list(t, "{{.ImportPath}}", "./...") {
		windows := pkg == "posturebreak/ui" || strings.HasPrefix(pkg, "posturebreak/ui/")
		if !windows && pkg != "posturebreak/cli" && pkg != "posturebreak" {
			pkgs = append(pkgs, pkg)
		}
	}
	if !slices.Contains(pkgs, "posturebreak/daemon") || !slices.Contains(pkgs, "posturebreak/schedule") {
		t.Fatalf("the model packages are %v: the daemon is missing", pkgs)
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

func TestTheDaemonHalfLinksNothingOfFyne(t *testing.T) {
	for _, line := range list(t, `{{.ImportPath}}:{{join .Deps ","}}`, modelPackages(t)...) {
		pkg, deps, _ := strings.Cut(line, ":")
		for _, dep := range strings.Split(deps, ",") {
			if strings.HasPrefix(dep, "fyne.io/fyne/") || strings.HasPrefix(dep, "posturebreak/ui") {
				t.Errorf("%s depends on %s", pkg, dep)
			}
		}
	}
}

// The two halves meet only in cli: no package outside ui imports it but
// cli, and only go generate and the contact sheet link the drawing.
func TestTheHalvesMeetOnlyInCli(t *testing.T) {
	for _, line := range list(t, `{{.ImportPath}}:{{join .Imports ","}}`, "./...") {
		pkg, imports, _ := strings.Cut(line, ":")
		for _, imp := range strings.Split(imports, ",") {
			outside := !strings.HasPrefix(pkg, "posturebreak/ui")
			if outside && strings.HasPrefix(imp, "posturebreak/ui") && pkg != "posturebreak/cli" {
				t.Errorf("%s imports %s: only cli joins the halves", pkg, imp)
			}
			if imp == "posturebreak/drawing" && !strings.HasPrefix(pkg, "posturebreak/drawing/cmd/") {
				t.Errorf("%s imports the drawing, which only go generate and make sheet may run", pkg)
			}
		}
	}
	if deps := list(t, "{{join .Deps \" \"}}", "posturebreak"); slices.Contains(deps, "posturebreak/drawing") {
		t.Error("the app links the drawing")
	}
}

// The daemon half builds, tests and all, without cgo: it needs no C
// compiler and no GL headers.
func TestTheDaemonHalfBuildsWithoutCgo(t *testing.T) {
	pkgs := append([]string{"test", "-count=1", "-run", "^$"}, modelPackages(t)...)
	cmd := exec.Command("go", pkgs...)
	cmd.Env = append(os.Environ(), "CGO_ENABLED=0")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("CGO_ENABLED=0 go %s: %v\n%s", strings.Join(pkgs, " "), err, out)
	}
}
