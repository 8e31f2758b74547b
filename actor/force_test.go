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
// thing, "government siege" refers back to the sentence's state. A demonym is
// the state's military there ("Russian air raids": RUSMIL), and so is its
// conjunct ("Russian and Syrian air strikes").
func TestForceModifiers(t *testing.T) {
	force := func(w string) bool {
		return inSet(w, "STRIKE", "STRIKES", "RAID", "RAIDS", "SIEGE", "SHELLING", "ATTACK", "ATTACKS", "FIRE")
	}
	with, err := Load(Options{ForceNoun: force, Places: findTestPlaces,
		Now: func() time.Time { return time.Date(2026, 1, 15, 0, 0, 0, 0, time.UTC) }})
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
		}, []string{"Russian=RUSMIL", "Homs=SYR"}, []string{"Homs=SYR"}},
		{"a demonym's conjunct", []string{
			"Russian Russian ADJ JJ 5 amod", "and and CCONJ CC 3 cc", "Syrian Syrian ADJ JJ 1 conj",
			"air air NOUN NN 5 compound", "strikes strike NOUN NNS 6 nsubj", "hit hit VERB VBD 0 root",
			"Homs Homs PROPN NNP 6 obj", ". . PUNCT . 6 punct",
		}, []string{"Russian=RUSMIL", "Syrian=SYRMIL", "Homs=SYR"}, []string{"Russian=RUS", "Homs=SYR"}},
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
		// A generic group or a state organ as the agent takes the document's
		// country (three Syrian places), as it would standing alone.
		{"a generic group noun", []string{
			"Rebel rebel NOUN NN 2 compound", "shelling shelling NOUN NN 3 nsubj", "killed kill VERB VBD 0 root",
			"five five NUM CD 5 nummod", "people people NOUN NNS 3 obj", "in in ADP IN 7 case",
			"Aleppo Aleppo PROPN NNP 3 obl", ", , PUNCT , 9 punct", "Idlib Idlib PROPN NNP 7 conj",
			"and and CCONJ CC 11 cc", "Hama Hama PROPN NNP 7 conj", ". . PUNCT . 3 punct",
		}, []string{"Rebel=SYRREB"}, nil},
		{"through another modifier", []string{
			"Terrorist terrorist ADJ JJ 3 amod", "rocket rocket NOUN NN 3 compound", "attacks attack NOUN NNS 4 nsubj",
			"killed kill VERB VBD 0 root", "three three NUM CD 6 nummod", "people people NOUN NNS 4 obj",
			"in in ADP IN 8 case", "Aleppo Aleppo PROPN NNP 4 obl", ", , PUNCT , 10 punct",
			"Idlib Idlib PROPN NNP 8 conj", "and and CCONJ CC 12 cc", "Hama Hama PROPN NNP 8 conj", ". . PUNCT . 4 punct",
		}, []string{"Terrorist=SYRUAF"}, nil},
		{"a state organ", []string{
			"Regime regime NOUN NN 3 compound", "air air NOUN NN 3 compound", "strikes strike NOUN NNS 4 nsubj",
			"hit hit VERB VBD 0 root", "Aleppo Aleppo PROPN NNP 4 obj", ", , PUNCT , 7 punct",
			"Idlib Idlib PROPN NNP 5 conj", "and and CCONJ CC 9 cc", "Hama Hama PROPN NNP 5 conj", ". . PUNCT . 4 punct",
		}, []string{"Regime=SYRGOV", "Aleppo=SYR", "Idlib=SYR"}, []string{"Aleppo=SYR", "Idlib=SYR"}},
		{"a generic noun modifying another noun stays a description", []string{
			"Rebel rebel NOUN NN 2 compound", "territory territory NOUN NN 3 nsubj", "shrank shrink VERB VBD 0 root",
			"in in ADP IN 5 case", "Aleppo Aleppo PROPN NNP 3 obl", ", , PUNCT , 7 punct",
			"Idlib Idlib PROPN NNP 5 conj", "and and CCONJ CC 9 cc", "Hama Hama PROPN NNP 5 conj", ". . PUNCT . 3 punct",
		}, nil, nil},
		// A unit or a position of a group is the group: what is done to "rebel
		// positions" or "an army patrol" is done to the rebels or the army.
		{"a generic noun modifying a unit noun", []string{
			"Rebel rebel NOUN NN 2 compound", "positions position NOUN NNS 3 nsubj", "fell fall VERB VBD 0 root",
			"in in ADP IN 5 case", "Aleppo Aleppo PROPN NNP 3 obl", ", , PUNCT , 7 punct",
			"Idlib Idlib PROPN NNP 5 conj", "and and CCONJ CC 9 cc", "Hama Hama PROPN NNP 5 conj", ". . PUNCT . 3 punct",
		}, []string{"Rebel=SYRREB"}, nil},
		{"a generic noun modifying a den", []string{
			"Terrorist terrorist ADJ JJ 2 amod", "dens den NOUN NNS 3 nsubj", "fell fall VERB VBD 0 root",
			"in in ADP IN 5 case", "Aleppo Aleppo PROPN NNP 3 obl", ", , PUNCT , 7 punct",
			"Idlib Idlib PROPN NNP 5 conj", "and and CCONJ CC 9 cc", "Hama Hama PROPN NNP 5 conj", ". . PUNCT . 3 punct",
		}, []string{"Terrorist=SYRUAF"}, nil},
		{"a state organ modifying a unit noun", []string{
			"Gunmen gunman NOUN NNS 2 nsubj", "ambushed ambush VERB VBD 0 root", "an a DET DT 5 det",
			"army army NOUN NN 5 compound", "patrol patrol NOUN NN 2 obj", "in in ADP IN 7 case",
			"Aleppo Aleppo PROPN NNP 2 obl", ", , PUNCT , 9 punct", "Idlib Idlib PROPN NNP 7 conj",
			"and and CCONJ CC 11 cc", "Hama Hama PROPN NNP 7 conj", ". . PUNCT . 2 punct",
		}, []string{"Gunmen=SYRUAF", "army patrol=SYRMIL"}, nil},
		{"a short name", []string{
			"The the DET DT 3 det", "US-led US-led ADJ JJ 3 amod", "coalition coalition NOUN NN 4 nsubj",
			"said say VERB VBD 0 root", "a a DET DT 8 det", "coalition coalition NOUN NN 8 compound",
			"air air NOUN NN 8 compound", "strike strike NOUN NN 9 nsubj", "hit hit VERB VBD 4 ccomp",
			"Homs Homs PROPN NNP 9 obj", ". . PUNCT . 4 punct",
		}, []string{"US-led coalition=COALITION", "coalition=COALITION", "Homs=SYR"}, []string{"US-led coalition=COALITION", "Homs=SYR"}},
		// A bare weapon platform names the weapon, not whose it is: no organ
		// of the sentence's first state ("SANA said artillery fire killed").
		{"a bare platform before a force noun", []string{
			"SANA SANA PROPN NNP 2 nsubj", "said say VERB VBD 0 root", "artillery artillery NOUN NN 4 compound",
			"fire fire NOUN NN 5 nsubj", "killed kill VERB VBD 2 ccomp", "two two NUM CD 7 nummod",
			"people people NOUN NNS 5 obj", ". . PUNCT . 2 punct",
		}, []string{"SANA=SYRGOVMED"}, []string{"SANA=SYRGOVMED"}},
		// A state's position, base or target is its military's: "struck
		// Iranian positions", "a Syrian air base".
		{"a demonym modifying a unit noun", []string{
			"Jets jet NOUN NNS 2 nsubj", "struck strike VERB VBD 0 root", "Iranian Iranian ADJ JJ 4 amod",
			"positions position NOUN NNS 2 obj", ". . PUNCT . 2 punct",
		}, []string{"Iranian=IRNMIL"}, []string{"Iranian=IRNMIL"}},
		{"a demonym modifying targets", []string{
			"Jets jet NOUN NNS 2 nsubj", "hit hit VERB VBD 0 root", "Turkish Turkish ADJ JJ 4 amod",
			"targets target NOUN NNS 2 obj", ". . PUNCT . 2 punct",
		}, []string{"Turkish=TUR"}, []string{"Turkish=TUR"}},
		// a demonym before a group's place says where it is
		{"a demonym modifying a stronghold", []string{
			"Jets jet NOUN NNS 2 nsubj", "bombed bomb VERB VBD 0 root", "a a DET DT 5 det", "Syrian Syrian ADJ JJ 5 amod",
			"stronghold stronghold NOUN NN 2 obj", "of of ADP IN 7 case", "ISIS ISIS PROPN NNP 5 nmod", ". . PUNCT . 2 punct",
		}, []string{"ISIS=IMGMUSISI"}, []string{"ISIS=IMGMUSISI"}},
		{"aerospace forces are an air force", []string{
			"Russian Russian ADJ JJ 3 amod", "Aerospace Aerospace PROPN NNP 3 compound", "Forces Forces PROPN NNPS 4 nsubj",
			"struck strike VERB VBD 0 root", "Homs Homs PROPN NNP 4 obj", ". . PUNCT . 4 punct",
		}, []string{"Russian Aerospace Forces=RUSMIL", "Homs=SYR"}, []string{"Russian Aerospace Forces=RUSMIL", "Homs=SYR"}},
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
