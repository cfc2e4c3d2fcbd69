package main

import (
	"os"
	"os/exec"
	"slices"
	"strings"
	"testing"
)

// The daemon half: the tray daemon and every package it is made of. None
// of them may link anything of Fyne, whose app and drivers start a GL
// context and a 60 Hz loop (see docs/ARCHITECTURE.md).
var daemonHalf = []string{
	"daemon", "schedule", "settings", "exercises", "advice", "history", "storage", "identity", "assets",
	"protocol", "notify", "tray", "control", "autostart",
}

// list runs go list on packages of this module, with a format.
func list(t *testing.T, format string, pkgs ...string) []string {
	t.Helper()
	args := append([]string{"list", "-f", format}, pkgs...)
	out, err := exec.Command("go", args...).Output()
	if err != nil {
		t.Fatalf("go %s: %v", strings.Join(args, " "), err)
	}
	return strings.Fields(string(out))
}

func TestTheDaemonHalfLinksNothingOfFyne(t *testing.T) {
	for _, pkg := range daemonHalf {
		out, err := exec.Command("go", "list", "-deps", "posturebreak/"+pkg).Output()
		if err != nil {
			t.Fatalf("go list -deps %s: %v", pkg, err)
		}
		for _, dep := range strings.Fields(string(out)) {
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
	pkgs := []string{"test", "-count=1", "-run", "^$"}
	for _, pkg := range daemonHalf {
		pkgs = append(pkgs, "posturebreak/"+pkg)
	}
	cmd := exec.Command("go", pkgs...)
	cmd.Env = append(os.Environ(), "CGO_ENABLED=0")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("CGO_ENABLED=0 go %s: %v\n%s", strings.Join(pkgs, " "), err, out)
	}
}
