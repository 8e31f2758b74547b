package actor

import (
	"strings"
	"testing"
	"time"

	"github.com/sitrep-dev/sitrep"
)

// TestForceModifiers checks that a country, demonym or role noun modifying a noun
// of force is kept as its agent when the resolver is told which nouns those are
// (the pipeline asks the event dictionary), and dropped as before otherwise: "U.S.
// air strikes" after "in" is no place, "Russian air raids" no description of a
// thing, "government siege" refers back to the sentence's state.
func TestForceModifiers(t *testing.T) {
	force := func(w string) bool {
		return inSet(w, "STRIKE", "STRIKES", "RAID", "RAIDS", "SIEGE")
	}
	with, err := Load(Options{ForceNoun: force, Now: func() time.Time { return time.Date(2026, 1, 15, 0, 0, 0, 0, time.UTC) }})
	if err != nil {
		t.Fatal(err)
	}
	without := shippedResolver(t)
	tests := []struct {
		name          string
		rows          []string
		want, without []string
	}{
		{"demonym before a raid", []string{
			"Russian Russian ADJ JJ 3 amod", "air air NOUN NN 3 compound", "raids raid NOUN NNS 4 nsubj",
			"hit hit VERB VBD 0 root", "Homs Homs PROPN NNP 4 obj", ". . PUNCT . 4 punct",
		}, []string{"Russian=RUS", "Homs=SYR"}, []string{"Homs=SYR"}},
		{"country in an adjunct of place", []string{
			"Six six NUM CD 2 nummod", "people people NOUN NNS 4 nsubj:pass", "were be AUX VBD 4 aux:pass",
			"killed kill VERB VBN 0 root", "in in ADP IN 8 case", "U.S. U.S. PROPN NNP 8 compound",
			"air air NOUN NN 8 compound", "strikes strike NOUN NNS 4 obl", ". . PUNCT . 4 punct",
		}, []string{"U.S.=USA"}, nil},
		{"role noun refers to the sentence's state", []string{
			"Syrian Syrian ADJ JJ 2 amod", "officials official NOUN NNS 3 nsubj", "denied deny VERB VBD 0 root",
			"that that SCONJ IN 8 mark", "government government NOUN NN 7 compound", "air air NOUN NN 7 compound",
			"strikes strike NOUN NNS 8 nsubj", "hit hit VERB VBD 3 ccomp", "the the DET DT 10 det",
			"town town NOUN NN 8 obj", ". . PUNCT . 3 punct",
		}, []string{"Syrian officials=SYRGOV", "government=SYRGOV"}, []string{"Syrian officials=SYRGOV"}},
		{"a demonym before a thing stays a description", []string{
			"Russian Russian ADJ JJ 2 amod", "prisons prison NOUN NNS 3 nsubj", "hold hold VERB VBP 0 root",
			"them they PRON PRP 3 obj", ". . PUNCT . 3 punct",
		}, nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text, s := treeSentence(t, tt.rows)
			for _, side := range []struct {
				r    *Resolver
				want []string
			}{{with, tt.want}, {without, tt.without}} {
				var got []string
				for _, m := range side.r.Resolve(doc("t", "2025-11-10", text), []sitrep.Sentence{s}) {
					if m.Code != "" {
						got = append(got, m.Text+"="+m.Code)
					}
				}
				if strings.Join(got, "; ") != strings.Join(side.want, "; ") {
					t.Errorf("%q (force nouns known: %v)\n got  %q\n want %q", text, side.r == with, got, side.want)
				}
			}
		})
	}
}
