package storetest

import (
	"context"
	"fmt"
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/sitrep-dev/sitrep"
	"github.com/sitrep-dev/sitrep/claim"
)

// counterDoers are the actors the invented raids are blamed on, with the words
// that name them; the target is always the invented country's civilians, so that
// the raids of one day are one act blamed on different doers in different outlets.
var counterDoers = [][2]string{{"BORMIL", "Borduran troops"}, {"IMGMUSISI", "Islamic State militants"}, {"OSTMIL", "Ostrovan gunners"}}

// counterPlaces and counterObjects make each raid's detail words; counterTails make
// each outlet's own wording, so that two reports share some details but are not one
// wire text.
var (
	counterPlaces  = []string{"Varna", "Kelso", "Durat", "Mireh", "Sabka"}
	counterObjects = []string{"central prison", "grain depot", "bus station", "water plant"}
	counterTails   = []string{"witnesses said", "a local official told reporters", "residents reported afterwards",
		"according to a hospital director", "freeing dozens of inmates", "as smoke rose over the district"}
)

// counterCorpus stores invented articles in which outlets blame the same raids on
// different actors, next to cooperation between other actors, and updates the
// claims after each, as ingest does.
func counterCorpus(t *testing.T, s ClaimStore) {
	ctx := context.Background()
	r := rand.New(rand.NewPCG(7, 11))
	for i := range 160 {
		var sentences []string
		var evs []sitrep.Event
		day := time.Date(2031, 4, 1, 0, 0, 0, 0, time.UTC)
		for k := range 1 + r.IntN(3) {
			act := r.IntN(40) // raids, each reported by several outlets, a day or two apart
			doer := counterDoers[(act+r.IntN(2)*(1+r.IntN(2)))%len(counterDoers)]
			date := day.AddDate(0, 0, act/2+r.IntN(2)).Format("2006-01-02")
			cameo := []string{"190", "183", "193"}[act%3]
			sent := fmt.Sprintf("%s stormed the %s %s on Tuesday, %s.", doer[1], counterPlaces[act%len(counterPlaces)],
				counterObjects[act%len(counterObjects)], counterTails[r.IntN(len(counterTails))])
			evs = append(evs, sitrep.Event{ID: fmt.Sprintf("raid-%d-%d", i, k), Sentence: sent, Verb: "stormed",
				Source: sitrep.EventActor{Code: doer[0], Text: doer[1]}, Target: sitrep.EventActor{Code: "RURCVL", Text: "civilians"},
				CAMEO: cameo, Root: cameo[:2], Quad: 4, Mode: sitrep.ModeOccurred, Date: date,
				// dated by its own words, so that Page must read them as Counter
				// does (claim.Lister.CounterEvents: two raids' own days more
				// than a day apart are two acts)
				DateFrom: "published", DateText: "on Tuesday"})
			sentences = append(sentences, sent)
		}
		if r.IntN(2) == 0 {
			sent := fmt.Sprintf("Rurish and Ostrovan envoys met in %s to discuss the raids.", counterPlaces[r.IntN(len(counterPlaces))])
			evs = append(evs, sitrep.Event{ID: fmt.Sprintf("meet-%d", i), Sentence: sent, Verb: "met",
				Source: sitrep.EventActor{Code: "RURGOV", Text: "Rurish envoys"}, Target: sitrep.EventActor{Code: "OSTGOV", Text: "Ostrovan envoys"},
				CAMEO: "040", Root: "04", Quad: 1, Mode: sitrep.ModeOccurred, Date: day.AddDate(0, 0, r.IntN(6)).Format("2006-01-02")})
			sentences = append(sentences, sent)
		}
		if i%8 == 0 {
			// A report dated by a span of days ("last week"), of a pair no report
			// of a day shares, so that claims carry the span: the date filters
			// must meet its first and its last day.
			sent := fmt.Sprintf("Ostrovan and Velish envoys talked in %s last week.", counterPlaces[i%len(counterPlaces)])
			evs = append(evs, sitrep.Event{ID: fmt.Sprintf("talk-%d", i), Sentence: sent, Verb: "talked",
				Source: sitrep.EventActor{Code: "OSTGOV", Text: "Ostrovan envoys"}, Target: sitrep.EventActor{Code: "VELGOV", Text: "Velish envoys"},
				CAMEO: "040", Root: "04", Quad: 1, Mode: sitrep.ModeOccurred, Date: "2031-03-31/2031-04-06"})
			sentences = append(sentences, sent)
		}
		text := strings.Join(sentences, " ")
		outlet := fmt.Sprintf("Outlet %d", i%7)
		d := &sitrep.Document{ID: fmt.Sprintf("raids-%03d", i), Title: fmt.Sprintf("Raids %d", i), Outlet: outlet,
			Published: day.AddDate(0, 0, 6).Format("2006-01-02"), Status: sitrep.StatusOK, Language: "en", Text: text,
			Paragraphs: []sitrep.Paragraph{{Span: sitrep.Span{End: len(text)}}}, Hash: HashText(text), Fingerprint: SimHash(text),
			Format: "text", IngestedAt: day.Add(time.Duration(i) * time.Minute)}
		res, err := s.PutDocument(ctx, d)
		if err != nil {
			t.Fatal(err)
		}
		a := &sitrep.Analysis{DocID: res.ID}
		at := 0
		for n, sent := range sentences {
			sp := sitrep.Span{Start: at, End: at + len(sent)}
			a.Sentences = append(a.Sentences, sitrep.Sentence{Span: sp})
			evs[n].Doc, evs[n].Span, evs[n].Outlet = res.ID, sp, outlet
			at += len(sent) + 1
		}
		a.Events = evs
		if err := s.PutAnalysis(ctx, a); err != nil {
			t.Fatal(err)
		}
		updateClaims(t, s, res.ID)
	}
}

