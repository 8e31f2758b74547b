package storetest

import (
	"context"
	"fmt"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/sitrep-dev/sitrep"
)

// testConcurrentDocuments has writers race to store overlapping documents while
// readers list, search and query; run it with -race. Each document must be created
// exactly once, and every writer must be told the one id it got.
func testConcurrentDocuments(t *testing.T, open func(*testing.T) Store) {
	s := open(t)
	ctx := context.Background()
	const (
		writers = 4
		readers = 4
		docs    = 40 // every writer tries every document, starting at a different one
	)
	var created atomic.Int64
	var ids sync.Map // document index → id reported
	var wg sync.WaitGroup
	done := make(chan struct{})
	for w := range writers {
		wg.Go(func() {
			for k := range docs {
				i := (k + w*docs/writers) % docs
				d := SynthDoc(i)
				// Several outlets publish under one file name: ids collide across
				// different texts, and must still be handed out once each.
				d.ID = fmt.Sprintf("story-%d", i%5)
				res, err := s.PutDocument(ctx, d)
				if err != nil {
					t.Error(err)
					return
				}
				if res.Created {
					created.Add(1)
				}
				if prev, loaded := ids.LoadOrStore(i, res.ID); loaded && prev != res.ID {
					t.Errorf("document %d stored as %s and reported as %s", i, prev, res.ID)
				}
			}
		})
	}
	var rg sync.WaitGroup
	for r := range readers {
		rg.Go(func() {
			for {
				select {
				case <-done:
					return
				default:
				}
				var err error
				switch r % 4 {
				case 0:
					_, err = s.Search(ctx, "convoy OR talks", 5)
				case 1:
					_, err = s.Documents(ctx, sitrep.DocumentFilter{Limit: 10})
				case 2:
					_, err = s.Events(ctx, sitrep.EventFilter{Actor: "SYR"})
				case 3:
					_, err = s.Document(ctx, "story-1")
					if err != nil && isNotFound(err) {
						err = nil
					}
				}
				if err != nil {
					t.Error(err)
					return
				}
			}
		})
	}
	wg.Wait()
	close(done)
	rg.Wait()

	if got := created.Load(); got != docs {
		t.Errorf("%d documents created, want %d", got, docs)
	}
	all, err := s.Documents(ctx, sitrep.DocumentFilter{})
	if err != nil {
		t.Fatal(err)
	}
	if len(all) != docs {
		t.Errorf("store holds %d documents, want %d", len(all), docs)
	}
	seen := map[string]bool{}
	for _, d := range all {
		if seen[d.ID] {
			t.Errorf("id %s stored twice", d.ID)
		}
		seen[d.ID] = true
	}
}

// analysisVersion is version v of an analysis of SynthDoc(doc): v+1 sentences, v+1
// mentions and v+1 events, the mentions and events coded "Vnn".
func analysisVersion(doc, v int) *sitrep.Analysis {
	d := SynthDoc(doc)
	a := &sitrep.Analysis{DocID: d.ID}
	for k := range v + 1 {
		sp := sitrep.Span{Start: k, End: k + 1}
		a.Sentences = append(a.Sentences, sitrep.Sentence{Span: sp, Tokens: []sitrep.Token{{Text: "x", Span: sp}}})
		a.Mentions = append(a.Mentions, sitrep.Mention{Sentence: k, Span: sp, Text: "x", Code: fmt.Sprintf("V%02d", v), Antecedent: -1})
		a.Events = append(a.Events, sitrep.Event{Sentence: "x", Span: sp, Source: sitrep.EventActor{Code: fmt.Sprintf("V%02d", v)}, CAMEO: "010", Root: "01"})
	}
	return a
}

// whole checks that a is one analysisVersion, not a mix of two.
func whole(a *sitrep.Analysis) error {
	n := len(a.Sentences)
	if len(a.Mentions) != n || len(a.Events) != n {
		return fmt.Errorf("analysis of %s mixes versions: %d sentences, %d mentions, %d events",
			a.DocID, n, len(a.Mentions), len(a.Events))
	}
	code := fmt.Sprintf("V%02d", n-1)
	for _, e := range a.Events {
		if e.Source.Code != code {
			return fmt.Errorf("analysis of %s has %d sentences but an event of %s", a.DocID, n, e.Source.Code)
		}
	}
	return nil
}

const (
	analysedDocsN    = 3
	analysisWriters  = 4
	analysisVersions = 6
)

// writeVersions has writers replace the analyses of the same documents at once,
// each cycling through the versions from a different one, and calls read in a loop
// on another goroutine until they are done.
func writeVersions(t *testing.T, s Store, read func() error) {
	ctx := context.Background()
	for i := range analysedDocsN {
		put(t, s, SynthDoc(i))
	}
	var wg sync.WaitGroup
	done := make(chan struct{})
	for w := range analysisWriters {
		wg.Go(func() {
			for k := range analysisVersions {
				v := (k + w) % analysisVersions
				for doc := range analysedDocsN {
					if err := s.PutAnalysis(ctx, analysisVersion(doc, v)); err != nil {
						t.Error(err)
						return
					}
				}
			}
		})
	}
	var rg sync.WaitGroup
	rg.Go(func() {
		for {
			select {
			case <-done:
				return
			default:
			}
			if err := read(); err != nil {
				t.Error("while writing:", err)
				return
			}
		}
	})
	wg.Wait()
	close(done)
	rg.Wait()
}

// testConcurrentAnalyses checks that analyses replaced concurrently end up each
// one version whole, with no rows of another left behind.
func testConcurrentAnalyses(t *testing.T, open func(*testing.T) Store) {
	s := open(t)
	ctx := context.Background()
	writeVersions(t, s, func() error {
		_, err := s.Events(ctx, sitrep.EventFilter{Source: "V0"})
		return err
	})
	total := 0
	for doc := range analysedDocsN {
		a, err := s.Analysis(ctx, SynthDoc(doc).ID)
		if err != nil {
			t.Fatal(err)
		}
		if err := whole(a); err != nil {
			t.Error(err)
		}
		total += len(a.Events)
	}
	evs, err := s.Events(ctx, sitrep.EventFilter{})
	if err != nil {
		t.Fatal(err)
	}
	if len(evs) != total {
		t.Errorf("%d events stored, the analyses hold %d", len(evs), total)
	}
}

// testAnalysisSnapshot reads an analysis while it is being replaced: Analysis must
// return one version whole, never sentences of one and events of another.
func testAnalysisSnapshot(t *testing.T, open func(*testing.T) Store) {
	s := open(t)
	ctx := context.Background()
	writeVersions(t, s, func() error {
		a, err := s.Analysis(ctx, SynthDoc(1).ID)
		if isNotFound(err) {
			return nil
		}
		if err != nil {
			return err
		}
		return whole(a)
	})
}
