package ner

import (
	"testing"

	"github.com/sitrep-dev/sitrep"
	"github.com/sitrep-dev/sitrep/nlp/tag"
)

// TestJackknifeTaggersTag checks that a sentence of the tagger's training data
// is found by its words, in any case, and tagged, and that others are left to
// the caller.
func TestJackknifeTaggersTag(t *testing.T) {
	tg, err := tag.Load()
	if err != nil {
		t.Fatal(err)
	}
	toks := func(words ...string) []sitrep.Token {
		var out []sitrep.Token
		for _, w := range words {
			out = append(out, sitrep.Token{Text: w})
		}
		return out
	}
	jk := &jackknifeTaggers{
		fold:    map[string]int{sentenceKey([]string{"Troops", "entered", "Raqqa", "."}): 1},
		taggers: []*tag.Tagger{nil, tg},
	}
	for _, tc := range []struct {
		words []string
		found bool
	}{
		{[]string{"Troops", "entered", "Raqqa", "."}, true},
		{[]string{"troops", "entered", "raqqa", "."}, true},
		{[]string{"Troops", "entered", "Raqqa"}, false},
		{[]string{"Troops", "left", "Raqqa", "."}, false},
	} {
		s := toks(tc.words...)
		if got := jk.tag(s); got != tc.found {
			t.Errorf("%q: tagged %v, want %v", tc.words, got, tc.found)
		}
		if tagged := s[0].UPOS != ""; tagged != tc.found {
			t.Errorf("%q: UPOS %q, tagged %v", tc.words, s[0].UPOS, tc.found)
		}
	}
	var none *jackknifeTaggers
	if none.tag(toks("Troops", "entered", "Raqqa", ".")) {
		t.Error("a nil jackknifeTaggers tagged a sentence")
	}
}
