package parse

import (
	"context"
	"fmt"
	"log/slog"
	"math"
	"math/rand/v2"
	"time"

	"github.com/sitrep-dev/sitrep/nlp/conllu"
)

// Global training: a structured perceptron over the beam (Collins and Roark
// 2004; Zhang and Clark 2008; Huang, Fayong and Guo 2012). The beam searches
// with the current weights; the gold transition sequence is the static oracle's
// (staticOracle), and the update compares the gold prefix with the best
// hypothesis at one step: the first at which gold falls out of the beam (early
// update) or the one at which the best hypothesis outscores gold by the most
// (max-violation). Scores of whole prefixes are then what the model learns to
// rank, which is what beam search compares.

// staticOracle returns the arc-hybrid transition sequence that builds the
// projective tree gh, gl, or false if the tree is not projective (or not a
// tree): it reduces s0 as soon as its dependents are all attached, to the right
// (RIGHT) when its head is s1, to the left (LEFT) when it is b0, and shifts
// otherwise.
func staticOracle(gh []int32, gl []int16, seq []int) ([]int, bool) {
	n := len(gh) - 1
	pending := make([]int, n+1) // dependents of each word not yet attached
	for d := 1; d <= n; d++ {
		if h := gh[d]; h >= 0 {
			pending[h]++
		}
	}
	var st state
	st.reset(n)
	seq = seq[:0]
	for !st.terminal() {
		s0, s1 := st.s(0), st.s(1)
		c := none
		switch {
		case s0 > 0 && pending[s0] == 0 && st.canLeft() && int(gh[s0]) == st.b:
			c = leftClass(int(gl[s0]))
		case s0 > 0 && pending[s0] == 0 && st.canRight() && int(gh[s0]) == s1:
			c = rightClass(int(gl[s0]))
		case st.canShift():
			c = shift
		default:
			return nil, false
		}
		if c != shift {
			if gl[s0] < 0 {
				return nil, false
			}
			pending[gh[s0]]--
		}
		st.apply(c)
		seq = append(seq, c)
	}
	for d := 1; d <= n; d++ {
		if st.head[d] != gh[d] {
			return nil, false
		}
	}
	return seq, true
}

// beamNode is one hypothesis of the beam after some number of transitions: how
// it was reached (its parent in the previous step's beam and the transition) and
// where the features of its configuration lie in the sentence's feature arena.
type beamNode struct {
	parent int32
	class  int16
	gold   bool // the hypothesis is the gold prefix
	fOff   int32
	fLen   int32
}

// globalTrainer runs beam search over training sentences and makes the
// structured perceptron's updates on tr.
type globalTrainer struct {
	tr           *trainer
	width        int
	maxViolation bool
	nc           int

	x                sentence
	f                [numFeatures]uint64
	scores           [256]float32
	cur, next        []state
	total, nextTotal []float32
	cands            []candidate
	gold             state
	seq              []int
	hist             [][]beamNode
	goldF            [][2]int32 // per step, the gold configuration's features in arena
	arena            []uint64
}

func newGlobalTrainer(tr *trainer, width, nc int, maxViolation bool) *globalTrainer {
	return &globalTrainer{tr: tr, width: width, nc: nc, maxViolation: maxViolation,
		cur: make([]state, width), next: make([]state, width),
		total: make([]float32, width), nextTotal: make([]float32, width)}
}

// features extracts the features of st into the arena and returns where.
func (g *globalTrainer) features(st *state) (off, k int32) {
	n := extract(st, &g.x, &g.f)
	off = int32(len(g.arena))
	g.arena = append(g.arena, g.f[:n]...)
	return off, int32(n)
}

func (g *globalTrainer) score(off, k int32) []float32 {
	return g.tr.scoreInto(g.arena[off:off+k], &g.scores, g.nc)
}

// step returns the beam nodes of step t, emptied, growing the history as
// needed; the nodes of earlier sentences are reused.
func (g *globalTrainer) step(t int) []beamNode {
	for len(g.hist) <= t {
		if len(g.hist) < cap(g.hist) {
			g.hist = g.hist[:len(g.hist)+1]
			continue
		}
		g.hist = append(g.hist, nil)
	}
	if g.hist[t] == nil {
		g.hist[t] = make([]beamNode, 0, g.width)
	}
	return g.hist[t][:0]
}

