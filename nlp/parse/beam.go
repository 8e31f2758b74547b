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
// see "# Beam search" in doc.go); over the locally trained one it loses.
func (p *Parser) WithBeam(width int) *Parser {
	q := newParser(p.labels, p.weights)
	q.ext, q.more, q.alt = p.ext, p.more, p.alt
	q.beam = max(width, 1)
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
}

func (b *beamBufs) size(width int) {
	if len(b.cur) < width {
		b.cur = make([]state, width)
		b.next = make([]state, width)
		b.total = make([]float32, width)
		b.nextTotal = make([]float32, width)
	}
}

func (p *Parser) parseBeam(toks []sitrep.Token, width int) {
	if len(toks) == 0 {
		return
	}
	wk := p.pool.Get().(*work)
	defer p.pool.Put(wk)
	wk.x.ext, wk.x.more = p.ext, p.more
	wk.x.fill(toks)
	b := &wk.beam
	b.size(width)
	cur, next := b.cur[:1], b.next[:width]
	total, nextTotal := b.total[:1], b.nextTotal[:width]
	cur[0].reset(len(toks))
	total[0] = 0
	for !cur[0].terminal() {
		b.cands = b.cands[:0]
		for h := range cur {
			k := extract(&cur[h], &wk.x, &wk.f)
			clear(wk.scores[:p.nc])
			p.weights.score(wk.f[:k], &wk.scores)
			b.cands = topClasses(&cur[h], wk.scores[:p.nc], h, total[h], width, b.cands)
		}
		sortCandidates(b.cands)
		m := min(width, len(b.cands))
		for i, c := range b.cands[:m] {
			next[i].copyFrom(&cur[c.from])
			next[i].apply(c.class)
			nextTotal[i] = c.score
		}
		cur, next = next[:m], cur[:width]
		total, nextTotal = nextTotal[:m], total[:width]
	}
	// The buffers swap roles every step; keep both for the next sentence.
	b.cur, b.next = cur[:width], next
	b.total, b.nextTotal = total[:width], nextTotal
	best := &cur[0]
	for i := range toks {
		toks[i].Head = int(best.head[i+1])
		toks[i].DepRel = p.labels[best.label[i+1]]
	}
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
	l, r := st.canLeft(), st.canRight()
	for c := 1; c < len(scores); c++ {
		if (isLeft(c) && l) || (isRight(c) && r) {
			push(c)
		}
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
