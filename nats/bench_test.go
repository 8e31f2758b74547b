package nats

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/sitrep-dev/sitrep"
	"github.com/sitrep-dev/sitrep/actor"
	"github.com/sitrep-dev/sitrep/event"
	"github.com/sitrep-dev/sitrep/ingest"
	"github.com/sitrep-dev/sitrep/internal/testshared"
	"github.com/sitrep-dev/sitrep/pipeline"
	"github.com/sitrep-dev/sitrep/postgres"
)

// BenchmarkWorkers measures queue-to-store throughput with the shipped analyser:
// FA-KES articles (SITREP_BENCH_DOCS of them, default 100) are published to an
// in-process JetStream, then N workers (SITREP_BENCH_WORKERS, default "1,2") share
// one SQLite store until the queue is drained. Run with -benchtime=1x: each
// iteration is a full drain on a fresh server and store. With SITREP_BENCH_POSTGRES
// set the store is PostgreSQL (SITREP_POSTGRES_URL, a fresh schema) instead.
func BenchmarkWorkers(b *testing.B) {
	dir := testshared.Dir(b)
	items, err := ingest.ReadAll(context.Background(), filepath.Join(dir, "data", "corpora", "fakes_syria", "fakes.csv"), ingest.Options{})
	if err != nil {
		b.Fatal(err)
	}
	n := 100
	if s := os.Getenv("SITREP_BENCH_DOCS"); s != "" {
		if n, err = strconv.Atoi(s); err != nil {
			b.Fatalf("SITREP_BENCH_DOCS: %v", err)
		}
	}
	var docs []*sitrep.Document
	for _, it := range items {
		if it.Doc != nil && it.Doc.Status == sitrep.StatusOK && len(docs) < n {
			docs = append(docs, it.Doc)
		}
	}
	an, err := pipeline.LoadAnalyzer(actor.Options{}, event.Options{})
	if err != nil {
		b.Fatal(err)
	}
	counts := "1,2"
	if s := os.Getenv("SITREP_BENCH_WORKERS"); s != "" {
		counts = s
	}
	for _, c := range strings.Split(counts, ",") {
		workers, err := strconv.Atoi(strings.TrimSpace(c))
		if err != nil || workers < 1 {
			b.Fatalf("SITREP_BENCH_WORKERS: bad count %q", c)
		}
		b.Run(fmt.Sprintf("workers=%d", workers), func(b *testing.B) {
			var total time.Duration
			articles := 0
			for b.Loop() {
				b.StopTimer()
				ts := startServer(b)
				js := connect(b, ts.url())
				ctx := context.Background()
				if _, err := Setup(ctx, js, Config{}); err != nil {
					b.Fatal(err)
				}
				p := NewPublisher(js, Config{})
				// FA-KES repeats some articles word for word: JetStream keeps
				// one copy, so only the others are waited for.
				queued := 0
				for _, d := range docs {
					dup, err := p.Publish(ctx, d)
					if err != nil {
						b.Fatal(err)
					}
					if !dup {
						queued++
					}
				}
				var db Store
				if os.Getenv("SITREP_BENCH_POSTGRES") == "" {
					db = openStore(b, filepath.Join(b.TempDir(), "s.db"))
				} else {
					pg, err := postgres.Open(ctx, openPostgres(b), postgres.Options{NearDuplicate: ingest.NearDuplicateThreshold})
					if err != nil {
						b.Fatal(err)
					}
					db = pg
				}
				m := &Metrics{}
				wctx, cancel := context.WithCancel(ctx)
				done := make(chan error, 1)
				start := time.Now()
				b.StartTimer()
				go func() {
					done <- (&Worker{JS: js, Store: db, Analyzer: an, Concurrency: workers, Metrics: m}).Run(wctx)
				}()
				for m.Processed.Load()+m.Skipped.Load()+m.DeadLettered.Load() < int64(queued) {
					time.Sleep(5 * time.Millisecond)
				}
				elapsed := time.Since(start)
				b.StopTimer()
				cancel()
				if err := <-done; err != nil {
					b.Fatal(err)
				}
				db.Close()
				ts.stop()
				total += elapsed
				articles += queued
				b.StartTimer()
			}
			b.ReportMetric(float64(articles)/total.Seconds(), "articles/s")
			b.ReportMetric(float64(articles)/float64(b.N), "articles/op")
		})
	}
}
