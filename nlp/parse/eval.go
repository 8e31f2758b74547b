package parse

import (
	"strings"

	"github.com/sitrep-dev/sitrep/nlp/conllu"
)

// Evaluate parses gold and returns the unlabelled and labelled attachment scores
// in percent over all words, punctuation included, comparing relations without
// their subtype as /work/shared/eval/conllu_score.py does. With useGoldTags false
// the words are tagged by the nlp/tag tagger first.
func Evaluate(p *Parser, gold []*conllu.Sentence, useGoldTags bool) (uas, las float64) {
	sc := evaluateDetail(p, gold, useGoldTags)
	return sc.uas(), sc.las()
}

func evaluate(p *Parser, gold []*conllu.Sentence, useGoldTags bool) (uas, las float64) {
	return Evaluate(p, gold, useGoldTags)
}

// scores counts attachments overall and per gold relation (full, with subtype).
type scores struct {
	words, ua, la int
	rel           map[string]*relScore
}

type relScore struct {
	gold, ua, la int // la: head and full relation right
}

func (s scores) uas() float64 { return pct(s.ua, s.words) }
func (s scores) las() float64 { return pct(s.la, s.words) }

func pct(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return 100 * float64(a) / float64(b)
}

func evaluateDetail(p *Parser, gold []*conllu.Sentence, useGoldTags bool) scores {
	sc := scores{rel: map[string]*relScore{}}
	for _, s := range gold {
		toks := tokens(s, useGoldTags)
		if !useGoldTags {
			tagTokens(toks)
		}
		p.Parse(toks)
		for i, w := range s.Words {
			r := sc.rel[w.DepRel]
			if r == nil {
				r = &relScore{}
				sc.rel[w.DepRel] = r
			}
			sc.words++
			r.gold++
			if toks[i].Head != w.Head {
				continue
			}
			sc.ua++
			r.ua++
			if baseRel(toks[i].DepRel) == baseRel(w.DepRel) {
				sc.la++
			}
			if toks[i].DepRel == w.DepRel {
				r.la++
			}
		}
	}
	return sc
}

func baseRel(r string) string {
	b, _, _ := strings.Cut(r, ":")
	return b
}
