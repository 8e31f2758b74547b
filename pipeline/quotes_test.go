package pipeline

import (
	"context"
	"testing"

	"github.com/sitrep-dev/sitrep"
	"github.com/sitrep-dev/sitrep/actor"
	"github.com/sitrep-dev/sitrep/event"
)

// TestIngestStoresQuotes: the analyzer runs the quote stage after actors, and what
// it finds is stored with the analysis, its spans pointing at its words.
func TestIngestStoresQuotes(t *testing.T) {
	ctx := context.Background()
	db := openStore(t)
	an, err := LoadAnalyzer(actor.Options{}, event.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if an.Quotes == nil {
		t.Fatal("LoadAnalyzer did not load the quote stage")
	}
	if _, err := Ingest(ctx, Config{Store: db, Analyzer: an}, []string{examples}); err != nil {
		t.Fatal(err)
	}
	qs, err := db.Quotes(ctx, sitrep.QuoteFilter{})
	if err != nil {
		t.Fatal(err)
	}
	if len(qs) == 0 {
		t.Fatal("no quote stored from the example storyline")
	}
	texts := map[string]string{}
	coded := 0
	for _, q := range qs {
		text, ok := texts[q.Doc]
		if !ok {
			d, err := db.Document(ctx, q.Doc)
			if err != nil {
				t.Fatal(err)
			}
			text, texts[q.Doc] = d.Text, d.Text
		}
		if text[q.Span.Start:q.Span.End] != q.Text || q.Speaker.Text == "" || q.Verb == "" {
			t.Errorf("%s: span %v, speaker %q, verb %q, text %q", q.ID, q.Span, q.Speaker.Text, q.Verb, q.Text)
		}
		if q.Speaker.Code != "" {
			coded++
		}
	}
	if coded == 0 {
		t.Error("no quote has a speaker resolved to an actor")
	}
}
