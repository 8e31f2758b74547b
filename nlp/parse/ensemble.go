package parse

import (
	"bufio"
	"bytes"
	_ "embed"
	"fmt"
	"io"
	"math"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/sitrep-dev/sitrep"
	"github.com/sitrep-dev/sitrep/internal/evict"
	"github.com/sitrep-dev/sitrep/nlp/conllu"
)

// The ensemble parses a sentence with four parsers, a left-to-right and a
// right-to-left one and the greedy models their global training started
// from, lets each vote for the arcs it built, and decodes the best-scoring
// projective tree over the votes with Eisner's algorithm (Sagae and Lavie 2006:
// reparsing). Votes are weighted by how often each parser attaches words of
// the dependent's part of speech correctly on EWT dev, so a tie between votes
// goes to the parsers that are better for that kind of word. Besides its
// 1-best arcs, each parser may add soft votes from the transitions it
// considered and did not take (EnsembleConfig.Soft), which lets the reparse
// choose an arc no parser built when several half-wanted it.

// LoadEnsemble gives the ensemble of model/parser.gz, left to right,
// model/parser-r2l.gz, right to left, and their greedy stages
// model/parser-greedy.gz and model/parser-r2l-greedy.gz, with the vote
// weights of model/ensemble.txt; Load and LoadLeftToRight give the first alone.
var (
	//go:embed model/parser-r2l.gz
	shippedR2L []byte
	//go:embed model/parser-greedy.gz
	shippedGreedyL2R []byte
	//go:embed model/parser-r2l-greedy.gz
	shippedGreedyR2L []byte
	//go:embed model/ensemble.txt
	shippedEnsemble []byte
)

var (
	l2rOnce   sync.Once
	l2rLoaded *Parser
	l2rErr    error
)

// LoadLeftToRight returns the shipped left-to-right parser alone (what Load
// returns), decoding it on first use; it searches with a beam of ShippedBeam,
// alone and in the ensemble.
func LoadLeftToRight() (*Parser, error) {
	l2rOnce.Do(func() {
		l2rLoaded, l2rErr = Read(bytes.NewReader(shippedModel))
		evict.Embedded(shippedModel) // decoded: its pages need not stay resident
		if l2rErr != nil {
			l2rErr = fmt.Errorf("load shipped parser model: %w", l2rErr)
			return
		}
		l2rLoaded = l2rLoaded.shippedSearch()
	})
	return l2rLoaded, l2rErr
}

// shippedSearch returns p searching as the shipped parsers do, alone and in
// the ensemble: a beam of ShippedBeam with ShippedThreshold. Loading and
// TrainEnsemble both take it from here (shippedMembers), so that the vote
// weights are measured on the parsers as they will run.
func (p *Parser) shippedSearch() *Parser {
	q := p.WithBeam(ShippedBeam)
	q.threshold = ShippedThreshold
	return q
}

// pairSlot is one of a Pair's four parsers: its name, where it is held, and
// the model it ships as.
type pairSlot struct {
	name    string
	p       **Parser
	shipped []byte
}

// slots lists the pair's four parsers in the ensemble's order.
func (pair *Pair) slots() []pairSlot {
	return []pairSlot{
		{"left-to-right parser", &pair.L2R, shippedModel},
		{"right-to-left parser", &pair.R2L, shippedR2L},
		{"greedy left-to-right parser", &pair.GreedyL2R, shippedGreedyL2R},
		{"greedy right-to-left parser", &pair.GreedyR2L, shippedGreedyR2L},
	}
}

// readShippedPair decodes the four shipped parsers, one after the other: at
// once would save about a tenth of a second but hold all the decoding buffers
// at the same time, and resident memory is the tighter bar. The left-to-right
// one is LoadLeftToRight's, shared with the single parser.
func readShippedPair() (*Pair, error) {
	l2r, err := LoadLeftToRight()
	if err != nil {
		return nil, err
	}
	pair := &Pair{L2R: l2r}
	for _, s := range pair.slots()[1:] {
		if *s.p, err = Read(bytes.NewReader(s.shipped)); err != nil {
			return nil, fmt.Errorf("load shipped %s model: %w", s.name, err)
		}
		evict.Embedded(s.shipped)
	}
	return pair, nil
}

