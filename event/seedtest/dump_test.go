package seedtest

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sitrep-dev/sitrep"
	"github.com/sitrep-dev/sitrep/actor"
	"github.com/sitrep-dev/sitrep/event"
	"github.com/sitrep-dev/sitrep/ingest"
	"github.com/sitrep-dev/sitrep/internal/testparser"
)

// TestDumpSeeds prints the parse, mentions and events of the seed sentences that
// contain SEED_GREP: a tool for reading misses, not a check.
func TestDumpSeeds(t *testing.T) {
	grep := os.Getenv("SEED_GREP")
	if grep == "" {
		t.Skip("SEED_GREP not set")
	}
	dir := shared(t)
	items, err := ingest.ReadAll(context.Background(), filepath.Join(dir, "corpus", "seeds"), ingest.Options{})
	if err != nil {
		t.Fatal(err)
	}
	pipe, err := testparser.Pipeline()
	if err != nil {
		t.Skip(err)
	}
	res, _ := actor.Load(actor.Options{})
	c, _ := event.Load(event.Options{})
	for _, it := range items {
		if it.Err != nil {
			continue
		}
		sents := pipe.AnalyzeDocument(it.Doc)
		ms := res.Resolve(it.Doc, sents)
		for si, s := range sents {
			text := it.Doc.Text[s.Start:s.End]
			hit := false
			for _, g := range strings.Split(grep, "|") {
				hit = hit || strings.Contains(text, g)
			}
			if !hit {
				continue
			}
			t.Logf("%s", text)
			for i, tok := range s.Tokens {
				t.Logf("%3d %-16s %-12s %-5s %-4s %3d %s", i+1, tok.Text, tok.Lemma, tok.UPOS, tok.XPOS, tok.Head, tok.DepRel)
			}
			for _, m := range ms {
				if m.Sentence == si {
					t.Logf("mention %d-%d %q %s (%s)", m.Start+1, m.End, m.Text, m.Code, m.Rule)
				}
			}
			for _, ev := range c.Code(it.Doc, sents[si:si+1], shift(ms, si)) {
				t.Logf("event %s %s %s %s %s ← %s", ev.Source.Code, ev.CAMEO, ev.Target.Code, ev.Mode, ev.Verb, ev.Rule)
			}
		}
	}
}

// shift keeps the mentions of sentence si, renumbered as sentence 0.
func shift(ms []sitrep.Mention, si int) []sitrep.Mention {
	var out []sitrep.Mention
	for _, m := range ms {
		if m.Sentence == si {
			m.Sentence = 0
			out = append(out, m)
		}
	}
	return out
}
