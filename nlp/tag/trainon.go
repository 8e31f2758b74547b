package tag

import (
	"context"
	"log/slog"

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