// loadShipped builds the shipped ensemble.
func loadShipped() (*Parser, error) {
	pair, err := readShippedPair()
	if err != nil {
		return nil, err
	}
	em, err := ReadEnsembleModel(bytes.NewReader(shippedEnsemble))
	if err != nil {
		return nil, fmt.Errorf("load shipped ensemble weights: %w", err)
	}
	return NewEnsemble(shippedMembers(pair), em.Weights, DefaultEnsembleConfig())
}

// EnsembleModel holds the vote weights of an ensemble's members, per UPOS of
// the dependent, as EnsembleWeights measures them; it is saved next to the
// members' models.
type EnsembleModel struct {
	Weights [][]float32
}

// TrainEnsemble measures the vote weights of the shipped ensemble's members
// (shippedMembers) on EWT dev under dataDir ($SITREP_SHARED/data), with tags
// from nlp/tag. The parsers are measured as they will be read back, their
// weights quantised by Save, so that the weights match the saved models.
func TrainEnsemble(dataDir string, pair *Pair) (*EnsembleModel, error) {
	dev, err := readConllu(filepath.Join(dataDir, "ud-ewt", "en_ewt-ud-dev.conllu"))
	if err != nil {
		return nil, err
	}
	if pair == nil {
		return nil, fmt.Errorf("train ensemble: no parsers")
	}
	var rt Pair
	to := rt.slots()
	for i, s := range pair.slots() {
		if *s.p == nil {
			return nil, fmt.Errorf("train ensemble: no %s", s.name)
		}
		// Saved and read back: the weights quantised as they will ship.
		var b bytes.Buffer
		if err := (*s.p).Save(&b); err != nil {
			return nil, fmt.Errorf("train ensemble: %s: %w", s.name, err)
		}
		if *to[i].p, err = Read(&b); err != nil {
			return nil, fmt.Errorf("train ensemble: %s: %w", s.name, err)
		}
	}
	return &EnsembleModel{Weights: EnsembleWeights(shippedMembers(&rt), dev)}, nil
}

// shippedMembers is the shipped ensemble's line-up: the left-to-right parser,
// the right-to-left one reading sentences laid out as ShippedReversal, both
// searched as shipped (shippedSearch), and their greedy stages, read the same
// ways and searched greedily.
func shippedMembers(pair *Pair) []Member {
	return []Member{
		{Parser: pair.L2R.shippedSearch()},
		{Parser: pair.R2L.shippedSearch(), Reversed: true, Reversal: ShippedReversal},
		{Parser: pair.GreedyL2R.WithBeam(1)},
		{Parser: pair.GreedyR2L.WithBeam(1), Reversed: true, Reversal: ShippedReversal},
	}
}

const ensembleMagic = "sitrep-parse-ensemble 1"

// Save writes the weights as text: a magic line, then one line per UPOS with
// the tag and each member's weight (the last line, "*", for other tags).
func (em *EnsembleModel) Save(w io.Writer) error {
	bw := bufio.NewWriter(w)
	fmt.Fprintln(bw, ensembleMagic)
	for u := range len(ensembleUPOS) + 1 {
		name := "*"
		if u < len(ensembleUPOS) {
			name = ensembleUPOS[u]
		}
		bw.WriteString(name)
		for k := range em.Weights {
			fmt.Fprintf(bw, " %.6f", em.Weights[k][u])
		}
		bw.WriteByte('\n')
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("save ensemble weights: %w", err)
	}
	return nil
}

