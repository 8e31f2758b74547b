package ingest

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/sitrep-dev/sitrep/internal/cputime"
)

// BenchmarkIngestFAKES reads the FA-KES CSV (804 articles) end to end: decoding,
// CSV parsing, cleaning, language and upstream detection, hashing and
// fingerprinting. Run it with GOMAXPROCS=1 for the per-core figure; on a shared
// machine articles/cpu-s is the one to read.
func BenchmarkIngestFAKES(b *testing.B) {
	path := filepath.Join(sharedDir(b), "data/corpora/fakes_syria/fakes.csv")
	data, err := os.ReadFile(path)
	if err != nil {
		b.Fatal(err)
	}
	ctx := context.Background()
	src := source{input: path, name: filepath.Base(path)}
	b.SetBytes(int64(len(data)))
	articles := 0
	cpu0 := cputime.Used()
	for b.Loop() {
		readBytes(ctx, src, data, "", nil, Options{}.withDefaults(), func(it Item) {
			if it.Doc != nil {
				articles++
			}
		})
	}
	b.ReportMetric(float64(articles)/b.Elapsed().Seconds(), "articles/s")
	if cpu := cputime.Used() - cpu0; cpu > 0 {
		b.ReportMetric(float64(articles)/cpu.Seconds(), "articles/cpu-s")
	}
}

func benchmarkFile(b *testing.B, path string) {
	data, err := os.ReadFile(path)
	if err != nil {
		b.Fatal(err)
	}
	src := source{input: path, name: filepath.Base(path)}
	opts := Options{}.withDefaults()
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		readBytes(context.Background(), src, data, "", nil, opts, func(it Item) {
			if it.Err != nil {
				b.Fatal(it.Err)
			}
		})
	}
}

func BenchmarkReadHTML(b *testing.B) { benchmarkFile(b, "testdata/html/article.html") }
func BenchmarkReadText(b *testing.B) { benchmarkFile(b, "testdata/dup/original.txt") }
func BenchmarkReadFeed(b *testing.B) { benchmarkFile(b, "testdata/feed/rss.xml") }
