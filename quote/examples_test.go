package quote

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/sitrep-dev/sitrep"
	"github.com/sitrep-dev/sitrep/ingest"
)

// goldQuote is one line of testdata/examples.gold.jsonl: a quote annotated by hand in
// the project's example storyline (see testdata/README.md for the guidelines).
// Spans are in characters, as the API gives them.
type goldQuote struct {
	Doc         string `json:"doc"`
	Kind        string `json:"kind"`
	Speaker     string `json:"speaker"`
	SpeakerSpan [2]int `json:"speaker_span"`
	Code        string `json:"code"`
	Verb        string `json:"verb"`
	Text        string `json:"text"`
	Span        [2]int `json:"span"`
	Target      string `json:"target"`
}

// goldScore counts extracted quotes against the gold.
type goldScore struct {
	gold, found int
	// matched: same document, same verb, overlapping words. strict: matched, and
	// the words, the kind and the speaker's code are exactly the gold's. speaker:
	// matched, with the right code and a speaker span over the gold speaker's words.
	matched, strict, speaker int
	notes                    []string
}

func (s goldScore) String() string {
	pr := func(n int) string {
		return fmt.Sprintf("P %.2f R %.2f", float64(n)/float64(max(s.found, 1)), float64(n)/float64(max(s.gold, 1)))
	}
	return fmt.Sprintf("%d gold, %d found; matched %d (%s); speaker right %d (%s); strict %d (%s)",
		s.gold, s.found, s.matched, pr(s.matched), s.speaker, pr(s.speaker), s.strict, pr(s.strict))
}

func overlapChars(a, b [2]int) int { return max(0, min(a[1], b[1])-max(a[0], b[0])) }

// scoreGold pairs each gold quote with the unpaired extracted quote of its document
// and verb whose words overlap it most.
func scoreGold(gold []goldQuote, got map[string][]sitrep.Quote) goldScore {
	s := goldScore{gold: len(gold)}
	used := map[string]bool{}
	for _, qs := range got {
		s.found += len(qs)
	}
	for _, g := range gold {
		best, bo := -1, 0
		for i, q := range got[g.Doc] {
			if o := overlapChars(g.Span, q.CharSpan); q.Verb == g.Verb && !used[q.ID] && o > bo {
				best, bo = i, o
			}
		}
		if best < 0 {
			s.notes = append(s.notes, fmt.Sprintf("missed: %s %s(%s) %s %q", g.Doc, g.Speaker, g.Code, g.Verb, g.Text))
			continue
		}
		q := got[g.Doc][best]
		used[q.ID] = true
		s.matched++
		if q.Speaker.Code == g.Code && overlapChars(g.SpeakerSpan, q.SpeakerCharSpan) > 0 {
			s.speaker++
		}
		if q.Speaker.Code == g.Code && q.Kind == g.Kind && q.CharSpan == g.Span {
			s.strict++
		} else {
			s.notes = append(s.notes, fmt.Sprintf("not strict: %s %s(%s) %s %q, got %s(%s) %s %q", g.Doc, g.Speaker, g.Code, g.Kind, g.Text, q.Speaker.Text, q.Speaker.Code, q.Kind, q.Text))
		}
	}
	for d, qs := range got {
		for _, q := range qs {
			if !used[q.ID] {
				s.notes = append(s.notes, fmt.Sprintf("extra: %s %s(%s) %s %q", d, q.Speaker.Text, q.Speaker.Code, q.Verb, q.Text))
			}
		}
	}
	return s
}