// ReadEnsembleModel reads weights written by EnsembleModel.Save.
func ReadEnsembleModel(r io.Reader) (*EnsembleModel, error) {
	sc := bufio.NewScanner(r)
	if !sc.Scan() || sc.Text() != ensembleMagic {
		return nil, fmt.Errorf("read ensemble weights: no %q line", ensembleMagic)
	}
	em := &EnsembleModel{}
	for u := range len(ensembleUPOS) + 1 {
		if !sc.Scan() {
			return nil, fmt.Errorf("read ensemble weights: %d of %d lines", u, len(ensembleUPOS)+1)
		}
		fs := strings.Fields(sc.Text())
		want := "*"
		if u < len(ensembleUPOS) {
			want = ensembleUPOS[u]
		}
		if len(fs) < 2 || fs[0] != want || (u > 0 && len(fs)-1 != len(em.Weights)) {
			return nil, fmt.Errorf("read ensemble weights: line %d: %q, want %s and one weight per member", u+2, sc.Text(), want)
		}
		if u == 0 {
			em.Weights = make([][]float32, len(fs)-1)
			for k := range em.Weights {
				em.Weights[k] = make([]float32, len(ensembleUPOS)+1)
			}
		}
		for k, f := range fs[1:] {
			v, err := strconv.ParseFloat(f, 32)
			if err != nil {
				return nil, fmt.Errorf("read ensemble weights: line %d: %w", u+2, err)
			}
			em.Weights[k][u] = float32(v)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read ensemble weights: %w", err)
	}
	return em, nil
}

// EnsembleConfig sets how the ensemble combines its parsers.
type EnsembleConfig struct {
	// Soft weighs the soft votes against the 1-best ones (0: 1-best arcs only).
	// At every transition, the best shift, the best LEFT and the best RIGHT
	// scores are turned into probabilities (softmax with temperature Temp), and
	// the LEFT and RIGHT probabilities are added to the arcs those transitions
	// would build.
	Soft, Temp float32
	// Normalize turns each member's soft votes for a word into a distribution
	// over its heads: a word stays on the stack for several transitions, and
	// each adds to its arcs, so raw sums favour the words a parser lingers on.
	Normalize bool
	// SoftByWeight scales each member's soft votes for a word by its vote
	// weight for the word's UPOS.
	SoftByWeight bool
	// SoftScale, when set, scales the soft votes of each member (by index).
	SoftScale []float32
	// BeamTemp, when positive, makes a member that searches with a beam vote
	// softly over its last beam instead of for its best tree's arcs alone: each
	// final hypothesis's arcs get its probability under a softmax of the
	// hypotheses' total scores with temperature BeamTemp (an experiment; see
	// NOTES.md, "Search width, global training variants and the ensemble").
	BeamTemp float32
	// MaxLen: longer sentences are parsed by the left-to-right parser alone,
	// since reparsing takes time cubic in the length.
	MaxLen int
}

// DefaultEnsembleConfig is the configuration measured best on EWT dev.
func DefaultEnsembleConfig() EnsembleConfig {
	return EnsembleConfig{Soft: 2, Temp: 15, Normalize: true, MaxLen: 150}
}

// ensemble holds the parsers and, per parser, the weight of its vote by the
// dependent's UPOS (index into ensembleUPOS; the last slot for tags not listed).
// The first parser is the fallback for sentences too long to reparse.
type ensemble struct {
	members []Member
	cfg     EnsembleConfig
	weight  [][]float32
	labels  []string
	pool    sync.Pool
}

// Member is one parser of an ensemble: a parser trained by TrainWith, or by
// TrainReversedAs with Reversed set and the layout it was trained with in
// Reversal.
type Member struct {
	Parser   *Parser
	Reversed bool
	Reversal Reversal
}

// ensembleUPOS lists the UPOS tags whose votes are weighted separately.
var ensembleUPOS = []string{"ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM",
	"PART", "PRON", "PROPN", "PUNCT", "SCONJ", "SYM", "VERB", "X"}

func uposIndex(t string) int {
	for i, u := range ensembleUPOS {
		if u == t {
			return i
		}
	}
	return len(ensembleUPOS)
}

type ensWork struct {
	rev        []sitrep.Token
	perm       []int32
	head       [][]int32
	label      [][]int16
	score      []float32 // (n+1)×(n+1), score[h*(n+1)+d]
	tmp        []float32 // one member's soft votes, laid out as score
	eis        eisner
	outH       []int32
	uposOfWord []int
}

// NewEnsemble returns a parser that combines the members' votes, weighted with
// the per-UPOS attachment accuracies weights[k] of member k (see
// EnsembleWeights). It parses through the same Parse method as a single parser.
func NewEnsemble(members []Member, weights [][]float32, cfg EnsembleConfig) (*Parser, error) {
	if len(members) == 0 || len(weights) != len(members) {
		return nil, fmt.Errorf("ensemble: %d parsers and %d weight lists", len(members), len(weights))
	}
	first := members[0].Parser
	for k, mb := range members {
		if len(mb.Parser.labels) != len(first.labels) {
			return nil, fmt.Errorf("ensemble: parsers have %d and %d relations", len(first.labels), len(mb.Parser.labels))
		}
		for i, l := range first.labels {
			if mb.Parser.labels[i] != l {
				return nil, fmt.Errorf("ensemble: relation %d is %q in one parser and %q in another", i, l, mb.Parser.labels[i])
			}
		}
		if len(weights[k]) != len(ensembleUPOS)+1 {
			return nil, fmt.Errorf("ensemble: %d weights for parser %d, want %d", len(weights[k]), k, len(ensembleUPOS)+1)
		}
	}
	e := &ensemble{members: members, cfg: cfg, weight: weights, labels: first.labels}
	e.pool.New = func() any { return new(ensWork) }
	p := newParser(first.labels, first.weights)
	p.ext = first.ext
	p.alt = e
	return p, nil
}

// EnsembleWeights measures, on gold (dev) sentences tagged by nlp/tag, the
// share of words of each UPOS that each member attaches to the right head: the
// weights NewEnsemble takes.
func EnsembleWeights(members []Member, gold []*conllu.Sentence) [][]float32 {
	right := make([][]int, len(members))
	w := make([][]float32, len(members))
	total := make([]int, len(ensembleUPOS)+1)
	single := make([]*Parser, len(members))
	for k, mb := range members {
		right[k] = make([]int, len(ensembleUPOS)+1)
		w[k] = make([]float32, len(ensembleUPOS)+1)
		single[k] = mb.Parser
		if mb.Reversed {
			single[k] = ReversedAs(mb.Parser, mb.Reversal)
		}
	}
	for _, s := range gold {
		toks := tokens(s, false)
		tagTokens(toks)
		for i := range s.Words {
			total[uposIndex(toks[i].UPOS)]++
		}
		for k, p := range single {
			a := append([]sitrep.Token(nil), toks...)
			p.Parse(a)
			for i, wd := range s.Words {
				if a[i].Head == wd.Head {
					right[k][uposIndex(toks[i].UPOS)]++
				}
			}
		}
	}
	for k := range w {
		for u := range w[k] {
			// Add-one smoothing keeps rare tags near an even vote.
			w[k][u] = float32(right[k][u]+1) / float32(total[u]+2)
		}
	}
	return w
}

// parse runs every member over toks and reparses their votes.
func (e *ensemble) parse(toks []sitrep.Token) {
	n := len(toks)
	if n > e.cfg.MaxLen || n < 3 {
		e.members[0].Parser.Parse(toks)
		return
	}
	wk := e.pool.Get().(*ensWork)
	defer e.pool.Put(wk)
	m := n + 1
	if cap(wk.score) < m*m {
		wk.score = make([]float32, m*m)
	}
	sc := wk.score[:m*m]
	clear(sc)
	var soft []float32
	if e.cfg.Soft > 0 {
		soft = sc
	}
	wk.uposOfWord = wk.uposOfWord[:0]
	for i := range toks {
		wk.uposOfWord = append(wk.uposOfWord, uposIndex(toks[i].UPOS))
	}
	for len(wk.head) < len(e.members) {
		wk.head = append(wk.head, nil)
		wk.label = append(wk.label, nil)
	}
	for k, mb := range e.members {
		in := toks
		var perm []int32
		if mb.Reversed {
			wk.perm = reverseOrder(wk.perm, n, mb.Reversal, func(i int) bool { return keptAtEnd(mb.Reversal, toks[i].Text) })
			perm = wk.perm
			wk.rev = permuteTokens(wk.rev, toks, perm)
			in = wk.rev
		}
		cfg := e.cfg
		if k < len(cfg.SoftScale) {
			cfg.Soft *= cfg.SoftScale[k]
		}
		var ms []float32
		if cfg.Soft > 0 {
			if cap(wk.tmp) < m*m {
				wk.tmp = make([]float32, m*m)
			}
			ms = wk.tmp[:m*m]
			clear(ms)
		}
		wk.head[k], wk.label[k] = mb.Parser.pass(in, perm, ms, cfg, wk.head[k], wk.label[k])
		if ms != nil {
			var wt []float32
			if e.cfg.SoftByWeight {
				wt = e.weight[k]
			}
			addSoft(sc, ms, m, cfg.Soft, e.cfg.Normalize, wt, wk.uposOfWord)
		}
	}
	agree := soft == nil
	for k := 1; k < len(e.members) && agree; k++ {
		agree = slices.Equal(wk.head[0][1:m], wk.head[k][1:m])
	}
	if agree {
		e.write(toks, wk.head[0], wk)
		return
	}
	for d := 1; d <= n; d++ {
		u := wk.uposOfWord[d-1]
		for k := range e.members {
			sc[int(wk.head[k][d])*m+d] += e.weight[k][u]
		}
	}
	wk.outH = wk.eis.decode(sc, n, wk.outH)
	e.write(toks, wk.outH, wk)
}

// write sets heads and relations: a chosen arc takes the relation with the
// highest summed weight among the parsers that built it, or, when none did, of
// the parser with the highest weight for the word.
func (e *ensemble) write(toks []sitrep.Token, head []int32, wk *ensWork) {
	var votes [128]float32
	for d := 1; d <= len(toks); d++ {
		u := wk.uposOfWord[d-1]
		best, bestW := -1, float32(-1)
		for k := range e.members {
			if wk.head[k][d] == head[d] {
				l := wk.label[k][d]
				votes[l] += e.weight[k][u]
				if votes[l] > bestW {
					best, bestW = int(l), votes[l]
				}
			}
		}
		for k := range e.members {
			votes[wk.label[k][d]] = 0
		}
		if best < 0 {
			for k := range e.members {
				if e.weight[k][u] > bestW {
					best, bestW = int(wk.label[k][d]), e.weight[k][u]
				}
			}
		}
		toks[d-1].Head = int(head[d])
		toks[d-1].DepRel = e.labels[best]
	}
}

// addSoft adds w times one member's soft votes ms to sc, per dependent
// normalised to sum to one when norm is set.
func addSoft(sc, ms []float32, m int, w float32, norm bool, wt []float32, upos []int) {
	for d := 1; d < m; d++ {
		f := w
		if wt != nil {
			f *= wt[upos[d-1]]
		}
		if norm {
			var sum float32
			for h := 0; h < m; h++ {
				sum += ms[h*m+d]
			}
			if sum == 0 {
				continue
			}
			f /= sum
		}
		for h := 0; h < m; h++ {
			sc[h*m+d] += f * ms[h*m+d]
		}
	}
}

// pass parses toks greedily (with its beam, for a parser that has one) and
// returns heads and relation indices in the original word order, indexed 1..n:
// for a right-to-left parser, toks are laid out as it reads them and perm (see
// reverseOrder) maps their positions back; perm is nil for a left-to-right one.
// With soft non-nil it adds the soft votes to it (see EnsembleConfig), at
// original positions.
func (p *Parser) pass(toks []sitrep.Token, perm []int32, soft []float32, cfg EnsembleConfig, head []int32, label []int16) ([]int32, []int16) {
	n := len(toks)
	m := n + 1
	pos := func(i int) int {
		if perm != nil {
			return int(perm[i])
		}
		return i
	}
	if cap(head) < m {
		head, label = make([]int32, m), make([]int16, m)
	}
	head, label = head[:m], label[:m]
	if p.beam > 1 && n <= maxBeamWords {
		// A globally trained member (ShippedBeam) is searched with its beam, as
		// alone: greedily it loses about 2.5 LAS. Its scores rank transition
		// prefixes, not single transitions, so its soft votes are its tree's
		// arcs, each with the whole of its word's vote.
		a := append([]sitrep.Token(nil), toks...)
		var final func([]state, []float32)
		if soft != nil && cfg.BeamTemp > 0 {
			final = func(hyps []state, total []float32) { beamVotes(hyps, total, cfg.BeamTemp, soft, m, pos) }
		}
		p.searchBeam(a, p.beam, final)
		for i := 1; i <= n; i++ {
			head[pos(i)] = int32(pos(a[i-1].Head))
			label[pos(i)] = int16(max(slices.Index(p.labels, a[i-1].DepRel), 0))
			if soft != nil && final == nil {
				soft[int(head[pos(i)])*m+pos(i)]++
			}
		}
		return head, label
	}
	wk := p.pool.Get().(*work)
	defer p.pool.Put(wk)
	wk.x.fill(toks, p.ext, p.more)
	st := &wk.st
	st.reset(n)
	invT := 1 / cfg.Temp
	for !st.terminal() {
		k := extract(st, &wk.x, &wk.f)
		clear(wk.scores[:p.nc])
		p.weights.score(wk.f[:k], &wk.scores)
		c := argmaxValid(st, wk.scores[:p.nc], nil)
		if soft != nil {
			p.softVotes(st, &wk.scores, c, soft, m, pos, invT)
		}
		st.apply(c)
	}
	for i := 1; i <= n; i++ {
		head[pos(i)] = int32(pos(int(st.head[i])))
		label[pos(i)] = st.label[i]
	}
	return head, label
}

// beamVotes adds to soft, for every word, the probability of each head the
// final hypotheses hyps (best first, total scores total) give it, under a
// softmax of the totals with temperature temp.
func beamVotes(hyps []state, total []float32, temp float32, soft []float32, m int, pos func(int) int) {
	var z float64
	ps := make([]float64, len(hyps))
	for h := range hyps {
		ps[h] = math.Exp(float64((total[h] - total[0]) / temp))
		z += ps[h]
	}
	for h := range hyps {
		f := float32(ps[h] / z)
		for i := 1; i < m; i++ {
			soft[pos(int(hyps[h].head[i]))*m+pos(i)] += f
		}
	}
}

// softVotes adds, for the configuration st with class scores s, the
// probabilities of reducing s0 leftward (to b0) and rightward (to s1), from a
// softmax over the best valid score of each of the three actions.
func (p *Parser) softVotes(st *state, s *[256]float32, best int, soft []float32, m int, pos func(int) int, invT float32) {
	top := s[best]
	inf := float32(math.Inf(-1))
	bs, bl, br := inf, inf, inf
	if st.canShift() {
		bs = s[shift]
	}
	l, r := st.canLeft(), st.canRight()
	for c := 1; c < p.nc; c++ {
		if isLeft(c) && l && s[c] > bl {
			bl = s[c]
		} else if isRight(c) && r && s[c] > br {
			br = s[c]
		}
	}
	ex := func(v float32) float32 {
		if v == inf {
			return 0
		}
		return float32(math.Exp(float64((v - top) * invT)))
	}
	es, el, er := ex(bs), ex(bl), ex(br)
	z := es + el + er
	s0 := st.s(0)
	if el > 0 {
		soft[pos(st.b)*m+pos(s0)] += el / z
	}
	if er > 0 {
		soft[pos(st.s(1))*m+pos(s0)] += er / z
	}
}

// eisner decodes the best projective tree with a single root dependent
// (Eisner 1996) from arc scores score[h*(n+1)+d].
type eisner struct {
	c, i   [2][]float32 // complete and incomplete spans [s,t], indexed s*(n+1)+t; [0]: head t, [1]: head s
	cb, ib [2][]int32   // split points
}

func (e *eisner) decode(score []float32, n int, head []int32) []int32 {
	m := n + 1
	for d := range 2 {
		e.c[d] = growF(e.c[d], m*m)
		e.i[d] = growF(e.i[d], m*m)
		e.cb[d] = growI(e.cb[d], m*m)
		e.ib[d] = growI(e.ib[d], m*m)
	}
	cL, cR, iL, iR := e.c[0], e.c[1], e.i[0], e.i[1]
	for s := 1; s <= n; s++ {
		cL[s*m+s], cR[s*m+s] = 0, 0
	}
	for k := 1; k < n; k++ {
		for s := 1; s+k <= n; s++ {
			t := s + k
			best, br := float32(math.Inf(-1)), int32(s)
			for r := s; r < t; r++ {
				if v := cR[s*m+r] + cL[(r+1)*m+t]; v > best {
					best, br = v, int32(r)
				}
			}
			iL[s*m+t], e.ib[0][s*m+t] = best+score[t*m+s], br
			iR[s*m+t], e.ib[1][s*m+t] = best+score[s*m+t], br
			best, br = float32(math.Inf(-1)), int32(s)
			for r := s; r < t; r++ {
				if v := cL[s*m+r] + iL[r*m+t]; v > best {
					best, br = v, int32(r)
				}
			}
			cL[s*m+t], e.cb[0][s*m+t] = best, br
			best, br = float32(math.Inf(-1)), int32(t)
			for r := s + 1; r <= t; r++ {
				if v := iR[s*m+r] + cR[r*m+t]; v > best {
					best, br = v, int32(r)
				}
			}
			cR[s*m+t], e.cb[1][s*m+t] = best, br
		}
	}
	root, best := 1, float32(math.Inf(-1))
	for k := 1; k <= n; k++ {
		if v := score[k] + cL[1*m+k] + cR[k*m+n]; v > best {
			root, best = k, v
		}
	}
	head = growI(head, m)
	head[0] = none
	head[root] = 0
	e.complete(1, root, 0, head)
	e.complete(root, n, 1, head)
	return head
}

func (e *eisner) complete(s, t, dir int, head []int32) {
	if s == t {
		return
	}
	m := len(head)
	r := int(e.cb[dir][s*m+t])
	if dir == 0 {
		e.complete(s, r, 0, head)
		e.incomplete(r, t, 0, head)
	} else {
		e.incomplete(s, r, 1, head)
		e.complete(r, t, 1, head)
	}
}

func (e *eisner) incomplete(s, t, dir int, head []int32) {
	m := len(head)
	r := int(e.ib[dir][s*m+t])
	if dir == 0 {
		head[s] = int32(t)
	} else {
		head[t] = int32(s)
	}
	e.complete(s, r, 1, head)
	e.complete(r+1, t, 0, head)
}

func growF(a []float32, n int) []float32 {
	if cap(a) < n {
		return make([]float32, n)
	}
	return a[:n]
}

func growI(a []int32, n int) []int32 {
	if cap(a) < n {
		return make([]int32, n)
	}
	return a[:n]
}
