package main

import (
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/sitrep-dev/sitrep/nlp/ner"
)

// TestWrittenLabels checks that every label of a written sentence ("tone:"
// ids) names a sentence of frame/data/written and one of its names, and that
// every name there is labelled: a sentence edited after labelling changes its
// hash and would silently lose its labels.
func TestWrittenLabels(t *testing.T) {
	sents, err := ner.WrittenSentences(os.DirFS("../../data/written"), "*.txt", "tone")
	if err != nil {
		t.Fatal(err)
	}
	names := map[string]int{}
	for _, s := range sents {
		names[s.Key] = len(s.Entities)
	}
	labels, err := readLabels("../../data/target-tone-written.tsv")
	if err != nil {
		t.Fatal(err)
	}
	labelled := map[string]int{}
	for id := range labels {
		key, n, ok := strings.Cut(id, "#")
		if !strings.HasPrefix(key, "tone:") {
			continue
		}
		i, err := strconv.Atoi(n)
		if !ok || err != nil || i < 1 || i > names[key] || id != key+"#"+strconv.Itoa(i) {
			t.Errorf("label %s: no such sentence or name in frame/data/written", id)
			continue
		}
		labelled[key]++
	}
	var missing int
	for key, n := range names {
		if labelled[key] != n {
			missing++
		}
	}
	if missing > 0 {
		t.Errorf("%d of %d written sentences have names without a label", missing, len(names))
	}
	t.Logf("%d written sentences, %d labelled", len(names), len(labelled))
}
