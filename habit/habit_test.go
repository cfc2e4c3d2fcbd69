package habit

import (
	"testing"
	"time"
	_ "time/tzdata"

	"posturebreak/history"
)

func zone(t *testing.T, name string) *time.Location {
	t.Helper()
	loc, err := time.LoadLocation(name)
	if err != nil {
		t.Fatal(err)
	}
	return loc
}

func at(loc *time.Location, y int, m time.Month, d, h int, o history.Outcome, seconds int, ex string) history.Record {
	return history.Record{Time: time.Date(y, m, d, h, 0, 0, 0, loc), Outcome: o, Seconds: seconds, Exercise: ex}
}

func TestDaysHaveEveryDayAndCountEveryOutcome(t *testing.T) {
	loc := zone(t, "Europe/Berlin")
	recs := []history.Record{
		at(loc, 2026, 11, 28, 10, history.Done, 120, "cat-cow"),
		at(loc, 2026, 11, 28, 11, history.Snoozed, 0, "cat-cow"),
		at(loc, 2026, 11, 30, 9, history.Skipped, 0, "rows"),
		at(loc, 2026, 11, 30, 14, history.Away, 1800, ""),
		at(loc, 2026, 11, 30, 15, history.Deferred, 600, "rows"),
		at(loc, 2026, 12, 1, 9, history.Done, 90, "rows"),
		at(loc, 2026, 12, 1, 10, history.Relief, 30, "cat-cow"),
		at(loc, 2026, 12, 1, 11, "stretched-twice", 30, "cat-cow"), // from a newer version
		at(loc, 2026, 10, 1, 9, history.Done, 90, "rows"),          // long before
	}
	days := Days(recs, loc, Date{2026, 12, 1}, 5)
	if len(days) != 5 || days[0].Date != (Date{2026, 11, 27}) || days[4].Date != (Date{2026, 12, 1}) {
		t.Fatalf("days %v to %v", days[0].Date, days[len(days)-1].Date)
	}
	if days[0].Tally != (Tally{}) || days[2].Tally != (Tally{}) {
		t.Error("a day with no breaks is not there with nothing in it")
	}
	want := Tally{Taken: 2, Snoozed: 1, Skipped: 1, Away: 1, Deferred: 1, Relief: 1, Unknown: 1, Moving: 240 * time.Second}
	if got := Sum(days); got != want {
		t.Fatalf("sum %+v, want %+v", got, want)
	}
}

func TestDaysAreTheUsersOwn(t *testing.T) {
	tokyo := zone(t, "Asia/Tokyo")
	// 23:30 UTC on 30 November is 08:30 on 1 December in Tokyo.
	r := history.Record{Time: time.Date(2026, 11, 30, 23, 30, 0, 0, time.UTC), Outcome: history.Done}
	days := Days([]history.Record{r}, tokyo, Date{2026, 12, 1}, 2)
	if days[1].Taken != 1 || days[0].Taken != 0 {
		t.Fatalf("a break at 08:30 in Tokyo landed on %+v", days)
	}
}

func TestStreaksAcrossMonthEndsAndDaylightSaving(t *testing.T) {
	loc := zone(t, "Europe/Berlin")
	// 29 March 2026 is 23 hours long in Berlin; the streak runs over it
	// and over the end of March.
	var recs []history.Record
	for d := 27; d <= 31; d++ {
		recs = append(recs, at(loc, 2026, 3, d, 9, history.Done, 60, "cat-cow"))
	}
	recs = append(recs, at(loc, 2026, 4, 1, 9, history.Done, 60, "cat-cow"))
	recs = append(recs, at(loc, 2026, 3, 25, 9, history.Done, 60, "cat-cow")) // before a gap
	recs = append(recs, at(loc, 2026, 3, 26, 9, history.Skipped, 0, "cat-cow"))
	if n := Streak(recs, loc, Date{2026, 4, 1}); n != 6 {
		t.Fatalf("streak %d on 1 April, want 6 (27 March to 1 April)", n)
	}
	if n := Streak(recs, loc, Date{2026, 4, 2}); n != 6 {
		t.Fatalf("streak %d on the morning of 2 April, before a break, want it kept at 6", n)
	}
	if n := Streak(recs, loc, Date{2026, 4, 3}); n != 0 {
		t.Fatalf("streak %d after a day with no break, want 0", n)
	}
}

// Only a break done keeps a streak going: a day with breaks snoozed,
// skipped, waited for, failed, taken as time away or as a relief exercise,
// but none done, ends it.
func TestOnlyBreaksDoneKeepAStreak(t *testing.T) {
	loc := time.UTC
	var recs []history.Record
	for d := 26; d <= 31; d++ {
		if d != 29 {
			recs = append(recs, at(loc, 2026, 3, d, 9, history.Done, 60, "cat-cow"))
		}
	}
	for i, o := range []history.Outcome{history.Snoozed, history.Skipped, history.Away, history.Deferred, history.Failed, history.Relief} {
		recs = append(recs, at(loc, 2026, 3, 29, 9+i, o, 60, "cat-cow"))
	}
	if n := Streak(recs, loc, Date{2026, 3, 31}); n != 2 {
		t.Fatalf("streak %d on 31 March, want 2: 29 March had no break done", n)
	}
}

func TestExercisesAndCategories(t *testing.T) {
	loc := time.UTC
	recs := []history.Record{
		at(loc, 2026, 12, 1, 9, history.Done, 60, "cat-cow"),
		at(loc, 2026, 12, 1, 10, history.Done, 60, "cat-cow"),
		at(loc, 2026, 12, 1, 11, history.Done, 60, "rows"),
		at(loc, 2026, 12, 1, 12, history.Skipped, 0, "rows"),
		at(loc, 2026, 11, 1, 12, history.Done, 60, "rows"), // outside the span
	}
	cat := map[string]string{"cat-cow": "mobility", "rows": "strength"}
	ex, cats := Exercises(recs, loc, Date{2026, 11, 25}, Date{2026, 12, 1}, func(id string) string { return cat[id] })
	if ex["cat-cow"] != 2 || ex["rows"] != 1 || len(ex) != 2 || cats["mobility"] != 2 || cats["strength"] != 1 {
		t.Fatalf("exercises %v, categories %v", ex, cats)
	}
}
