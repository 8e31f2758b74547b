package storetest

import (
	"context"
	"fmt"
	"math"
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"

	"github.com/sitrep-dev/sitrep"
)

// tallyFixture generates documents whose events give every tally key its edge
// cases: an actor code with two names and one with none, events with a side missing
// and an actor acting on itself, one place at two sets of coordinates, places
// without coordinates, outside the map or without a country, full, partial, invalid
// and missing dates across weeks (Sunday and Monday among them), spans of days
// valid and not, an event without a
// quad class, and Goldstein scores whose sums are not exact in binary.
func tallyFixture() ([]*sitrep.Document, []*sitrep.Analysis) {
	r := rand.New(rand.NewPCG(11, 2026))
	actors := []sitrep.EventActor{
		{Code: "IRQMIL", Name: "Iraqi forces"}, {Code: "IRQGOV", Name: "Baghdad"}, {Code: "IRQGOV", Name: "the Iraqi government"},
		{Code: "IRQGOV", Name: "Baghdad"}, {Code: "SYRMIL", Name: "Syrian troops"}, {Code: "SYR"}, {Code: "TUR", Name: "Turkey"},
		{Code: "USA", Name: "Washington"}, {Code: "IGOUNO", Name: "the UN"}, {},
	}
	places := []*sitrep.Place{
		nil, nil,
		{Name: "Idlib", Country: "SYR", Lat: 35.93, Lon: 36.63, GeonameID: 169389},
		{Name: "Idlib city", Country: "SYR", Lat: 35.9, Lon: 36.6, GeonameID: 169389},
		{Name: "Qaim", Country: "IRQ", Lat: 34.37, Lon: 41.09},
		{Name: "Qaim", Country: "IRQ", Lat: 34.4, Lon: 41.1},
		{Name: "Nowhere", Country: "IRQ"},
		{Name: "Open sea", Lat: 10, Lon: 20},
		{Name: "Off the map", Country: "SYR", Lat: 95, Lon: 20},
		{Name: "Ankara", Country: "TUR", Lat: 39.93, Lon: 32.86, GeonameID: 323786},
	}
	dates := []string{"", "2025-03-03", "2025-03-04", "2025-03-09", "2025-03-10", "2025-03-16", "2025-03", "2025-02-30",
		"2025-04-01", "2025-04-02", "2024-12-30",
		// Spans of days (week precision): a weekend, a week across a month, and
		// two that are not dates (across two weeks; a day that does not exist).
		"2025-03-08/2025-03-09", "2025-03-31/2025-04-06", "2025-03-09/2025-03-10", "2025-02-27/2025-02-30"}
	kinds := []struct {
		root, cameo, plover string
		quad                int
		goldstein           float64
	}{
		{"04", "040", "CONSULT", 1, 1}, {"04", "042", "CONSULT", 1, 1.9}, {"07", "070", "AID", 2, 7.4},
		{"11", "111", "ACCUSE", 3, -2.2}, {"13", "130", "THREATEN", 3, -4.4}, {"19", "190", "ASSAULT", 4, -10},
		{"19", "195", "ASSAULT", 4, -10}, {"", "", "", 0, 0},
	}
	words := []string{"near the border", "after ceasefire talks", "over the convoy", "at the crossing"}
	outlets := []string{"Tigris Daily", "Levant Wire", ""}
	modes := []string{sitrep.ModeOccurred, sitrep.ModeOccurred, sitrep.ModeClaimed, sitrep.ModeNegated}
	var docs []*sitrep.Document
	var analyses []*sitrep.Analysis
	for i := range 30 {
		id := fmt.Sprintf("tally-%02d", i)
		outlet := outlets[i%len(outlets)]
		var b strings.Builder
		a := &sitrep.Analysis{DocID: id}
		for k := range 3 + r.IntN(6) {
			src, tgt := actors[r.IntN(len(actors))], actors[r.IntN(len(actors))]
			kind := kinds[r.IntN(len(kinds))]
			text := fmt.Sprintf("Event %d of report %d happened %s.", k, i, words[r.IntN(len(words))])
			if b.Len() > 0 {
				b.WriteString(" ")
			}
			sp := sitrep.Span{Start: b.Len(), End: b.Len() + len(text)}
			b.WriteString(text)
			a.Sentences = append(a.Sentences, sitrep.Sentence{Span: sp})
			e := sitrep.Event{
				Sentence: text, Span: sp, Source: src, Target: tgt, CAMEO: kind.cameo, Root: kind.root, Quad: kind.quad,
				Goldstein: kind.goldstein, PLOVER: sitrep.PLOVER{Type: kind.plover}, Mode: modes[r.IntN(len(modes))],
				Date: dates[r.IntN(len(dates))], Outlet: outlet,
			}
			if p := places[r.IntN(len(places))]; p != nil {
				pc := *p
				pc.Text = p.Name
				e.Place = &pc
			}
			a.Events = append(a.Events, e)
		}
		d := doc(id, b.String(), r.Uint64())
		d.Outlet = outlet
		d.Published = fmt.Sprintf("2025-03-%02d", 1+i%28)
		docs = append(docs, d)
		analyses = append(analyses, a)
	}
	return docs, analyses
}

