package parse

import (
	"bytes"
	"context"
	"log/slog"
	"testing"
)

// TestTrainSmall trains on the news fixture, with the base and with the extended
// feature templates: the parser must fit its own training sentences, training
// must be deterministic, byte for byte, and the saved model must parse as the
// trained one does (the extended templates are recorded in the file).
func TestTrainSmall(t *testing.T) {
	ss := readFixture(t, "testdata/news.conllu")
	for _, ext := range []bool{false, true} {
		cfg := TrainConfig{Epochs: 8, Explore: 0.9, Projectivize: true, MinSeen: 1, Seed: 7, ExtFeatures: ext}
		var uas, las float64
		train := func() []byte {
			p, err := trainOn(context.Background(), ss, ss, cfg, slog.New(slog.DiscardHandler))
			if err != nil {
				t.Fatal(err)
			}
			if uas, las = Evaluate(p, ss, true); uas < 90 || las < 88 {
				t.Errorf("ext %v: training sentences: UAS %.2f LAS %.2f, want at least 90 and 88", ext, uas, las)
			}
			var b bytes.Buffer
			if err := p.Save(&b); err != nil {
				t.Fatal(err)
			}
			return b.Bytes()
		}
		b := train()
		if !bytes.Equal(b, train()) {
			t.Errorf("ext %v: two trainings with the same seed differ", ext)
		}
		p, err := Read(bytes.NewReader(b))
		if err != nil {
			t.Fatal(err)
		}
		if p.ext != ext {
			t.Errorf("saved with ext %v, read back with %v", ext, p.ext)
		}
		// Quantisation to int16 may move a near-tie, so allow a little.
		if u, l := Evaluate(p, ss, true); u < uas-1 || l < las-1 {
			t.Errorf("ext %v: saved model UAS %.2f LAS %.2f, trained %.2f %.2f", ext, u, l, uas, las)
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
