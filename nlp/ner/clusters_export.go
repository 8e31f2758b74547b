package ner

import (
	"github.com/sitrep-dev/sitrep/nlp/internal/cluster"
)

// WordClusters induces word clusters from the training-side text under dataDir
// (EWT train and dev, GUM train and dev; see cluster.Text) with the same code and
// settings as the recogniser's own, minCount, kCoarse and kFine aside: each word
// seen at least minCount times, lowercased, gets a path "c<coarse>.<fine>". It
// lets another model (the dependency parser) use the clusters as features
// without a copy of the induction.
func WordClusters(dataDir string, minCount, kCoarse, kFine int, seed uint64) (map[string]string, error) {
	var docs []string
	for _, split := range []string{"train", "dev"} {
		d, err := gumSplit(dataDir, split)
		if err != nil {
			return nil, err
		}
		docs = append(docs, d...)
	}
	text, err := cluster.Text(dataDir, docs)
	if err != nil {
		return nil, err
	}
	return cluster.Induce(text, minCount, 1000, kCoarse, kFine, seed), nil
}
