package corpustest

import (
	"context"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/sitrep-dev/sitrep/internal/testshared"
	"github.com/sitrep-dev/sitrep/place"

	"github.com/sitrep-dev/sitrep"
	"github.com/sitrep-dev/sitrep/actor"
	"github.com/sitrep-dev/sitrep/actor/internal/gold"
	"github.com/sitrep-dev/sitrep/actor/internal/wordsplit"
	"github.com/sitrep-dev/sitrep/ingest"
	"github.com/sitrep-dev/sitrep/nlp"
)

type analyseFunc = func(*sitrep.Document) []sitrep.Sentence

func simple(d *sitrep.Document) []sitrep.Sentence { return wordsplit.Sentences(d.Text) }

var (
	once     sync.Once
	resolver *actor.Resolver
	loadErr  error
)

func load(t testing.TB) *actor.Resolver {
	t.Helper()
	once.Do(func() {
		resolver, loadErr = actor.Load(actor.Options{Now: func() time.Time { return time.Date(2026, 1, 15, 0, 0, 0, 0, time.UTC) }})
	})
	if loadErr != nil {
		t.Fatal(loadErr)
	}
	return resolver
}

// backbone returns the NLP backbone's analysis, skipping when its models do not load.
func backbone(t testing.TB) analyseFunc {
	t.Helper()
	if testing.Short() {
		t.Skip("loads the NLP models")
	}
	pipe, err := nlp.Default()
	if err != nil {
		t.Skipf("NLP backbone not available: %v", err)
	}
	return pipe.AnalyzeDocument
}

func shared(t testing.TB) string {
	t.Helper()
	return testshared.Dir(t)
}

func seeds(t testing.TB) []*sitrep.Document {
	t.Helper()
	docs, err := gold.SeedDocs(shared(t))
	if err != nil {
		t.Fatal(err)
	}
	return docs
}

// examples reads ../examples/storyline through the ingest stage.
func examples(t testing.TB) []*sitrep.Document {
	t.Helper()
	items, err := ingest.ReadAll(context.Background(), "../../examples/storyline", ingest.Options{})
	if err != nil {
		t.Skipf("examples not readable: %v", err)
	}
	var docs []*sitrep.Document
	for _, it := range items {
		if it.Err == nil {
			docs = append(docs, it.Doc)
		}
	}
	return docs
}

func score(t *testing.T, name, path string, docs []*sitrep.Document, analyse analyseFunc, minP, minR float64) {
	t.Helper()
	res, err := gold.Score(load(t), path, docs, analyse)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("%s: %v", name, res)
	if testing.Verbose() {
		for _, e := range res.Extra {
			t.Logf("extra: %s", e)
		}
		for _, m := range res.Missed {
			t.Logf("missed: %s", m)
		}
	}
	if res.Precision() < minP || res.Recall() < minR {
		t.Errorf("%s under the %.2f/%.2f floor", name, minP, minR)
	}
}

// TestSeedMentionsNLP scores the seed gold with sentences from the NLP backbone, as
// the pipeline runs: tags, dependencies and entities change what resolution sees.
func TestSeedMentionsNLP(t *testing.T) {
	analyse := backbone(t)
	// Floors just under the figures on the adjudicated gold (0.904/0.858; they were
	// 0.95/0.95 on the first, resolver-drafted list): see testdata/README.md.
	score(t, "seeds (NLP)", "../testdata/seeds_mentions.jsonl", seeds(t), analyse, 0.90, 0.85)
}

// TestExampleMentions scores the gold list annotated by hand, before the resolver was
// run on them, from the project's example storyline.
func TestExampleMentions(t *testing.T) {
	score(t, "examples", "../testdata/examples_mentions.jsonl", examples(t), simple, 0.90, 0.85)
}

func TestExampleMentionsNLP(t *testing.T) {
	analyse := backbone(t)
	score(t, "examples (NLP)", "../testdata/examples_mentions.jsonl", examples(t), analyse, 0.90, 0.85)
}

// TestDiscoverFakes runs discovery over the FA-KES Syrian-war corpus and checks that
// what it reports is unknown to the dictionaries; -v prints the top of the list.
func TestDiscoverFakes(t *testing.T) {
	if testing.Short() {
		t.Skip("reads 804 articles")
	}
	items, err := ingest.ReadAll(context.Background(), filepath.Join(shared(t), "data/corpora/fakes_syria/fakes.csv"), ingest.Options{})
	if err != nil {
		t.Skipf("FA-KES not readable: %v", err)
	}
	analyse := simple
	if pipe, err := nlp.Default(); err == nil {
		analyse = pipe.AnalyzeDocument
	}
	// Discovery as `sitrep actors --unknown` runs it: names the gazetteer knows as
	// places are not unknown actors.
	g, err := place.Load()
	if err != nil {
		t.Fatal(err)
	}
	isPlace := func(name string) bool { return len(g.Lookup(name)) > 0 }
	r, err := actor.Load(actor.Options{IsPlace: isPlace, Now: func() time.Time { return time.Date(2026, 1, 15, 0, 0, 0, 0, time.UTC) }})
	if err != nil {
		t.Fatal(err)
	}
	var tl actor.Tally
	docs := 0
	for _, it := range items {
		if it.Err != nil || it.Doc.Status != sitrep.StatusOK {
			continue
		}
		docs++
		sents := analyse(it.Doc)
		tl.Add(it.Doc, sents, r.Discover(it.Doc, sents))
	}
	top := tl.Top(25)
	if len(top) < 10 {
		t.Fatalf("only %d unknown names in %d documents", len(top), docs)
	}
	for i, u := range top {
		if i < 10 || testing.Verbose() {
			t.Logf("%2d. %-28s %-3s %4d mentions %3d docs suggest=%-7s roles=%q", i+1, u.Name, u.Type, u.Mentions, len(u.Docs), u.Suggest, u.Roles[:min(2, len(u.Roles))])
		}
		if isPlace(u.Name) {
			t.Errorf("%q is a place, reported as an unknown actor", u.Name)
		}
		// A reported name must be unknown: alone, it resolves to nothing.
		d := &sitrep.Document{ID: "probe", Published: "2017-01-01", Text: u.Name + " said nothing."}
		for _, m := range r.Resolve(d, wordsplit.Sentences(d.Text)) {
			if m.Code != "" && strings.TrimSpace(m.Text) == u.Name {
				t.Errorf("%q is reported unknown but resolves to %s", u.Name, m.Code)
			}
		}
	}
}

// BenchmarkSeeds compares resolution with the NLP backbone that feeds it, per
// sentence of the seed articles: the issue allows resolution 20% of the backbone's
// time.
func BenchmarkSeeds(b *testing.B) {
	analyse := backbone(b)
	docs := seeds(b)
	sents := make([][]sitrep.Sentence, len(docs))
	n := 0
	for i, d := range docs {
		sents[i] = analyse(d)
		n += len(sents[i])
	}
	r := load(b)
	b.Run("nlp", func(b *testing.B) {
		for b.Loop() {
			for _, d := range docs {
				analyse(d)
			}
		}
		b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*n), "ns/sentence")
	})
	b.Run("resolve", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			for i, d := range docs {
				r.Resolve(d, sents[i])
			}
		}
		b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*n), "ns/sentence")
	})
}
