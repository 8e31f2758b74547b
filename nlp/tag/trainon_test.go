package tag

import (
	"context"
	"log/slog"
	"slices"
	"strings"
	"testing"

	"github.com/sitrep-dev/sitrep/nlp/conllu"
)

// sentence builds a sentence from "form/UPOS/XPOS" fields.
func sentence(s string) *conllu.Sentence {
	var out conllu.Sentence
	for i, f := range strings.Fields(s) {
		p := strings.Split(f, "/")
		out.Words = append(out.Words, conllu.Word{ID: i + 1, Form: p[0], Lemma: strings.ToLower(p[0]), UPOS: p[1], XPOS: p[2]})
	}
	return &out
}

// TestTrainOn trains on a few sentences written for this test, one of them
// without tags, and checks that the tagger fits the others.
func TestTrainOn(t *testing.T) {
	train := []*conllu.Sentence{
		sentence("Troops/NOUN/NNS crossed/VERB/VBD the/DET/DT river/NOUN/NN ./PUNCT/."),
		sentence("The/DET/DT minister/NOUN/NN resigned/VERB/VBD on/ADP/IN Monday/PROPN/NNP ./PUNCT/."),
		sentence("Rebels/NOUN/NNS seized/VERB/VBD the/DET/DT town/NOUN/NN ./PUNCT/."),
		sentence("Police/NOUN/NNS arrested/VERB/_ two/NUM/CD men/NOUN/NNS ./PUNCT/."),
	}
	tg, err := TrainOn(context.Background(), train, train[:3], nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range train[:3] {
		up, xp, _ := Evaluate(tg, []*conllu.Sentence{s})
		if up < 1 || xp < 1 {
			t.Errorf("training sentence tagged with UPOS %.2f XPOS %.2f, want 1", up, xp)
		}
	}
	if got := tg.Tags(); strings.Contains(strings.Join(got, " "), "_") {
		t.Errorf("tags %v include the untagged sentence's _", got)
	}
}

// inventedTrain is a handful of sentences written for these tests.
func inventedTrain() []*conllu.Sentence {
	return []*conllu.Sentence{
		sentence("Troops/NOUN/NNS crossed/VERB/VBD the/DET/DT river/NOUN/NN ./PUNCT/."),
		sentence("The/DET/DT minister/NOUN/NN resigned/VERB/VBD on/ADP/IN Monday/PROPN/NNP ./PUNCT/."),
		sentence("Rebels/NOUN/NNS seized/VERB/VBD the/DET/DT town/NOUN/NN ./PUNCT/."),
		sentence("Rebels/NOUN/NNS crossed/VERB/VBD the/DET/DT town/NOUN/NN ./PUNCT/."),
	}
}

// TestTrainEnsemble trains a sum of perceptrons (an experiment of NOTES.md): it
// must still fit the training sentences.
func TestTrainEnsemble(t *testing.T) {
	train := inventedTrain()
	for _, cfg := range []trainConfig{{ensemble: 3, minCount: 1, folds: 4}} {
		tg, err := train1(context.Background(), train, train, cfg, slog.New(slog.DiscardHandler))
		if err != nil {
			t.Fatal(err)
		}
		up, xp, _ := Evaluate(tg, train)
		if up < 1 || xp < 1 {
			t.Errorf("%+v: training sentences tagged with UPOS %.2f XPOS %.2f, want 1", cfg, up, xp)
		}
	}
}

// TestAveragedIsMean: the ensemble's weights are the mean of its members'
// averaged weights, so two copies of one perceptron give that perceptron's, and
// the perceptron beside one that never learnt gives half of them.
func TestAveragedIsMean(t *testing.T) {
	tr := newTrainer(4, nil)
	for i, up := range [][3]int{{7, 1, 2}, {9, 3, 0}, {7, 1, 0}} {
		tr.c = int64(i + 1)
		tr.update([]uint32{uint32(up[0]), 11}, up[1], up[2])
	}
	tr.c = 5
	one, two := averaged([]*trainer{tr}, 0), averaged([]*trainer{tr, tr}, 0)
	if !slices.Equal(one.w, two.w) || !slices.Equal(one.cls, two.cls) || !slices.Equal(one.start, two.start) {
		t.Errorf("one perceptron %v %v, the same twice %v %v", one.cls, one.w, two.cls, two.w)
	}
	if len(one.w) == 0 {
		t.Error("no weights kept")
	}
	half := averaged([]*trainer{tr, newTrainer(4, nil)}, 0)
	for i := range half.w {
		if half.w[i] != one.w[i]/2 {
			t.Errorf("weight %d: %v beside an empty perceptron, want half of %v", i, half.w[i], one.w[i])
		}
	}
}

// TestFrequentFeatures: with a cutoff of 2, the word feature of a word seen
// once is dropped and that of a word seen three times kept.
func TestFrequentFeatures(t *testing.T) {
	var exs []example
	for _, s := range inventedTrain() {
		ex := example{ws: make([]wordInfo, len(s.Words)), gold: make([]int, len(s.Words))}
		for i, w := range s.Words {
			ex.ws[i].set(w.Form, nil, false)
		}
		exs = append(exs, ex)
	}
	freq := frequentFeatures(exs, nil, numBase, 2, false)
	if freq[key(2, hashBytes("minister", true))] {
		t.Error(`"minister", seen once, kept`)
	}
	if !freq[key(2, hashBytes("the", true))] {
		t.Error(`"the", seen four times, dropped`)
	}
}