// sentence trains on one example with gold sequence g.seq; it returns whether
// it updated the weights and whether the beam's final best was the gold tree
// (in early update, a sentence cut short counts as wrong).
func (g *globalTrainer) sentence(ex *example) (updated, right bool) {
	g.arena = g.arena[:0]
	g.goldF = g.goldF[:0]
	n := len(ex.toks)
	width := g.width
	cur, next := g.cur[:1], g.next[:width]
	total, nextTotal := g.total[:1], g.nextTotal[:width]
	cur[0].reset(n)
	total[0] = 0
	g.gold.reset(n)
	g.hist = g.hist[:0]
	nodes := g.step(0)
	nodes = append(nodes, beamNode{parent: -1, class: -1, gold: true})
	g.hist[0] = nodes
	var goldScore float32
	// The update point: a step and a node of its beam.
	updT, updNode := -1, -1
	var maxV float32
	T, fellOut := 0, false // T: the number of transitions of the last beam
	for t := 0; !cur[0].terminal(); t++ {
		g.cands = g.cands[:0]
		nodes := g.hist[t]
		goldStep := float32(math.NaN())
		for h := range cur {
			off, k := g.features(&cur[h])
			nodes[h].fOff, nodes[h].fLen = off, k
			sc := g.score(off, k)
			if nodes[h].gold {
				goldStep = sc[g.seq[t]]
				g.goldF = append(g.goldF, [2]int32{off, k})
			}
			g.cands = topClasses(&cur[h], sc, h, total[h], width, g.cands)
		}
		if len(g.goldF) == t {
			// Gold has left the beam (max-violation goes on to the end).
			off, k := g.features(&g.gold)
			goldStep = g.score(off, k)[g.seq[t]]
			g.goldF = append(g.goldF, [2]int32{off, k})
		}
		goldScore += goldStep
		g.gold.apply(g.seq[t])
		sortCandidates(g.cands)
		m := min(width, len(g.cands))
		nn := g.step(t + 1)
		goldIn := false
		for i, c := range g.cands[:m] {
			next[i].copyFrom(&cur[c.from])
			next[i].apply(c.class)
			nextTotal[i] = c.score
			isGold := nodes[c.from].gold && c.class == g.seq[t]
			goldIn = goldIn || isGold
			nn = append(nn, beamNode{parent: int32(c.from), class: int16(c.class), gold: isGold})
		}
		g.hist[t+1] = nn
		T = t + 1
		cur, next = next[:m], cur[:width]
		total, nextTotal = nextTotal[:m], total[:width]
		if !nn[0].gold {
			if v := total[0] - goldScore; v >= 0 && (updT < 0 || v > maxV) {
				updT, updNode, maxV = T, 0, v
			}
		}
		if !goldIn && !g.maxViolation {
			fellOut = true
			break
		}
	}
	g.cur, g.next = cur[:width], next
	g.total, g.nextTotal = total[:width], nextTotal
	right = !fellOut && g.hist[T][0].gold
	if !g.maxViolation {
		// Early update: at the step where gold fell out of the beam, or at
		// the end if the best complete hypothesis is not gold.
		updT, updNode = -1, 0
		if !right {
			updT = T
		}
	}
	if updT < 0 {
		return false, right
	}
	g.update(updT, updNode)
	return true, right
}

// update rewards the gold prefix of T transitions and penalises the prefix that
// ends in node i of step T, from the first transition at which they differ.
func (g *globalTrainer) update(T, i int) {
	g.tr.now++
	// Walk the predicted prefix back, recording its transitions' features.
	node := g.hist[T][i]
	for t := T - 1; t >= 0 && !node.gold; t-- {
		parent := g.hist[t][node.parent]
		g.tr.bumpFeatures(g.arena[parent.fOff:parent.fOff+parent.fLen], int(node.class), -1)
		gf := g.goldF[t]
		g.tr.bumpFeatures(g.arena[gf[0]:gf[0]+gf[1]], g.seq[t], 1)
		node = parent
	}
}

