package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sitrep-dev/sitrep/internal/repo"
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
	root, err := repo.Root()
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"gazetteer.tsv.gz", "ambiguous.tsv", "givennames.tsv"} {
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

func TestTranslated(t *testing.T) {
	freq := map[string]*wordFreq{
		"white": {lower: 40, capMid: 3}, "house": {lower: 90, capMid: 5},
		"dar": {lower: 0, capMid: 1}, "new": {lower: 300, capMid: 20}, "york": {capMid: 12},
	}
	for _, tt := range []struct {
		name string
		want bool
	}{
		{"White House", true},
		{"Dar el Beida", false},
		{"New York", false},
		{"House", false}, // one word: left to the ambiguous list
	} {
		if got := translated(tt.name, freq); got != tt.want {
			t.Errorf("translated(%q) = %v, want %v", tt.name, got, tt.want)
		}
	}
}

func TestShareCapitalNames(t *testing.T) {
	admin := &entry{kind: "A", iso3: "SYR", admin1: "04", primary: []string{"Ar-Raqqah"}}
	city := &entry{kind: "P", iso3: "SYR", admin1: "04", primary: []string{"Ar Raqqah"}, alts: []string{"Raqqa", "Rakka"}}
	other := &entry{kind: "P", iso3: "SYR", admin1: "04", primary: []string{"Tabqa"}, alts: []string{"Ath Thawrah"}}
	shareCapitalNames(map[string]*entry{"SY.04": admin}, []*entry{city, other})
	if got := strings.Join(admin.alts, "|"); got != "Raqqa|Rakka" {
		t.Errorf("division alternates = %q, want the namesake city's only", got)
	}
}
