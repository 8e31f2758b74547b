package ingest

import (
	"context"
	"strings"
	"testing"
	"time"
)

// TestHTMLLinearTime checks that the HTML reader grows linearly with the page: a
// 5 MB page (a live blog, a pasted archive, a hostile page) must take seconds, not
// minutes. Each shape is timed at 1 MB and 5 MB in CPU time; a linear reader costs
// about 5 times as much, a quadratic one 25 times.
func TestHTMLLinearTime(t *testing.T) {
	if testing.Short() {
		t.Skip("times 5 MB inputs")
	}
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
		t.Run(sh.name, func(t *testing.T) {
			run := func(size int) time.Duration {
				body := strings.Repeat(sh.unit, size/len(sh.unit)+1)
				data := []byte(sh.head + body + sh.tail)
				opts := Options{MaxBytes: 64 << 20}.withDefaults()
				start, cpu0 := time.Now(), cpuTime()
				readBytes(context.Background(), source{input: "big.html", name: "big.html"}, data, "", nil, opts, func(Item) {})
				if d := cpuTime() - cpu0; d > 0 {
					return d
				}
				return time.Since(start)
			}
			small := run(1 << 20)
			large := run(5 << 20)
			t.Logf("1 MB %v, 5 MB %v", small, large)
			// 12 leaves room for the garbage collector and a noisy machine while
			// still failing a quadratic reader (25); 60s is an absolute bound.
			if large > 12*small+200*time.Millisecond || large > 60*time.Second {
				t.Errorf("5 MB took %v against %v for 1 MB: not linear", large, small)
			}
		})
	}
}
