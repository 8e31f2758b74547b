package frame

import (
	"strings"
	"testing"

	"github.com/sitrep-dev/sitrep"
)

// TestDefaultModel checks that the shipped model loads and holds the features
// every target has: a build that cannot read it would score with the lexicon
// alone without saying so.
func TestDefaultModel(t *testing.T) {
	m, err := DefaultModel()
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range []string{"bias", "lex"} {
		if _, ok := m.Weights[f]; !ok {
			t.Errorf("no weights for %q", f)
		}
	}
	if len(m.Weights) < 100 || m.Margin < 0 || m.Margin >= 1 {
		t.Errorf("%d features, margin %g", len(m.Weights), m.Margin)
	}
	// The lexicon's tone is a feature: the model must read a more positive
	// lexicon tone as no less positive.
	if w := m.Weights["lex"]; w[ClassPos]-w[ClassNeg] <= 0 {
		t.Errorf("lex weights %v: a positive lexicon tone lowers the tone", w)
	}
}

func TestLearnedTone(t *testing.T) {
	for _, tc := range []struct {
		p      [3]float64
		margin float64
		want   float64
	}{
		{[3]float64{0.1, 0.2, 0.7}, 0, 0.6},
		{[3]float64{0.7, 0.2, 0.1}, 0, -0.6},
		// Neutral likeliest, a lean to one side inside the margin: no tone.
		{[3]float64{0.25, 0.6, 0.15}, 0.2, 0},
		{[3]float64{0.6, 0.3, 0.1}, 0.2, -0.375},
		{[3]float64{0, 0, 1}, 0.2, 1},
	} {
		if got := LearnedTone(tc.p, tc.margin); got < tc.want-1e-9 || got > tc.want+1e-9 {
			t.Errorf("LearnedTone(%v, %g) = %g, want %g", tc.p, tc.margin, got, tc.want)
		}
	}
}

// TestLearnedSwitch checks the blend on invented sentences tagged and parsed
// by the backbone: Learned 0 is the lexicon's tone exactly, Learned 1 the
// model's, and the model tells an accused target from a praised one.
func TestLearnedSwitch(t *testing.T) {
	l := lexicon(t)
	an := newAnalyser(t)
	score := func(text, target string, learned float64) float64 {
		toks := an.tokens(text)
		start := -1
		for i, tk := range toks {
			if tk.Text == target {
				start = i
			}
		}
		if start < 0 {
			t.Fatalf("%q not in %q", target, text)
		}
		ign := Names(toks)
		w := DefaultWeights
		w.Learned = learned
		return l.ToneTargets(toks, func(i int) bool { return ign[i] }, nil, [][2]int{{start, start + 1}}, nil, w)
	}
	bad := "Investigators accused Ruritania of torturing prisoners and lying about the massacre."
	good := "The council thanked Ruritania for rescuing the hostages and praised its generous help."
	for _, text := range []string{bad, good} {
		off := lexiconWeights()
		toks := an.tokens(text)
		if a, b := score(text, "Ruritania", 0), l.ToneTargets(toks, func(i int) bool { return Names(toks)[i] }, nil, [][2]int{{targetAt(toks, "Ruritania"), targetAt(toks, "Ruritania") + 1}}, nil, off); a != b {
			t.Errorf("%q: Learned 0 gives %g, the lexicon %g", text, a, b)
		}
	}
	b, g := score(bad, "Ruritania", 1), score(good, "Ruritania", 1)
	if !(b < -0.05 && g > b) {
		t.Errorf("learned tone: accused %.3f, praised %.3f; want the accused negative and below the praised", b, g)
	}
	if h := score(bad, "Ruritania", 0.5); h < min(b, score(bad, "Ruritania", 0))-1e-9 || h > max(b, score(bad, "Ruritania", 0))+1e-9 {
		t.Errorf("blend 0.5 %.3f outside its ends", h)
	}
}

func targetAt(toks []sitrep.Token, w string) int {
	for i, tk := range toks {
		if strings.EqualFold(tk.Text, w) {
			return i
		}
	}
	return -1
}
