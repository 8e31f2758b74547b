package ner

// A linear-chain conditional random field (Lafferty, McCallum and Pereira
// 2001) trained by maximum conditional likelihood, as an alternative to the
// averaged perceptron (trainConfig.crf, TestTune's NER_CRF=1).
//
// Why it might beat the perceptron here: the perceptron moves weights only
// when the best sequence is wrong, and then by a whole unit on the features
// of the tokens it got wrong, so what it learns depends much on the order of
// the data (hence the sum of five). A CRF's gradient reaches every token
// through its marginals, also the right but uncertain ones, and its L2
// penalty keeps the weights of rare features (one-off words of an
// annotation that names more than UNER does) small; the objective is convex,
// so one model need not be averaged over shuffles. Its weights are
// log-potentials over the same features, the same BILOU labels and the same
// well-formed sequences (allowed, canEnd, the start row), so a CRF-trained
// model is read and decoded (Viterbi) exactly as a perceptron-trained one.
//
// Training is stochastic gradient ascent, one sentence a step, with learning
// rate η0/(1+t/N) (t steps so far, N sentences) and the L2 penalty applied as
// a shrinking of all weights each step: the emission weights are kept as
// s·v, so that the shrinking is one multiplication of s and a step touches
// only the sentence's features (Shalev-Shwartz et al. 2007; Bottou 2010).
// The weights can be averaged over the steps from a given epoch on (averaged
// SGD, Polyak and Juditsky 1992), also lazily: the running sum is S·v + u,
// with S the sum of the scales so far and u the corrections of each update.
//
// In cross-validation the best CRF (η0 0.03, λ 1, one model) came 0.23 and
// 0.11 under the five perceptrons on the two seeds (NOTES.md, "CRF training"),
// so Train does not use it.

import (
	"context"
	"fmt"
	"log/slog"
	"math"
	"math/rand/v2"
	"time"
)

// lattice holds forward–backward's log tables for one sentence: alpha[i·L+l]
// the log sum of the scores of the allowed prefixes ending in l at i,
// beta[i·L+l] that of the allowed suffixes after l at i (ending in a label
// canEnd accepts); −Inf where none is allowed.
type lattice struct {
	alpha, beta []float64
	logZ        float64
	tmp         []float64
}

var negInf = math.Inf(-1)

// logSumExp is log Σ exp(x) over xs, −Inf when xs is empty or all −Inf.
func logSumExp(xs []float64) float64 {
	m := negInf
	for _, x := range xs {
		if x > m {
			m = x
		}
	}
	if m == negInf {
		return negInf
	}
	s := 0.0
	for _, x := range xs {
		if x != negInf {
			s += math.Exp(x - m)
		}
	}
	return m + math.Log(s)
}

// run fills the tables for n tokens with emissions em (n×L) and transitions
// tw ((L+1)×L, the last row the start), and returns log Z.
func (lt *lattice) run(em, tw []float64, n int) float64 {
	L := numLabels
	if cap(lt.alpha) < n*L {
		lt.alpha = make([]float64, n*L)
		lt.beta = make([]float64, n*L)
	}
	lt.alpha, lt.beta = lt.alpha[:n*L], lt.beta[:n*L]
	alpha, beta := lt.alpha, lt.beta
	for l := 0; l < L; l++ {
		alpha[l] = negInf
		if allowed(-1, l) {
			alpha[l] = em[l] + tw[L*L+l]
		}
	}
	for i := 1; i < n; i++ {
		for b := 0; b < L; b++ {
			lt.tmp = lt.tmp[:0]
			for a := 0; a < L; a++ {
				if allowedTab[a][b] && alpha[(i-1)*L+a] != negInf {
					lt.tmp = append(lt.tmp, alpha[(i-1)*L+a]+tw[a*L+b])
				}
			}
			alpha[i*L+b] = logSumExp(lt.tmp) + em[i*L+b]
		}
	}
	for l := 0; l < L; l++ {
		beta[(n-1)*L+l] = negInf
		if canEnd(l) {
			beta[(n-1)*L+l] = 0
		}
	}
	for i := n - 2; i >= 0; i-- {
		for a := 0; a < L; a++ {
			lt.tmp = lt.tmp[:0]
			for b := 0; b < L; b++ {
				if allowedTab[a][b] && beta[(i+1)*L+b] != negInf {
					lt.tmp = append(lt.tmp, tw[a*L+b]+em[(i+1)*L+b]+beta[(i+1)*L+b])
				}
			}
			beta[i*L+a] = logSumExp(lt.tmp)
		}
	}
	lt.tmp = lt.tmp[:0]
	for l := 0; l < L; l++ {
		lt.tmp = append(lt.tmp, alpha[(n-1)*L+l]+beta[(n-1)*L+l])
	}
	lt.logZ = logSumExp(lt.tmp)
	return lt.logZ
}

// marginal is p(y_i = l).
func (lt *lattice) marginal(i, l int) float64 {
	L := numLabels
	return math.Exp(lt.alpha[i*L+l] + lt.beta[i*L+l] - lt.logZ)
}

// pair is p(y_{i−1} = a, y_i = b), for i ≥ 1.
func (lt *lattice) pair(em, tw []float64, i, a, b int) float64 {
	L := numLabels
	if !allowedTab[a][b] {
		return 0
	}
	return math.Exp(lt.alpha[(i-1)*L+a] + tw[a*L+b] + em[i*L+b] + lt.beta[i*L+b] - lt.logZ)
}

