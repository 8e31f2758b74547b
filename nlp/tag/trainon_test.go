package tag

import (
	"context"
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
