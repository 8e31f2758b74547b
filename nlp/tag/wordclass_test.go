package tag

import (
	"bytes"
	"compress/gzip"
	"context"
	"io"
	"log/slog"
	"slices"
	"testing"

	"github.com/sitrep-dev/sitrep/nlp/wordclass"
)

// TestWordClassModel: a model trained with the word-class features says so in
// its magic line, so that a binary without them refuses it, and reads back to
// a tagger that uses them and tags as before Save; one trained without keeps
// the old magic line, which binaries before the switch read.
func TestWordClassModel(t *testing.T) {
	train := inventedTrain()
	for _, tc := range []struct {
		wc    bool
		magic string
	}{{false, magic}, {true, magicWC}} {
		cfg := defaultConfig
		cfg.wordClass = tc.wc
		tg, err := train1(context.Background(), train, train, cfg, slog.New(slog.DiscardHandler))
		if err != nil {
			t.Fatal(err)
		}
		var buf bytes.Buffer
		if err := tg.Save(&buf); err != nil {
			t.Fatal(err)
		}
		zr, err := gzip.NewReader(bytes.NewReader(buf.Bytes()))
		if err != nil {
			t.Fatal(err)
		}
		raw, err := io.ReadAll(zr)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.HasPrefix(raw, []byte(tc.magic)) {
			t.Errorf("wc %v: model starts %q, want %q", tc.wc, raw[:min(len(raw), 24)], tc.magic)
		}
		back, err := Read(&buf)
		if err != nil {
			t.Fatal(err)
		}
		if back.wc != tc.wc {
			t.Errorf("wc %v: read back with wc %v", tc.wc, back.wc)
		}
		// "Insurgents" and "village" are not in the training sentences: their
		// tags come from the features that generalise, word classes among them.
		a, b := tokens("Insurgents seized the village ."), tokens("Insurgents seized the village .")
		tg.Tag(a)
		back.Tag(b)
		if !slices.Equal(a, b) {
			t.Errorf("wc %v: tagged %v before Save, %v after", tc.wc, a, b)
		}
	}
}

// TestWordClassFeatures: words of one GloVe class share the class features
// and words of different classes do not; a word without a class gets the
// "none" class rather than no feature.
func TestWordClassFeatures(t *testing.T) {
	fine := func(word string) uint32 {
		ws := make([]wordInfo, 1)
		ws[0].set(word, nil, true)
		var f [numFeatures]uint32
		staticFeatures(&f, ws, 0, true)
		return f[numBase]
	}
	town, okTown := wordclass.Lookup("town")
	city, okCity := wordclass.Lookup("city")
	seized, okSeized := wordclass.Lookup("seized")
	if !okTown || !okCity || !okSeized {
		t.Fatal("wordclass lacks town, city or seized")
	}
	for _, tc := range []struct {
		a, b string
		same bool
	}{
		{"town", "Town", true}, // classes are uncased
		{"town", "city", town.Fine == city.Fine},
		{"town", "seized", town.Fine == seized.Fine},
		{"xqzvbnwq", "qqxzzkwj", true}, // both classless: "none"
		{"town", "xqzvbnwq", false},
	} {
		if got := fine(tc.a) == fine(tc.b); got != tc.same {
			t.Errorf("%q and %q: same fine-class feature %v, want %v", tc.a, tc.b, got, tc.same)
		}
	}
	if fine("xqzvbnwq") == 0 {
		t.Error("a classless word got no fine-class feature")
	}
}
