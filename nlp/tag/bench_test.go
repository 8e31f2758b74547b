package tag

import (
	"testing"

	sitrep "github.com/sitrep-dev/sitrep"

	"github.com/sitrep-dev/sitrep/internal/cputime"
)

// BenchmarkTag measures tagging speed on a fixed news-like text (one core).
func BenchmarkTag(b *testing.B) {
	t, err := Load()
	if err != nil {
		b.Fatal(err)
	}
	words := []string{"The", "U.S.", "military", "said", "on", "Wednesday", "that", "it", "does", "n't", "plan",
		"to", "reduce", "its", "2,000", "troops", "in", "Syria", ",", "according", "to", "Gen.", "Cooper", "’s",
		"statement", "to", "reporters", ".", "Officials", "said", "al", "-", "Sharaa", "'s", "government",
		"cooperated", "with", "U.S.-led", "forces", "against", "ISIS", "."}
	toks := make([]sitrep.Token, len(words))
	b.ResetTimer()
	cpu := cputime.Used()
	for range b.N {
		for i, w := range words {
			toks[i] = sitrep.Token{Text: w}
		}
		t.Tag(toks)
	}
	b.ReportMetric(float64(len(words)*b.N)/b.Elapsed().Seconds(), "tokens/s")
	if d := cputime.Used() - cpu; d > 0 {
		b.ReportMetric(float64(len(words)*b.N)/d.Seconds(), "tokens/cpu-s")
	}
}

func BenchmarkLoad(b *testing.B) {
	cpu := cputime.Used()
	defer func() { b.ReportMetric((cputime.Used()-cpu).Seconds()/float64(b.N), "cpu-s/op") }()
	for range b.N {
		if _, err := Read(bytesReader()); err != nil {
			b.Fatal(err)
		}
	}
}
