package sqlite

import (
	"context"
	"fmt"
	"slices"
	"testing"

	"github.com/sitrep-dev/sitrep"
)

// TestEventPagePlans checks that every plan eventPage can choose gives the page that
// the unpaged list gives: the plans differ in work, never in rows or order. A store
// of a few hundred events is made to take each plan by lowering the thresholds that
// a large store would cross: walking the order (with a budget large enough, and one
// too small so that the walk gives up), and reading matches.
func TestEventPagePlans(t *testing.T) {
	ctx := context.Background()
	db := newStore(t, Options{NearDuplicate: 2})
	codes := []string{"USAGOV", "USAMIL", "SYRGOV", "SYRMIL", "RUSGOV", "IRN", "ISRMIL", "IGOUNO"}
	cameos := []string{"010", "043", "0431", "111", "190", "195", "057", "173"}
	modes := []string{sitrep.ModeOccurred, sitrep.ModeOccurred, sitrep.ModeOccurred, sitrep.ModeNegated, sitrep.ModeClaimed}
	words := []string{"ceasefire", "convoy", "border talks", "Ceasefire", "grain"}
	for i := range 120 {
		d := synthDoc(i)
		res, err := db.PutDocument(ctx, d)
		if err != nil {
			t.Fatal(err)
		}
		a := &sitrep.Analysis{DocID: res.ID, Sentences: []sitrep.Sentence{{Span: sitrep.Span{End: 10}}}}
		for k := range 5 {
			j := i*5 + k
			c := cameos[(j*7)%len(cameos)]
			e := sitrep.Event{
				Sentence: fmt.Sprintf("Sentence %d about the %s.", j, words[(j*3)%len(words)]),
				Span:     sitrep.Span{Start: k, End: k + 5},
				Source:   sitrep.EventActor{Code: codes[(j*5)%len(codes)]}, Target: sitrep.EventActor{Code: codes[(j*3+1)%len(codes)]},
				CAMEO: c, Root: c[:2], Quad: 1 + j%4, Mode: modes[j%len(modes)], PLOVER: sitrep.PLOVER{Type: []string{"CONSULT", "ASSAULT"}[j%2]},
				Outlet: []string{"Levant Wire", "Daily Post", "Capital Times"}[j%3],
			}
			// Dates follow ingestion, with some undated events.
			if j%9 != 0 {
				e.Date = fmt.Sprintf("2025-%02d-%02d", 1+i/12, 1+(j%28))
			}
			if j%4 != 0 {
				e.Place = &sitrep.Place{Name: "Somewhere", Country: []string{"SYR", "UKR", "IRQ"}[j%3]}
			}
			a.Events = append(a.Events, e)
		}
		if err := db.PutAnalysis(ctx, a); err != nil {
			t.Fatal(err)
		}
	}

	filters := []sitrep.EventFilter{
		{},
		{Actor: "USA"},
		{Actor: "SYRGOV"},
		{Source: "SYR", Target: "I"},
		{Target: "IRN"},
		{Root: "19"},
		{CAMEO: "043"},
		{CAMEO: "1"},
		{PLOVER: "consult"},
		{Quad: 4},
		{Mode: sitrep.ModeNegated},
		{From: "2025-06-01"},
		{From: "2025-03-01", To: "2025-04"},
		{Outlet: "Levant Wire"},
		{Country: "ukr"},
		{Query: "ceasefire"},
		{Query: "order talks"},
		{Query: "gr"},
		{Actor: "SYR", Quad: 4, From: "2025-02-01"},
		{Query: "ceasefire", Actor: "USA"},
		{Root: "04", Outlet: "Daily Post", Mode: sitrep.ModeOccurred},
		{Country: "SYR", Root: "19", Query: "convoy"},
	}
	type plan struct {
		name                          string
		countCap, walkMin, walkBudget int
	}
	plans := []plan{
		{"defaults", countCap, walkMin, walkBudget},
		{"walk", 1000, 0, 100000},
		{"walk gives up", 1000, 0, 40},
		{"match", 1000, 100000, 100000},
		{"match, capped counts", 3, 100000, 100000},
	}
	defer func(c, m, b int) { countCap, walkMin, walkBudget = c, m, b }(countCap, walkMin, walkBudget)
	ids := func(evs []sitrep.Event) []string {
		var out []string
		for _, e := range evs {
			out = append(out, e.ID)
		}
		return out
	}
	for _, base := range filters {
		for _, sort := range []string{"", "date", "-date"} {
			f := base
			f.Sort = sort
			all, err := db.Events(ctx, f)
			if err != nil {
				t.Fatal(err)
			}
			want := ids(all)
			if len(want) == 0 {
				t.Fatalf("%+v matches nothing: the test data should exercise it", f)
			}
			for _, p := range plans {
				countCap, walkMin, walkBudget = p.countCap, p.walkMin, p.walkBudget
				for _, pg := range [][2]int{{10, 0}, {25, 7}, {5, len(want) - 3}, {10, len(want) + 5}} {
					f.Limit, f.Offset = pg[0], pg[1]
					evs, err := db.Events(ctx, f)
					if err != nil {
						t.Fatalf("%s: %+v: %v", p.name, f, err)
					}
					lo, hi := min(f.Offset, len(want)), min(f.Offset+f.Limit, len(want))
					if got := ids(evs); !slices.Equal(got, want[lo:hi]) {
						t.Errorf("%s: Events(%+v) = %v, want %v", p.name, f, got, want[lo:hi])
					}
				}
				f.Limit, f.Offset = 0, 0
			}
			countCap, walkMin, walkBudget = plans[0].countCap, plans[0].walkMin, plans[0].walkBudget
		}
	}
}
