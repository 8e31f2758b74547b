package actor

import (
	"bufio"
	"encoding/json"
	"os"
	"strings"
	"testing"

	"github.com/sitrep-dev/sitrep"
	"github.com/sitrep-dev/sitrep/nlp"
)

// goldMention is one line of testdata/seeds_mentions.jsonl (see testdata/README.md).
type goldMention struct {
	Doc     string   `json:"doc"`
	Context string   `json:"context"` // a short, unique stretch of the article around the mention
	Text    string   `json:"text"`
	Codes   []string `json:"codes"` // acceptable codes, exact
}

// TestSeedMentions scores mention-level precision and recall against the gold list
// made from the seed articles. Every resolved mention (Code != "") counts for
// precision; a gold mention is found when a resolved mention overlaps its span with
// an acceptable code.
func TestSeedMentions(t *testing.T) {
	p, rec := scoreSeeds(t, func(d *sitrep.Document) []sitrep.Sentence { return analyse(d.Text) })
	// Floors a little under today's figures, so that a regression fails the build.
	if p < 0.95 || rec < 0.95 {
		t.Errorf("precision %.3f / recall %.3f under the 0.95 floor", p, rec)
	}
}

// TestSeedMentionsNLP scores the same gold with sentences from the NLP backbone, as
// the pipeline runs: tags, dependencies and entities change what resolution sees.
func TestSeedMentionsNLP(t *testing.T) {
	if testing.Short() {
		t.Skip("loads the NLP models")
	}
	pipe, err := nlp.Default()
	if err != nil {
		t.Skipf("NLP backbone not available: %v", err)
	}
	p, rec := scoreSeeds(t, pipe.AnalyzeDocument)
	if p < 0.90 || rec < 0.90 {
		t.Errorf("precision %.3f / recall %.3f under the 0.90 floor", p, rec)
	}
}

func scoreSeeds(t *testing.T, analyse func(*sitrep.Document) []sitrep.Sentence) (precision, recall float64) {
	t.Helper()
	dir := sharedDir(t)
	r := shippedResolver(t)
	f, err := os.Open("testdata/seeds_mentions.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	type span struct{ start, end int }
	gold := map[string][]struct {
		goldMention
		span
	}{}
	sc := bufio.NewScanner(f)
	docs := map[string]string{}
	for _, d := range seedDocs(t, dir) {
		docs[d.ID] = d.Text
	}
	n := 0
	for sc.Scan() {
		var g goldMention
		if err := json.Unmarshal(sc.Bytes(), &g); err != nil {
			t.Fatalf("gold line %d: %v", n+1, err)
		}
		text := docs[g.Doc]
		at := strings.Index(text, g.Context)
		if at < 0 || strings.Count(text, g.Context) != 1 || !strings.Contains(g.Context, g.Text) {
			t.Fatalf("gold line %d: context %q not unique in %s or text %q not in it", n+1, g.Context, g.Doc, g.Text)
		}
		s := at + strings.Index(g.Context, g.Text)
		gold[g.Doc] = append(gold[g.Doc], struct {
			goldMention
			span
		}{g, span{s, s + len(g.Text)}})
		n++
	}
	var sys, correct, found int
	sharaa := 0
	for _, d := range seedDocs(t, dir) {
		ms := r.Resolve(d, analyse(d))
		used := make([]bool, len(gold[d.ID]))
		for _, m := range ms {
			if m.Code == "" {
				continue
			}
			sys++
			if strings.Contains(strings.ToLower(m.Text), "sharaa") || strings.Contains(strings.ToLower(m.Text), "al-shara") {
				sharaa++
				if m.Code != "SYRGOV" {
					t.Errorf("%s: %q resolved to %s, want SYRGOV", d.ID, m.Text, m.Code)
				}
			}
			ok := false
			for i, g := range gold[d.ID] {
				if m.Span.Start < g.end && g.start < m.Span.End && contains(g.Codes, m.Code) {
					ok = true
					if !used[i] {
						used[i] = true
						found++
					}
				}
			}
			if ok {
				correct++
			} else if testing.Verbose() {
				t.Logf("extra: %s %q %s (%s)", d.ID, m.Text, m.Code, m.Rule)
			}
		}
		if testing.Verbose() {
			for i, g := range gold[d.ID] {
				if !used[i] {
					t.Logf("missed: %s %q %v in %q", d.ID, g.Text, g.Codes, g.Context)
				}
			}
		}
	}
	p := float64(correct) / float64(sys)
	rec := float64(found) / float64(n)
	t.Logf("seed mentions: precision %.3f (%d/%d) recall %.3f (%d/%d) F1 %.3f", p, correct, sys, rec, found, n, 2*p*rec/(p+rec))
	if sharaa < 5 {
		t.Errorf("al-Sharaa resolved %d times in the seeds, want at least one per article", sharaa)
	}
	return p, rec
}

func contains(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}
