// Package habit owns what the history of breaks means to a user: how many
// breaks were taken, snoozed, skipped, spent away or deferred on each day
// and over a span of days, the minutes spent moving, which exercises and
// categories were done, and the streak of days with a break taken. It is
// pure: it is handed the records, the user's time zone and today, so the
// calendar (month ends, daylight saving) can be tested against any date.
package habit

import (
	"time"

	"posturebreak/history"
)

// Tally is what happened over some time.
type Tally struct {
	Taken, Snoozed, Skipped, Away, Deferred, Failed int
	Relief                                          int           // urges to pop answered with a movement
	Checks                                          int           // posture checks shown between breaks
	Unknown                                         int           // records of a kind this version does not know (from a newer one, say)
	Moving                                          time.Duration // in break windows where a break or a relief exercise was done
}

// add counts one record.
func (t *Tally) add(r history.Record) {
	switch r.Outcome {
	case history.Done:
		t.Taken++
		t.Moving += time.Duration(r.Seconds) * time.Second
	case history.Snoozed:
		t.Snoozed++
	case history.Skipped:
		t.Skipped++
	case history.Away:
		t.Away++
	case history.Deferred:
		t.Deferred++
	case history.Failed:
		t.Failed++
	case history.Relief:
		t.Relief++
		t.Moving += time.Duration(r.Seconds) * time.Second
	case history.Check:
		t.Checks++
	default:
		t.Unknown++
	}
}

// Plus is two tallies together.
func (t Tally) Plus(o Tally) Tally {
	return Tally{Taken: t.Taken + o.Taken, Snoozed: t.Snoozed + o.Snoozed, Skipped: t.Skipped + o.Skipped, Away: t.Away + o.Away,
		Deferred: t.Deferred + o.Deferred, Failed: t.Failed + o.Failed, Relief: t.Relief + o.Relief, Checks: t.Checks + o.Checks,
		Unknown: t.Unknown + o.Unknown, Moving: t.Moving + o.Moving}
}

// Date is a day on the user's calendar.
type Date struct {
	Year  int
	Month time.Month
	Day   int
}

// DateOf is the day t falls on in loc.
func DateOf(t time.Time, loc *time.Location) Date {
	y, m, d := t.In(loc).Date()
	return Date{y, m, d}
}

// AddDays is the date n days later (earlier, if n < 0), by the calendar:
// a day with a daylight-saving change is still one day.
func (d Date) AddDays(n int) Date {
	y, m, day := time.Date(d.Year, d.Month, d.Day+n, 12, 0, 0, 0, time.UTC).Date()
	return Date{y, m, day}
}

// Before says whether d comes before o.
func (d Date) Before(o Date) bool {
	return d.Year < o.Year || (d.Year == o.Year && (d.Month < o.Month || (d.Month == o.Month && d.Day < o.Day)))
}

// Day is one day's tally.
type Day struct {
	Date Date
	Tally
}

// Days is a tally for each of the n days ending on last, oldest first: a
// day with no record is there, with nothing in it. Days are the user's, in
// loc.
func Days(records []history.Record, loc *time.Location, last Date, n int) []Day {
	first := last.AddDays(-(n - 1))
	days := make([]Day, n)
	index := map[Date]int{}
	for i := range days {
		days[i].Date = first.AddDays(i)
		index[days[i].Date] = i
	}
	for _, r := range records {
		if i, ok := index[DateOf(r.Time, loc)]; ok {
			days[i].add(r)
		}
	}
	return days
}

// Sum is the tally of days together.
func Sum(days []Day) Tally {
	var t Tally
	for _, d := range days {
		t = t.Plus(d.Tally)
	}
	return t
}

// Streak is how many days in a row, up to today, have at least one break
// taken. Today counts once a break is taken; until then the streak runs
// to yesterday, so it is not lost in the morning.
func Streak(records []history.Record, loc *time.Location, today Date) int {
	taken := map[Date]bool{}
	for _, r := range records {
		if r.Outcome == history.Done {
			taken[DateOf(r.Time, loc)] = true
		}
	}
	day := today
	if !taken[day] {
		day = day.AddDays(-1)
	}
	n := 0
	for taken[day] {
		n++
		day = day.AddDays(-1)
	}
	return n
}

// Count is how often each of something was done, by its name.
type Count map[string]int

// Exercises is how often each exercise was taken on the days from first
// to last, and how often each category, as category names it (the
// catalogue's). Records of exercises it does not know count under "".
func Exercises(records []history.Record, loc *time.Location, first, last Date, category func(id string) string) (byExercise, byCategory Count) {
	byExercise, byCategory = Count{}, Count{}
	for _, r := range records {
		d := DateOf(r.Time, loc)
		if r.Outcome != history.Done || d.Before(first) || last.Before(d) {
			continue
		}
		byExercise[r.Exercise]++
		byCategory[category(r.Exercise)]++
	}
	return byExercise, byCategory
}
