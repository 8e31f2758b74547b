package timex

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files")

// TestGoldenDispatch resolves the time expressions of a dispatch written for this
// test, published on Monday 10 November 2025 (and again as if known only to the
// month), against testdata/dispatch.golden. Run with -update after a deliberate
// change and review the diff.
func TestGoldenDispatch(t *testing.T) {
	raw, err := os.ReadFile(filepath.Join("testdata", "dispatch.txt"))
	if err != nil {
		t.Fatal(err)
	}
	text := string(raw)
	sents := document(text)
	sents[0].Heading = true
	var b strings.Builder
	for _, prec := range []string{"day", "month"} {
		pub := day("2025-11-10")
		if prec == "month" {
			pub = day("2025-11-01")
		}
		for i, s := range sents {
			for _, e := range Resolve(s, text, pub, prec) {
				line, err := json.Marshal(struct {
					Precision string `json:"published_precision"`
					Sentence  int    `json:"sentence"`
					Expr
				}{prec, i + 1, e})
				if err != nil {
					t.Fatal(err)
				}
				b.Write(line)
				b.WriteByte('\n')
			}
		}
	}
	golden := filepath.Join("testdata", "dispatch.golden")
	if *update {
		if err := os.WriteFile(golden, []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	if got := b.String(); got != string(want) {
		t.Errorf("expressions differ from %s (run with -update to accept):\ngot:\n%s\nwant:\n%s", golden, got, want)
	}
}
