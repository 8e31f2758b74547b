package wordclass

import (
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"fmt"
	"strings"
	"testing"
)

func gz(t *testing.T, text string) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	if _, err := zw.Write([]byte(text)); err != nil {
		t.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestShippedClassesNest(t *testing.T) {
	n, err := Len()
	if err != nil {
		t.Fatal(err)
	}
	if n < 140000 {
		t.Fatalf("%d words with a class, want about 150,000", n)
	}
	m, err := Read(classesGz)
	if err != nil {
		t.Fatal(err)
	}
	if len(m) != n {
		t.Fatalf("Read gives %d words, Len %d", len(m), n)
	}
	for w, c := range m {
		if c.Fine/8 != c.Mid || c.Mid/16 != c.Coarse {
			t.Fatalf("%q: classes %+v do not nest", w, c)
		}
		if got, ok := Lookup(w); !ok || got != c {
			t.Fatalf("Lookup(%q) %+v %v, want the file's %+v", w, got, ok, c)
		}
	}
}

func TestLookupLowercases(t *testing.T) {
	a, ok := Lookup("Damascus")
	if !ok {
		t.Fatal("Damascus has no class")
	}
	b, _ := Lookup("damascus")
	if a != b {
		t.Errorf("Damascus %+v, damascus %+v", a, b)
	}
	if _, ok := Lookup("qqzxv-not-a-word"); ok {
		t.Error("a made-up word has a class")
	}
}

// Towns near each other in the vectors share a fine class more often than
// chance (1 in 4,096) would allow: the classes carry meaning.
func TestClassesGroupLikeWords(t *testing.T) {
	same := 0
	pairs := [][2]string{{"aleppo", "homs"}, {"monday", "tuesday"}, {"january", "february"}, {"ambassador", "envoy"}, {"militants", "insurgents"}}
	for _, p := range pairs {
		a, _ := Lookup(p[0])
		b, _ := Lookup(p[1])
		if a.Mid == b.Mid {
			same++
		}
	}
	if same < 4 {
		t.Errorf("%d of %d related pairs share a mid class", same, len(pairs))
	}
}

func TestReadRejectsBadLines(t *testing.T) {
	// The last two are in range but do not nest (fine 9 lies in mid 1,
	// mid 16 in coarse 1).
	for _, text := range []string{"word\t1\t2\n", "word\t32\t0\t0\n", "word\tx\t0\t0\n", "word\t0\t0\t4096\n", "word\t0\t0\t9\n", "word\t0\t16\t128\n"} {
		if _, err := Read(gz(t, text)); err == nil || !strings.Contains(err.Error(), "line 1") {
			t.Errorf("%q: error %v, want one naming line 1", text, err)
		}
	}
	if _, err := Read([]byte("not gzip")); err == nil {
		t.Error("a file that is not gzip read without error")
	}
}

// The tagger, parser and recogniser are trained with Lookup's classes: a
// regenerated frequent tier would silently change their features. gen must
// reproduce this file byte for byte (its -rare output included).
func TestFrequentTierUnchanged(t *testing.T) {
	const want = "bd134dfae019056c5096d998de46e59af331ceeac5a60e30826bef1cb2e845c2"
	if got := fmt.Sprintf("%x", sha256.Sum256(classesGz)); got != want {
		t.Errorf("classes.tsv.gz sha256 %s, want %s: the frequent tier changed", got, want)
	}
}

func TestRareTier(t *testing.T) {
	n, err := RareLen()
	if err != nil {
		t.Fatal(err)
	}
	if n < 150000 {
		t.Fatalf("%d words in the rare tier, want about 190,000", n)
	}
	frequent, err := Read(classesGz)
	if err != nil {
		t.Fatal(err)
	}
	rareWords, err := Read(rareGz)
	if err != nil {
		t.Fatal(err)
	}
	if len(rareWords) != n {
		t.Fatalf("Read gives %d rare words, RareLen %d", len(rareWords), n)
	}
	for w, c := range rareWords {
		if _, ok := frequent[w]; ok {
			t.Fatalf("%q is in both tiers", w)
		}
		if got, _ := LookupRare(w); got != c {
			t.Fatalf("LookupRare(%q) %+v, want the rare tier's %+v", w, got, c)
		}
		if _, ok := Lookup(w); ok {
			t.Fatalf("Lookup answers for %q of the rare tier", w)
		}
	}
	for w, c := range frequent {
		if got, ok := LookupRare(w); !ok || got != c {
			t.Fatalf("LookupRare(%q) %+v %v, want Lookup's %+v", w, got, ok, c)
		}
	}
	if _, ok := LookupRare("qqzxv-not-a-word"); ok {
		t.Error("a made-up word has a rare class")
	}
}

// Rare towns land near the frequent towns of their region: the nearest
// centroid carries meaning, and a rare word is looked up lower-cased.
func TestRareTierGroupsLikeWords(t *testing.T) {
	aleppo, _ := Lookup("Aleppo")
	for _, w := range []string{"Raqqa", "Hasakah"} {
		if _, ok := Lookup(w); ok {
			t.Errorf("%s is in the frequent tier; pick a rarer example", w)
		}
		c, ok := LookupRare(w)
		if !ok {
			t.Errorf("%s has no rare class", w)
			continue
		}
		if c.Coarse != aleppo.Coarse {
			t.Errorf("%s coarse class %d, Aleppo's %d", w, c.Coarse, aleppo.Coarse)
		}
	}
}

func TestReadRefusesRepeats(t *testing.T) {
	if _, err := read(gz(t, "town\t1\t16\t128\ntown\t1\t16\t129\n")); err == nil || !strings.Contains(err.Error(), `"town" twice`) {
		t.Errorf("a file naming a word twice: error %v", err)
	}
}

func TestReadRareRefusesOverlap(t *testing.T) {
	frequent, err := read(gz(t, "town\t1\t16\t128\n"))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := readRare(gz(t, "villagex\t1\t16\t129\n"), frequent); err != nil {
		t.Errorf("a disjoint rare tier refused: %v", err)
	}
	if _, err := readRare(gz(t, "villagex\t1\t16\t129\ntown\t1\t16\t128\n"), frequent); err == nil || !strings.Contains(err.Error(), `"town"`) {
		t.Errorf("a rare tier repeating a frequent word: error %v, want one naming it", err)
	}
	if _, err := readRare(gz(t, "villagex\t1\t16\t9\n"), frequent); err == nil {
		t.Error("a rare tier whose classes do not nest read without error")
	}
}

// BenchmarkLoad reads both embedded tiers, as a process that uses LookupRare
// does once.
func BenchmarkLoad(b *testing.B) {
	for b.Loop() {
		f, err := read(classesGz)
		if err != nil {
			b.Fatal(err)
		}
		if _, err := readRare(rareGz, f); err != nil {
			b.Fatal(err)
		}
	}
}
