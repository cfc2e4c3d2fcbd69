package settings

import (
	"errors"
	"fmt"
	"time"
)

// The problems a settings file can have. Each names the file's own keys,
// as the user wrote them; its Error is for the log, and package words
// says it for people.

// ErrNoHours is working hours switched on with no hours on any day.
var ErrNoHours = errors.New("working hours are on, but no day has any")

// ErrHoursOff is ErrNoHours in a file: the working hours were switched
// off, so breaks come at any hour.
var ErrHoursOff = errors.New("working hours were on with none set; breaks come at any hour")

// ErrCutShort is a file that ends before its JSON does.
var ErrCutShort = errors.New("it ends too early; it may have been cut short")

// ErrNotAnObject is a file that does not hold a JSON object.
var ErrNotAnObject = errors.New("the file does not hold a JSON object")

// SyntaxError is a file that is not valid JSON, from byte Offset.
type SyntaxError struct {
	Offset int64
	Err    error
}

func (e *SyntaxError) Error() string {
	return fmt.Sprintf("it is not valid JSON (at byte %d: %v)", e.Offset, e.Err)
}

// Kind is the kind of value a key holds.
type Kind int

const (
	WholeNumber Kind = iota
	TrueOrFalse      // true or false
	Names            // a list of names
	Object           // an object of keys
	Ranges           // a list of times of day like "09:00-17:00"
)

var kinds = [...]string{"a whole number", "true or false", "a list of names", "an object", `a list of ranges like "09:00-17:00"`}

// TypeError is a value of the wrong kind: the file cannot be used.
type TypeError struct {
	Key  string // as the file names it: "work_minutes", "working_hours.monday"
	Want Kind
	Got  string // the value as written
}

func (e *TypeError) Error() string {
	return fmt.Sprintf("%s should be %s, not %s", e.Key, kinds[e.Want], e.Got)
}

// RangeError is a value outside its field's limits. In a file it is
// Clamped: the nearest value allowed is used instead.
type RangeError struct {
	Field   Field
	Value   int
	Clamped bool
}

func (e *RangeError) Error() string {
	if e.Clamped {
		return fmt.Sprintf("%s is %d, outside %d–%d; using %d", e.Field.Key, e.Value, e.Field.Min, e.Field.Max, e.Field.Clamp(e.Value))
	}
	return fmt.Sprintf("%s must be from %d to %d; %d is not", e.Field.Key, e.Field.Min, e.Field.Max, e.Value)
}

// ChoiceError is a posture-check interval that is not one of CheckChoices.
// In a file it is Clamped: the nearest choice is used instead.
type ChoiceError struct {
	Value   int
	Clamped bool
}

func (e *ChoiceError) Error() string {
	if e.Clamped {
		return fmt.Sprintf("posture_check_minutes is %d, not one of %v; using %d", e.Value, CheckChoices, NearestCheck(e.Value))
	}
	return fmt.Sprintf("posture_check_minutes must be one of %v, not %d", CheckChoices, e.Value)
}

// NearestCheck is the posture-check choice nearest to n minutes.
func NearestCheck(n int) int {
	nearest := CheckChoices[0]
	for _, c := range CheckChoices {
		if abs(c-n) < abs(nearest-n) {
			nearest = c
		}
	}
	return nearest
}

func abs(n int) int { return max(n, -n) }

// UnknownName is a name the app does not know in the list under Key
// ("equipment" or "left_out"). In a file it is Ignored.
type UnknownName struct {
	Key, Name string
	Ignored   bool
}

func (e *UnknownName) Error() string {
	if e.Ignored {
		return fmt.Sprintf("%s names %q, which the app does not know; ignoring it", e.Key, e.Name)
	}
	return fmt.Sprintf("%s names %q, which the app does not know", e.Key, e.Name)
}

// SpanError is a working-hours range that cannot be read; it is left out.
type SpanError struct {
	Day  time.Weekday
	Text string
	Err  error
}

func (e *SpanError) Error() string {
	return fmt.Sprintf("working hours on %s: %v; leaving it out", e.Day, e.Err)
}

func (e *SpanError) Unwrap() error { return e.Err }
