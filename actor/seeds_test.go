package actor_test

import (
	"strings"
	"testing"
	"time"

	"github.com/sitrep-dev/sitrep"
	"github.com/sitrep-dev/sitrep/actor"
	"github.com/sitrep-dev/sitrep/actor/internal/gold"
	"github.com/sitrep-dev/sitrep/actor/internal/wordsplit"
)

// TestSeedMentions scores mention-level precision and recall against the gold list
// made from the seed articles (a development set: the resolver was tuned on it), and
// checks that al-Sharaa is SYRGOV wherever a seed names him (four of the five).
func TestSeedMentions(t *testing.T) {
	shared, ok, err := gold.SharedDir()
	if !ok {
		t.Skip("SITREP_SHARED not set: skipping the test that reads ../shared")
	}
	if err != nil {
		t.Fatal(err)
	}
	docs, err := gold.SeedDocs(shared)
	if err != nil {
		t.Fatal(err)
	}
	r, err := actor.Load(actor.Options{Now: func() time.Time { return time.Date(2026, 1, 15, 0, 0, 0, 0, time.UTC) }})
	if err != nil {
		t.Fatal(err)
	}
	res, err := gold.Score(r, "testdata/seeds_mentions.jsonl", docs,
		func(d *sitrep.Document) []sitrep.Sentence { return wordsplit.Sentences(d.Text) })
	if err != nil {
		t.Fatal(err)
	}
	Report(t, "seeds", res)
	// Floors a little under today's figures, so that a regression fails the build.
	// They were 0.95 against the first, resolver-drafted gold; the adjudicated second
	// annotation (testdata/README.md, "Second annotation") scored 0.917/0.871.
	if res.Precision() < 0.91 || res.Recall() < 0.86 {
		t.Errorf("under the 0.91/0.86 floor")
	}
	for _, d := range docs {
		n := 0
		for _, m := range res.Mentions[d.ID] {
			if low := strings.ToLower(m.Text); strings.Contains(low, "sharaa") || strings.Contains(low, "al-shara") {
				n++
				if m.Code != "SYRGOV" {
					t.Errorf("%s: %q resolved to %s, want SYRGOV", d.ID, m.Text, m.Code)
				}
			}
		}
		if n == 0 && strings.Contains(strings.ToLower(d.Text), "shara") {
			t.Errorf("%s: al-Sharaa not resolved", d.ID)
		}
	}
}

// Report logs a score, and with -v every miss and extra.
func Report(t *testing.T, name string, r gold.Result) {
	t.Helper()
	t.Logf("%s: %v", name, r)
	if testing.Verbose() {
		for _, e := range r.Extra {
			t.Logf("extra: %s", e)
		}
		for _, m := range r.Missed {
			t.Logf("missed: %s", m)
		}
	}
}
