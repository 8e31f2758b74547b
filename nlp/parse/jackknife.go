package parse

import (
	"context"
	"log/slog"
	"slices"
	"time"

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
	for i, s := range train {
		toks := tokens(s, false)
		taggers[i%k].Tag(toks)
		cp := *s
		cp.Words = slices.Clone(s.Words)
		for j := range cp.Words {
			w := &cp.Words[j]
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
