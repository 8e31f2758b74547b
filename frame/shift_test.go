package frame

import (
	"strings"
	"testing"
)

// TestShift checks what a polarity shifter reaches: a negative word in the noun
// phrase it acts on ("combat the terrorist threat"), a phrase under "against",
// and the shifter's own valence then; not a negative word elsewhere in the
// clause, not an act of force on something that is not itself bad, and not a
// word of the target's own name.
func TestShift(t *testing.T) {
	l := lexicon(t)
	defer func(old float64) { Shift = old }(Shift)
	type tc struct {
		name    string
		text    string
		heads   []int
		rels    string
		lemmas  string
		skip    []int // token indexes skipped (the target's name)
		shifted bool  // the tone with Shift 0 differs from the tone with Shift 1
		zero    bool  // with Shift 0 the tone is 0
	}
	for _, c := range []tc{
		{"object of a shifter", "Ruritania vowed to combat the terrorist threat .",
			[]int{2, 0, 4, 2, 7, 7, 4, 2}, "nsubj root mark xcomp det amod obj punct",
			"Ruritania vow to combat the terrorist threat .", []int{0}, true, true},
		{"phrase under against", "Ruritania backed the campaign against terrorism .",
			[]int{2, 0, 4, 2, 6, 4, 2}, "nsubj root det obj case nmod punct",
			"Ruritania back the campaign against terrorism .", []int{0}, true, false},
		{"negative word in another clause", "Ruritania combated the floods as the crisis grew .",
			[]int{2, 0, 4, 2, 8, 7, 8, 2, 2}, "nsubj root det obj mark det nsubj advcl punct",
			"Ruritania combat the flood as the crisis grow .", []int{0}, false, false},
		{"force on something not bad", "Ruritania attacked the village .",
			[]int{2, 0, 4, 2, 2}, "nsubj root det obj punct",
			"Ruritania attack the village .", []int{0}, false, false},
		{"force on a bad thing", "Ruritania killed the terrorists .",
			[]int{2, 0, 4, 2, 2}, "nsubj root det obj punct",
			"Ruritania kill the terrorist .", []int{0}, true, true},
		{"the bad thing is the target's own name", "Ruritania killed the terrorists .",
			[]int{2, 0, 4, 2, 2}, "nsubj root det obj punct",
			"Ruritania kill the terrorist .", []int{3}, false, false},
	} {
		toks := parsed(t, c.text, c.heads, c.rels)
		lemmas := strings.Fields(c.lemmas)
		for i := range toks {
			toks[i].Lemma = lemmas[i]
		}
		skip := func(i int) bool {
			for _, s := range c.skip {
				if i == s {
					return true
				}
			}
			return false
		}
		Shift = 1
		off := l.Tone(toks, skip)
		Shift = 0
		on := l.Tone(toks, skip)
		if (on != off) != c.shifted {
			t.Errorf("%s: tone %.3f unshifted, %.3f shifted; want shifted %v", c.name, off, on, c.shifted)
		}
		if (on == 0) != c.zero {
			t.Errorf("%s: shifted tone %.3f; want zero %v", c.name, on, c.zero)
		}
		if off >= 0 && c.shifted {
			t.Errorf("%s: unshifted tone %.3f; want the negative words read as such", c.name, off)
		}
	}
}

// TestShiftCondemned checks that ShiftCondemned keeps shifting to phrases that
// name a condemned group: killing terrorists and combating the terrorist threat
// stay shifted, reducing risks and a campaign against terrorism (an idea, not a
// group) no longer are; a mention of a UN-listed group (coded) counts as a
// condemned word.
func TestShiftCondemned(t *testing.T) {
	l := lexicon(t)
	defer func(old float64, oldC bool) { Shift, ShiftCondemned = old, oldC }(Shift, ShiftCondemned)
	for _, c := range []struct {
		name, text string
		heads      []int
		rels       string
		lemmas     string
		coded      []int // tokens of a UN-listed group's mention
		shifted    bool
	}{
		{"a condemned word in the phrase", "Ruritania vowed to combat the terrorist threat .",
			[]int{2, 0, 4, 2, 7, 7, 4, 2}, "nsubj root mark xcomp det amod obj punct",
			"Ruritania vow to combat the terrorist threat .", nil, true},
		{"force on a condemned group", "Ruritania killed the terrorists .",
			[]int{2, 0, 4, 2, 2}, "nsubj root det obj punct",
			"Ruritania kill the terrorist .", nil, true},
		{"no group in the phrase", "Ruritania vowed to reduce the risks .",
			[]int{2, 0, 4, 2, 6, 4, 2}, "nsubj root mark xcomp det obj punct",
			"Ruritania vow to reduce the risk .", nil, false},
		{"an idea, not a group", "Ruritania backed the campaign against terrorism .",
			[]int{2, 0, 4, 2, 6, 4, 2}, "nsubj root det obj case nmod punct",
			"Ruritania back the campaign against terrorism .", nil, false},
		{"a coded group's threats", "Ruritania vowed to counter Daesh threats .",
			[]int{2, 0, 4, 2, 6, 4, 2}, "nsubj root mark xcomp compound obj punct",
			"Ruritania vow to counter Daesh threat .", []int{4}, true},
	} {
		toks := parsed(t, c.text, c.heads, c.rels)
		lemmas := strings.Fields(c.lemmas)
		for i := range toks {
			toks[i].Lemma = lemmas[i]
		}
		coded := make([]bool, len(toks))
		for _, i := range c.coded {
			coded[i] = true
		}
		skip := func(i int) bool { return i == 0 || coded[i] }
		weight := func(int) float64 { return 1 }
		Shift, ShiftCondemned = 1, true
		off := l.toneComposed(toks, skip, weight, nil, coded)
		Shift = 0
		on := l.toneComposed(toks, skip, weight, nil, coded)
		if (on != off) != c.shifted {
			t.Errorf("%s: tone %.3f unshifted, %.3f shifted; want shifted %v", c.name, off, on, c.shifted)
		}
		if off >= 0 {
			t.Errorf("%s: unshifted tone %.3f; want the negative words read as such", c.name, off)
		}
	}
}
