package storetest

import (
	"context"
	"testing"
)

// Counts are the figures of a backend's Stats that the suite checks. The backends'
// Stats types differ (each reports its own extras), so a backend's test passes a
// function that reads them with WithStats.
type Counts struct {
	Documents int
	Analyzed  int // documents with a stored analysis: those the store's Analyzed reports
	Events    int
}

// WithStats gives the suite a way to read a store's counts; without it the Stats
// test is skipped.
func WithStats(stats func(context.Context, Store) (Counts, error)) Option {
	return func(c *config) { c.stats = stats }
}

// testStats checks that the counts agree with what was stored and with the store's
// own Analyzed: `sitrep status` reports them as a run's progress.
func testStats(t *testing.T, open func(*testing.T) Store, stats func(context.Context, Store) (Counts, error)) {
	if stats == nil {
		t.Skip("the backend's test gives no storetest.WithStats")
	}
	ctx := context.Background()
	s := open(t)
	read := func(step string) Counts {
		t.Helper()
		c, err := stats(ctx, s)
		if err != nil {
			t.Fatalf("%s: stats: %v", step, err)
		}
		return c
	}
	if c := read("empty"); c != (Counts{}) {
		t.Errorf("empty store: counts %+v, want all zero", c)
	}
	n := loadFixtures(t, s) // documents without analyses
	docs, analyses := analysedDocs()
	put(t, s, docs...)
	if c := read("documents only"); c != (Counts{Documents: n + len(docs)}) {
		t.Errorf("documents only: counts %+v, want %d documents, none analysed", c, n+len(docs))
	}
	events := 0
	for _, a := range analyses {
		if err := s.PutAnalysis(ctx, a); err != nil {
			t.Fatal(err)
		}
		events += len(a.Events)
	}
	// Storing an analysis again replaces it: a redelivered article must not count
	// twice.
	if err := s.PutAnalysis(ctx, analyses[0]); err != nil {
		t.Fatal(err)
	}
	want := Counts{Documents: n + len(docs), Analyzed: len(analyses), Events: events}
	if c := read("analysed"); c != want {
		t.Errorf("after analyses: counts %+v, want %+v", c, want)
	}
	analyzed := 0
	for _, d := range docs {
		ok, err := s.Analyzed(ctx, d.ID)
		if err != nil {
			t.Fatal(err)
		}
		if ok {
			analyzed++
		}
	}
	if analyzed != want.Analyzed {
		t.Errorf("Analyzed reports %d of the analysed documents, Stats %d", analyzed, want.Analyzed)
	}
}
