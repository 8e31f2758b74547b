package ner

import (
	"bytes"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"io"
	"strings"
	"testing"

	"github.com/sitrep-dev/sitrep"
	"github.com/sitrep-dev/sitrep/nlp/wordclass"
)

// TestSaveReadWordClass checks that the word class groups survive Save and
// Read, and that a model without them is still written as version 2, so that
// binaries that predate the groups keep reading the models they can run.
func TestSaveReadWordClass(t *testing.T) {
	r, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	for _, groups := range []uint8{0, wcToken, wcNeigh | wcRun, wcAll, wcAll | wcRare} {
		r2 := &Recognizer{index: r.index, weights: r.weights, trans: r.trans, gaz: r.gaz, clusters: r.clusters,
			usePOS: true, tagger: r.tagger, bias: r.bias, wordclass: groups}
		var buf bytes.Buffer
		if err := r2.Save(&buf); err != nil {
			t.Fatal(err)
		}
		want := magic
		if groups != 0 {
			want = magic3
		}
		if got := header(t, buf.Bytes()); got != want {
			t.Errorf("groups %b: header %q, want %q", groups, got, want)
		}
		r3, err := Read(&buf)
		if err != nil {
			t.Fatal(err)
		}
		if r3.wordclass != groups || !r3.usePOS {
			t.Errorf("groups %b: after Save and Read: wordclass %b, POS %v", groups, r3.wordclass, r3.usePOS)
		}
	}
}

// header returns the magic line of a gzipped model file.
func header(t *testing.T, gz []byte) string {
	t.Helper()
	zr, err := gzip.NewReader(bytes.NewReader(gz))
	if err != nil {
		t.Fatal(err)
	}
	b := make([]byte, len(magic))
	if _, err := io.ReadFull(zr, b); err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// TestReadRefusesFlags checks that a file whose flags this version does not
// know, or whose word class flags disagree with its version line, is refused
// rather than run without the features it was trained with.
func TestReadRefusesFlags(t *testing.T) {
	for _, tc := range []struct {
		name  string
		head  string
		flags uint64
	}{
		{"word classes in a version-2 file", magic, uint64(wcToken) << flagWordClassShift},
		{"version 3 without word classes", magic3, flagPOS},
		// Bits 6-8 are word class groups, 9 the rare-tier switch, 10 no one's yet.
		{"a flag from a later version", magic3, 1<<6 | 1<<10},
		{"the rare-tier switch without a group", magic3, uint64(wcRare) << flagWordClassShift},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var buf bytes.Buffer
			zw := gzip.NewWriter(&buf)
			body := binary.AppendUvarint([]byte(tc.head), tc.flags)
			body = append(body, make([]byte, 12)...) // three zero biases
			zw.Write(body)
			zw.Close()
			// The rest of the file is missing, which is refused too: the
			// error must be about the flags, read before the rest.
			_, err := Read(&buf)
			if !errors.Is(err, errFormat) || !strings.Contains(err.Error(), "flags") {
				t.Errorf("Read: %v, want a format error about the flags", err)
			}
		})
	}
}

// feats returns the features of word w after "in" for a recogniser with the
// word-class groups given and no gazetteer.
func feats(groups uint8, w string) map[uint64]bool {
	r := &Recognizer{gaz: newGazetteer([numGaz][]string{}), wordclass: groups}
	var sc scratch
	r.extract([]sitrep.Token{{Text: "in"}, {Text: w}}, &sc)
	m := map[uint64]bool{}
	for _, h := range sc.feats[sc.off[1]:sc.off[2]] {
		m[h] = true
	}
	return m
}

// TestWordClassFeatures checks what the features are for: two words in one
// GloVe class share that class's features whatever the training data saw of
// them ("Mozilla" and "PayPal" share a fine class, "Aleppo" and "Homs" a
// coarse one only), a word outside the classes gets the "none" class, and a
// model without the groups gets none of their features.
func TestWordClassFeatures(t *testing.T) {
	for _, tc := range []struct {
		a, b              string
		fine, mid, coarse bool // shared features, by level
	}{
		{"Mozilla", "PayPal", true, true, true},
		{"Aleppo", "Homs", false, false, true},
		{"Qwzxvbnkj", "Zzkqwvbx", true, true, true}, // invented: both "none"
	} {
		a, b := feats(wcToken, tc.a), feats(wcToken, tc.b)
		ca, oka := wordclass.Lookup(tc.a)
		if !oka {
			ca = wordclass.Class{Coarse: wcNone, Mid: wcNone, Fine: wcNone}
		}
		for _, lv := range []struct {
			name string
			f    uint8
			v    uint16
			want bool
		}{{"fine", fWCFine, ca.Fine, tc.fine}, {"mid", fWCMid, ca.Mid, tc.mid}, {"coarse", fWCCoarse, ca.Coarse, tc.coarse}} {
			h := fhn(lv.f, uint64(lv.v))
			if !a[h] {
				t.Errorf("%s: no %s class feature", tc.a, lv.name)
			}
			if b[h] != lv.want {
				t.Errorf("%s and %s share the %s class feature: %v, want %v", tc.a, tc.b, lv.name, b[h], lv.want)
			}
		}
		if off, on := feats(0, tc.a), feats(wcAll, tc.a); len(on) <= len(off) {
			t.Errorf("%s: %d features with the groups, %d without", tc.a, len(on), len(off))
		}
		if off := feats(0, tc.a); off[fhn(fWCFine, uint64(ca.Fine))] {
			t.Errorf("%s: a class feature without the groups", tc.a)
		}
	}
}

// TestRareWordClassFeatures checks the rare-tier switch: a word past the
// 150,000 ("Raqqa") has the "none" class without it and its nearest
// centroid's class with it, which it shares at the coarse level with a
// frequent town of its region; a frequent word's features do not change.
func TestRareWordClassFeatures(t *testing.T) {
	if _, ok := wordclass.Lookup("Raqqa"); ok {
		t.Fatal("Raqqa is among the frequent words; the test needs a rarer one")
	}
	none := fhn(fWCCoarse, wcNone)
	if !feats(wcToken, "Raqqa")[none] {
		t.Error("Raqqa without the switch: no \"none\" class feature")
	}
	rare := feats(wcToken|wcRare, "Raqqa")
	if rare[none] {
		t.Error("Raqqa with the switch: still the \"none\" class")
	}
	if c, _ := wordclass.Lookup("Aleppo"); !rare[fhn(fWCCoarse, uint64(c.Coarse))] {
		t.Error("Raqqa with the switch: not in Aleppo's coarse class")
	}
	a, b := feats(wcAll, "Aleppo"), feats(wcAll|wcRare, "Aleppo")
	if len(a) != len(b) {
		t.Fatalf("Aleppo: %d features without the switch, %d with", len(a), len(b))
	}
	for h := range a {
		if !b[h] {
			t.Fatal("Aleppo: a frequent word's features change with the switch")
		}
	}
}
