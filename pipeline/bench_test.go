package pipeline

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/sitrep-dev/sitrep/internal/cputime"
	"github.com/sitrep-dev/sitrep/internal/testshared"

	"github.com/sitrep-dev/sitrep"
	"github.com/sitrep-dev/sitrep/actor"
	"github.com/sitrep-dev/sitrep/event"
	"github.com/sitrep-dev/sitrep/ingest"
)

// BenchmarkAnalyzeFAKES runs NLP, actor resolution and event coding — what `sitrep
// code` does after reading — over FA-KES articles on one goroutine, and reports
// sentences and tokens per second and per CPU second (loading the models is not
// counted), and the process's peak resident memory, models and articles included.
func BenchmarkAnalyzeFAKES(b *testing.B) {
	dir := testshared.Dir(b)
	items, err := ingest.ReadAll(context.Background(), filepath.Join(dir, "data", "corpora", "fakes_syria", "fakes.csv"), ingest.Options{})
	if err != nil {
		b.Fatal(err)
	}
	var docs []*sitrep.Document
	for _, it := range items {
		if it.Doc != nil && it.Doc.Status == sitrep.StatusOK {
			docs = append(docs, it.Doc)
		}
	}
	if len(docs) > 200 {
		docs = docs[:200]
	}
	an, err := LoadAnalyzer(actor.Options{}, event.Options{})
	if err != nil {
		b.Fatal(err)
	}
	var sents, toks, evs int
	cpu0 := cputime.Used()
	b.ResetTimer()
	for b.Loop() {
		for _, d := range docs {
			a := an.Analyze(d)
			sents += len(a.Sentences)
			evs += len(a.Events)
			for _, s := range a.Sentences {
				toks += len(s.Tokens)
			}
		}
	}
	sec := b.Elapsed().Seconds()
	cpu := (cputime.Used() - cpu0).Seconds()
	b.ReportMetric(float64(sents)/sec, "sentences/s")
	b.ReportMetric(float64(toks)/sec, "tokens/s")
	if cpu > 0 {
		b.ReportMetric(float64(sents)/cpu, "sentences/cpu-s")
		b.ReportMetric(float64(toks)/cpu, "tokens/cpu-s")
	}
	b.ReportMetric(float64(evs)/float64(b.N*len(docs)), "events/doc")
	b.ReportMetric(cputime.PeakRSS(), "peak-RSS-MB")
}
