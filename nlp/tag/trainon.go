package tag

import (
	"context"
	"fmt"
	"log/slog"
	"runtime"
	"sync"

	"github.com/sitrep-dev/sitrep/nlp/conllu"
)

// TrainOn trains a tagger on the given sentences as Train does on the shared
// treebanks, choosing epochs by accuracy on dev. Sentences with a word that lacks
// a form or a tag are skipped. It lets other packages jackknife: tag each part of
// their own training data with a tagger that never saw that part, so that they
// learn from tags as imperfect as the ones they will get on new text.
func TrainOn(ctx context.Context, train, dev []*conllu.Sentence, log *slog.Logger) (*Tagger, error) {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	kept := make([]*conllu.Sentence, 0, len(train))
	for _, s := range train {
		if complete(s) {
			kept = append(kept, s)
		}
	}
	return train1(ctx, kept, dev, defaultConfig, log)
}

// complete reports whether every word of s carries a form and both tags.
func complete(s *conllu.Sentence) bool {
	if len(s.Words) == 0 {
		return false
	}
	for _, w := range s.Words {
		if w.Form == "_" || w.UPOS == "_" || w.XPOS == "_" || w.UPOS == "" || w.XPOS == "" {
			return false
		}
	}
	return true
}

// TrainingSentences returns the sentences the shipped tagger is trained on (EWT
// train and GUM's train documents under dataDir), so that another package can
// tell which of its own sentences the tagger has seen and jackknife them.
func TrainingSentences(dataDir string) ([]*conllu.Sentence, error) {
	return readTrain(dataDir, defaultConfig.gumDev)
}

// Jackknife trains k taggers for jackknifing train: sentence i is in fold i
// mod k, and tagger f is trained (TrainOn, epochs chosen on dev) on the
// sentences outside fold f, so that it tags fold f as a tagger that never saw
// them would. The taggers train concurrently, GOMAXPROCS at a time; each is
// deterministic, so the result does not depend on scheduling.
func Jackknife(ctx context.Context, train, dev []*conllu.Sentence, k int, log *slog.Logger) ([]*Tagger, error) {
	if k < 2 {
		return nil, fmt.Errorf("jackknife: %d folds, want at least 2", k)
	}
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	taggers := make([]*Tagger, k)
	errs := make([]error, k)
	sem := make(chan struct{}, max(1, runtime.GOMAXPROCS(0)))
	var wg sync.WaitGroup
	for fold := range k {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem <- struct{}{}
			defer func() { <-sem }()
			var in []*conllu.Sentence
			for i, s := range train {
				if i%k != fold {
					in = append(in, s)
				}
			}
			taggers[fold], errs[fold] = TrainOn(ctx, in, dev, nil)
			log.Info("jackknife tagger trained", "fold", fold, "trained_on", len(in))
		}()
	}
	wg.Wait()
	for fold, err := range errs {
		if err != nil {
			return nil, fmt.Errorf("jackknife fold %d: %w", fold, err)
		}
	}
	return taggers, nil
}
