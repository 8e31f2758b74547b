package quantity

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files")

// TestGoldenDispatch finds the quantities of a dispatch written for this test and
// compares them to testdata/dispatch.golden. Run with -update after a deliberate
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
	for i, s := range sents {
		for _, q := range Find(s, text) {
			if text[q.Span.Start:q.Span.End] != q.Text {
				t.Errorf("span %v is not %q", q.Span, q.Text)
			}
			line, err := json.Marshal(struct {
				Sentence int `json:"sentence"`
				Value    float64
				Approx   string
				Unit     string
				Text     string
			}{i + 1, q.Value, q.Approx, q.Unit, q.Text})
			if err != nil {
				t.Fatal(err)
			}
			b.Write(line)
			b.WriteByte('\n')
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
		t.Errorf("quantities differ from %s (run with -update to accept):\ngot:\n%s\nwant:\n%s", golden, got, want)
	}
}
