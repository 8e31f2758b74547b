package sqlite

import (
	"context"
	"errors"
	"reflect"
	"testing"

	"github.com/sitrep-dev/sitrep"
)

func TestPutAnalysisReplacesAndLists(t *testing.T) {
	ctx := context.Background()
	db := newStore(t, Options{})
	text := "Iraqi forces met US advisers in Qaim. Iran condemned the raids."
	d := doc("a1", text, 1)
	d.Published = "2026-03-12"
	d.Outlet = "Tigris Daily"
	if _, err := db.PutDocument(ctx, d); err != nil {
		t.Fatal(err)
	}
	first := &sitrep.Analysis{
		DocID:     "a1",
		Sentences: []sitrep.Sentence{{Span: sitrep.Span{Start: 0, End: 37}}, {Span: sitrep.Span{Start: 38, End: len(text)}}},
		Mentions: []sitrep.Mention{
			{Sentence: 0, Start: 0, End: 2, Span: sitrep.Span{Start: 0, End: 12}, Text: "Iraqi forces", Code: "IRQMIL", Name: "Iraq", Rule: "agent", Antecedent: -1},
			{Sentence: 0, Start: 3, End: 5, Span: sitrep.Span{Start: 17, End: 27}, Text: "US advisers", Code: "USAMIL", Name: "United States", Rule: "agent", Antecedent: -1},
			{Sentence: 1, Start: 0, End: 1, Span: sitrep.Span{Start: 38, End: 42}, Text: "Iran", Code: "IRN", Name: "Iran", Rule: "dictionary", Antecedent: -1},
		},
		Events: []sitrep.Event{{
			Sentence: text[:37], Span: sitrep.Span{Start: 0, End: 37},
			Source: sitrep.EventActor{Code: "IRQMIL"}, Target: sitrep.EventActor{Code: "USAMIL"},
			CAMEO: "040", Root: "04", Quad: 1, Goldstein: 1, PLOVER: sitrep.PLOVER{Type: "CONSULT"}, Mode: sitrep.ModeOccurred,
			Date: "2026-03-10", Outlet: "Tigris Daily",
			Place:        &sitrep.Place{Name: "Qaim", Country: "IRQ", Span: sitrep.Span{Start: 31, End: 35}},
			AttributedTo: &sitrep.EventActor{Code: "IRQGOV", Text: "the ministry"},
			Quantities:   []sitrep.Quantity{{Value: 2, Unit: "trucks", Text: "two trucks", Span: sitrep.Span{Start: 1, End: 3}}},
		}},
	}
	if ok, err := db.Analyzed(ctx, "a1"); ok || err != nil {
		t.Fatalf("Analyzed before PutAnalysis = %v, %v", ok, err)
	}
	if err := db.PutAnalysis(ctx, first); err != nil {
		t.Fatal(err)
	}
	if ok, err := db.Analyzed(ctx, "a1"); !ok || err != nil {
		t.Fatalf("Analyzed after PutAnalysis = %v, %v", ok, err)
	}
	evs, err := db.Events(ctx, sitrep.EventFilter{})
	if err != nil {
		t.Fatal(err)
	}
	if len(evs) != 1 {
		t.Fatalf("%d events, want 1", len(evs))
	}
	got := evs[0]
	if got.ID != "a1:e1" || got.Doc != "a1" || got.Place == nil || got.Place.Name != "Qaim" ||
		got.AttributedTo == nil || got.AttributedTo.Code != "IRQGOV" || len(got.Quantities) != 1 || got.CharSpan != [2]int{0, 37} ||
		got.Place.Span != (sitrep.Span{Start: 31, End: 35}) || got.Quantities[0].Span != (sitrep.Span{Start: 1, End: 3}) {
		t.Errorf("event did not round-trip: %+v", got)
	}
	for _, tc := range []struct {
		f    sitrep.EventFilter
		want int
	}{
		{sitrep.EventFilter{Actor: "IRQ"}, 1},
		{sitrep.EventFilter{Actor: "USA"}, 1},
		{sitrep.EventFilter{Actor: "SYR"}, 0},
		{sitrep.EventFilter{Root: "04"}, 1},
		{sitrep.EventFilter{Root: "19"}, 0},
		{sitrep.EventFilter{Mode: sitrep.ModeNegated}, 0},
		{sitrep.EventFilter{Doc: "a1"}, 1},
		{sitrep.EventFilter{Source: "IRQ", Target: "USA"}, 1},
		{sitrep.EventFilter{Source: "USA", Target: "IRQ"}, 0},
		{sitrep.EventFilter{CAMEO: "04"}, 1},
		{sitrep.EventFilter{CAMEO: "041"}, 0},
		{sitrep.EventFilter{PLOVER: "consult"}, 1},
		{sitrep.EventFilter{Quad: 1}, 1},
		{sitrep.EventFilter{Quad: 4}, 0},
		{sitrep.EventFilter{From: "2026-03-01", To: "2026-03"}, 1},
		{sitrep.EventFilter{From: "2026-03-11"}, 0},
		{sitrep.EventFilter{To: "2026-02"}, 0},
		{sitrep.EventFilter{Outlet: "Tigris Daily"}, 1},
		{sitrep.EventFilter{Country: "irq"}, 1},
		{sitrep.EventFilter{Country: "SYR"}, 0},
		{sitrep.EventFilter{Query: "advisers in"}, 1},
		{sitrep.EventFilter{Query: "100%_"}, 0},
		{sitrep.EventFilter{Sort: "-date", Limit: 5}, 1},
	} {
		evs, err := db.Events(ctx, tc.f)
		if err != nil || len(evs) != tc.want {
			t.Errorf("filter %+v: %d events (err %v), want %d", tc.f, len(evs), err, tc.want)
		}
	}
	actors, err := db.Actors(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(actors) != 3 || actors[0].Mentions != 1 {
		t.Fatalf("actors %+v", actors)
	}
	want := sitrep.Actor{Code: "IRQMIL", Name: "Iraq — military", Aliases: []string{"Iraqi forces"}, Mentions: 1, Docs: []string{"a1"}, FirstSeen: "2026-03-12", LastSeen: "2026-03-12"}
	// All three are mentioned once: ties go by code (IRN, IRQMIL, USAMIL).
	if !reflect.DeepEqual(actors[1], want) {
		t.Errorf("actor = %+v, want %+v", actors[1], want)
	}

	back, err := db.Analysis(ctx, "a1")
	if err != nil {
		t.Fatal(err)
	}
	if len(back.Sentences) != 2 || !reflect.DeepEqual(back.Mentions, first.Mentions) || len(back.Events) != 1 {
		t.Errorf("Analysis read back %d sentences, mentions %+v, %d events", len(back.Sentences), back.Mentions, len(back.Events))
	}
	if _, err := db.Analysis(ctx, "nope"); !errors.Is(err, sitrep.ErrNotFound) {
		t.Errorf("Analysis of a missing document: %v, want ErrNotFound", err)
	}

	// A second analysis of the same document replaces the first whole.
	if err := db.PutAnalysis(ctx, &sitrep.Analysis{DocID: "a1", Sentences: first.Sentences[:1]}); err != nil {
		t.Fatal(err)
	}
	if evs, _ := db.Events(ctx, sitrep.EventFilter{}); len(evs) != 0 {
		t.Errorf("%d events after re-analysis without events, want 0", len(evs))
	}
	if actors, _ := db.Actors(ctx); len(actors) != 0 {
		t.Errorf("%d actors after re-analysis without mentions, want 0", len(actors))
	}
}
