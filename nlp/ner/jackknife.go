package ner

import (
	"context"
	"fmt"
	"log/slog"
	"path/filepath"
	"strings"
	"sync"

	"github.com/sitrep-dev/sitrep"
	"github.com/sitrep-dev/sitrep/nlp/conllu"
	"github.com/sitrep-dev/sitrep/nlp/tag"
)

// jackknifeTaggers tags a sentence the shipped tagger was trained on with a
// tagger that was not: the shipped tagger's training sentences fall into k
// folds (sentence i in fold i mod k), and fold f's sentences are tagged by a
// tagger trained on the others. Sentences are found by their words, case
// folded, so that the lower-cased copies of GUM sentences are found too.
type jackknifeTaggers struct {
	fold    map[string]int
	taggers []*tag.Tagger
}

// jackknifeCache keeps the fold taggers for repeated training in one process
// (cross-validation while tuning); they depend only on the data and k.
var (
	jackknifeMu    sync.Mutex
	jackknifeCache = map[string]*jackknifeTaggers{}
)

func jackknifed(ctx context.Context, dataDir string, k int, log *slog.Logger) (*jackknifeTaggers, error) {
	jackknifeMu.Lock()
	defer jackknifeMu.Unlock()
	key := fmt.Sprint(dataDir, k)
	if jk, ok := jackknifeCache[key]; ok {
		return jk, nil
	}
	train, err := tag.TrainingSentences(dataDir)
	if err != nil {
		return nil, err
	}
	dev, err := conllu.ReadFile(filepath.Join(dataDir, "ud-ewt", "en_ewt-ud-dev.conllu"))
	if err != nil {
		return nil, err
	}
	jk := &jackknifeTaggers{fold: make(map[string]int, len(train))}
	for i, s := range train {
		words := make([]string, len(s.Words))
		for j, w := range s.Words {
			words[j] = w.Form
		}
		key := sentenceKey(words)
		if _, seen := jk.fold[key]; !seen {
			jk.fold[key] = i % k
		}
	}
	if jk.taggers, err = tag.Jackknife(ctx, train, dev, k, log); err != nil {
		return nil, err
	}
	log.Info("ner jackknife taggers trained", "folds", k, "sentences", len(train))
	jackknifeCache[key] = jk
	return jk, nil
}

// tag tags toks with the tagger that did not see them and reports whether it
// did; false (and toks untouched) for a sentence outside the shipped tagger's
// training data, or a nil receiver.
func (jk *jackknifeTaggers) tag(toks []sitrep.Token) bool {
	if jk == nil {
		return false
	}
	words := make([]string, len(toks))
	for i, t := range toks {
		words[i] = t.Text
	}
	f, ok := jk.fold[sentenceKey(words)]
	if !ok {
		return false
	}
	jk.taggers[f].Tag(toks)
	return true
}

func sentenceKey(words []string) string {
	return strings.ToLower(strings.Join(words, "\x00"))
}
