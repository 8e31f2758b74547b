package dyad

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/sitrep-dev/sitrep"
)

func ev(src, tgt, date string, quad int, g float64) sitrep.Event {
	return sitrep.Event{Source: sitrep.EventActor{Code: src}, Target: sitrep.EventActor{Code: tgt}, Date: date, Quad: quad, Goldstein: g}
}

func TestBuild(t *testing.T) {
	events := []sitrep.Event{
		ev("USAGOV", "SYRGOV", "2025-11-10", 1, 1), // Monday
		ev("SYRGOV", "USAGOV", "2025-11-16", 2, 6), // Sunday, same week
		ev("USAMIL", "SYRMIL", "2025-11-19", 2, 7),
		ev("USAGOV", "SYRGOV", "", 1, 3),
		ev("SYRGOV", "USAGOV", "2025-12-01", 4, -10), // the relationship turns
		ev("IRNGOV", "USAGOV", "2025-11-12", 3, -2),
		ev("USAGOV", "", "2025-11-12", 4, -10),
	}
	byCountry := func(c string) string {
		if len(c) > 3 {
			return c[:3]
		}
		return c
	}
	ds := Build(events, byCountry)
	if len(ds) != 2 {
		t.Fatalf("%d dyads, want 2: %+v", len(ds), ds)
	}
	d := ds[0]
	if d.A != "SYR" || d.B != "USA" || d.Events != 5 || d.Undated != 1 || d.Cooperation != 4 || d.Conflict != 1 {
		t.Errorf("dyad %+v", d)
	}
	if len(d.Weeks) != 3 || d.Weeks[0].Start != "2025-11-10" || d.Weeks[0].Events != 2 || d.Weeks[0].Goldstein != 7 {
		t.Errorf("weeks %+v", d.Weeks)
	}
	// Before: 14 over 3 dated events (4.67); latest week: -10.
	if d.Flag != "deteriorating" || d.Shift != -14.67 {
		t.Errorf("shift %.2f flag %q", d.Shift, d.Flag)
	}
	if ds[1].Flag != "" || ds[1].Shift != 0 {
		t.Errorf("a one-week dyad cannot shift: %+v", ds[1])
	}
}

// A date that is not a full calendar date counts in the totals only, as an undated
// event does, whichever way the tallies were made.
func TestBuildInvalidDates(t *testing.T) {
	events := []sitrep.Event{
		ev("USAGOV", "SYRGOV", "2025-02-30", 1, 1), // no such day
		ev("USAGOV", "SYRGOV", "2025-11", 1, 1),    // a month
		ev("USAGOV", "SYRGOV", "2025-11-12", 3, -2),
	}
	ds := Build(events, nil)
	if len(ds) != 1 || ds[0].Undated != 2 || ds[0].Events != 3 || len(ds[0].Weeks) != 1 || ds[0].Weeks[0].Start != "2025-11-10" {
		t.Fatalf("dyads %+v", ds)
	}
	// Tallies of the two halves of the events, as two stores or two queries
	// might give them, make the same dyads.
	a, _ := sitrep.TallyOf(events[:1], Keys...)
	b, _ := sitrep.TallyOf(events[1:], Keys...)
	if got := FromTallies(append(a, b...), nil); fmt.Sprint(got) != fmt.Sprint(ds) {
		t.Errorf("from split tallies %+v, want %+v", got, ds)
	}
}

// prefixStore tallies events in memory, with the stores' prefix meaning of Source
// and Target.
type prefixStore []sitrep.Event

func (s prefixStore) TallyEvents(_ context.Context, f sitrep.EventFilter, by ...sitrep.TallyKey) ([]sitrep.Tally, error) {
	var evs []sitrep.Event
	for _, e := range s {
		if strings.HasPrefix(e.Source.Code, f.Source) && strings.HasPrefix(e.Target.Code, f.Target) {
			evs = append(evs, e)
		}
	}
	ts, err := sitrep.TallyOf(evs, by...)
	return sitrep.PageTallies(ts, f), err
}

func (s prefixStore) TallyTotals(ctx context.Context, f sitrep.EventFilter, by ...sitrep.TallyKey) (int, int, error) {
	ts, err := s.TallyEvents(ctx, f, by...)
	n := 0
	for _, t := range ts {
		n += t.Events
	}
	return len(ts), n, err
}

// Top reads only the top pairs' weeks but gives the dyads Build gives, even where
// one code is a prefix of another.
func TestTop(t *testing.T) {
	events := []sitrep.Event{
		ev("USAGOV", "SYRGOV", "2025-11-10", 1, 1),
		ev("SYRGOV", "USAGOV", "2025-11-16", 2, 6),
		ev("USAGOVX", "SYRGOV", "2025-11-17", 4, -10), // USAGOV is its prefix
		ev("USAGOV", "SYRGOVX", "2025-11-18", 4, -10),
		ev("SYRGOV", "USAGOV", "2025-12-01", 4, -10),
		ev("USAGOV", "SYRGOV", "", 1, 3),
		ev("IRNGOV", "USAGOV", "2025-11-12", 3, -2),
		ev("IRNGOV", "USAGOV", "2025-11-19", 3, -2),
		ev("USAGOV", "", "2025-11-12", 4, -10),
	}
	all := Build(events, nil)
	for n := range len(all) + 2 {
		got, err := Top(context.Background(), prefixStore(events), n)
		if err != nil {
			t.Fatal(err)
		}
		want := all[:min(n, len(all))]
		if fmt.Sprint(got) != fmt.Sprint(want) {
			t.Errorf("Top(%d) = %+v\nwant %+v", n, got, want)
		}
	}
}
