package wordclass

import (
	"bytes"
	"compress/gzip"
	"strings"
	"testing"
)

func TestShippedClassesNest(t *testing.T) {
	n, err := Len()
	if err != nil {
		t.Fatal(err)
	}
	if n < 140000 {
		t.Fatalf("%d words with a class, want about 150,000", n)
	}
	for w, c := range classes {
		if c.Fine/8 != c.Mid || c.Mid/16 != c.Coarse {
			t.Fatalf("%q: classes %+v do not nest", w, c)
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
	for _, text := range []string{"word\t1\t2\n", "word\t32\t0\t0\n", "word\tx\t0\t0\n", "word\t0\t0\t4096\n"} {
		var buf bytes.Buffer
		zw := gzip.NewWriter(&buf)
		zw.Write([]byte(text))
		zw.Close()
		if _, err := Read(buf.Bytes()); err == nil || !strings.Contains(err.Error(), "line 1") {
			t.Errorf("%q: error %v, want one naming line 1", text, err)
		}
	}
	if _, err := Read([]byte("not gzip")); err == nil {
		t.Error("a file that is not gzip read without error")
	}
}
