package tokenize

import (
	"strings"
	"testing"
	"time"
)

// TestLinearTime checks that tokenizing and sentence splitting grow linearly with
// the input: a 5 MB article (or a pasted dump) must take seconds, not minutes.
// Each shape is timed at 1 MB and at 5 MB in CPU time; a linear pass costs about
// 5 times as much, a quadratic one 25 times.
func TestLinearTime(t *testing.T) {
	if testing.Short() {
		t.Skip("times 5 MB inputs")
	}
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
		t.Run(sh.name, func(t *testing.T) {
			run := func(size int) time.Duration {
				text := strings.Repeat(sh.unit, size/len(sh.unit)+1)[:size]
				start, cpu0 := time.Now(), cpuTime()
				Sentences(text, Paragraphs(text))
				if d := cpuTime() - cpu0; d > 0 {
					return d
				}
				return time.Since(start)
			}
			small := run(1 << 20)
			large := run(5 << 20)
			t.Logf("1 MB %v, 5 MB %v", small, large)
			// 12 leaves room for the garbage collector and a noisy machine while
			// still failing a quadratic pass (25); 60s is an absolute bound.
			if large > 12*small+200*time.Millisecond || large > 60*time.Second {
				t.Errorf("5 MB took %v against %v for 1 MB: not linear", large, small)
			}
		})
	}
}
