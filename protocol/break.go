package protocol

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"posturebreak/exercises"
	"posturebreak/history"
)

// Break asks for a guided break.
type Break struct {
	Exercises []string      // ids: the exercise to show, then those "Another exercise" moves on to
	Length    time.Duration // of the whole break
	Snooze    time.Duration // the length of a snooze; 0 offers no Snooze (the limit is reached)
	// Ready starts the window hidden, built and waiting: it shows at once
	// when the daemon writes ShowLine on its stdin. The daemon makes one
	// ready while a break is due, so that a click opens it without waiting
	// for a process to start.
	Ready bool
}

// ShowLine, written on a ready window's stdin, shows it.
const ShowLine = "show"

// The break window's flags.
const (
	exercisesFlag = "exercises"
	lengthFlag    = "length"
	snoozeFlag    = "snooze"
	readyFlag     = "ready"
)

func (Break) Kind() Kind { return BreakWindow }

func (b Break) Args() []string {
	args := []string{"-" + exercisesFlag, strings.Join(b.Exercises, ","), "-" + lengthFlag, b.Length.String(), "-" + snoozeFlag, b.Snooze.String()}
	if b.Ready {
		args = append(args, "-"+readyFlag)
	}
	return args
}

// Shows says whether b, made ready, is the break that shown asks for.
func (b Break) Shows(shown Break) bool {
	b.Ready, shown.Ready = false, false
	return slices.Equal(b.Args(), shown.Args())
}

func parseBreak(args []string) (Break, error) {
	fs := flagSet(BreakWindow)
	ids := fs.String(exercisesFlag, "", "")
	var b Break
	fs.DurationVar(&b.Length, lengthFlag, 0, "")
	fs.DurationVar(&b.Snooze, snoozeFlag, 0, "")
	fs.BoolVar(&b.Ready, readyFlag, false, "")
	if err := parseFlags(fs, args); err != nil {
		return b, err
	}
	b.Exercises = strings.Split(*ids, ",")
	if _, err := b.Offered(); err != nil {
		return b, fmt.Errorf("%s: %w", fs.Name(), err)
	}
	if b.Length <= 0 || b.Snooze < 0 {
		return b, fmt.Errorf("%s: the break must have a length, and a snooze cannot be negative", fs.Name())
	}
	return b, nil
}

// Offered are the exercises the break offers, in order.
func (b Break) Offered() ([]exercises.Exercise, error) {
	var out []exercises.Exercise
	for _, id := range b.Exercises {
		e, ok := exercises.ByID(id)
		if !ok {
			return nil, fmt.Errorf("unknown exercise %q", id)
		}
		out = append(out, e)
	}
	return out, nil
}

// BreakResult is how a break ended.
type BreakResult struct {
	Outcome  history.Outcome `json:"outcome"`            // done, snoozed or skipped
	Exercise string          `json:"exercise"`           // the exercise on show at the end
	Another  int             `json:"another"`            // how often the user asked for another exercise
	Seconds  int             `json:"seconds"`            // how long the window was open
	LeftOut  []string        `json:"left_out,omitempty"` // those shown that the user said are not for them
}

// Result reads the break window's line: a known outcome, naming the
// exercise that the count of "another" puts on show among those offered,
// a plausible time, and as left out only exercises it showed.
func (b Break) Result(line []byte) (BreakResult, error) {
	var r BreakResult
	if err := decode(BreakWindow, line, &r); err != nil {
		return r, err
	}
	switch {
	case r.Outcome != history.Done && r.Outcome != history.Snoozed && r.Outcome != history.Skipped:
		return r, fmt.Errorf("the break window gave an unknown outcome %q", r.Outcome)
	case r.Another < 0 || r.Another >= len(b.Exercises) || r.Exercise != b.Exercises[r.Another]:
		return r, fmt.Errorf("the break window reported on %q after %d others, which it was not offered", r.Exercise, r.Another)
	case r.Seconds < 0 || r.Seconds > 24*3600:
		return r, fmt.Errorf("the break window gave an impossible time of %d s", r.Seconds)
	}
	for i, id := range r.LeftOut {
		if !slices.Contains(b.Exercises[:r.Another+1], id) || slices.Contains(r.LeftOut[:i], id) {
			return r, fmt.Errorf("the break window left out %q, which it did not show, or twice", id)
		}
	}
	return r, nil
}
