package event

import (
	"strings"
	"testing"

	"github.com/sitrep-dev/sitrep"
)

// words makes tokens of text's space-separated words, each followed by a space.
func words(text string) []sitrep.Token {
	var toks []sitrep.Token
	pos := 0
	for _, w := range strings.Fields(text) {
		toks = append(toks, sitrep.Token{Text: w, Span: sitrep.Span{Start: pos, End: pos + len(w)}, SpaceAfter: true})
		pos += len(w) + 1
	}
	return toks
}

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
	}
	for _, tt := range tests {
		toks := words(tt.text)
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
	toks := words("BEIRUT ( Reuters ) - Air strikes killed 22 people .")
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