func readGold(t *testing.T, path string) []goldQuote {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []goldQuote
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		var g goldQuote
		if err := json.Unmarshal(sc.Bytes(), &g); err != nil {
			t.Fatalf("%s line %d: %v", path, n, err)
		}
		out = append(out, g)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// TestExamplesGold scores the extractor on the quotes annotated by hand in
// examples/storyline (invented articles, read through the ingest stage as `sitrep
// ingest` reads them). The floors sit a little under the figures when the gold was
// written (see testdata/README.md); a change that loses quotes fails here.
func TestExamplesGold(t *testing.T) {
	st, err := stages()
	if err != nil {
		t.Fatal(err)
	}
	gold := readGold(t, filepath.Join("testdata", "examples.gold.jsonl"))
	items, err := ingest.ReadAll(context.Background(), filepath.Join("..", "examples", "storyline"), ingest.Options{})
	if err != nil {
		t.Fatal(err)
	}
	docs := map[string]*sitrep.Document{}
	for _, it := range items {
		if it.Err == nil {
			docs[it.Doc.ID] = it.Doc
		}
	}
	// The gold must still describe the texts: a changed example article makes it stale.
	for _, g := range gold {
		d := docs[g.Doc]
		if d == nil {
			t.Fatalf("gold document %q not in examples/storyline", g.Doc)
		}
		r := []rune(d.Text)
		if g.Span[1] > len(r) || string(r[g.Span[0]:g.Span[1]]) != g.Text ||
			g.SpeakerSpan[1] > len(r) || string(r[g.SpeakerSpan[0]:g.SpeakerSpan[1]]) != g.Speaker {
			t.Fatalf("gold %s %q: spans do not hold the words; re-annotate the changed article", g.Doc, g.Text)
		}
	}
	got := map[string][]sitrep.Quote{}
	for id, d := range docs {
		got[id] = st.extract(d)
		for _, q := range got[id] {
			checkSpans(t, d.Text, q)
		}
	}
	s := scoreGold(gold, got)
	t.Logf("examples: %v", s)
	for _, n := range s.notes {
		t.Log(n)
	}
	// Floors a little under the figures measured with the gold (testdata/README.md):
	// matched P 1.00 R 0.96, speaker P 1.00 R 0.96, strict P 0.92 R 0.89.
	for _, f := range []struct {
		what string
		n    int
		p, r float64
	}{{"matched", s.matched, 0.95, 0.90}, {"speaker", s.speaker, 0.95, 0.90}, {"strict", s.strict, 0.85, 0.82}} {
		p, r := float64(f.n)/float64(max(s.found, 1)), float64(f.n)/float64(max(s.gold, 1))
		if p < f.p || r < f.r {
			t.Errorf("%s: P %.2f R %.2f under the floor %.2f/%.2f", f.what, p, r, f.p, f.r)
		}
	}
}

// TestScoreGold checks the scorer on a made-up pair of documents: the pairing by
// verb and overlap, strictness, extras and misses.
func TestScoreGold(t *testing.T) {
	gold := []goldQuote{
		{Doc: "a", Kind: "indirect", Code: "X", Verb: "say", Span: [2]int{10, 20}, SpeakerSpan: [2]int{0, 5}},
		{Doc: "a", Kind: "indirect", Code: "", Verb: "according to", Span: [2]int{10, 20}, SpeakerSpan: [2]int{30, 35}},
		{Doc: "b", Kind: "direct", Code: "Y", Verb: "say", Span: [2]int{0, 8}, SpeakerSpan: [2]int{10, 12}},
	}
	got := map[string][]sitrep.Quote{
		"a": {
			{ID: "a1", Kind: "indirect", Verb: "say", CharSpan: [2]int{10, 20}, SpeakerCharSpan: [2]int{0, 5}, Speaker: sitrep.EventActor{Code: "X"}},
			{ID: "a2", Kind: "indirect", Verb: "according to", CharSpan: [2]int{0, 20}, SpeakerCharSpan: [2]int{30, 35}},
			{ID: "a3", Kind: "indirect", Verb: "say", CharSpan: [2]int{40, 50}},
		},
		"b": {{ID: "b1", Kind: "direct", Verb: "say", CharSpan: [2]int{0, 8}, SpeakerCharSpan: [2]int{20, 25}, Speaker: sitrep.EventActor{Code: "Y"}}},
	}
	s := scoreGold(gold, got)
	if s.gold != 3 || s.found != 4 || s.matched != 3 || s.strict != 2 || s.speaker != 2 {
		t.Errorf("score %v, want 3 gold, 4 found, 3 matched, 2 strict (a2's words differ), 2 speaker (b1's span misses)", s)
	}
}
