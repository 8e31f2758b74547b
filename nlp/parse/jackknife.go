package parse

import (
	"context"
	"fmt"
	"log/slog"
	"runtime"
	"slices"
	"sync"
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
	if k < 2 {
		return nil, fmt.Errorf("jackknife: %d folds, want at least 2", k)
	}
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	out := make([]*conllu.Sentence, len(train))
	errs := make([]error, k)
	sem := make(chan struct{}, max(1, runtime.GOMAXPROCS(0)))
	var wg sync.WaitGroup
	for fold := range k {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem <- struct{}{}
			defer func() { <-sem }()
			errs[fold] = tagFold(ctx, train, dev, out, fold, k, log.With("fold", fold))
		}()
	}
	wg.Wait()
	for fold, err := range errs {
		if err != nil {
			return nil, fmt.Errorf("jackknife fold %d: %w", fold, err)
		}
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
	log.Info("parser training tags jackknifed", "folds", k, "words", words, "wrong_tags", changed)
	return out, nil
}

// tagFold trains a tagger without fold and writes the tagged copies of fold's
// sentences into out.
func tagFold(ctx context.Context, train, dev, out []*conllu.Sentence, fold, k int, log *slog.Logger) error {
	var in []*conllu.Sentence
	for i, s := range train {
		if i%k != fold {
			in = append(in, s)
		}
	}
	start := time.Now()
	tg, err := tag.TrainOn(ctx, in, dev, slog.New(slog.DiscardHandler))
	if err != nil {
		return err
	}
	for i := fold; i < len(train); i += k {
		s := train[i]
		toks := tokens(s, false)
		tg.Tag(toks)
		cp := *s
		cp.Words = slices.Clone(s.Words)
		for j := range cp.Words {
			w := &cp.Words[j]
			w.UPOS, w.XPOS, w.Lemma = toks[j].UPOS, toks[j].XPOS, toks[j].Lemma
		}
		out[i] = &cp
	}
	log.Info("jackknife fold tagged", "trained_on", len(in), "took", time.Since(start).Round(time.Second))
	return nil
}
