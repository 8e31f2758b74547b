package tag

import (
	"strings"
	"testing"

	"github.com/sitrep-dev/sitrep"
)

// TestRepairFinite: a participle becomes the sentence's past-tense verb only where
// the sentence has no finite verb, the participle follows a noun and an object
// can follow it. Sentences are invented, written word/XPOS.
func TestRepairFinite(t *testing.T) {
	checkRepair(t, repairFinite, []repairCase{
		{"The/DT army/NN killed/VBN 15/CD fighters/NNS ./.", "The/DT army/NN killed/VBD 15/CD fighters/NNS ./."},
		{"Jets/NNS reportedly/RB struck/VBN the/DT base/NN ./.", "Jets/NNS reportedly/RB struck/VBD the/DT base/NN ./."},
		// A finite verb elsewhere: the participle is a reduced relative.
		{"Fighters/NNS killed/VBN the/DT day/NN before/RB were/VBD buried/VBN ./.", ""},
		// Followed by a preposition: passive ("based on", "found in").
		{"Prices/NNS based/VBN on/IN demand/NN ./.", ""},
		// Before its noun: attributive.
		{"The/DT perceived/VBN reasons/NNS ./.", ""},
		// An imperative: "see attached file".
		{"See/VB attached/VBN file/NN ./.", ""},
		// An auxiliary before it.
		{"The/DT men/NNS were/VBD killed/VBN ./.", ""},
		// A subject, then an aside between commas.
		{"The/DT militia/NN ,/, for/IN its/PRP$ part/NN ,/, denied/VBN involvement/NN ./.",
			"The/DT militia/NN ,/, for/IN its/PRP$ part/NN ,/, denied/VBD involvement/NN ./."},
		// A verb done "with" someone, followed by "with": the verb, not a passive.
		{"Rebels/NNS clashed/VBN with/IN troops/NNS ./.", "Rebels/NNS clashed/VBD with/IN troops/NNS ./."},
		// "armed with": a participle.
		{"Fighters/NNS armed/VBN with/IN rifles/NNS ./.", ""},
		// A comma but no aside: an introductory phrase ending in a noun.
		{"In/IN the/DT city/NN ,/, wounded/VBN soldiers/NNS ./.", ""},
	})
}

// repairCase is a sentence written word/XPOS and what a repair makes of it
// ("": unchanged).
type repairCase struct{ in, want string }

// checkRepair applies repair to each case's tokens and compares the tags.
func checkRepair(t *testing.T, repair func([]sitrep.Token), cases []repairCase) {
	t.Helper()
	for _, c := range cases {
		toks := tagged(c.in)
		repair(toks)
		want := c.want
		if want == "" {
			want = c.in
		}
		if got := untagged(toks); got != want {
			t.Errorf("%s:\n got %s\nwant %s", c.in, got, want)
		}
	}
}

func tagged(s string) []sitrep.Token {
	var out []sitrep.Token
	for _, f := range strings.Fields(s) {
		w, x, _ := strings.Cut(f, "/")
		out = append(out, sitrep.Token{Text: w, XPOS: x})
	}
	return out
}

func untagged(toks []sitrep.Token) string {
	var b []string
	for _, t := range toks {
		b = append(b, t.Text+"/"+t.XPOS)
	}
	return strings.Join(b, " ")
}

// TestRepairTimedVerb: an "-ed" word read as an adjective or participle after a
// subject and a "last month" time phrase is the verb when an object can follow.
// Sentences are invented, written word/XPOS.
func TestRepairTimedVerb(t *testing.T) {
	checkRepair(t, repairTimedVerb, []repairCase{
		{"The/DT ministry/NN last/JJ month/NN imposed/JJ sanctions/NNS on/IN Elbonia/NNP ./.",
			"The/DT ministry/NN last/JJ month/NN imposed/VBD sanctions/NNS on/IN Elbonia/NNP ./."},
		{"Rebels/NNS this/DT week/NN seized/VBN the/DT town/NN ./.", "Rebels/NNS this/DT week/NN seized/VBD the/DT town/NN ./."},
		// Followed by a preposition: a reduced relative ("imposed on").
		{"The/DT sanctions/NNS last/JJ month/NN imposed/VBN on/IN Elbonia/NNP ended/VBD ./.", ""},
		// No subject before the time phrase.
		{"Last/JJ month/NN imposed/JJ sanctions/NNS hurt/VBD ./.", ""},
		// Not an "-ed" word.
		{"The/DT army/NN last/JJ week/NN took/VBD the/DT town/NN ./.", ""},
	})
}

func TestRepairSubordinate(t *testing.T) {
	checkRepair(t, repairSubordinate, []repairCase{
		{"They/PRP met/VBD after/IN Elbonian/JJ jets/NNS struck/VBN the/DT base/NN ./.",
			"They/PRP met/VBD after/IN Elbonian/JJ jets/NNS struck/VBD the/DT base/NN ./."},
		{"It/PRP fell/VBD because/IN a/DT newspaper/NN printed/VBN cartoons/NNS ./.",
			"It/PRP fell/VBD because/IN a/DT newspaper/NN printed/VBD cartoons/NNS ./."},
		// A reduced relative: a preposition follows.
		{"They/PRP wept/VBD after/IN the/DT men/NNS killed/VBN in/IN the/DT raid/NN were/VBD buried/VBN ./.", ""},
		// No subordinating word before the noun phrase.
		{"They/PRP saw/VBD the/DT men/NNS armed/VBN the/DT day/NN before/RB ./.", ""},
		// Nothing between the word and the participle: no subject.
		{"They/PRP left/VBD after/IN signed/VBN documents/NNS arrived/VBD ./.", ""},
	})
}

func TestRepairPhrasal(t *testing.T) {
	checkRepair(t, repairPhrasal, []repairCase{
		{"They/PRP pressed/VBD Elbonia/NNP to/IN scale/NN back/RB its/PRP$ strikes/NNS ./.",
			"They/PRP pressed/VBD Elbonia/NNP to/TO scale/VB back/RP its/PRP$ strikes/NNS ./."},
		{"He/PRP urged/VBD them/PRP to/IN step/NN up/RB the/DT pressure/NN ./.",
			"He/PRP urged/VBD them/PRP to/TO step/VB up/RP the/DT pressure/NN ./."},
		// What follows the particle begins no object: "back home".
		{"They/PRP listened/VBD to/IN music/NN back/RB home/NN ./.", ""},
		// A determiner after "to": a noun phrase.
		{"They/PRP went/VBD to/IN the/DT back/NN of/IN the/DT line/NN ./.", ""},
	})
}
