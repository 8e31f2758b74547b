package quote

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/sitrep-dev/sitrep"
)

// treeCase is one line of testdata/trees.jsonl: an invented sentence with a tree
// written by hand, so that a rule over one tree shape is tested whichever parser
// the pipeline has. The tagger, the named-entity model and the actor resolver still
// run; only heads and relations are replaced.
type treeCase struct {
	Name  string      `json:"name"`
	Text  string      `json:"text"`
	Words []string    `json:"words"`
	Heads []int       `json:"heads"`
	Rels  []string    `json:"rels"`
	Want  []wantQuote `json:"want"`
}

// TestTreeShapes checks the extractor on parses that one parser or another gives,
// so that its rules read each of them (see thatClause).
func TestTreeShapes(t *testing.T) {
	st, err := stages()
	if err != nil {
		t.Fatal(err)
	}
	f, err := os.Open(filepath.Join("testdata", "trees.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		var c treeCase
		if err := json.Unmarshal(sc.Bytes(), &c); err != nil {
			t.Fatalf("trees.jsonl line %d: %v", n, err)
		}
		t.Run(c.Name, func(t *testing.T) {
			d := &sitrep.Document{ID: "tree", Text: c.Text}
			sents := st.nlp.AnalyzeDocument(d)
			if len(sents) != 1 || len(sents[0].Tokens) != len(c.Words) {
				t.Fatalf("want one sentence of %d words, got %d sentences", len(c.Words), len(sents))
			}
			toks := sents[0].Tokens
			for i := range toks {
				if toks[i].Text != c.Words[i] {
					t.Fatalf("word %d is %q, the fixture says %q", i+1, toks[i].Text, c.Words[i])
				}
				toks[i].Head, toks[i].DepRel = c.Heads[i], c.Rels[i]
			}
			var gotQ []wantQuote
			for _, q := range st.x.Extract(d, sents, st.actors.Resolve(d, sents)) {
				gotQ = append(gotQ, got(q))
			}
			if !slices.EqualFunc(gotQ, c.Want, func(a, b wantQuote) bool { return a.String() == b.String() }) {
				t.Errorf("got %v, want %v", gotQ, c.Want)
			}
		})
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
}
