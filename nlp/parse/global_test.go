package parse

import (
	"context"
	"log/slog"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/sitrep-dev/sitrep"
)

// TestStaticOracle checks that the gold transition sequence global training
// follows builds every projectivised fixture tree, and that non-projective
// trees are refused rather than silently built wrong.
func TestStaticOracle(t *testing.T) {
	ss := readFixture(t, "testdata/news.conllu")
	labels := collectLabels(ss)
	id := map[string]int{}
	for i, l := range labels {
		id[l] = i
	}
	for _, s := range ss {
		ex, ok := toExample(s, id, true)
		if !ok {
			t.Fatalf("%s: not a tree", s.Meta("text"))
		}
		projectivize(ex.gh)
		seq, ok := staticOracle(ex.gh, ex.gl, nil)
		if !ok {
			t.Fatalf("%s: no oracle sequence", s.Meta("text"))
		}
		if len(seq) != 2*len(ex.toks) {
			t.Errorf("%s: %d transitions for %d words, want %d", s.Meta("text"), len(seq), len(ex.toks), 2*len(ex.toks))
		}
		var st state
		st.reset(len(ex.toks))
		for _, c := range seq {
			st.apply(c)
		}
		for d := 1; d <= len(ex.toks); d++ {
			if st.head[d] != ex.gh[d] || st.label[d] != ex.gl[d] {
				t.Errorf("%s: word %d: oracle built head %d label %d, gold %d %d", s.Meta("text"), d, st.head[d], st.label[d], ex.gh[d], ex.gl[d])
			}
		}
	}
	// 1 -> 3, 2 -> 4: the arcs cross.
	if _, ok := staticOracle([]int32{none, 3, 4, 0, 3}, []int16{none, 0, 0, 0, 0}, nil); ok {
		t.Error("a non-projective tree got an oracle sequence")
	}
}

// TestTrainGlobalSmall trains globally on the fixture, from nothing and after
// greedy epochs, with both update strategies: the beam parser must fit its own
// training sentences, training must be deterministic, and the saved model, read
// back and given the same width, must parse as the trained one does.
func TestTrainGlobalSmall(t *testing.T) {
	ss := readFixture(t, "testdata/news.conllu")
	for _, tc := range []struct {
		name                string
		epochs, beam, beamE int
		maxViolation        bool
	}{
		{"from scratch, beam 1, early update", 0, 1, 8, false},
		{"from scratch, beam 4, early update", 0, 4, 8, false},
		{"from scratch, beam 4, max-violation", 0, 4, 8, true},
		{"after greedy epochs, beam 8, max-violation", 4, 8, 4, true},
	} {
		cfg := TrainConfig{Epochs: tc.epochs, Explore: 0.9, Projectivize: true, MinSeen: 1, Seed: 7,
			Beam: tc.beam, BeamEpochs: tc.beamE, MaxViolation: tc.maxViolation}
		_, trained, p := trainSaved(t, tc.name, ss, cfg)
		if trained.Beam() != tc.beam {
			t.Errorf("%s: trained parser searches with a beam of %d, want %d", tc.name, trained.Beam(), tc.beam)
		}
		p = p.WithBeam(tc.beam)
		// Quantisation to int16 may move a near-tie, so compare scores, not
		// every head.
		u0, l0 := Evaluate(trained, ss, true)
		if u, l := Evaluate(p, ss, true); u < u0-1 || l < l0-1 {
			t.Errorf("%s: saved model UAS %.2f LAS %.2f, trained %.2f %.2f", tc.name, u, l, u0, l0)
		}
	}
}

// TestTrainGlobalFromInit starts global training from a trained parser: the
// relations must match, and a model trained on other relations is refused.
func TestTrainGlobalFromInit(t *testing.T) {
	ss := readFixture(t, "testdata/news.conllu")
	log := slog.New(slog.DiscardHandler)
	base := TrainConfig{Epochs: 6, Explore: 0.9, Projectivize: true, MinSeen: 1, Seed: 3}
	greedy, err := trainOn(context.Background(), ss, ss, base, log)
	if err != nil {
		t.Fatal(err)
	}
	cfg := base
	cfg.Beam, cfg.BeamEpochs, cfg.Init = 4, 3, greedy
	p, err := trainOn(context.Background(), ss, ss, cfg, log)
	if err != nil {
		t.Fatal(err)
	}
	if uas, las := Evaluate(p, ss, true); uas < 80 || las < 78 {
		t.Errorf("training sentences: UAS %.2f LAS %.2f, want at least 80 and 78", uas, las)
	}
	cfg.Init = newParser([]string{"nsubj"}, greedy.weights)
	if _, err := trainOn(context.Background(), ss, ss, cfg, log); err == nil {
		t.Error("global training accepted an initial model with other relations")
	}
	// Configurations global training does not handle must fail, not silently
	// train something else.
	for name, c := range map[string]TrainConfig{
		"ensemble":        {Epochs: 1, Beam: 4, BeamEpochs: 1, Ensemble: 2, MinSeen: 1},
		"no global epoch": {Epochs: 1, Beam: 4, MinSeen: 1},
	} {
		if _, err := trainOn(context.Background(), ss, ss, c, log); err == nil {
			t.Errorf("%s: trained without an error", name)
		}
	}
}

