package parse

import (
	"context"
	"log/slog"
	"testing"
)

// TestJackknife checks that jackknifing changes tags and lemmas only, does so
// deterministically, and tags with taggers that did not see the sentence: a
// tagger trained on a handful of sentences gets many unseen words wrong.
func TestJackknife(t *testing.T) {
	ss := readFixture(t, "testdata/news.conllu")
	log := slog.New(slog.DiscardHandler)
	a, err := jackknife(context.Background(), ss, ss, 3, log)
	if err != nil {
		t.Fatal(err)
	}
	b, err := jackknife(context.Background(), ss, ss, 3, log)
	if err != nil {
		t.Fatal(err)
	}
	words, wrong := 0, 0
	for i, s := range ss {
		if len(a[i].Words) != len(s.Words) {
			t.Fatalf("sentence %d: %d words, want %d", i, len(a[i].Words), len(s.Words))
		}
		for j, w := range s.Words {
			x, y := a[i].Words[j], b[i].Words[j]
			if x.Form != w.Form || x.Head != w.Head || x.DepRel != w.DepRel {
				t.Fatalf("sentence %d word %d: more than the tags changed", i, j)
			}
			if x != y {
				t.Fatalf("sentence %d word %d: not deterministic", i, j)
			}
			words++
			if x.XPOS != w.XPOS {
				wrong++
			}
		}
	}
	if wrong == 0 || wrong == words {
		t.Errorf("%d of %d tags differ from gold: want some but not all", wrong, words)
	}
}

func TestJackknifeFolds(t *testing.T) {
	ss := readFixture(t, "testdata/news.conllu")
	if _, err := jackknife(context.Background(), ss, ss, 1, nil); err == nil {
		t.Error("one fold accepted")
	}
}