// testTallies checks every tally key, alone and combined, under filters on every
// EventFilter field, against the tally of the events that Events returns for the same
// filter (sitrep.TallyOf), and TallyOf itself against counts worked out by hand.
func testTallies(t *testing.T, open func(*testing.T) Store) {
	ctx := context.Background()
	s := open(t)
	ts := sitrep.TallyStore(s)
	docs, analyses := tallyFixture()
	put(t, s, docs...)
	for _, a := range analyses {
		if err := s.PutAnalysis(ctx, a); err != nil {
			t.Fatal(err)
		}
	}
	filters := []sitrep.EventFilter{
		{},
		{Sort: "-date"}, // the order of events changes nothing
		{Actor: "IRQ"}, {Actor: "SYR"}, {Source: "IRQ", Target: "SYR"}, {Source: "TUR"}, {Target: "USA"},
		{Root: "19"}, {CAMEO: "04"}, {PLOVER: "assault"}, {Quad: 3}, {Mode: sitrep.ModeClaimed},
		{From: "2025-03-04", To: "2025-03"}, {From: "2025-03-10"}, {To: "2025-03-09"},
		{Outlet: "Levant Wire"}, {Country: "irq"}, {Query: "ceasefire"}, {Query: "Border"}, {Doc: "tally-07"},
		{Actor: "IRQ", Quad: 4, From: "2025-03-01"},
	}
	keys := [][]sitrep.TallyKey{
		{sitrep.TallyDyad}, {sitrep.TallyPair}, {sitrep.TallyActor}, {sitrep.TallySource}, {sitrep.TallyTarget},
		{sitrep.TallyPlace}, {sitrep.TallyCountry}, {sitrep.TallyDay}, {sitrep.TallyWeek}, {sitrep.TallyRoot},
		{sitrep.TallyOutlet},
		{sitrep.TallyPair, sitrep.TallyWeek}, {sitrep.TallyActor, sitrep.TallyDay}, {sitrep.TallyDyad, sitrep.TallyRoot},
		{sitrep.TallyPlace, sitrep.TallyRoot}, {sitrep.TallyCountry, sitrep.TallyOutlet}, {sitrep.TallyTarget, sitrep.TallyWeek},
		{sitrep.TallyOutlet, sitrep.TallySource},
	}
	nonEmpty := 0
	for _, f := range filters {
		page := f
		page.Sort, page.Limit, page.Offset = "", 0, 0
		evs, err := s.Events(ctx, page)
		if err != nil {
			t.Fatal(err)
		}
		if len(evs) == 0 {
			t.Fatalf("filter %+v selects no event: it tests nothing", f)
		}
		for _, by := range keys {
			want, err := sitrep.TallyOf(evs, by...)
			if err != nil {
				t.Fatal(err)
			}
			got, err := ts.TallyEvents(ctx, f, by...)
			if err != nil {
				t.Fatalf("TallyEvents(%+v, %v): %v", f, by, err)
			}
			if len(want) > 0 {
				nonEmpty++
			}
			if msg := diffTallies(got, want); msg != "" {
				t.Errorf("TallyEvents(%+v, %v): %s", f, by, msg)
			}
			groups, sum, err := ts.TallyTotals(ctx, f, by...)
			if err != nil {
				t.Fatalf("TallyTotals(%+v, %v): %v", f, by, err)
			}
			wantSum := 0
			for _, w := range want {
				wantSum += w.Events
			}
			if groups != len(want) || sum != wantSum {
				t.Errorf("TallyTotals(%+v, %v) = %d groups, %d events; want %d, %d", f, by, groups, sum, len(want), wantSum)
			}
			// Pages of the groups, including a page past the end and one cut
			// inside ties.
			for _, pg := range [][2]int{{1, 0}, {2, 1}, {3, 2}, {5, len(want) - 1}, {4, len(want) + 3}} {
				paged := f
				paged.Limit, paged.Offset = pg[0], pg[1]
				got, err := ts.TallyEvents(ctx, paged, by...)
				if err != nil {
					t.Fatalf("TallyEvents(%+v, %v): %v", paged, by, err)
				}
				if msg := diffTallies(got, sitrep.PageTallies(want, paged)); msg != "" {
					t.Errorf("TallyEvents(%+v, %v): %s", paged, by, msg)
				}
			}
		}
	}
	if nonEmpty < len(filters)*len(keys)*3/4 {
		t.Errorf("only %d of %d tallies have a group: the fixture is too thin", nonEmpty, len(filters)*len(keys))
	}
	for _, by := range [][]sitrep.TallyKey{nil, {"colour"}, {sitrep.TallyPair, sitrep.TallySource}, {sitrep.TallyDay, sitrep.TallyWeek}, {sitrep.TallyRoot, sitrep.TallyRoot}} {
		if _, err := ts.TallyEvents(ctx, sitrep.EventFilter{}, by...); err == nil {
			t.Errorf("TallyEvents with keys %v: no error", by)
		}
	}
	testTallyByHand(t, open)
}

