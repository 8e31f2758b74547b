package parse

import (
	"context"
	"log/slog"
	"maps"
	"slices"
	"testing"
)

// TestTrainSmall trains on the news fixture with each feature set and with an
// ensemble: the parser must fit its own training sentences, training must be
// deterministic, byte for byte, and the saved model must parse as the trained
// one does (the feature set and its word lists are recorded in the file).
func TestTrainSmall(t *testing.T) {
	ss := readFixture(t, "testdata/news.conllu")
	// Invented clusters: enough to switch the templates on and save the list.
	clusters := map[string]string{"the": "c1.10", "a": "c1.11", "said": "c2.20", "police": "c3.30"}
	for _, tc := range []struct {
		name string
		cfg  TrainConfig
	}{
		{"base", TrainConfig{}},
		{"extended", TrainConfig{ExtFeatures: true}},
		{"ambiguity classes", TrainConfig{AmbFeatures: true}},
		{"word+UPOS and clusters", TrainConfig{WordUPOS: true, Clusters: clusters}},
		{"wordclass", TrainConfig{WordClass: true}},
		{"all, ensemble of 2", TrainConfig{ExtFeatures: true, AmbFeatures: true, WordUPOS: true, Clusters: clusters, Ensemble: 2}},
	} {
		cfg := tc.cfg
		cfg.Epochs, cfg.Explore, cfg.Projectivize, cfg.MinSeen, cfg.Seed = 8, 0.9, true, 1, 7
		// Four sentences are fitted within a hundred updates, and the
		// perceptron's average over so few moves with the seed and the feature
		// set by ten points (the final weights fit every word), so the bar in
		// trainSaved is below a perfect fit.
		b, trained, p := trainSaved(t, tc.name, ss, cfg)
		uas, las := Evaluate(trained, ss, true)
		if p.ext != cfg.ExtFeatures || (p.more == nil) != (trained.more == nil) {
			t.Fatalf("%s: saved with ext %v extra %v, read back with %v %v", tc.name, cfg.ExtFeatures, trained.more != nil, p.ext, p.more != nil)
		}
		if m, want := p.more, trained.more; want != nil {
			if m.amb != want.amb || m.wu != want.wu || m.clu != want.clu || m.glove != want.glove ||
				!maps.Equal(m.ambTags, want.ambTags) || !maps.Equal(m.clusterPath, want.clusterPath) {
				t.Errorf("%s: extra features read back differ from those saved", tc.name)
			}
		}
		// The fast path must read the extra atoms as the plain reference does.
		ref := loadRefFrom(t, b)
		for _, sent := range ss {
			x, y := tokens(sent, true), tokens(sent, true)
			p.Parse(x)
			ref.parse(y)
			if !slices.Equal(x, y) {
				t.Errorf("%s: saved model and reference parse %q differently", tc.name, text(x))
			}
		}
		// Quantisation to int16 may move a near-tie, so allow a little.
		if u, l := Evaluate(p, ss, true); u < uas-1 || l < las-1 {
			t.Errorf("%s: saved model UAS %.2f LAS %.2f, trained %.2f %.2f", tc.name, u, l, uas, las)
		}
	}
}

func TestTrainCancelled(t *testing.T) {
	ss := readFixture(t, "testdata/news.conllu")
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := trainOn(ctx, ss, ss, DefaultTrainConfig(), nil); err == nil {
		t.Error("training went on after its context was cancelled")
	}
}

// TestNoisyTags checks that imitating the tagger's errors changes tags only, and
// deterministically.
func TestNoisyTags(t *testing.T) {
	ss := readFixture(t, "testdata/news.conllu")
	log := slog.New(slog.DiscardHandler)
	a, err := noisyTags(ss, ss, 3, log)
	if err != nil {
		t.Fatal(err)
	}
	b, _ := noisyTags(ss, ss, 3, log)
	for i, s := range ss {
		for j, w := range s.Words {
			x, y := a[i].Words[j], b[i].Words[j]
			if x.Form != w.Form || x.Head != w.Head || x.DepRel != w.DepRel {
				t.Fatalf("sentence %d word %d: more than the tags changed", i, j)
			}
			if x != y {
				t.Fatalf("sentence %d word %d: not deterministic", i, j)
			}
		}
	}
}