// bumpFeatures adds d to the weight of class c of every feature in f, without
// advancing the averaging clock: one structured update spans many transitions.
func (t *trainer) bumpFeatures(f []uint64, c int, d float32) {
	for _, key := range f {
		if key == 0 {
			continue
		}
		s := t.slotFor(key)
		t.seen[s.id]++
		t.bump(s, c, d)
	}
}

// trainerFrom returns a trainer whose weights start as those of table w, with a
// fresh averaging clock: the start of global training from a locally trained
// model. Its features count as seen minSeen times, so that pruning keeps what the
// local model kept unless the global updates drive the weight below Prune.
func trainerFrom(w *table, minSeen, nc int) *trainer {
	tr := newTrainer(nc)
	w.each(func(key uint64, cls []uint8, ws []float32) {
		s := tr.slotFor(key)
		tr.seen[s.id] = uint32(max(minSeen, 0))
		for j, c := range cls {
			tr.append(s, c, ws[j], coldEntry{})
		}
	})
	return tr
}

// restart returns a trainer holding t's averaged weights, pruned as the model
// would be, with their update counts and a fresh averaging clock.
func (t *trainer) restart(minSeen int, prune float64) *trainer {
	return trainerFrom(t.average(minSeen, prune), 0, int(t.rowLen)).withSeen(t)
}

// withSeen copies the update counts of old's features into t.
func (t *trainer) withSeen(old *trainer) *trainer {
	for _, s := range t.slots {
		if s.key == 0 {
			continue
		}
		if id, ok := old.lookup(s.key); ok {
			t.seen[s.id] = old.seen[id]
		}
	}
	return t
}

// trainGlobal runs cfg.BeamEpochs epochs of global training on tr and returns
// it. score, when set, is called after the epochs cfg.EvalEvery selects and
// the last (and its parser scored on dev with a beam of cfg.Beam), as in
// trainMember.
func trainGlobal(ctx context.Context, tr *trainer, exs []example, dev []*conllu.Sentence, cfg TrainConfig, more *extraFeatures, seed uint64, nc int,
	log *slog.Logger, score func(tr *trainer, last bool) *Parser) (*trainer, error) {
	g := newGlobalTrainer(tr, cfg.Beam, nc, cfg.MaxViolation)
	seqs := make([][]int, len(exs))
	bad := 0
	for i := range exs {
		s, ok := staticOracle(exs[i].gh, exs[i].gl, nil)
		if !ok {
			bad++
			continue
		}
		seqs[i] = s
	}
	if bad > 0 {
		log.Warn("parser global training: sentences without a static oracle sequence skipped", "sentences", bad)
	}
	rng := rand.New(rand.NewPCG(seed, 0x6c6f))
	order := make([]int, len(exs))
	for i := range order {
		order[i] = i
	}
	for epoch := range cfg.BeamEpochs {
		start := time.Now()
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		updates, wrong, done := 0, 0, 0
		for _, oi := range order {
			if err := ctx.Err(); err != nil {
				return nil, fmt.Errorf("train parser globally: %w", err)
			}
			if seqs[oi] == nil {
				continue
			}
			if cfg.BeamLimit > 0 && done >= cfg.BeamLimit {
				break
			}
			done++
			g.seq = seqs[oi]
			g.x.fill(exs[oi].toks, cfg.ExtFeatures, more)
			u, r := g.sentence(&exs[oi])
			if u {
				updates++
			}
			if !r {
				wrong++
			}
		}
		last := epoch == cfg.BeamEpochs-1
		attrs := []any{"beam", cfg.Beam, "max_violation", cfg.MaxViolation, "epoch", epoch + 1,
			"sentences", done, "updates", updates, "wrong", float64(wrong) / float64(max(done, 1)), "features", len(tr.hot)}
		if score != nil && (last || cfg.EvalEvery > 0 && (epoch+1)%cfg.EvalEvery == 0) {
			p := score(tr, last)
			uas, las := evaluate(p, dev, true)
			puas, plas := evaluate(p, dev, false)
			attrs = append(attrs, "dev_uas", uas, "dev_las", las, "dev_uas_predicted_tags", puas, "dev_las_predicted_tags", plas,
				"kept", countKeys(p.weights))
		}
		log.Info("parser global epoch", append(attrs, "took", time.Since(start).Round(time.Millisecond))...)
	}
	return tr, nil
}
