package main

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

// TestCommittedDataIsCurrent regenerates the gazetteer and checks that the committed
// files are what the generator makes of the shared GeoNames extracts.
func TestCommittedDataIsCurrent(t *testing.T) {
	if os.Getenv("SITREP_SHARED") == "" {
		t.Skip("SITREP_SHARED not set: the generator reads GeoNames and the treebanks from it")
	}
	out := t.TempDir()
	if err := run(out); err != nil {
		t.Fatal(err)
	}
	root, err := repoRoot()
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"gazetteer.tsv.gz", "ambiguous.tsv"} {
		got, err := os.ReadFile(filepath.Join(out, name))
		if err != nil {
			t.Fatal(err)
		}
		want, err := os.ReadFile(filepath.Join(root, "place", "data", name))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("place/data/%s is stale: run go generate ./place", name)
		}
	}
}

func TestUsableAlternate(t *testing.T) {
	for _, tt := range []struct {
		name string
		want bool
	}{
		{"Damascus", true},
		{"Deir ez-Zor", true},
		{"Genève", true},
		{"DAM", false},    // an airport code
		{"Sam", false},    // too short to trust
		{"Дамаск", false}, // not Latin script
		{"Damascus 2", false},
		{"damascus", false},
	} {
		if got := usableAlternate(tt.name); got != tt.want {
			t.Errorf("usableAlternate(%q) = %v, want %v", tt.name, got, tt.want)
		}
	}
}

func TestMedian(t *testing.T) {
	if got := median([]float64{5, 1, 3}); got != 3 {
		t.Errorf("median odd = %v", got)
	}
	if got := median([]float64{4, 1, 3, 2}); got != 2.5 {
		t.Errorf("median even = %v", got)
	}
}
