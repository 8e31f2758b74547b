package storetest

import (
	"context"
	"errors"
	"reflect"
	"strings"
	"testing"

	"github.com/sitrep-dev/sitrep"
)

// Two invented reports and their analyses, built to give every EventFilter field
// something to select and something to leave out.
const (
	textA = "Iraqi forces met US advisers in Qaim. Iran condemned the raids."
	textB = "Syrian troops shelled Idlib on Monday. Turkey denied sending tanks to Syria. The Iraqi army watched."
)

func analysedDocs() (docs []*sitrep.Document, analyses []*sitrep.Analysis) {
	a := doc("a1", textA, 0)
	a.Published, a.Outlet = "2026-03-12", "Tigris Daily"
	b := doc("b2", textB, 0)
	b.Published, b.Outlet = "2026-04-02", "Levant Wire"
	span := func(text, s string) sitrep.Span {
		i := strings.Index(text, s)
		return sitrep.Span{Start: i, End: i + len(s)}
	}
	sentence := func(text, s string) sitrep.Sentence {
		return sitrep.Sentence{Span: span(text, s), Tokens: []sitrep.Token{{Text: strings.Fields(s)[0], Span: span(text, strings.Fields(s)[0]), UPOS: "PROPN", Head: 0}},
			Entities: []sitrep.Entity{{Start: 0, End: 1, Type: "GPE", Text: strings.Fields(s)[0]}}}
	}
	aa := &sitrep.Analysis{
		DocID: "a1",
		Sentences: []sitrep.Sentence{
			sentence(textA, "Iraqi forces met US advisers in Qaim."),
			sentence(textA, "Iran condemned the raids."),
		},
		Mentions: []sitrep.Mention{
			{Sentence: 0, Start: 0, End: 2, Span: span(textA, "Iraqi forces"), Text: "Iraqi forces", Code: "IRQMIL", Name: "Iraq", Rule: "agent", Antecedent: -1},
			{Sentence: 0, Start: 3, End: 5, Span: span(textA, "US advisers"), Text: "US advisers", Code: "USAMIL", Name: "United States", Rule: "agent", Antecedent: -1},
			{Sentence: 1, Start: 0, End: 1, Span: span(textA, "Iran"), Text: "Iran", Code: "IRN", Name: "Iran", Rule: "dictionary", Antecedent: -1},
			{Sentence: 1, Start: 2, End: 4, Span: span(textA, "the raids"), Text: "the raids", Rule: "unresolved", Antecedent: -1},
		},
		Events: []sitrep.Event{{
			Sentence: "Iraqi forces met US advisers in Qaim.", Span: span(textA, "Iraqi forces met US advisers in Qaim."),
			Source: sitrep.EventActor{Code: "IRQMIL", Name: "Iraq", Text: "Iraqi forces"}, Target: sitrep.EventActor{Code: "USAMIL", Text: "US advisers"},
			CAMEO: "040", Root: "04", Quad: 1, Goldstein: 1, PLOVER: sitrep.PLOVER{Type: "CONSULT"}, Mode: sitrep.ModeOccurred,
			Date: "2026-03-10", DateText: "Tuesday", Outlet: "Tigris Daily", Verb: "met", Rule: "test",
			Place:        &sitrep.Place{Name: "Qaim", Country: "IRQ", Span: span(textA, "Qaim")},
			AttributedTo: &sitrep.EventActor{Code: "IRQGOV", Text: "the ministry"},
			Quantities:   []sitrep.Quantity{{Value: 2, Unit: "trucks", Text: "two trucks", Span: sitrep.Span{Start: 1, End: 3}}},
		}, {
			Sentence: "Iran condemned the raids.", Span: span(textA, "Iran condemned the raids."),
			Source: sitrep.EventActor{Code: "IRN"}, CAMEO: "111", Root: "11", Quad: 3, Goldstein: -2,
			PLOVER: sitrep.PLOVER{Type: "DISAPPROVE"}, Mode: sitrep.ModeOccurred, Outlet: "Tigris Daily",
		}},
	}
	ba := &sitrep.Analysis{
		DocID: "b2",
		Sentences: []sitrep.Sentence{
			sentence(textB, "Syrian troops shelled Idlib on Monday."),
			sentence(textB, "Turkey denied sending tanks to Syria."),
			sentence(textB, "The Iraqi army watched."),
		},
		Mentions: []sitrep.Mention{
			{Sentence: 0, Start: 0, End: 2, Span: span(textB, "Syrian troops"), Text: "Syrian troops", Code: "SYRMIL", Name: "Syria", Rule: "agent", Antecedent: -1},
			{Sentence: 1, Start: 0, End: 1, Span: span(textB, "Turkey"), Text: "Turkey", Code: "TUR", Name: "Turkey", Rule: "dictionary", Antecedent: -1},
			{Sentence: 2, Start: 0, End: 3, Span: span(textB, "The Iraqi army"), Text: "The Iraqi army", Code: "IRQMIL", Name: "Iraq", Rule: "agent", Antecedent: -1},
		},
		Events: []sitrep.Event{{
			Sentence: "Syrian troops shelled Idlib on Monday.", Span: span(textB, "Syrian troops shelled Idlib on Monday."),
			Source: sitrep.EventActor{Code: "SYRMIL"}, Target: sitrep.EventActor{Code: "SYRREB"},
			CAMEO: "195", Root: "19", Quad: 4, Goldstein: -10, PLOVER: sitrep.PLOVER{Type: "FIGHT", Mode: "artillery"}, Mode: sitrep.ModeOccurred,
			Date: "2026-03-30", Outlet: "Levant Wire",
			Place: &sitrep.Place{Name: "Idlib", Country: "SYR", Span: span(textB, "Idlib")},
		}, {
			ID:       "turkey-denial", // an id given by the coder is kept
			Sentence: "Turkey denied sending tanks to Syria.", Span: span(textB, "Turkey denied sending tanks to Syria."),
			Source: sitrep.EventActor{Code: "TUR"}, Target: sitrep.EventActor{Code: "SYR"},
			CAMEO: "070", Root: "07", Quad: 2, Goldstein: 7, PLOVER: sitrep.PLOVER{Type: "AID"}, Mode: sitrep.ModeNegated,
			Date: "2026-04-01", DateFrom: "text", Outlet: "Levant Wire",
		}},
	}
	return []*sitrep.Document{a, b}, []*sitrep.Analysis{aa, ba}
}

