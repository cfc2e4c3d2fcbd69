package words

import (
	"errors"
	"strconv"
	"strings"

	"posturebreak/schedule"
	"posturebreak/settings"
	"posturebreak/storage"
	"posturebreak/translation"
)

// Problem is what went wrong, for people. What is wrong with a settings
// file is said in their language, naming the file's keys as written, or a
// field by the name the settings window gives it; anything else as it is.
func Problem(err error) string {
	if joined, ok := err.(interface{ Unwrap() []error }); ok {
		var parts []string
		for _, e := range joined.Unwrap() {
			parts = append(parts, Problem(e))
		}
		return strings.Join(parts, "; ")
	}
	for _, say := range []func(error) (string, bool){valueProblem, fileProblem} {
		if text, ok := say(err); ok {
			return text
		}
	}
	return err.Error()
}

var kinds = map[settings.Kind]string{
	settings.WholeNumber: translation.Mark("a whole number"),
	settings.TrueOrFalse: translation.Mark("true or false"),
	settings.Names:       translation.Mark("a list of names"),
	settings.Object:      translation.Mark("an object"),
	settings.Ranges:      translation.Mark(`a list of ranges like "09:00-17:00"`),
}

// valueProblem says what is wrong with one value in the settings.
func valueProblem(err error) (string, bool) {
	var (
		typed   *settings.TypeError
		out     *settings.RangeError
		choice  *settings.ChoiceError
		unknown *settings.UnknownName
		span    *settings.SpanError
	)
	switch {
	case errors.As(err, &typed):
		return translation.L("{{.Key}} should be {{.Kind}}, not {{.Value}}", map[string]any{"Key": typed.Key, "Kind": translation.L(kinds[typed.Want]), "Value": typed.Got}), true
	case errors.As(err, &out) && out.Clamped:
		return translation.L("{{.Key}} is {{.Value}}, outside {{.Min}}–{{.Max}}; using {{.Used}}",
			map[string]any{"Key": out.Field.Key, "Value": out.Value, "Min": out.Field.Min, "Max": out.Field.Max, "Used": out.Field.Clamp(out.Value)}), true
	case errors.As(err, &out):
		return translation.L("{{.Field}} must be from {{.Min}} to {{.Max}}; {{.Value}} is not",
			map[string]any{"Field": translation.L(out.Field.Label), "Min": out.Field.Min, "Max": out.Field.Max, "Value": out.Value}), true
	case errors.As(err, &choice):
		data := map[string]any{"Value": choice.Value, "Choices": choices(), "Used": settings.NearestCheck(choice.Value)}
		if choice.Clamped {
			return translation.L("posture_check_minutes is {{.Value}}, not one of {{.Choices}}; using {{.Used}}", data), true
		}
		return translation.L("posture_check_minutes must be one of {{.Choices}}; {{.Value}} is not", data), true
	case errors.As(err, &unknown):
		data := map[string]any{"Key": unknown.Key, "Name": unknown.Name}
		if unknown.Ignored {
			return translation.L("{{.Key}} names “{{.Name}}”, which Posture Break does not know; it is left out", data), true
		}
		return translation.L("{{.Key}} names “{{.Name}}”, which Posture Break does not know", data), true
	case errors.As(err, &span):
		data := map[string]any{"Day": translation.L(span.Day.String()), "Range": span.Text}
		if errors.Is(span.Err, schedule.ErrNoLength) {
			return translation.L("working hours on {{.Day}}: “{{.Range}}” starts and ends at the same time; it is left out", data), true
		}
		return translation.L("working hours on {{.Day}}: “{{.Range}}” is not a range like 09:00-17:00; it is left out", data), true
	}
	return "", false
}

// fileProblem says what is wrong with the settings file as a whole.
func fileProblem(err error) (string, bool) {
	var syntax *settings.SyntaxError
	switch {
	case errors.Is(err, settings.ErrNoHours):
		return translation.L("working hours are on, but no day has any"), true
	case errors.Is(err, settings.ErrHoursOff):
		return translation.L("working hours were on with none set, so breaks come at any hour"), true
	case errors.Is(err, settings.ErrCutShort):
		return translation.L("it ends too early; it may have been cut short"), true
	case errors.Is(err, settings.ErrNotAnObject):
		return translation.L("it does not hold a JSON object"), true
	case errors.As(err, &syntax):
		return translation.L("it is not valid JSON (at byte {{.Offset}})", map[string]any{"Offset": syntax.Offset}), true
	}
	return "", false
}

// readProblem is why the settings file could not be read: Problem, but
// for a file that is not a plain file, or is far too big.
func readProblem(err error) string {
	switch {
	case errors.Is(err, storage.ErrNotRegular):
		return translation.L("it is not a plain file")
	case errors.Is(err, storage.ErrTooBig):
		return translation.L("it is far too big to be a settings file")
	}
	return Problem(err)
}

// choices lists the posture-check intervals: "0, 10, 15, 20, 30".
func choices() string {
	var s []string
	for _, c := range settings.CheckChoices {
		s = append(s, strconv.Itoa(c))
	}
	return strings.Join(s, ", ")
}
