package eval

import (
	"strings"
	"testing"

	"github.com/sitrep-dev/sitrep/nlp/conllu"
)

func read(t *testing.T, s string) []*conllu.Sentence {
	t.Helper()
	ss, err := conllu.ReadAll(strings.NewReader(s))
	if err != nil {
		t.Fatal(err)
	}
	return ss
}

func TestCoNLLU(t *testing.T) {
	gold := read(t, "1\tTroops\ttroop\tNOUN\tNNS\t_\t2\tnsubj\t_\t_\n2\tleft\tleave\tVERB\tVBD\t_\t0\troot\t_\t_\n3\tBaghdad\tBaghdad\tPROPN\tNNP\t_\t2\tobj\t_\t_\n4\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n")
	// One tag wrong, one head wrong, one relation differing only in subtype.
	pred := read(t, "1\tTroops\ttroop\tNOUN\tNNS\t_\t2\tnsubj:pass\t_\t_\n2\tleft\tleft\tADJ\tJJ\t_\t0\troot\t_\t_\n3\tBaghdad\tBaghdad\tPROPN\tNNP\t_\t2\tobl\t_\t_\n4\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n")
	got, err := CoNLLU(gold, pred)
	if err != nil {
		t.Fatal(err)
	}
	want := Syntax{UPOS: 75, XPOS: 75, Lemma: 75, UAS: 75, LAS: 50, Words: 4}
	if got != want {
		t.Errorf("got %v, want %v", got, want)
	}
	if _, err := CoNLLU(gold, pred[:0]); err == nil {
		t.Error("differing token counts: want an error")
	}
}
