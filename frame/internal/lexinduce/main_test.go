package main

import (
	"math"
	"testing"

	"github.com/sitrep-dev/sitrep/internal/glove"
)

// Words near rated words take their valence; a word whose neighbours are
// unrated stays near 0.
func TestNeighbourValence(t *testing.T) {
	vecs := [][]float32{
		glove.Normalise([]float64{1, 0.1, 0}),  // 0 "good", rated +2
		glove.Normalise([]float64{1, 0.2, 0}),  // 1 "fine", rated +2
		glove.Normalise([]float64{1, 0, 0.1}),  // 2 unrated, next to both
		glove.Normalise([]float64{0, 1, 0}),    // 3 "table", unrated
		glove.Normalise([]float64{0, 1, 0.1}),  // 4 "chair", unrated
		glove.Normalise([]float64{-1, 0, 0.2}), // 5 "bad", rated -2
	}
	target := []float64{2, 2, 0, 0, 0, -2}
	nb := neighbours(vecs, 2)
	if nb[2][0].i != 0 && nb[2][0].i != 1 {
		t.Fatalf("nearest to 2: %d, want 0 or 1", nb[2][0].i)
	}
	if v := estimate(nb[2], target); math.Abs(v-2) > 1e-6 {
		t.Errorf("word beside two +2 words: %.3f, want 2", v)
	}
	if v := estimate(nb[3], target); math.Abs(v) > 0.5 {
		t.Errorf("word beside unrated words: %.3f, want about 0", v)
	}
	for i, n := range nb {
		for _, x := range n {
			if int(x.i) == i {
				t.Errorf("word %d is its own neighbour", i)
			}
		}
	}
}

func TestMacroF1(t *testing.T) {
	gold := []float64{-2, 0, 2}
	if f := macroF1([]float64{-1, 0, 1}, gold, 2, 0.5); f != 1 {
		t.Errorf("perfect predictions: macro-F1 %.3f", f)
	}
	if f := macroF1([]float64{1, 0, -1}, gold, 2, 0.5); f >= 0.5 {
		t.Errorf("reversed predictions: macro-F1 %.3f", f)
	}
}
