package parse

import (
	"context"
	"log/slog"
	"testing"

	"github.com/sitrep-dev/sitrep/nlp/tag"
)

// TestJointTags trains a joint-tagging parser on jackknifed sentences and
// checks that the model keeps its switch and margin through Save and Read,
// that it takes second choices, and that on its training sentences the tags it
// chooses are more often right than the tagger's first choices.
func TestJointTags(t *testing.T) {
	ss := readFixture(t, "testdata/news.conllu")
	log := slog.New(slog.DiscardHandler)
	jk, err := jackknife(context.Background(), ss, ss, 3, log)
	if err != nil {
		t.Fatal(err)
	}
	cfg := TrainConfig{Epochs: 6, Explore: 0.9, Projectivize: true, MinSeen: 1, Seed: 3,
		Beam: 4, BeamEpochs: 4, JointTags: true, AltMargin: 1000}
	_, trained, p := trainSaved(t, "joint", jk, cfg)
	if p.altc != p.nc || p.altMargin != 1000 || trained.altc != p.altc {
		t.Fatalf("read back: SHIFT-ALT class %d (classes %d), margin %g", p.altc, p.nc, p.altMargin)
	}
	words, before, after, taken := 0, 0, 0, 0
	for i, s := range jk {
		var ex example
		ex.readAlts(s)
		toks := tokens(s, true)
		alts := make([]tag.Alternative, len(toks))
		copy(alts, ex.alts)
		p.WithBeam(4).ParseTagged(toks, alts)
		for j, w := range ss[i].Words {
			words++
			if s.Words[j].XPOS == w.XPOS && s.Words[j].UPOS == w.UPOS {
				before++
			}
			if toks[j].XPOS == w.XPOS && toks[j].UPOS == w.UPOS {
				after++
			}
			if toks[j].XPOS != s.Words[j].XPOS || toks[j].UPOS != s.Words[j].UPOS {
				taken++
			}
		}
	}
	t.Logf("%d words: %d tags right before parsing, %d after, %d second choices taken", words, before, after, taken)
	if taken == 0 || after <= before {
		t.Errorf("of %d words, %d tags right before parsing and %d after, %d second choices taken: want some taken, and more right", words, before, after, taken)
	}
	// Without second choices the parser parses as any other.
	toks := tokens(jk[0], true)
	p.Parse(toks)
	for j, w := range jk[0].Words {
		if toks[j].XPOS != w.XPOS {
			t.Errorf("Parse without alternatives changed word %d's tag", j+1)
		}
	}
	// Gold-tagged sentences carry no second choices to learn from.
	if _, err := trainOn(context.Background(), ss, ss, cfg, log); err == nil {
		t.Error("joint tagging trained on sentences without second choices")
	}
}

func TestReadAlt(t *testing.T) {
	a := tag.Alternative{UPOS: "PUNCT", XPOS: ",", Margin: 12.5}
	misc := withAlt("SpaceAfter=No", a, -1)
	got, c, ok := readAlt(misc)
	if !ok || got != a || c != -1 {
		t.Errorf("readAlt(%q) = %+v, %d, %v", misc, got, c, ok)
	}
	if _, _, ok := readAlt("SpaceAfter=No"); ok {
		t.Error("an alternative read where none was written")
	}
	if withAlt("_", tag.Alternative{}, 0) != "_" {
		t.Error("an empty alternative written")
	}
}