// storeAnalysed opens a store holding both documents and their analyses.
func storeAnalysed(t *testing.T, open func(*testing.T) Store) (Store, []*sitrep.Analysis) {
	t.Helper()
	s := open(t)
	docs, analyses := analysedDocs()
	put(t, s, docs...)
	for _, a := range analyses {
		if err := s.PutAnalysis(context.Background(), a); err != nil {
			t.Fatal(err)
		}
	}
	return s, analyses
}

func testAnalysis(t *testing.T, open func(*testing.T) Store) {
	ctx := context.Background()
	s := open(t)
	docs, analyses := analysedDocs()
	put(t, s, docs...)
	if ok, err := s.Analyzed(ctx, "a1"); ok || err != nil {
		t.Fatalf("Analyzed before PutAnalysis = %v, %v", ok, err)
	}
	if _, err := s.Analysis(ctx, "a1"); !errors.Is(err, sitrep.ErrNotFound) {
		t.Errorf("Analysis before PutAnalysis: %v, want ErrNotFound", err)
	}
	for _, a := range analyses {
		if err := s.PutAnalysis(ctx, a); err != nil {
			t.Fatal(err)
		}
	}
	for _, id := range []string{"a1", "b2"} {
		if ok, err := s.Analyzed(ctx, id); !ok || err != nil {
			t.Errorf("Analyzed(%s) after PutAnalysis = %v, %v", id, ok, err)
		}
	}
	if ok, err := s.Analyzed(ctx, "nope"); ok || err != nil {
		t.Errorf("Analyzed(nope) = %v, %v", ok, err)
	}
	if got := analyses[0].Events[0].ID; got != "a1:e1" {
		t.Errorf("PutAnalysis gave the first event id %q, want a1:e1", got)
	}

	for i, want := range analyses {
		got, err := s.Analysis(ctx, want.DocID)
		if err != nil {
			t.Fatal(err)
		}
		if got.DocID != want.DocID || !reflect.DeepEqual(got.Sentences, want.Sentences) || !reflect.DeepEqual(got.Mentions, want.Mentions) {
			t.Errorf("analysis %d read back differently:\n got %+v\nwant %+v", i, got, want)
		}
		if len(got.Events) != len(want.Events) {
			t.Fatalf("analysis %d: %d events read back, want %d", i, len(got.Events), len(want.Events))
		}
		text := docs[i].Text
		for j := range got.Events {
			w := want.Events[j]
			w.Doc = want.DocID
			w.SetCharSpan(text)
			if !reflect.DeepEqual(got.Events[j], w) {
				t.Errorf("event %s read back differently:\n got %+v\nwant %+v", w.ID, got.Events[j], w)
			}
		}
	}
	// Spans survive even where the public JSON form leaves them out.
	ev := analyses[0].Events[0]
	got, _ := s.Events(ctx, sitrep.EventFilter{Doc: "a1", Limit: 1})
	if len(got) != 1 || got[0].Place == nil || got[0].Place.Span != ev.Place.Span ||
		len(got[0].Quantities) != 1 || got[0].Quantities[0].Span != ev.Quantities[0].Span || got[0].CharSpan != [2]int{0, 37} {
		t.Errorf("place and quantity spans not kept: %+v", got)
	}
	if _, err := s.Analysis(ctx, "nope"); !errors.Is(err, sitrep.ErrNotFound) {
		t.Errorf("Analysis of a missing document: %v, want ErrNotFound", err)
	}
}

