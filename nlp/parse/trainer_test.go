package parse

import (
	"math/rand/v2"
	"testing"
)

// TestTrainerScoreMatchesPlainSum: the trainer's scores, with dense rows for
// its frequent features, are bit for bit the plain loop's over each feature's
// sparse weights in the order of the features, so that the rows change no
// trained model. Features get between 1 and all of the classes, with weights
// that are not integers (global training starts from averaged ones), and
// some keys are unknown or zero.
func TestTrainerScoreMatchesPlainSum(t *testing.T) {
	const nc = 103
	rng := rand.New(rand.NewPCG(1, 2))
	tr := newTrainer(nc)
	keys := make([]uint64, 400)
	for i := range keys {
		keys[i] = rng.Uint64() | 1
		s := tr.slotFor(keys[i])
		n := 1 + rng.IntN(nc)
		if i%3 == 0 {
			n = 1 + rng.IntN(denseMin) // sparse ones too
		}
		for _, c := range rng.Perm(nc)[:n] {
			tr.append(s, uint8(c), float32(rng.NormFloat64()), coldEntry{})
		}
	}
	// Updates after the rows exist must reach them.
	for range 2000 {
		f := []uint64{keys[rng.IntN(len(keys))], keys[rng.IntN(len(keys))]}
		tr.update(f, rng.IntN(nc), rng.IntN(nc))
	}
	dense := 0
	for _, s := range tr.slots {
		if s.key != 0 && s.row != 0 {
			dense++
		}
	}
	if dense == 0 || dense == len(keys) {
		t.Fatalf("%d of %d features dense: the test needs both kinds", dense, len(keys))
	}
	var buf [256]float32
	for trial := range 300 {
		f := make([]uint64, rng.IntN(numFeatures+1))
		for i := range f {
			switch rng.IntN(10) {
			case 0:
				f[i] = 0
			case 1:
				f[i] = rng.Uint64() | 1 // unknown
			default:
				f[i] = keys[rng.IntN(len(keys))]
			}
		}
		got := tr.scoreInto(f, &buf, nc)
		want := make([]float32, nc)
		for _, key := range f {
			if id, ok := tr.lookup(key); ok && key != 0 {
				for _, e := range tr.hot[id] {
					want[e.cls] += e.w
				}
			}
		}
		for c := range nc {
			if got[c] != want[c] {
				t.Fatalf("trial %d, class %d: %v, plain sum %v", trial, c, got[c], want[c])
			}
		}
	}
}
