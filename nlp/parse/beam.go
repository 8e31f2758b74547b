package parse

import (
	"slices"

	"github.com/sitrep-dev/sitrep"
)

// maxBeamWords bounds the sentences that beam search handles: every hypothesis
// copies O(n) state per step, so beyond this length Parse falls back to greedy
// search and stays linear in the length of the sentence.
const maxBeamWords = 300

type candidate struct {
	from  int
	class int
	score float32
}

// WithBeam returns a parser that shares p's weights and searches with a beam
// of the given width; width 1 or less is greedy search, as Parse does by
// default. A beam pays only with a globally trained model (TrainConfig.Beam,
// see NOTES.md, "Beam search with global training"); over the locally trained
// one it loses.
func (p *Parser) WithBeam(width int) *Parser {
	q := newParser(p.labels, p.weights)
	q.ext, q.more, q.alt = p.ext, p.more, p.alt
	q.beam = max(width, 1)
	q.threshold = p.threshold
	return q
}

// WithThreshold returns a parser that shares p's weights and beam and, at
// every step of the beam search, keeps only the hypotheses whose score is
// within delta of the step's best (0: all of the beam's width, as before).
// Scores are sums of the model's weights, so delta belongs to a model: see
// ShippedThreshold. An ensemble's members keep the thresholds they were built
// with.
func (p *Parser) WithThreshold(delta float32) *Parser {
	q := p.WithBeam(p.beam)
	q.threshold = max(delta, 0)
	return q
}

// Beam returns the width of the beam Parse searches with (1: greedy).
func (p *Parser) Beam() int { return max(p.beam, 1) }

// parseWithBeam is Parse with beam search of the given width over the same
// model: it keeps the width best transition sequences by summed score instead of
// one. Width 1, and sentences over maxBeamWords words, use greedy search.
func (p *Parser) parseWithBeam(toks []sitrep.Token, width int) {
	if width <= 1 || len(toks) > maxBeamWords {
		p.parseGreedy(toks)
		return
	}
	p.parseBeam(toks, width)
}

// beamBufs holds the hypotheses of one beam search, kept in the work pool so
// that a parse allocates nothing once the buffers have grown.
type beamBufs struct {
	cur, next        []state
	total, nextTotal []float32
	cands            []candidate
	// Per hypothesis of the current step: its features, their number, its
	// class scores, and the earlier hypothesis whose partial sums it starts
	// from (from, -1 for none) after how many features (at); see shareScores.
	f      [][numFeatures]uint64
	k      []int
	scores [][256]float32
	from   []int
	at     []int
	offs   [numFeatures + 1]uint32
	kids   []int
}

func (b *beamBufs) size(width int) {
	if len(b.cur) < width {
		b.cur = make([]state, width)
		b.next = make([]state, width)
		b.total = make([]float32, width)
		b.nextTotal = make([]float32, width)
		b.f = make([][numFeatures]uint64, width)
		b.k = make([]int, width)
		b.scores = make([][256]float32, width)
		b.from = make([]int, width)
		b.at = make([]int, width)
	}
}

func (p *Parser) parseBeam(toks []sitrep.Token, width int) { p.searchBeam(toks, width, nil) }

// searchBeam is parseBeam; final, when set, is also given the last beam, its
// hypotheses best first with their total scores, before the best is written
// (the ensemble's beam votes read it).
func (p *Parser) searchBeam(toks []sitrep.Token, width int, final func(hyps []state, total []float32)) {
	if len(toks) == 0 {
		return
	}
	wk := p.pool.Get().(*work)
	defer p.pool.Put(wk)
	wk.x.fill(toks, p.ext, p.more)
	b := &wk.beam
	b.size(width)
	cur, next := b.cur[:1], b.next[:width]
	total, nextTotal := b.total[:1], b.nextTotal[:width]
	cur[0].reset(len(toks))
	total[0] = 0
	for !cur[0].terminal() {
		b.cands = b.cands[:0]
		for h := range cur {
			b.k[h] = extract(&cur[h], &wk.x, &b.f[h])
		}
		p.shareScores(b, len(cur))
		for h := range cur {
			b.cands = topClasses(&cur[h], b.scores[h][:p.nc], h, total[h], width, b.cands)
		}
		sortCandidates(b.cands)
		m := keep(b.cands, width, p.threshold)
		for i, c := range b.cands[:m] {
			// The last survivor of a hypothesis takes its state rather than a
			// copy: nothing reads the hypothesis after this step.
			if lastUse(b.cands[i+1:m], c.from) {
				next[i], cur[c.from] = cur[c.from], next[i]
			} else {
				next[i].copyFrom(&cur[c.from])
			}
			next[i].apply(c.class)
			nextTotal[i] = c.score
		}
		cur, next = next[:m], cur[:width]
		total, nextTotal = nextTotal[:m], total[:width]
	}
	// The buffers swap roles every step; keep both for the next sentence.
	b.cur, b.next = cur[:width], next
	b.total, b.nextTotal = total[:width], nextTotal
	if final != nil {
		final(cur, total)
	}
	best := &cur[0]
	for i := range toks {
		toks[i].Head = int(best.head[i+1])
		toks[i].DepRel = p.labels[best.label[i+1]]
	}
}

