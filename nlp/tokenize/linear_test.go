package tokenize

import (
	"strings"
	"testing"
	"time"

	"github.com/sitrep-dev/sitrep/internal/cputime"
)

// BenchmarkScaling shows whether tokenizing and sentence splitting grow linearly with
// the input: a 5 MB article (or a pasted dump) must take seconds, not minutes.
// Each shape is timed at 1 MB and at 5 MB in CPU time; a linear pass costs about
// 5 times as much, a quadratic one 25 times.
func BenchmarkScaling(b *testing.B) {
	shapes := []struct {
		name string
		unit string // repeated to the size wanted
	}{
		{"prose", "The U.S. military said on Wednesday that it doesn't plan to reduce its 2,000 troops (AP). Gen. Cooper spoke.\n\n"},
		{"one sentence", "word, another-word and 1,000 more "},
		{"one paragraph", "Dr. A. B. said so. "},
		{"no spaces", "x.y-z/"},
		{"quotes", "\"'“‘(["},
		{"newlines", "\n"},
		{"urls", "http://a.b/c?d=e&f=(g) a@b.cd "},
	}
	for _, sh := range shapes {
		b.Run(sh.name, func(b *testing.B) {
			run := func(size int) time.Duration {
				text := strings.Repeat(sh.unit, size/len(sh.unit)+1)[:size]
				start, cpu0 := time.Now(), cputime.Used()
				Sentences(text, Paragraphs(text))
				if d := cputime.Used() - cpu0; d > 0 {
					return d
				}
				return time.Since(start)
			}
			var small, large time.Duration
			for b.Loop() {
				small += run(1 << 20)
				large += run(5 << 20)
			}
			// A linear pass gives about 5, a quadratic one 25.
			b.ReportMetric(float64(large)/float64(max(small, 1)), "5MB/1MB")
			b.ReportMetric(large.Seconds()/float64(b.N), "s/5MB")
		})
	}
}
