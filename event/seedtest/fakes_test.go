package seedtest

import (
	"encoding/csv"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/sitrep-dev/sitrep"
	"github.com/sitrep-dev/sitrep/actor"
	"github.com/sitrep-dev/sitrep/event"
	"github.com/sitrep-dev/sitrep/event/locators"
	"github.com/sitrep-dev/sitrep/internal/testparser"
)

// BenchmarkFAKES codes the FA-KES articles end to end (NLP backbone, actors,
// events) on one goroutine and reports sentences per second for the whole pipeline
// and for the event coder alone, and the heap in use afterwards.
func BenchmarkFAKES(b *testing.B) {
	dir := shared(b)
	f, err := os.Open(filepath.Join(dir, "data", "corpora", "fakes_syria", "fakes.csv"))
	if err != nil {
		b.Skipf("FA-KES not available: %v", err)
	}
	rows, err := csv.NewReader(f).ReadAll()
	f.Close()
	if err != nil {
		b.Fatal(err)
	}
	pipe, err := testparser.Pipeline()
	if err != nil {
		b.Skipf("NLP backbone not available: %v", err)
	}
	res, err := actor.Load(actor.Options{})
	if err != nil {
		b.Fatal(err)
	}
	loc, err := locators.Default()
	if err != nil {
		b.Fatal(err)
	}
	c, err := event.Load(event.Options{Locators: loc})
	if err != nil {
		b.Fatal(err)
	}
	var docs []*sitrep.Document
	for i, r := range rows {
		if i == 0 || len(r) < 3 {
			continue
		}
		text := strings.TrimSpace(r[2])
		docs = append(docs, &sitrep.Document{ID: r[0], Title: r[1], Text: text, Status: sitrep.StatusOK,
			Paragraphs: []sitrep.Paragraph{{Span: sitrep.Span{Start: 0, End: len(text)}}}})
	}
	b.ResetTimer()
	var sents, events int
	var coding time.Duration
	for b.Loop() {
		for _, d := range docs {
			ss := pipe.AnalyzeDocument(d)
			ms := res.Resolve(d, ss)
			start := time.Now()
			events += len(c.Code(d, ss, ms))
			coding += time.Since(start)
			sents += len(ss)
		}
	}
	b.ReportMetric(float64(sents)/b.Elapsed().Seconds(), "sentences/s")
	b.ReportMetric(float64(sents)/coding.Seconds(), "coder-sentences/s")
	b.ReportMetric(float64(events)/float64(b.N), "events/op")
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	b.ReportMetric(float64(m.HeapInuse)/(1<<20), "heap-MB")
}
