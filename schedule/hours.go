package schedule

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"
)

// Span is a stretch of working time on one weekday, in minutes from local
// midnight. End is after Start; an End past 24:00 (up to 48:00) runs into
// the next day, as a night shift does.
type Span struct{ Start, End int }

// Hours are the working hours of each weekday (index by time.Weekday).
// Breaks only fall inside them. The zero value means no restriction: every
// minute of every day is working time.
type Hours struct {
	Days [7][]Span
	Loc  *time.Location // the local time the spans are in; nil means time.Local
}

// Restricted says whether any working hours are set at all.
func (h Hours) Restricted() bool {
	for _, d := range h.Days {
		if len(d) > 0 {
			return true
		}
	}
	return false
}

func (h Hours) loc() *time.Location {
	if h.Loc == nil {
		return time.Local
	}
	return h.Loc
}

// interval is one span placed on the calendar.
type interval struct{ start, end time.Time }

// around lists the spans that begin from two days before t to eight days
// after, in order: enough to cover any span that contains t, and the next
// one to start.
func (h Hours) around(t time.Time) []interval {
	loc := h.loc()
	t = t.In(loc)
	var out []interval
	for d := -2; d <= 8; d++ {
		day := time.Date(t.Year(), t.Month(), t.Day()+d, 0, 0, 0, 0, loc)
		for _, s := range h.Days[day.Weekday()] {
			// time.Date settles times a DST change skips or repeats.
			start := time.Date(day.Year(), day.Month(), day.Day(), 0, s.Start, 0, 0, loc)
			end := time.Date(day.Year(), day.Month(), day.Day(), 0, s.End, 0, 0, loc)
			if end.After(start) {
				out = append(out, interval{start, end})
			}
		}
	}
	return out
}

// Working says whether t falls in working hours, and if so when that
// stretch of them ends.
func (h Hours) Working(t time.Time) (bool, time.Time) {
	if !h.Restricted() {
		return true, time.Time{}
	}
	var end time.Time
	for _, iv := range h.around(t) {
		if !t.Before(iv.start) && t.Before(iv.end) && iv.end.After(end) {
			end = iv.end
		}
	}
	if end.IsZero() {
		return false, end
	}
	// Spans that touch or overlap run on as one; hours that never stop are
	// followed for a week, which is as far ahead as anyone needs to know.
	for more := true; more && end.Sub(t) < 7*24*time.Hour; {
		more = false
		for _, iv := range h.around(end) {
			if !iv.start.After(end) && iv.end.After(end) {
				end, more = iv.end, true
			}
		}
	}
	return true, end
}

// NextStart is when working hours next begin after t; zero if there are
// none in the coming week.
func (h Hours) NextStart(t time.Time) time.Time {
	var next time.Time
	for _, iv := range h.around(t) {
		if iv.start.After(t) && (next.IsZero() || iv.start.Before(next)) {
			if working, _ := h.Working(iv.start.Add(-time.Nanosecond)); working {
				continue // it only extends hours already under way
			}
			next = iv.start
		}
	}
	return next
}

// ErrNoLength is a span that starts and ends at the same time.
var ErrNoLength = errors.New("starts and ends at the same time")

// ParseSpan reads a span such as "09:00-17:30" or "22:00-06:00" (which
// runs past midnight).
func ParseSpan(s string) (Span, error) {
	from, to, ok := strings.Cut(strings.TrimSpace(s), "-")
	if !ok {
		return Span{}, fmt.Errorf("%q is not a range like 09:00-17:00", s)
	}
	start, err := clock(from)
	if err != nil {
		return Span{}, err
	}
	end, err := clock(to)
	if err != nil {
		return Span{}, err
	}
	if end == start {
		return Span{}, fmt.Errorf("%q %w", s, ErrNoLength)
	}
	if end < start {
		end += 24 * 60
	}
	return Span{start, end}, nil
}

func clock(s string) (int, error) {
	s = strings.TrimSpace(s)
	hh, mm, ok := strings.Cut(s, ":")
	h, err1 := strconv.Atoi(hh)
	m, err2 := strconv.Atoi(mm)
	if !ok || err1 != nil || err2 != nil || len(mm) != 2 || len(hh) < 1 || len(hh) > 2 || h < 0 || h > 24 || m < 0 || m > 59 || (h == 24 && m > 0) {
		return 0, fmt.Errorf("%q is not a time like 09:30", s)
	}
	return h*60 + m, nil
}

// String writes a span as ParseSpan reads it; a span that ends at
// midnight the same day ends at 24:00.
func (s Span) String() string {
	end := fmt.Sprintf("%02d:%02d", (s.End/60)%24, s.End%60)
	if s.End == 24*60 {
		end = "24:00"
	}
	return fmt.Sprintf("%02d:%02d-%s", s.Start/60, s.Start%60, end)
}

// MarshalText writes a span as ParseSpan reads it, so a file holds
// "09:00-17:30" rather than minutes.
func (s Span) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

// UnmarshalText reads a span as ParseSpan does.
func (s *Span) UnmarshalText(b []byte) error {
	span, err := ParseSpan(string(b))
	if err == nil {
		*s = span
	}
	return err
}
