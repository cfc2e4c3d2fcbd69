// Package protocol is the one definition of what the tray daemon and its
// window processes say to each other, and the one place the two programs
// meet. The daemon (posturebreak) opens a window by running the window
// program as
//
//	posturebreak-window <kind> [flags]
//
// holds the window's stdin open (the window ends when it closes), and
// reads one JSON line from its stdout: the result. Each kind has one
// request type, which writes its flags (Args) and is read back from them
// (Parse), and one result type, which the daemon reads back and checks
// against what it asked for (the request's Result method).
package protocol

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"io"
)

// Kind is a kind of window. The daemon opens at most one of each at a time.
type Kind string

const (
	BreakWindow    Kind = "break"    // a guided break (Break)
	SettingsWindow Kind = "settings" // the settings (Settings)
	IntroWindow    Kind = "intro"    // the first-run introduction (Intro)
	AboutWindow    Kind = "about"    // About (About)
	HistoryWindow  Kind = "history"  // the history of breaks (History)
)

// Request is a window the daemon asks for.
type Request interface {
	Kind() Kind
	Args() []string // its flags, as Parse reads them
}

// Command is the window program's command line, after the program, that
// opens r.
func Command(r Request) []string {
	return append([]string{string(r.Kind())}, r.Args()...)
}

// Parse reads the window program's command line: the window's kind, then
// its flags. The result is one of Break, Settings, Intro, About and History.
func Parse(args []string) (Request, error) {
	if len(args) == 0 {
		return nil, fmt.Errorf("%s: which window?", Program)
	}
	kind, flags := Kind(args[0]), args[1:]
	switch kind {
	case BreakWindow:
		return parseBreak(flags)
	case SettingsWindow:
		return parseSettings(flags)
	case IntroWindow:
		return parseIntro(flags)
	case AboutWindow:
		return About{}, noFlags(kind, flags)
	case HistoryWindow:
		return History{}, noFlags(kind, flags)
	}
	return nil, fmt.Errorf("%s: no window %q", Program, kind)
}

// flagSet reads one kind's flags, quietly: errors are returned, not printed.
func flagSet(kind Kind) *flag.FlagSet {
	fs := flag.NewFlagSet(Program+" "+string(kind), flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	return fs
}

// parseFlags parses args into fs, which must take them all.
func parseFlags(fs *flag.FlagSet, args []string) error {
	if err := fs.Parse(args); err != nil {
		return fmt.Errorf("%s: %w", fs.Name(), err)
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("%s: unexpected %q", fs.Name(), fs.Arg(0))
	}
	return nil
}

func noFlags(kind Kind, args []string) error { return parseFlags(flagSet(kind), args) }

// decode reads a window's result line strictly into v: one JSON object
// with no field v does not have.
func decode(kind Kind, line []byte, v any) error {
	dec := json.NewDecoder(bytes.NewReader(line))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		return fmt.Errorf("the %s window said something unreadable: %q", kind, clip(line))
	}
	return nil
}

func clip(b []byte) string {
	if len(b) > 80 {
		return string(b[:80]) + "…"
	}
	return string(b)
}
