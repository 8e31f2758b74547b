package frame

import "testing"

// BenchmarkContributions is the frame work an arriving article costs (both
// groupings), on the synthetic corpus of the merge test: short sentences, most
// with a tree, some with relayed words.
func BenchmarkContributions(b *testing.B) {
	lex, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	docs, analyses := synthCorpus(200, 7)
	b.ResetTimer()
	for b.Loop() {
		for _, d := range docs {
			for _, g := range Groupings {
				if _, err := Contributions(lex, d, analyses[d.ID], g); err != nil {
					b.Fatal(err)
				}
			}
		}
	}
	b.ReportMetric(float64(b.Elapsed().Microseconds())/float64(b.N*len(docs)), "µs/doc")
}