// diffTallies compares tallies exactly but for Goldstein sums, which two engines
// may add in different orders.
func diffTallies(got, want []sitrep.Tally) string {
	if len(got) != len(want) {
		return fmt.Sprintf("%d groups, want %d:\n got %+v\nwant %+v", len(got), len(want), got, want)
	}
	for i := range got {
		g, w := got[i], want[i]
		if math.Abs(g.Goldstein-w.Goldstein) > 1e-9 {
			return fmt.Sprintf("group %d: Goldstein sum %v, want %v", i, g.Goldstein, w.Goldstein)
		}
		g.Goldstein, w.Goldstein = 0, 0
		if !reflect.DeepEqual(g, w) {
			gp, wp := "", ""
			if g.Place != nil {
				gp = fmt.Sprintf("%+v", *g.Place)
			}
			if w.Place != nil {
				wp = fmt.Sprintf("%+v", *w.Place)
			}
			return fmt.Sprintf("group %d:\n got %+v %s\nwant %+v %s", i, g, gp, w, wp)
		}
	}
	return ""
}

// testTallyByHand checks a few tallies of the small two-document fixture against
// counts read off its events, so that the reference the stores are compared with is
// itself checked.
func testTallyByHand(t *testing.T, open func(*testing.T) Store) {
	ctx := context.Background()
	s, _ := storeAnalysed(t, open)
	ts := sitrep.TallyStore(s)
	// A store that counts its actors (for the overview) counts those Actors lists.
	if c, ok := s.(interface {
		ActorCount(context.Context) (int, error)
	}); ok {
		actors, err := s.Actors(ctx)
		if err != nil {
			t.Fatal(err)
		}
		n, err := c.ActorCount(ctx)
		if err != nil || n != len(actors) || n == 0 {
			t.Errorf("ActorCount = %d, %v; Actors lists %d", n, err, len(actors))
		}
	}
	// The fixture's events: IRQMIL->USAMIL 04 quad 1 (+1, 2026-03-10, Qaim IRQ
	// without coordinates), IRN 11 quad 3 (-2, undated), SYRMIL->SYRREB 19 quad 4
	// (-10, 2026-03-30, Idlib SYR without coordinates), TUR->SYR 07 quad 2 (+7,
	// 2026-04-01).
	for _, tc := range []struct {
		by   []sitrep.TallyKey
		want []sitrep.Tally
	}{
		{[]sitrep.TallyKey{sitrep.TallyPair}, []sitrep.Tally{
			{Source: "IRQMIL", Target: "USAMIL", Events: 1, Cooperation: 1, Goldstein: 1, First: "2026-03-10", Last: "2026-03-10"},
			{Source: "SYR", Target: "TUR", Events: 1, Cooperation: 1, Goldstein: 7, First: "2026-04-01", Last: "2026-04-01"},
			{Source: "SYRMIL", Target: "SYRREB", Events: 1, Conflict: 1, Goldstein: -10, First: "2026-03-30", Last: "2026-03-30"},
		}},
		{[]sitrep.TallyKey{sitrep.TallySource}, []sitrep.Tally{
			{Source: "IRN", Events: 1, Conflict: 1, Goldstein: -2},
			{Source: "IRQMIL", Name: "Iraq", Events: 1, Cooperation: 1, Goldstein: 1, First: "2026-03-10", Last: "2026-03-10"},
			{Source: "SYRMIL", Events: 1, Conflict: 1, Goldstein: -10, First: "2026-03-30", Last: "2026-03-30"},
			{Source: "TUR", Events: 1, Cooperation: 1, Goldstein: 7, First: "2026-04-01", Last: "2026-04-01"},
		}},
		{[]sitrep.TallyKey{sitrep.TallyWeek}, []sitrep.Tally{
			{Date: "2026-03-30", Events: 2, Cooperation: 1, Conflict: 1, Goldstein: -3, First: "2026-03-30", Last: "2026-04-01"},
			{Date: "", Events: 1, Conflict: 1, Goldstein: -2},
			{Date: "2026-03-09", Events: 1, Cooperation: 1, Goldstein: 1, First: "2026-03-10", Last: "2026-03-10"},
		}},
		{[]sitrep.TallyKey{sitrep.TallyCountry}, []sitrep.Tally{
			{Country: "IRQ", Events: 1, Cooperation: 1, Goldstein: 1, First: "2026-03-10", Last: "2026-03-10"},
			{Country: "SYR", Events: 1, Conflict: 1, Goldstein: -10, First: "2026-03-30", Last: "2026-03-30"},
		}},
		{[]sitrep.TallyKey{sitrep.TallyPlace}, []sitrep.Tally{}}, // no place has coordinates
	} {
		got, err := ts.TallyEvents(ctx, sitrep.EventFilter{}, tc.by...)
		if err != nil {
			t.Fatal(err)
		}
		if msg := diffTallies(got, tc.want); msg != "" {
			t.Errorf("TallyEvents(%v): %s", tc.by, msg)
		}
		evs, err := s.Events(ctx, sitrep.EventFilter{})
		if err != nil {
			t.Fatal(err)
		}
		ref, err := sitrep.TallyOf(evs, tc.by...)
		if err != nil {
			t.Fatal(err)
		}
		if msg := diffTallies(ref, tc.want); msg != "" {
			t.Errorf("TallyOf(%v): %s", tc.by, msg)
		}
	}
}