// TestWithBeam checks that a parser with a beam of 1 is the greedy parser and
// that WithBeam leaves the parser it was called on greedy.
func TestWithBeam(t *testing.T) {
	p := shippedGreedy(t)
	b1, b4 := p.WithBeam(1), p.WithBeam(4)
	if p.Beam() != 1 || b1.Beam() != 1 || b4.Beam() != 4 {
		t.Fatalf("beams %d %d %d, want 1 1 4", p.Beam(), b1.Beam(), b4.Beam())
	}
	for _, s := range readFixture(t, "testdata/news.conllu") {
		g, x, y, z := tokens(s, true), tokens(s, true), tokens(s, true), tokens(s, true)
		p.Parse(g)
		b1.Parse(x)
		b4.Parse(y)
		p.parseBeam(z, 4)
		checkTree(t, b4, y)
		for i := range g {
			if g[i] != x[i] {
				t.Fatalf("%s: word %d: beam of 1 differs from greedy", s.Meta("text"), i+1)
			}
			if y[i] != z[i] {
				t.Fatalf("%s: word %d: WithBeam(4) differs from a beam of 4", s.Meta("text"), i+1)
			}
		}
	}
}

// TestBeamReusesStates parses sentences of every length from 1 to 150, back,
// and of random lengths
// with one beam parser, whose pooled states are copied by append and so end up
// with slices of different capacities; each parse must match that of a parser
// with fresh buffers. (A reset that sized all slices by one of them panicked in
// global training.)
func TestBeamReusesStates(t *testing.T) {
	p := shipped(t).WithBeam(4)
	words := strings.Fields("the rebels said on Monday that the army had shelled the town near the river , and officials denied it .")
	tags := strings.Fields("DT NNS VBD IN NNP IN DT NN VBD VBN DT NN IN DT NN , CC NNS VBD PRP .")
	var lengths []int
	for n := 1; n <= 150; n++ {
		lengths = append(lengths, n)
	}
	for n := 150; n >= 1; n -= 7 {
		lengths = append(lengths, n)
	}
	rng := rand.New(rand.NewPCG(1, 2))
	for range 300 {
		lengths = append(lengths, 1+rng.IntN(200))
	}
	for _, n := range lengths {
		toks := make([]sitrep.Token, n)
		for i := range toks {
			toks[i] = sitrep.Token{Text: words[i%len(words)], XPOS: tags[i%len(tags)]}
		}
		fresh := slices.Clone(toks)
		p.Parse(toks)
		checkTree(t, p, toks)
		p.WithBeam(4).Parse(fresh)
		if !slices.Equal(toks, fresh) {
			t.Fatalf("%d words: a reused beam parses differently from a fresh one", n)
		}
	}
}

// TestStateResetAfterCopy mixes resets and copies of states of random lengths,
// as beam search does with its pooled hypotheses: a reset must work whatever
// capacities copyFrom's appends left the slices with (they round up by element
// size, so the int16 and uint64 slices of one state drift apart). Half the
// resets are to lengths within the state's current capacity (up to 1,000
// words), where no slice is reallocated; the old reset, which sized every slice by the labels',
// panicked there in global training.
func TestStateResetAfterCopy(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	sts := make([]state, 8)
	for range 100000 {
		i, j := rng.IntN(len(sts)), rng.IntN(len(sts))
		if i != j && rng.IntN(2) == 0 && sts[j].n > 0 {
			sts[i].copyFrom(&sts[j])
			continue
		}
		n := 1 + rng.IntN(300)
		if c := cap(sts[i].label); c > 1 && c <= 1000 && rng.IntN(2) == 0 {
			n = c - rng.IntN(min(c-1, 40))
		}
		sts[i].reset(n)
		if len(sts[i].label) != n+1 || len(sts[i].lset) != n+1 || len(sts[i].nr) != n+1 {
			t.Fatalf("reset(%d) left slices of %d, %d, %d", n, len(sts[i].label), len(sts[i].lset), len(sts[i].nr))
		}
	}
}

// TestLoadSearchesWithShippedBeam checks that the shipped parser searches with
// the width its model was trained for: a globally trained model loses about 2.5
// LAS searched greedily, so a Load that dropped the width would fail no other
// test of this package by much.
func TestLoadSearchesWithShippedBeam(t *testing.T) {
	p, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	if p.Beam() != ShippedBeam {
		t.Errorf("Load searches with a beam of %d, want ShippedBeam (%d)", p.Beam(), ShippedBeam)
	}
}
