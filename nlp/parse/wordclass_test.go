package parse

import (
	"context"
	"errors"
	"testing"

	"github.com/sitrep-dev/sitrep"
	"github.com/sitrep-dev/sitrep/nlp/wordclass"
)

// TestFillGloveAtoms checks that the wordclass atoms follow the classes: case
// does not matter (the vectors are uncased), words of one class share an atom
// at that level and only there, and words without a class share the unknown
// atom, which no class has.
func TestFillGloveAtoms(t *testing.T) {
	words := []string{"Monday", "monday", "tuesday", "envoy", "qqzxv-not-a-word", "zzqxw-nor-this"}
	toks := make([]sitrep.Token, len(words))
	for i, w := range words {
		toks[i] = sitrep.Token{Text: w, UPOS: "NOUN", XPOS: "NN"}
	}
	var x sentence
	x.fill(toks, false, newExtraFeatures(false, false, false, true, nil, nil))
	for i, w := range words {
		c, ok := wordclass.Lookup(w)
		for j, v := range words {
			d, ok2 := wordclass.Lookup(v)
			for _, lv := range []struct {
				name       string
				atoms      []uint64
				same       bool
				bothKnown  bool
				bothUnseen bool
			}{
				{"coarse", x.gc, c.Coarse == d.Coarse, ok && ok2, !ok && !ok2},
				{"mid", x.gm, c.Mid == d.Mid, ok && ok2, !ok && !ok2},
				{"fine", x.gf, c.Fine == d.Fine, ok && ok2, !ok && !ok2},
			} {
				a, b := lv.atoms[i+1], lv.atoms[j+1]
				want := (lv.bothKnown && lv.same) || lv.bothUnseen
				if (a == b) != want {
					t.Errorf("%s atoms of %q and %q: equal %v, want %v", lv.name, w, v, a == b, want)
				}
			}
		}
	}
	if x.gm[0] != atomRoot {
		t.Error("the root has no root atom")
	}
}

// TestReadRefusesUnknownFlags: a model whose flags word has a bit this binary
// does not know is refused, which is how a binary from before the wordclass
// switch refuses a model that uses it.
func TestReadRefusesUnknownFlags(t *testing.T) {
	for _, tc := range []struct {
		flags uint64
		ok    bool
	}{
		{flagGlove, true},
		{flagExt | flagGlove, true},
		{flagGlove << 1, false},
		// The word classes fill the extra templates' budget alone.
		{flagGlove | flagWU, false},
	} {
		d := decoder{b: []byte{byte(tc.flags)}}
		_, e, err := readExtra(&d)
		if (err == nil) != tc.ok {
			t.Errorf("flags %#x: error %v, want ok %v", tc.flags, err, tc.ok)
			continue
		}
		if err != nil && !errors.Is(err, errFormat) {
			t.Errorf("flags %#x: error %v, want errFormat", tc.flags, err)
		}
		if err == nil && e.glove != (tc.flags&flagGlove != 0) {
			t.Errorf("flags %#x: glove %v", tc.flags, e.glove)
		}
	}
}

// TestTrainRefusesTooManyExtraTemplates: the word classes with another extra
// group would overrun the feature arrays, so training says so instead.
func TestTrainRefusesTooManyExtraTemplates(t *testing.T) {
	ss := readFixture(t, "testdata/news.conllu")
	cfg := DefaultTrainConfig()
	cfg.Epochs, cfg.WordClass, cfg.AmbFeatures = 1, true, true
	if _, err := trainOn(context.Background(), ss, ss, cfg, nil); err == nil {
		t.Error("word classes with ambiguity classes trained without error")
	}
}
