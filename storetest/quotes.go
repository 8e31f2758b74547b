package storetest

import (
	"context"
	"fmt"
	"reflect"
	"strings"
	"testing"

	"github.com/sitrep-dev/sitrep"
)

// Two invented reports with quotes. The first has a multi-byte character before its
// quotes, so that a store which filled CharSpan with byte offsets would be caught.
const (
	quoteTextA = "Geçit, Monday. \u201cWe will stay,\u201d the Iraqi minister said. Officials told reporters that the road was open."
	quoteTextB = "The Turkish army said the strikes had ended."
)

func quoteAnalyses() ([]*sitrep.Document, []*sitrep.Analysis) {
	span := func(text, s string) sitrep.Span {
		i := strings.Index(text, s)
		return sitrep.Span{Start: i, End: i + len(s)}
	}
	sent := func(text, s string) sitrep.Sentence {
		w := strings.Fields(s)[0]
		return sitrep.Sentence{Span: span(text, s), Tokens: []sitrep.Token{{Text: w, Span: span(text, w), Head: 0}}}
	}
	a := doc("qa", quoteTextA, 0)
	b := doc("qb", quoteTextB, 0)
	aa := &sitrep.Analysis{
		DocID:     "qa",
		Sentences: []sitrep.Sentence{sent(quoteTextA, "Geçit, Monday."), sent(quoteTextA, "\u201cWe will stay,\u201d the Iraqi minister said."), sent(quoteTextA, "Officials told reporters that the road was open.")},
		Quotes: []sitrep.Quote{{
			ID: "qa:q1", Sentence: 1, SentenceEnd: 1, Kind: sitrep.QuoteDirect, Text: "We will stay",
			Span: span(quoteTextA, "We will stay"), Speaker: sitrep.EventActor{Code: "IRQGOV", Name: "Iraq", Text: "the Iraqi minister"},
			SpeakerRule: "subject", Verb: "say", VerbText: "said",
			SpeakerSpan: span(quoteTextA, "the Iraqi minister"), VerbSpan: span(quoteTextA, "said"),
		}, {
			// No id: the store names it after the document and its position.
			Sentence: 2, SentenceEnd: 2, Kind: sitrep.QuoteIndirect, Text: "the road was open",
			Span: span(quoteTextA, "the road was open"), Speaker: sitrep.EventActor{Text: "Officials"},
			SpeakerRule: "subject", Verb: "tell", VerbText: "told", Target: &sitrep.EventActor{Text: "reporters"},
			SpeakerSpan: span(quoteTextA, "Officials"), VerbSpan: span(quoteTextA, "told"),
		}},
	}
	ba := &sitrep.Analysis{
		DocID:     "qb",
		Sentences: []sitrep.Sentence{sent(quoteTextB, quoteTextB)},
		Quotes: []sitrep.Quote{{
			ID: "qb:q1", Sentence: 0, SentenceEnd: 0, Kind: sitrep.QuoteIndirect, Text: "the strikes had ended",
			Span: span(quoteTextB, "the strikes had ended"), Speaker: sitrep.EventActor{Code: "TURMIL", Name: "Turkey", Text: "The Turkish army"},
			SpeakerRule: "subject", Verb: "say", VerbText: "said",
		}},
	}
	return []*sitrep.Document{a, b}, []*sitrep.Analysis{aa, ba}
}

// testQuotes: quotes are stored with their analysis, read back whole (with character
// spans from the document text), filtered, paged, and replaced with the analysis.
func testQuotes(t *testing.T, open func(*testing.T) Store) {
	ctx := context.Background()
	s := open(t)
	qs, ok := s.(sitrep.QuoteStore)
	if !ok {
		t.Fatalf("%T does not list quotes (sitrep.QuoteStore)", s)
	}
	docs, analyses := quoteAnalyses()
	put(t, s, docs...)
	for _, a := range analyses {
		if err := s.PutAnalysis(ctx, a); err != nil {
			t.Fatal(err)
		}
	}
	// What a reader expects back: ids given, CharSpan in code points, Doc set.
	want := func(a *sitrep.Analysis, text string) []sitrep.Quote {
		var out []sitrep.Quote
		for i, q := range a.Quotes {
			if q.ID == "" {
				q.ID = fmt.Sprintf("%s:q%d", a.DocID, i+1)
			}
			q.Doc = a.DocID
			q.SetCharSpan(text)
			out = append(out, q)
		}
		return out
	}
	wantA, wantB := want(analyses[0], quoteTextA), want(analyses[1], quoteTextB)
	if r := []rune(quoteTextA); string(r[wantA[0].CharSpan[0]:wantA[0].CharSpan[1]]) != "We will stay" {
		t.Fatalf("test data: char span %v", wantA[0].CharSpan)
	}
	// The speaker and verb spans come back in characters too (the multi-byte "ç" sits
	// before them), and the one quote stored without them reads back empty ones.
	if r := []rune(quoteTextA); string(r[wantA[1].SpeakerCharSpan[0]:wantA[1].SpeakerCharSpan[1]]) != "Officials" ||
		string(r[wantA[1].VerbCharSpan[0]:wantA[1].VerbCharSpan[1]]) != "told" {
		t.Fatalf("test data: speaker span %v, verb span %v", wantA[1].SpeakerCharSpan, wantA[1].VerbCharSpan)
	}

	got, err := s.Analysis(ctx, "qa")
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got.Quotes, wantA) {
		t.Errorf("Analysis(qa).Quotes =\n%+v\nwant\n%+v", got.Quotes, wantA)
	}
	for _, tc := range []struct {
		name string
		f    sitrep.QuoteFilter
		want []sitrep.Quote
	}{
		{"all, in document order", sitrep.QuoteFilter{}, append(append([]sitrep.Quote(nil), wantA...), wantB...)},
		{"one document", sitrep.QuoteFilter{Doc: "qb"}, wantB},
		{"speaker code prefix", sitrep.QuoteFilter{Speaker: "IRQ"}, wantA[:1]},
		{"speaker prefix matches nothing", sitrep.QuoteFilter{Speaker: "RUS"}, nil},
		{"kind", sitrep.QuoteFilter{Kind: sitrep.QuoteIndirect}, []sitrep.Quote{wantA[1], wantB[0]}},
		{"page", sitrep.QuoteFilter{Limit: 1, Offset: 1}, wantA[1:2]},
	} {
		got, err := qs.Quotes(ctx, tc.f)
		if err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		if !reflect.DeepEqual(got, tc.want) {
			t.Errorf("%s: Quotes(%+v) =\n%+v\nwant\n%+v", tc.name, tc.f, got, tc.want)
		}
	}

	// Re-analysing a document replaces its quotes, and only its quotes.
	re := *analyses[0]
	re.Quotes = re.Quotes[:1]
	if err := s.PutAnalysis(ctx, &re); err != nil {
		t.Fatal(err)
	}
	all, err := qs.Quotes(ctx, sitrep.QuoteFilter{})
	if err != nil {
		t.Fatal(err)
	}
	if w := append(append([]sitrep.Quote(nil), wantA[:1]...), wantB...); !reflect.DeepEqual(all, w) {
		t.Errorf("after re-analysis: %+v\nwant %+v", all, w)
	}
}
