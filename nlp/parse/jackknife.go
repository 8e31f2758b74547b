package parse

import (
	"context"
	"fmt"
	"log/slog"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/sitrep-dev/sitrep"
	"github.com/sitrep-dev/sitrep/nlp/conllu"
	"github.com/sitrep-dev/sitrep/nlp/tag"
)

// jackknife returns copies of train whose UPOS, XPOS and lemmas come from
// taggers that never saw them: sentence i falls in fold i mod k, and each fold is
// tagged by a tagger trained on the other k−1 (dev picks the tagger's epochs, as
// it does for the shipped tagger). The parser then learns from tags as wrong as
// those it gets at run time, which imitating the tagger's errors (noisyTags) did
// not achieve. Folds train concurrently; each is deterministic, so the result
// does not depend on scheduling.
func jackknife(ctx context.Context, train, dev []*conllu.Sentence, k int, log *slog.Logger) ([]*conllu.Sentence, error) {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	start := time.Now()
	taggers, err := tag.Jackknife(ctx, train, dev, k, log)
	if err != nil {
		return nil, err
	}
	out := make([]*conllu.Sentence, len(train))
	var alts []tag.Alternative
	for i, s := range train {
		toks := tokens(s, false)
		alts = taggers[i%k].TagAlternatives(toks, alts)
		cp := *s
		cp.Words = slices.Clone(s.Words)
		for j := range cp.Words {
			w := &cp.Words[j]
			w.Misc = withAlt(w.Misc, alts[j], choiceCost(s.Words[j], toks[j], alts[j]))
			w.UPOS, w.XPOS, w.Lemma = toks[j].UPOS, toks[j].XPOS, toks[j].Lemma
		}
		out[i] = &cp
	}
	words, changed := 0, 0
	for i, s := range out {
		for j, w := range s.Words {
			words++
			if g := train[i].Words[j]; w.UPOS != g.UPOS || w.XPOS != g.XPOS {
				changed++
			}
		}
	}
	log.Info("parser training tags jackknifed", "folds", k, "words", words, "wrong_tags", changed, "took", time.Since(start).Round(time.Second))
	return out, nil
}

// The jackknifed copies carry each word's second choice of tag in its MISC
// column, as altMisc followed by UPOS, XPOS, the margin and the choice's cost
// (choiceCost), separated by tabs, which no CoNLL-U field holds: the
// sentences then carry their alternatives through any reordering of their
// words (reverseSentences), and a joint-tagging parser (JointTags) reads them
// in toExample. Others ignore them.
const altMisc = "AltTag="

func withAlt(misc string, a tag.Alternative, cost int8) string {
	if a.XPOS == "" {
		return misc
	}
	v := fmt.Sprintf("%s%s\t%s\t%g\t%d", altMisc, a.UPOS, a.XPOS, a.Margin, cost)
	if misc == "" || misc == "_" {
		return v
	}
	return misc + "|" + v
}

// readAlt returns the alternative withAlt recorded in misc, if any.
func readAlt(misc string) (a tag.Alternative, cost int8, ok bool) {
	i := strings.Index(misc, altMisc)
	if i < 0 {
		return a, 0, false
	}
	f := strings.Split(misc[i+len(altMisc):], "\t")
	if len(f) != 4 {
		return a, 0, false
	}
	m, err1 := strconv.ParseFloat(f[2], 32)
	c, err2 := strconv.Atoi(f[3])
	if err1 != nil || err2 != nil {
		return a, 0, false
	}
	return tag.Alternative{UPOS: f[0], XPOS: f[1], Margin: float32(m)}, int8(c), true
}

// choiceCost is what taking the first choice rather than the second costs
// the word with gold tags g: +1 when only the second is right, -1 when only
// the first is, 0 otherwise (see tagCosts).
func choiceCost(g conllu.Word, first sitrep.Token, second tag.Alternative) int8 {
	firstOK := first.UPOS == g.UPOS && first.XPOS == g.XPOS
	secondOK := second.UPOS == g.UPOS && second.XPOS == g.XPOS
	switch {
	case secondOK && !firstOK:
		return 1
	case firstOK && !secondOK:
		return -1
	}
	return 0
}
