package cli

import (
	"bytes"
	"strings"
	"testing"

	"posturebreak/identity"
)

var app = identity.App{Name: "Posture Break", ID: "io.github.posturebreak.CliTest", Version: "test"}

func run(args ...string) (int, string, string) {
	var out, errs bytes.Buffer
	code := Run(app, args, &out, &errs)
	return code, out.String(), errs.String()
}

func TestBadArgumentsExit2WithTheUsage(t *testing.T) {
	for _, args := range [][]string{{"pause"}, {"pause", "a while"}, {"pause", "90h"}, {"status", "--yaml"}, {"resume", "now"}, {"explode"}, {"break-now", "x"}} {
		code, _, errs := run(args...)
		if code != 2 || !strings.Contains(errs, "Usage: posturebreak") {
			t.Errorf("%v: exit %d, %q", args, code, errs)
		}
	}
}

func TestHelpListsEveryCommandOnALine(t *testing.T) {
	code, out, _ := run("--help")
	if code != 0 {
		t.Fatalf("exit %d", code)
	}
	for _, cmd := range []string{"status [--json]", "break-now", "pause LENGTH", "resume", "settings", "help"} {
		if !strings.Contains(out, "\n  "+cmd+" ") {
			t.Errorf("help lacks %q:\n%s", cmd, out)
		}
	}
}

func TestEmbeddingStartsTheDaemon(t *testing.T) {
	for _, args := range [][]string{{}, {"-Embedding"}, {"/Embedding"}, {"-embedding"}, {"/EMBEDDING"}} {
		if !startsDaemon(args) {
			t.Errorf("%q does not start the daemon", args)
		}
	}
	for _, args := range [][]string{{"status"}, {"Embedding"}, {"--Embedding"}, {"-Embed"}, {"-Embedding", "quit"}, {"quit", "-Embedding"}, {""}, {"-"}} {
		if startsDaemon(args) {
			t.Errorf("%q starts the daemon", args)
		}
	}
}
