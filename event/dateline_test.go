package event

import (
	"testing"

	"github.com/sitrep-dev/sitrep"
	"github.com/sitrep-dev/sitrep/internal/testtok"
)

// TestDatelineLen covers what the coder decides about a dateline without its
// dash (the shapes themselves are dateline.Scan's, tested there).
func TestDatelineLen(t *testing.T) {
	tests := []struct {
		text     string
		mentions []int // token indexes an actor mention covers
		want     int
	}{
		{"BEIRUT ( Reuters ) - Air strikes killed 22 people", nil, 5},
		{"BEIRUT August 21 ( AP ) Syrian regime forces", nil, 6},
		{"BEIRUT At least 15 people were killed", nil, 1},
		// an actor in capitals is a headline's subject, not a place filed from
		{"ISIS Fighters Seize Town", []int{0}, 0},
		// a region alone is no dateline without the dash
		{"NATO , Turkey Condemn Russian Airstrikes", []int{0, 2}, 0},
		{"NATO , Turkey Condemn Russian Airstrikes", nil, 0},
		{"UN officials said", nil, 0},
		// a bracketed byline opening the sentence
		{"( TRT World and Agencies ) Two Russian pilots were killed", nil, 6},
		{"( Reuters ) - Air strikes killed 22 people", nil, 4},
		{"( The toll could rise ) officials said", nil, 0},
	}
	for _, tt := range tests {
		toks := testtok.Words(tt.text)
		var ms []sitrep.Mention
		for _, k := range tt.mentions {
			ms = append(ms, sitrep.Mention{Start: k, End: k + 1, Code: "XXX"})
		}
		tr := newTree(toks, ms)
		if got := tr.datelineLen(); got != tt.want {
			t.Errorf("datelineLen(%q) = %d, want %d", tt.text, got, tt.want)
		}
	}
}

// TestRedateline checks the tree after the dateline is detached: the clause the
// parser hung on a dateline word is the root, not the full stop that also hung
// there, and no word of the sentence is left under the dateline.
func TestRedateline(t *testing.T) {
	// BEIRUT ( Reuters ) - Air strikes killed 22 people . — as the parser gave
	// it: BEIRUT the root, "killed" a parataxis of "Reuters", the full stop on
	// BEIRUT
	toks := testtok.Words("BEIRUT ( Reuters ) - Air strikes killed 22 people .")
	heads := []int{0, 3, 1, 3, 8, 7, 8, 3, 10, 8, 1}
	rels := []string{"root", "punct", "appos", "punct", "punct", "compound", "nsubj", "parataxis", "nummod", "obj", "punct"}
	for i := range toks {
		toks[i].Head, toks[i].DepRel = heads[i], rels[i]
	}
	toks[10].UPOS = "PUNCT"
	tr := newTree(toks, nil)
	if tr.head[7] != -1 || tr.toks[7].DepRel != "root" {
		t.Errorf("killed: head %d %s, want the root", tr.head[7], tr.toks[7].DepRel)
	}
	for i := 5; i < len(toks); i++ {
		if h := tr.head[i]; h >= 0 && h < 5 {
			t.Errorf("%s still hangs on the dateline's %s", toks[i].Text, toks[h].Text)
		}
	}
	if toks[7].Head != 3 {
		t.Errorf("the caller's tokens changed")
	}
}

// TestRedatelineNoCycle: a word hung under a dateline word other than the
// dateline's first outside-headed one must not be promoted to a head below
// itself (a cycle, which made span recurse without end).
func TestRedatelineNoCycle(t *testing.T) {
	for _, tc := range []struct {
		text  string
		heads []int
		rels  []string
	}{
		// BEIRUT a compound of "Rebels", "attacked" a parataxis of "Reuters"
		{"BEIRUT ( Reuters ) - Rebels attacked Assad forces .",
			[]int{6, 3, 0, 3, 7, 7, 3, 9, 7, 7},
			[]string{"compound", "punct", "root", "punct", "punct", "nsubj", "parataxis", "compound", "obj", "punct"}},
		{"DAMASCUS — At", []int{3, 0, 2}, []string{"nmod", "root", "dep"}},
	} {
		toks := testtok.Words(tc.text)
		for i := range toks {
			toks[i].Head, toks[i].DepRel = tc.heads[i], tc.rels[i]
		}
		tr := newTree(toks, nil)
		for i := range tr.head {
			j := i
			for steps := 0; j >= 0; steps++ {
				if steps > len(tr.head) {
					t.Fatalf("%q: token %d is in a cycle (heads %v)", tc.text, i, tr.head)
				}
				j = tr.head[j]
			}
		}
	}
}