// keep returns how many of the sorted candidates survive into the next beam:
// at most width, and, with a threshold, only those within it of the best.
func keep(cands []candidate, width int, threshold float32) int {
	m := min(width, len(cands))
	if threshold > 0 {
		for m > 1 && cands[m-1].score < cands[0].score-threshold {
			m--
		}
	}
	return m
}

// shareScores sets b.scores[h] to the class scores of the first n hypotheses,
// whose features are in b.f and b.k, adding each hypothesis's weights as
// table.score does but only once for a prefix of feature values that
// hypotheses share.
//
// The hypotheses of one step often differ only in the label of the last arc,
// which the first 70-odd of the 96 base templates do not read, or not at all
// in what the templates see: on EWT dev at width 4, 35% of the features of a
// hypothesis lie in a prefix it shares with an earlier one of the same step,
// and 14% of the hypotheses have the very features of an earlier one. The
// scores are float32 sums that must come out bit for bit as table.score's, so
// only a shared prefix can be shared: the partial sums after it are the same
// additions of the same values in the same order, whereas a feature shared
// further on is added to different partial sums.
//
// Each hypothesis h starts from the partial sums of the earlier hypothesis
// b.from[h] with which it shares the longest prefix (b.at[h] features; the
// first such one on ties), copied when that one's additions reached the end of
// the prefix. Taking the first on ties makes b.at[h] at least b.at[b.from[h]]:
// were it less, b.from[h]'s own source would share as long a prefix with h and
// come first. So every copy falls within the additions its source makes itself.
func (p *Parser) shareScores(b *beamBufs, n int) {
	for h := range n {
		b.from[h], b.at[h] = -1, 0
		fh := b.f[h][:b.k[h]]
		for g := range h {
			if l := commonPrefix(fh, b.f[g][:b.k[g]]); l > b.at[h] {
				b.from[h], b.at[h] = g, l
			}
		}
	}
	for h := range n {
		sc := &b.scores[h]
		if b.from[h] < 0 {
			clear(sc[:p.nc])
		}
		// The hypotheses that start from h's partial sums, by where they do.
		b.kids = b.kids[:0]
		for j := h + 1; j < n; j++ {
			if b.from[j] == h {
				b.kids = append(b.kids, j)
			}
		}
		slices.SortStableFunc(b.kids, func(i, j int) int { return b.at[i] - b.at[j] })
		f, pos := b.f[h][:b.k[h]], b.at[h]
		p.weights.offsets(f[pos:], &b.offs)
		offs := b.offs[:len(f)-pos]
		for _, j := range b.kids {
			p.weights.addAll(offs[:b.at[j]-pos], sc)
			offs = offs[b.at[j]-pos:]
			pos = b.at[j]
			copy(b.scores[j][:p.nc], sc[:p.nc])
		}
		p.weights.addAll(offs, sc)
	}
}

// commonPrefix returns the number of leading elements a and b share.
func commonPrefix(a, b []uint64) int {
	n := min(len(a), len(b))
	for i := range n {
		if a[i] != b[i] {
			return i
		}
	}
	return n
}

// lastUse reports whether none of the later survivors comes from hypothesis h.
func lastUse(later []candidate, h int) bool {
	for _, c := range later {
		if c.from == h {
			return false
		}
	}
	return true
}

// sortCandidates orders candidates best first; the sort is stable so that ties
// keep the order of hypotheses and classes, which makes search deterministic.
func sortCandidates(cands []candidate) {
	slices.SortStableFunc(cands, func(a, b candidate) int {
		switch {
		case a.score > b.score:
			return -1
		case a.score < b.score:
			return 1
		}
		return 0
	})
}

// topClasses appends hypothesis h's best width valid transitions to cands; no
// more can survive into the next beam from one hypothesis.
func topClasses(st *state, scores []float32, h int, base float32, width int, cands []candidate) []candidate {
	start := len(cands)
	push := func(c int) {
		s := base + scores[c]
		if len(cands)-start == width && s <= cands[len(cands)-1].score {
			return
		}
		if len(cands)-start < width {
			cands = append(cands, candidate{})
		}
		i := len(cands) - 1
		for i > start && cands[i-1].score < s {
			cands[i] = cands[i-1]
			i--
		}
		cands[i] = candidate{from: h, class: c, score: s}
	}
	if st.canShift() {
		push(shift)
	}
	// LEFT classes are odd and RIGHT ones even: step through the valid ones
	// in class order, the order of the pushes deciding ties.
	first, stride := 1, 1
	switch l, r := st.canLeft(), st.canRight(); {
	case l && !r:
		stride = 2
	case r && !l:
		first, stride = 2, 2
	case !l && !r:
		return cands
	}
	for c := first; c < len(scores); c += stride {
		push(c)
	}
	return cands
}

func (s *state) copyFrom(o *state) {
	s.n, s.b = o.n, o.b
	s.stack = append(s.stack[:0], o.stack...)
	s.head = append(s.head[:0], o.head...)
	s.label = append(s.label[:0], o.label...)
	s.lc1 = append(s.lc1[:0], o.lc1...)
	s.lc2 = append(s.lc2[:0], o.lc2...)
	s.rc1 = append(s.rc1[:0], o.rc1...)
	s.rc2 = append(s.rc2[:0], o.rc2...)
	s.nl = append(s.nl[:0], o.nl...)
	s.nr = append(s.nr[:0], o.nr...)
	s.lset = append(s.lset[:0], o.lset...)
	s.rset = append(s.rset[:0], o.rset...)
}
