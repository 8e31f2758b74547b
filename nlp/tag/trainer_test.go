package tag

import (
	"math/rand/v2"
	"testing"
)

// TestTrainerPredictMatchesPlainSum: the trainer's scores, with dense rows for
// its frequent features, are bit for bit the plain loop's over each feature's
// entries in the order of the features, and predict picks the same tag, so
// that the rows change no trained model.
func TestTrainerPredictMatchesPlainSum(t *testing.T) {
	const nTags = 108
	rng := rand.New(rand.NewPCG(3, 4))
	tr := newTrainer(nTags, nil)
	keys := make([]uint32, 300)
	for i := range keys {
		keys[i] = rng.Uint32()
	}
	keys[0] = 0 // the table stores key 0 too
	for range 2000 {
		// Frequent features (the first 30) are updated for many tags, the
		// others for a few.
		var f [3]uint32
		for j := range f {
			if rng.IntN(5) > 0 {
				f[j] = keys[rng.IntN(30)]
			} else {
				f[j] = keys[30+rng.IntN(len(keys)-30)]
			}
		}
		tr.c++
		tr.update(f[:], rng.IntN(nTags), rng.IntN(nTags))
	}
	dense := 0
	for _, r := range tr.rowOf {
		if r != 0 {
			dense++
		}
	}
	if dense == 0 || dense == len(tr.keys) {
		t.Fatalf("%d of %d features dense: the test needs both kinds", dense, len(tr.keys))
	}
	scratch := make([]float32, nTags)
	for trial := range 300 {
		f := make([]uint32, rng.IntN(numFeatures+1))
		for i := range f {
			if rng.IntN(10) == 0 {
				f[i] = rng.Uint32() // most likely unknown
			} else {
				f[i] = keys[rng.IntN(len(keys))]
			}
		}
		want := make([]float32, nTags)
		for _, k := range f {
			if s, ok := tr.index.get(k); ok {
				for _, e := range tr.rows[s] {
					want[e.cls] += float32(e.w)
				}
			}
		}
		best := 0
		for c, v := range want {
			if v > want[best] {
				best = c
			}
		}
		if got := tr.predict(f, scratch); got != best {
			t.Fatalf("trial %d: predicted %d, plain sum's best %d", trial, got, best)
		}
		got := tr.score(f, scratch)
		for c := range nTags {
			if got[c] != want[c] {
				t.Fatalf("trial %d, tag %d: %v, plain sum %v", trial, c, got[c], want[c])
			}
		}
	}
}
