package place

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files")

// TestGoldenDispatch runs FindInDocument over a dispatch written for this test and
// compares every place it finds, with its coordinates, to testdata/dispatch.golden.
// Run with -update after a deliberate change and review the diff. Known loss kept
// in the golden file: after "Michael Jordan" in sentence 5, the bare "Jordan" of
// sentence 6 is taken for him (with NER, a GPE entity would restore it).
func TestGoldenDispatch(t *testing.T) {
	g := load(t)
	raw, err := os.ReadFile(filepath.Join("testdata", "dispatch.txt"))
	if err != nil {
		t.Fatal(err)
	}
	text := string(raw)
	sents := document(text)
	sents[0].Heading = true
	type row struct {
		Sentence int     `json:"sentence"`
		Text     string  `json:"text"`
		Name     string  `json:"name"`
		Country  string  `json:"country,omitempty"`
		Lat      float64 `json:"lat"`
		Lon      float64 `json:"lon"`
		ID       int     `json:"geonameid,omitempty"`
	}
	var b strings.Builder
	for i, ps := range g.FindInDocument(text, sents) {
		for _, p := range ps {
			if text[p.Span.Start:p.Span.End] != p.Text {
				t.Errorf("span %v is not %q", p.Span, p.Text)
			}
			line, err := json.Marshal(row{i + 1, p.Text, p.Name, p.Country, p.Lat, p.Lon, p.GeonameID})
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
		t.Errorf("places differ from %s (run with -update to accept):\ngot:\n%s\nwant:\n%s", golden, got, want)
	}
}