func testAnalysisReplaced(t *testing.T, open func(*testing.T) Store) {
	ctx := context.Background()
	s, analyses := storeAnalysed(t, open)
	// A second analysis of a1 replaces the first whole and leaves b2's alone.
	second := &sitrep.Analysis{DocID: "a1", Sentences: analyses[0].Sentences[:1]}
	if err := s.PutAnalysis(ctx, second); err != nil {
		t.Fatal(err)
	}
	got, err := s.Analysis(ctx, "a1")
	if err != nil {
		t.Fatal(err)
	}
	if len(got.Sentences) != 1 || len(got.Mentions) != 0 || len(got.Events) != 0 {
		t.Errorf("after re-analysis a1 has %d sentences, %d mentions, %d events; want 1, 0, 0",
			len(got.Sentences), len(got.Mentions), len(got.Events))
	}
	evs, err := s.Events(ctx, sitrep.EventFilter{})
	if err != nil {
		t.Fatal(err)
	}
	if len(evs) != 2 || evs[0].Doc != "b2" {
		t.Errorf("events after re-analysing a1: %+v, want b2's two", evs)
	}
	actors, err := s.Actors(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range actors {
		if a.Code == "USAMIL" || a.Code == "IRN" || a.Mentions != 1 {
			t.Errorf("actor %+v survives a1's re-analysis", a)
		}
	}
	// Storing the first analysis again restores it, event ids included.
	if err := s.PutAnalysis(ctx, analyses[0]); err != nil {
		t.Fatal(err)
	}
	if evs, _ := s.Events(ctx, sitrep.EventFilter{Doc: "a1"}); len(evs) != 2 || evs[0].ID != "a1:e1" {
		t.Errorf("events after restoring a1: %+v", evs)
	}
	// An analysis of a document that is not stored is refused.
	if err := s.PutAnalysis(ctx, &sitrep.Analysis{DocID: "ghost", Sentences: analyses[0].Sentences}); err == nil {
		t.Error("PutAnalysis of a missing document succeeded")
	}
	if ok, _ := s.Analyzed(ctx, "ghost"); ok {
		t.Error("a missing document reads as analysed")
	}
}

func testEvents(t *testing.T, open func(*testing.T) Store) {
	s, _ := storeAnalysed(t, open)
	const (
		a1e1 = "a1:e1"
		a1e2 = "a1:e2"
		b2e1 = "b2:e1"
		b2e2 = "turkey-denial"
	)
	all := []string{a1e1, a1e2, b2e1, b2e2}
	for _, tc := range []struct {
		name string
		f    sitrep.EventFilter
		want []string
	}{
		{"all in document order", sitrep.EventFilter{}, all},
		{"doc", sitrep.EventFilter{Doc: "b2"}, []string{b2e1, b2e2}},
		{"doc missing", sitrep.EventFilter{Doc: "nope"}, nil},
		{"actor as source", sitrep.EventFilter{Actor: "IRQ"}, []string{a1e1}},
		{"actor as target", sitrep.EventFilter{Actor: "USA"}, []string{a1e1}},
		{"actor prefix on both sides", sitrep.EventFilter{Actor: "SYR"}, []string{b2e1, b2e2}},
		{"actor full code", sitrep.EventFilter{Actor: "SYRMIL"}, []string{b2e1}},
		{"actor longer than codes", sitrep.EventFilter{Actor: "SYRMILX"}, nil},
		{"dyad", sitrep.EventFilter{Source: "IRQ", Target: "USA"}, []string{a1e1}},
		{"dyad reversed", sitrep.EventFilter{Source: "USA", Target: "IRQ"}, nil},
		{"source", sitrep.EventFilter{Source: "TUR"}, []string{b2e2}},
		{"target", sitrep.EventFilter{Target: "SYRREB"}, []string{b2e1}},
		{"root", sitrep.EventFilter{Root: "19"}, []string{b2e1}},
		{"root is exact", sitrep.EventFilter{Root: "1"}, nil},
		{"cameo prefix", sitrep.EventFilter{CAMEO: "1"}, []string{a1e2, b2e1}},
		{"cameo code", sitrep.EventFilter{CAMEO: "040"}, []string{a1e1}},
		{"cameo other", sitrep.EventFilter{CAMEO: "041"}, nil},
		{"plover any case", sitrep.EventFilter{PLOVER: "consult"}, []string{a1e1}},
		{"plover", sitrep.EventFilter{PLOVER: "FIGHT"}, []string{b2e1}},
		{"quad", sitrep.EventFilter{Quad: 3}, []string{a1e2}},
		{"quad none", sitrep.EventFilter{Quad: 4, Doc: "a1"}, nil},
		{"mode", sitrep.EventFilter{Mode: sitrep.ModeNegated}, []string{b2e2}},
		{"from excludes undated", sitrep.EventFilter{From: "2026-03-11"}, []string{b2e1, b2e2}},
		{"month range", sitrep.EventFilter{From: "2026-03-01", To: "2026-03"}, []string{a1e1, b2e1}},
		{"to day inclusive", sitrep.EventFilter{To: "2026-03-10"}, []string{a1e1}},
		{"to before all", sitrep.EventFilter{To: "2026-02"}, nil},
		{"outlet", sitrep.EventFilter{Outlet: "Levant Wire"}, []string{b2e1, b2e2}},
		{"country any case", sitrep.EventFilter{Country: "syr"}, []string{b2e1}},
		{"country", sitrep.EventFilter{Country: "IRQ"}, []string{a1e1}},
		{"query", sitrep.EventFilter{Query: "advisers in"}, []string{a1e1}},
		{"query ASCII case", sitrep.EventFilter{Query: "TURKEY denied"}, []string{b2e2}},
		{"query wildcards are literal", sitrep.EventFilter{Query: "100%_"}, nil},
		{"query percent", sitrep.EventFilter{Query: "%"}, nil},
		{"query underscore", sitrep.EventFilter{Query: "_"}, nil},
		{"query backslash", sitrep.EventFilter{Query: `\`}, nil},
		{"combined", sitrep.EventFilter{Actor: "SYR", Mode: sitrep.ModeOccurred, Quad: 4}, []string{b2e1}},
		{"sort by date, undated last", sitrep.EventFilter{Sort: "date"}, []string{a1e1, b2e1, b2e2, a1e2}},
		{"sort by date descending, undated last", sitrep.EventFilter{Sort: "-date"}, []string{b2e2, b2e1, a1e1, a1e2}},
		{"limit", sitrep.EventFilter{Limit: 2}, []string{a1e1, a1e2}},
		{"limit and offset", sitrep.EventFilter{Limit: 2, Offset: 1}, []string{a1e2, b2e1}},
		{"offset near the end", sitrep.EventFilter{Limit: 5, Offset: 3}, []string{b2e2}},
		{"sorted page", sitrep.EventFilter{Sort: "-date", Limit: 1, Offset: 1}, []string{b2e1}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			evs, err := s.Events(context.Background(), tc.f)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, e := range evs {
				got = append(got, e.ID)
			}
			if strings.Join(got, ",") != strings.Join(tc.want, ",") {
				t.Errorf("Events(%+v) = %v, want %v", tc.f, got, tc.want)
			}
		})
	}
}

func testActors(t *testing.T, open func(*testing.T) Store) {
	s, _ := storeAnalysed(t, open)
	actors, err := s.Actors(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	// Most mentioned first; ties by code; unresolved mentions
	// (no code) are no actor; state actors are named from their code.
	want := []sitrep.Actor{
		{Code: "IRQMIL", Name: "Iraq — military", Aliases: []string{"Iraqi forces", "The Iraqi army"}, Mentions: 2, Docs: []string{"a1", "b2"}, FirstSeen: "2026-03-12", LastSeen: "2026-04-02"},
		{Code: "IRN", Name: "Iran", Aliases: []string{"Iran"}, Mentions: 1, Docs: []string{"a1"}, FirstSeen: "2026-03-12", LastSeen: "2026-03-12"},
		{Code: "SYRMIL", Name: "Syria — military", Aliases: []string{"Syrian troops"}, Mentions: 1, Docs: []string{"b2"}, FirstSeen: "2026-04-02", LastSeen: "2026-04-02"},
		{Code: "TUR", Name: "Turkey", Aliases: []string{"Turkey"}, Mentions: 1, Docs: []string{"b2"}, FirstSeen: "2026-04-02", LastSeen: "2026-04-02"},
		{Code: "USAMIL", Name: "United States — military", Aliases: []string{"US advisers"}, Mentions: 1, Docs: []string{"a1"}, FirstSeen: "2026-03-12", LastSeen: "2026-03-12"},
	}
	if !reflect.DeepEqual(actors, want) {
		t.Errorf("Actors =\n%+v\nwant\n%+v", actors, want)
	}
}
