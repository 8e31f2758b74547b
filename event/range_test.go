package event

import (
	"testing"

	"github.com/sitrep-dev/sitrep/internal/testtok"
)

// TestRangeIdiom: a gerund whose object is a range or a distance measures a
// reach ("seized a hill within firing range of Manbij"); a gerund with any
// other object is a use of force ("firing rockets at Manbij").
func TestRangeIdiom(t *testing.T) {
	cases := []struct {
		text  string
		heads []int
		rels  []string
		verb  int
		want  bool
	}{
		{"they seized a hill within firing range of Manbij",
			[]int{2, 0, 4, 2, 6, 2, 6, 9, 7}, []string{"nsubj", "root", "det", "obj", "mark", "advcl", "obj", "case", "nmod"}, 5, true},
		{"they kept firing rockets at Manbij",
			[]int{2, 0, 2, 3, 6, 3}, []string{"nsubj", "root", "xcomp", "obj", "case", "obl"}, 2, false},
	}
	for _, c := range cases {
		toks := testtok.Words(c.text)
		for i := range toks {
			toks[i].Head, toks[i].DepRel = c.heads[i], c.rels[i]
		}
		toks[c.verb].UPOS, toks[c.verb].XPOS, toks[c.verb+1].UPOS = "VERB", "VBG", "NOUN"
		tr := newTree(toks, nil)
		if got := rangeIdiom(tr, c.verb); got != c.want {
			t.Errorf("%q: rangeIdiom(%s) = %v, want %v", c.text, toks[c.verb].Text, got, c.want)
		}
	}
}
