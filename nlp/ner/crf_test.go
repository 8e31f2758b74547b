package ner

import (
	"context"
	"log/slog"
	"math"
	"math/rand/v2"
	"testing"
	"time"
)

// TestLatticeBruteForce checks forward–backward against a sum over every
// allowed label sequence of a few tokens with random scores: log Z, the
// marginals of each position (which sum to one) and of each pair.
func TestLatticeBruteForce(t *testing.T) {
	L := numLabels
	rng := rand.New(rand.NewPCG(1, 2))
	var lt lattice
	for _, n := range []int{1, 2, 3} {
		em := make([]float64, n*L)
		tw := make([]float64, (L+1)*L)
		for i := range em {
			em[i] = 2 * rng.NormFloat64()
		}
		for i := range tw {
			tw[i] = 2 * rng.NormFloat64()
		}
		logZ := lt.run(em, tw, n)
		// Enumerate all L^n sequences; goldScore is −Inf for ill-formed ones.
		var scores []float64
		node := make([]float64, n*L)
		pairs := make([]float64, n*L*L)
		y := make([]int, n)
		total := 1
		for i := 0; i < n; i++ {
			total *= L
		}
		type seq struct {
			y []int
			s float64
		}
		var all []seq
		for c := 0; c < total; c++ {
			x := c
			for i := range y {
				y[i] = x % L
				x /= L
			}
			s := goldScore(em, tw, y)
			if s == negInf {
				continue
			}
			scores = append(scores, s)
			all = append(all, seq{append([]int(nil), y...), s})
		}
		want := logSumExp(scores)
		if math.Abs(logZ-want) > 1e-9 {
			t.Fatalf("n=%d: log Z = %v, brute force %v", n, logZ, want)
		}
		for _, q := range all {
			p := math.Exp(q.s - want)
			for i, l := range q.y {
				node[i*L+l] += p
				if i > 0 {
					pairs[(i*L+q.y[i-1])*L+l] += p
				}
			}
		}
		for i := 0; i < n; i++ {
			sum := 0.0
			for l := 0; l < L; l++ {
				m := lt.marginal(i, l)
				sum += m
				if math.Abs(m-node[i*L+l]) > 1e-9 {
					t.Errorf("n=%d: p(y_%d=%d) = %v, brute force %v", n, i, l, m, node[i*L+l])
				}
				if i == 0 {
					continue
				}
				for a := 0; a < L; a++ {
					if lt.alpha[(i-1)*L+a] == negInf {
						continue
					}
					if pm, bf := lt.pair(em, tw, i, a, l), pairs[(i*L+a)*L+l]; math.Abs(pm-bf) > 1e-9 {
						t.Errorf("n=%d: p(y_%d=%d, y_%d=%d) = %v, brute force %v", n, i-1, a, i, l, pm, bf)
					}
				}
			}
			if math.Abs(sum-1) > 1e-9 {
				t.Errorf("n=%d: marginals at %d sum to %v", n, i, sum)
			}
		}
	}
}

// TestCRFLearns trains a CRF on a toy task (a feature per word; "x" begins
// a two-word organisation, "p" is a one-word person) and checks that Viterbi
// over its weights, averaged or not, labels the training sentences right.
func TestCRFLearns(t *testing.T) {
	L := numLabels
	bO, uPER := 0, labelOf(posU, 0)
	bORG, lORG := labelOf(posB, 1), labelOf(posL, 1)
	// Features: 0 "o", 1 "x", 2 "y", 3 "p"; 4 a bias feature every token has.
	word := map[int][]int32{bO: {0, 4}, uPER: {3, 4}, bORG: {1, 4}, lORG: {2, 4}}
	var prep []prepared
	for _, gold := range [][]int{
		{bO, bORG, lORG, bO},
		{uPER, bO, bO},
		{bORG, lORG},
		{bO, uPER, bO, bORG, lORG},
	} {
		var rows [][]int32
		for _, l := range gold {
			rows = append(rows, word[l])
		}
		prep = append(prep, prepared{rows, gold})
	}
	for _, avg := range []int{0, 2} {
		cfg := trainConfig{epochs: 30, seed: 1, crf: true, crfRate: 0.5, crfL2: 0.1, crfAvgFrom: avg}
		w, tw, err := crf(context.Background(), cfg, prep, 5, slog.New(slog.DiscardHandler), time.Now())
		if err != nil {
			t.Fatal(err)
		}
		var sc scratch
		for _, p := range prep {
			n := len(p.gold)
			em := make([]float32, n*L)
			for i, row := range p.rows {
				for _, k := range row {
					for l := 0; l < L; l++ {
						em[i*L+l] += w[int(k)*L+l]
					}
				}
			}
			got := viterbi(em, tw, n, &sc)
			for i := range got {
				if got[i] != p.gold[i] {
					t.Errorf("averaged from %d: sentence %v decoded as %v", avg, p.gold, got)
					break
				}
			}
		}
	}
}

// TestCRFGradient checks one step of training from zero weights, with no
// penalty, against finite differences of the sentence's log-likelihood: the
// step is the learning rate times the gradient, emissions and transitions.
func TestCRFGradient(t *testing.T) {
	L := numLabels
	nf := 4
	gold := []int{0, labelOf(posB, 1), labelOf(posI, 1), labelOf(posL, 1), labelOf(posU, 2)}
	rows := [][]int32{{0, 3}, {1, 3}, {1, 2}, {2}, {0, 1, 2}}
	prep := []prepared{{rows, gold}}
	rate := 0.01
	cfg := trainConfig{epochs: 1, seed: 1, crf: true, crfRate: rate}
	w, tw, err := crf(context.Background(), cfg, prep, nf, slog.New(slog.DiscardHandler), time.Now())
	if err != nil {
		t.Fatal(err)
	}
	// logp is log p(gold) under emission weights x and transitions y.
	var lt lattice
	logp := func(x, y []float64) float64 {
		em := make([]float64, len(gold)*L)
		for i, row := range rows {
			for _, k := range row {
				for l := 0; l < L; l++ {
					em[i*L+l] += x[int(k)*L+l]
				}
			}
		}
		return goldScore(em, y, gold) - lt.run(em, y, len(gold))
	}
	x := make([]float64, nf*L)
	y := make([]float64, (L+1)*L)
	const h = 1e-5
	check := func(what string, z []float64, got []float32) {
		for i := range z {
			z[i] = h
			up := logp(x, y)
			z[i] = -h
			down := logp(x, y)
			z[i] = 0
			if num := (up - down) / (2 * h); math.Abs(num-float64(got[i])/rate) > 1e-4 {
				t.Errorf("%s %d: step/rate %v, finite difference %v", what, i, float64(got[i])/rate, num)
			}
		}
	}
	check("emission", x, w)
	check("transition", y, tw)
}
