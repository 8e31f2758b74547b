package ingest

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/sitrep-dev/sitrep/internal/cputime"
)

// BenchmarkHTMLScaling shows whether the HTML reader grows linearly with the page: a
// 5 MB page (a live blog, a pasted archive, a hostile page) must take seconds, not
// minutes. Each shape is timed at 1 MB and 5 MB in CPU time; a linear reader costs
// about 5 times as much, a quadratic one 25 times. A benchmark, not a test: speed is
// measured, never asserted (run with -bench Scaling -benchtime 1x).
func BenchmarkHTMLScaling(b *testing.B) {
	shapes := []struct {
		name, head, unit, tail string
	}{
		{"paragraphs", "<html><body><article><h1>T</h1>", "<p>The minister said on Monday that talks would go on. Officials agreed.</p>\n", "</article></body></html>"},
		{"one paragraph", "<html><body><p>", "word and another word, ", "</p></body></html>"},
		{"nested divs", "<html><body>", "<div><p>x</p>", "</body></html>"},
		{"unclosed tags", "<html><body>", "<p><b><i>a ", ""},
		{"links", "<html><body><nav>", "<a href=\"/x\">Home</a> » ", "</nav><p>Text.</p></body></html>"},
		{"table cells", "<html><body><table>", "<tr><td>cell text</td><td>2</td></tr>", "</table></body></html>"},
		{"scripts", "<html><head>", "<script>var a = '<p>';</script>", "</head><body><p>Text.</p></body></html>"},
		{"entities", "<html><body><p>", "&amp;&#8217;&nbsp;&lt;", "</p></body></html>"},
	}
	for _, sh := range shapes {
		b.Run(sh.name, func(b *testing.B) {
			run := func(size int) time.Duration {
				body := strings.Repeat(sh.unit, size/len(sh.unit)+1)
				data := []byte(sh.head + body + sh.tail)
				opts := Options{MaxBytes: 64 << 20}.withDefaults()
				start, cpu0 := time.Now(), cputime.Used()
				readBytes(context.Background(), source{input: "big.html", name: "big.html"}, data, "", nil, opts, func(Item) {})
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
