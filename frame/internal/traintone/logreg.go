package main

import (
	"math"

	"github.com/sitrep-dev/sitrep/frame"
)

// sparse is one example's feature values by feature index.
type sparse struct {
	idx []int
	val []float64
}

// item is one training example: features, gold class, and its weight in the
// loss.
type item struct {
	x sparse
	y int
	w float64
}

// trainLogReg fits a three-class logistic regression with an L2 penalty of
// lambda on every weight but feature 0's (the bias), minimising the weighted
// mean cross-entropy by full-batch AdaGrad from zero. Everything is summed in
// the items' order, so the same items give the same weights on every run.
func trainLogReg(items []item, nfeat int, lambda float64, iters int) [][3]float64 {
	const rate = 0.5
	w := make([][3]float64, nfeat)
	g2 := make([][3]float64, nfeat)
	grad := make([][3]float64, nfeat)
	var total float64
	for _, it := range items {
		total += it.w
	}
	for range iters {
		for f := range grad {
			grad[f] = [3]float64{}
		}
		for _, it := range items {
			p := probs(w, it.x)
			for c := range 3 {
				d := p[c]
				if c == it.y {
					d--
				}
				d *= it.w / total
				for k, f := range it.x.idx {
					grad[f][c] += d * it.x.val[k]
				}
			}
		}
		for f := range w {
			for c := range 3 {
				g := grad[f][c]
				if f > 0 {
					g += lambda * w[f][c]
				}
				if g == 0 {
					continue
				}
				g2[f][c] += g * g
				w[f][c] -= rate * g / math.Sqrt(g2[f][c])
			}
		}
	}
	return w
}

func probs(w [][3]float64, x sparse) [3]float64 {
	var z [3]float64
	for k, f := range x.idx {
		for c := range 3 {
			z[c] += w[f][c] * x.val[k]
		}
	}
	return frame.Softmax(z)
}
