package event

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

// TestRereadTrees checks the trees the coder rereads before coding (regerund,
// readverbial, reattribute, reresult, reobject) against testdata/retree.conllu:
// exactly the tokens listed change, to the head and relation listed, and the
// sentence's own tokens stay as the parser gave them.
func TestRereadTrees(t *testing.T) {
	for _, cs := range readRaw(t, "testdata/retree.conllu") {
		id := cs.Meta("sent_id")
		t.Run(id, func(t *testing.T) {
			s, _ := toSentence(cs)
			orig := slices.Clone(s.Tokens)
			var want []string
			if w := cs.Meta("reread"); w != "none" {
				want = strings.Fields(w)
			}
			tr := newTree(s.Tokens, nil)
			var got []string
			for i, tok := range tr.toks {
				if tok.Head != orig[i].Head || tok.DepRel != orig[i].DepRel {
					got = append(got, fmt.Sprintf("%d>%d:%s", i+1, tok.Head, tok.DepRel))
				}
				if h := tr.head[i]; h+1 != tok.Head {
					t.Errorf("token %d: tree head %d, token head %d", i+1, h+1, tok.Head)
				}
			}
			if !slices.Equal(got, want) {
				t.Errorf("reread %v, want %v", got, want)
			}
			if !slices.Equal(s.Tokens, orig) {
				t.Errorf("the sentence's own tokens changed")
			}
		})
	}
}
