package tokenize

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// TestGolden tokenizes and splits an article written for this test and compares
// the result, one sentence per block and one token per line, with its golden file.
func TestGolden(t *testing.T) {
	raw, err := os.ReadFile(filepath.Join("testdata", "article.txt"))
	if err != nil {
		t.Fatal(err)
	}
	text := string(raw)
	var b strings.Builder
	for _, s := range Sentences(text, nil) {
		fmt.Fprintf(&b, "# sentence %d-%d heading=%v\n", s.Start, s.End, s.Heading)
		for _, tk := range s.Tokens {
			fmt.Fprintf(&b, "%s\t%d-%d\tspace=%v\n", tk.Text, tk.Span.Start, tk.Span.End, tk.SpaceAfter)
		}
		b.WriteString("\n")
	}
	golden := filepath.Join("testdata", "article.golden")
	if *update {
		if err := os.WriteFile(golden, []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	if b.String() != string(want) {
		t.Errorf("output differs from %s (run go test -update to accept); got:\n%s", golden, b.String())
	}
}