// testClaimPage holds claim.Page to Counter over every stored claim followed by the
// filter and the page, under filters that counter-attribution changes (status,
// outlet, document) and those it does not.
func testClaimPage(t *testing.T, open func(*testing.T) Store) {
	ctx := context.Background()
	s := claimStore(t, open)
	lister, ok := s.(claim.Lister)
	if !ok {
		t.Skip("the store lists no claim pages")
	}
	counterCorpus(t, s)
	all, err := s.Claims(ctx, claim.Filter{})
	if err != nil {
		t.Fatal(err)
	}
	evs, err := s.Events(ctx, sitrep.EventFilter{})
	if err != nil {
		t.Fatal(err)
	}
	opts := claim.Options{}
	ref := claim.Counter(all, evs, opts)
	// The corpus must exercise what Page has to get right: claims absorbed by
	// others, and claims contested only by a counter-attribution.
	contestedByCounter := 0
	for _, c := range ref {
		for _, v := range c.Values {
			if v.Kind == sitrep.ValueResponsibility {
				contestedByCounter++
				break
			}
		}
	}
	if contestedByCounter < 3 || len(all)-len(ref) < 3 {
		t.Fatalf("%d claims, %d after Counter, %d contested by it: too few for the comparison to mean anything",
			len(all), len(ref), contestedByCounter)
	}
	t.Logf("%d claims, %d after Counter, %d contested by it", len(all), len(ref), contestedByCounter)
	// A document and an outlet that only an absorbed claim names, so that the
	// widened selection is needed.
	var doc, outlet string
	inRef := map[string]bool{}
	for _, c := range ref {
		inRef[c.ID] = true
	}
	for _, c := range all {
		if !inRef[c.ID] {
			doc, outlet = c.Positions[0].Doc, c.Positions[0].Outlet
			break
		}
	}
	filters := []claim.Filter{
		{}, {Limit: 5}, {Limit: 4, Offset: 3}, {Offset: 7},
		{Status: sitrep.StatusContested}, {Status: sitrep.StatusContested, Limit: 2, Offset: 1},
		{Status: sitrep.StatusSingleSource}, {Status: sitrep.StatusCorroborated},
		{Doc: doc}, {Outlet: outlet}, {Outlet: "Outlet 2", Status: sitrep.StatusContested},
		{Actor: "IMG"}, {Actor: "BORMIL", Limit: 3}, {Actor: "RUR"}, {Actor: "OSTGOV"},
		{From: "2031-04-03"}, {To: "2031-04-02"}, {From: "2031-04-02", To: "2031-04-04", Limit: 4},
		{From: "2031-04-06"}, {From: "2031-04-07"}, {To: "2031-03-31"}, {From: "2031-04", To: "2031-04-06"},
		{MinOutlets: 2}, {MinOutlets: 3, Status: sitrep.StatusContested},
	}
	// Pages deep into the list, where the store's chunks no longer hold the whole
	// corpus (placed by the corpus's size, which the grouping rules change).
	contested := 0
	for _, c := range ref {
		if c.Status == sitrep.StatusContested {
			contested++
		}
	}
	filters = append(filters, claim.Filter{Limit: 1, Offset: len(ref) * 2 / 3}, claim.Filter{Limit: 2, Offset: len(ref) - 2},
		claim.Filter{Status: sitrep.StatusContested, Limit: 1, Offset: contested / 2})
	// Two stories of raids: the first and the last claim's.
	for _, c := range []sitrep.Claim{ref[0], ref[len(ref)-1]} {
		st, _ := claim.StoryOf(sitrep.Event{Source: sitrep.EventActor{Code: c.Event.Source}, Target: sitrep.EventActor{Code: c.Event.Target}})
		filters = append(filters, claim.Filter{Story: st.Key()}, claim.Filter{Story: st.Key(), Outlet: outlet})
	}
	for _, f := range filters {
		var want []sitrep.Claim
		for _, c := range ref {
			if f.Selects(c) {
				want = append(want, c)
			}
		}
		want = want[min(f.Offset, len(want)):]
		if f.Limit > 0 {
			want = want[:min(f.Limit, len(want))]
		}
		if len(want) == 0 {
			t.Errorf("filter %+v selects nothing in the corpus: the check proves nothing", f)
		}
		got, err := claim.Page(ctx, lister, f, opts)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(nonNilClaims(got), nonNilClaims(want)) {
			t.Errorf("Page(%+v): %d claims, want %d", f, len(got), len(want))
			for i := range min(len(got), len(want)) {
				if !reflect.DeepEqual(got[i], want[i]) {
					t.Errorf("first difference at %d:\n got  %+v\n want %+v", i, got[i], want[i])
					break
				}
			}
		}
	}
	// The stored filters alone (no counter-attribution) select what Selects does.
	for _, f := range filters {
		var want []sitrep.Claim
		for _, c := range all {
			if f.Selects(c) {
				want = append(want, c)
			}
		}
		want = want[min(f.Offset, len(want)):]
		if f.Limit > 0 {
			want = want[:min(f.Limit, len(want))]
		}
		got, err := s.Claims(ctx, f)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(nonNilClaims(got), nonNilClaims(want)) {
			t.Errorf("Claims(%+v): %d claims, want %d", f, len(got), len(want))
		}
	}
}
