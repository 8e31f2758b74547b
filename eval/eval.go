// Package eval scores sitrep's output against gold sets with the same definitions as
// the scorers in ../shared/eval, so that `sitrep eval` and those scripts agree.
package eval

import (
	"fmt"
	"strings"

	"github.com/sitrep-dev/sitrep/nlp/conllu"
)

// Syntax holds CoNLL-U agreement figures in percent over syntactic words.
type Syntax struct {
	UPOS, XPOS, Lemma, UAS, LAS float64
	Words                       int
}

func (s Syntax) String() string {
	return fmt.Sprintf("UPOS %.2f XPOS %.2f LEMMA %.2f UAS %.2f LAS %.2f words %d", s.UPOS, s.XPOS, s.Lemma, s.UAS, s.LAS, s.Words)
}

// CoNLLU compares predicted with gold sentences word by word, as conllu_score.py does:
// multiword ranges and empty nodes are skipped, LAS compares the relation before ':'.
// Both sides must have the same words.
func CoNLLU(gold, pred []*conllu.Sentence) (Syntax, error) {
	var gw, pw []conllu.Word
	for _, s := range gold {
		gw = append(gw, s.Words...)
	}
	for _, s := range pred {
		pw = append(pw, s.Words...)
	}
	if len(gw) != len(pw) {
		return Syntax{}, fmt.Errorf("token count differs: gold %d pred %d", len(gw), len(pw))
	}
	var upos, xpos, lemma, uas, las int
	for i := range gw {
		g, p := gw[i], pw[i]
		if g.UPOS == p.UPOS {
			upos++
		}
		if g.XPOS == p.XPOS {
			xpos++
		}
		if g.Lemma == p.Lemma {
			lemma++
		}
		if g.Head == p.Head {
			uas++
			if baseRel(g.DepRel) == baseRel(p.DepRel) {
				las++
			}
		}
	}
	n := len(gw)
	if n == 0 {
		return Syntax{}, nil
	}
	pc := func(k int) float64 { return float64(k) / float64(n) * 100 }
	return Syntax{UPOS: pc(upos), XPOS: pc(xpos), Lemma: pc(lemma), UAS: pc(uas), LAS: pc(las), Words: n}, nil
}

func baseRel(r string) string {
	b, _, _ := strings.Cut(r, ":")
	return b
}