// goldScore is the score of the label sequence y, −Inf when it is not an
// allowed one.
func goldScore(em, tw []float64, y []int) float64 {
	L := numLabels
	prev := -1
	s := 0.0
	for i, l := range y {
		if !allowed(prev, l) {
			return negInf
		}
		if prev < 0 {
			s += tw[L*L+l]
		} else {
			s += tw[prev*L+l]
		}
		s += em[i*L+l]
		prev = l
	}
	if len(y) > 0 && !canEnd(prev) {
		return negInf
	}
	return s
}

// crf trains one linear-chain CRF over prep and returns its emission and
// transition weights in the perceptron's layout.
func crf(ctx context.Context, cfg trainConfig, prep []prepared, nf int, log *slog.Logger, t0 time.Time) ([]float32, []float32, error) {
	L := numLabels
	N := float64(len(prep))
	v := make([]float64, nf*L) // emission weights are s·v
	s := 1.0
	tw := make([]float64, (L+1)*L)
	// Averaging: the sum of the emission weights over the averaged steps is
	// S·v + u; that of the transitions, dense and few, is tsum.
	averaging := false
	var u, tsum []float64
	S, steps := 0.0, 0
	lam := cfg.crfL2 / N // each step's share of the penalty λ/2·‖w‖²
	rng := rand.New(rand.NewPCG(cfg.seed, 11))
	dropRNG := rand.New(rand.NewPCG(cfg.seed, 13))
	order := make([]int, len(prep))
	for i := range order {
		order[i] = i
	}
	var em []float64
	var rows [][]int32
	var lt lattice
	g := make([]float64, L)
	tg := make([]float64, (L+1)*L)
	t := 0
	for epoch := 0; epoch < cfg.epochs; epoch++ {
		if err := ctx.Err(); err != nil {
			return nil, nil, fmt.Errorf("train ner: %w", err)
		}
		if cfg.crfAvgFrom > 0 && epoch+1 == cfg.crfAvgFrom {
			averaging = true
			u = make([]float64, nf*L)
			tsum = make([]float64, (L+1)*L)
		}
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		ll, bad := 0.0, 0
		for _, oi := range order {
			p := prep[oi]
			n := len(p.gold)
			if n == 0 {
				continue
			}
			eta := cfg.crfRate / (1 + float64(t)/N)
			t++
			// The penalty's gradient step: every weight shrinks.
			decay := 1 - eta*lam
			s *= decay
			for i := range tw {
				tw[i] *= decay
			}
			if s < 1e-6 {
				// Fold the scale into v before it underflows.
				for i := range v {
					if averaging {
						u[i] += S * v[i]
					}
					v[i] *= s
				}
				s, S = 1, 0
			}
			rows = dropWords(rows[:0], p.rows, cfg.wordDrop, dropRNG)
			em = append(em[:0], make([]float64, n*L)...)
			addEmissions(em, rows, v)
			for i := range em {
				em[i] *= s // the weights are s·v
			}
			logZ := lt.run(em, tw, n)
			if gs := goldScore(em, tw, p.gold); gs == negInf {
				bad++
			} else {
				ll += gs - logZ
			}
			// The likelihood's gradient: observed minus expected counts.
			for i, row := range rows {
				big := 0.0
				for l := range g {
					g[l] = -lt.marginal(i, l)
				}
				g[p.gold[i]]++
				for l := range g {
					g[l] *= eta / s
					big = max(big, math.Abs(g[l]))
				}
				if big < 1e-9 {
					continue // a token the model is sure of, and right
				}
				for _, k := range row {
					vr := v[int(k)*L : int(k)*L+L]
					for l, d := range g {
						vr[l] += d
					}
					if averaging {
						ur := u[int(k)*L : int(k)*L+L]
						for l, d := range g {
							ur[l] -= S * d
						}
					}
				}
			}
			// The transitions' gradient, all of it taken at the weights
			// forward–backward saw before any is changed.
			clear(tg)
			for l := 0; l < L; l++ {
				if allowed(-1, l) {
					tg[L*L+l] -= lt.marginal(0, l)
				}
			}
			tg[L*L+p.gold[0]]++
			for i := 1; i < n; i++ {
				for a := 0; a < L; a++ {
					if lt.alpha[(i-1)*L+a] == negInf {
						continue
					}
					for b := 0; b < L; b++ {
						if allowedTab[a][b] {
							tg[a*L+b] -= lt.pair(em, tw, i, a, b)
						}
					}
				}
				tg[p.gold[i-1]*L+p.gold[i]]++
			}
			for i := range tw {
				tw[i] += eta * tg[i]
			}
			if averaging {
				S += s
				steps++
				for i := range tw {
					tsum[i] += tw[i]
				}
			}
		}
		log.Info("ner crf epoch", "epoch", epoch+1, "log-likelihood", fmt.Sprintf("%.1f", ll), "ill-formed gold", bad,
			"eta", fmt.Sprintf("%.4g", cfg.crfRate/(1+float64(t)/N)), "elapsed", time.Since(t0).Round(time.Second))
	}
	w := make([]float32, nf*L)
	tw32 := make([]float32, (L+1)*L)
	for i := range w {
		if averaging {
			w[i] = float32((S*v[i] + u[i]) / float64(steps))
		} else {
			w[i] = float32(s * v[i])
		}
	}
	for i := range tw32 {
		if averaging {
			tw32[i] = float32(tsum[i] / float64(steps))
		} else {
			tw32[i] = float32(tw[i])
		}
	}
	return w, tw32, nil
}
