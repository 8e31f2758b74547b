package ingest

import (
	"context"
	"os"
	"path/filepath"
	"testing"
)

// BenchmarkIngestFAKES reads the FA-KES CSV (804 articles) end to end: decoding,
// CSV parsing, cleaning, language detection, hashing and fingerprinting.
func BenchmarkIngestFAKES(b *testing.B) {
	path := filepath.Join(sharedDir(b), "data/corpora/fakes_syria/fakes.csv")
	data, err := os.ReadFile(path)
	if err != nil {
		b.Fatal(err)
	}
	ctx := context.Background()
	src := source{input: path, name: filepath.Base(path)}
	b.SetBytes(int64(len(data)))
	b.ResetTimer()
	articles := 0
	for b.Loop() {
		readBytes(ctx, src, data, "", nil, Options{}.withDefaults(), func(it Item) {
			if it.Doc != nil {
				articles++
			}
		})
	}
	b.ReportMetric(float64(articles)/b.Elapsed().Seconds(), "articles/s")
}
