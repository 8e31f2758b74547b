package parse

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"encoding/binary"
	"fmt"
	"io"
	"log/slog"
	"math"
	"math/bits"
	"math/rand/v2"
	"time"

	"github.com/sitrep-dev/sitrep"
	"github.com/sitrep-dev/sitrep/nlp/conllu"
	"github.com/sitrep-dev/sitrep/nlp/wordclass"
)

// A graph-based parser: first-order arc-factored scores (McDonald, Crammer and
// Pereira 2005) from an averaged perceptron over hashed features, decoded with
// Eisner's algorithm into the best projective tree. It scores every possible
// arc of a sentence at once rather than deciding left to right, so its errors
// differ from the transition parsers', which is what an ensemble member is for.
// It predicts heads only; the ensemble takes relations from the transition
// parsers.

// graphBits sizes the weight table: 2^graphBits hashed features.
const graphBits = 22

// GraphParser is a trained graph-based parser. It is safe for concurrent use.
type GraphParser struct {
	w []float32 // averaged weights, indexed by feature hash
}

// graphWords holds the atoms of a sentence's words; index 0 is the root.
type graphWords struct {
	w, p, u, g []uint64
	// between[k][i]: how many words of UPOS class k lie in positions 1..i.
	between [len(betweenClasses)][]int32
}

// betweenClasses are the UPOS tags whose presence between head and dependent
// is a feature: verbs, punctuation and conjunctions are what an arc should
// not cross lightly.
var betweenClasses = [...]string{"VERB", "AUX", "PUNCT", "CCONJ", "SCONJ", "NOUN", "PROPN", "ADP"}

func (x *graphWords) fill(toks []sitrep.Token) {
	n := len(toks) + 1
	x.w, x.p, x.u, x.g = sized(x.w, n), sized(x.p, n), sized(x.u, n), sized(x.g, n)
	x.w[0], x.p[0], x.u[0], x.g[0] = atomRoot, atomRoot, atomRoot, atomRoot
	for k := range x.between {
		x.between[k] = sized(x.between[k], n)
		x.between[k][0] = 0
	}
	for i, t := range toks {
		x.w[i+1] = hashWord(t.Text)
		xp := t.XPOS
		if xp == "" {
			xp = t.UPOS
		}
		x.p[i+1] = hashTag(xp)
		x.u[i+1] = hashTag(t.UPOS) ^ 0x55
		if c, ok := wordclass.Lookup(t.Text); ok {
			x.g[i+1] = uint64(c.Mid) + 0x6d000
		} else {
			x.g[i+1] = atomUnknownGlv
		}
		for k, b := range betweenClasses {
			x.between[k][i+1] = x.between[k][i]
			if t.UPOS == b {
				x.between[k][i+1]++
			}
		}
	}
}

// numGraphFeatures bounds the features of one arc.
const numGraphFeatures = 80

// arcFeatures writes the feature hashes of the arc h → d into f and returns
// how many. Each template is taken alone and with the arc's direction and
// distance.
func (x *graphWords) arcFeatures(h, d int, f *[numGraphFeatures]uint64) int {
	n := len(x.w) - 1
	at := func(v []uint64, i int) uint64 {
		if i < 0 || i > n {
			return atomNone
		}
		return v[i]
	}
	hw, hp, dw, dp := x.w[h], x.p[h], x.w[d], x.p[d]
	hu, du, hg, dg := x.u[h], x.u[d], x.g[h], x.g[d]
	dd := dist(h, d)
	if h > d {
		dd += 16
	}
	k := 0
	t := uint64(700)
	add := func(v uint64) {
		t++
		f[k] = mix(v ^ t*0x9e3779b97f4a7c15)
		f[k+1] = mix(f[k] ^ dd*0xbf58476d1ce4e5b9)
		k += 2
	}
	add(f1(hw, hp))
	add(hw)
	add(hp)
	add(f1(dw, dp))
	add(dw)
	add(dp)
	add(f3(hw, hp, dw, dp))
	add(f2(hp, dw, dp))
	add(f2(hw, dw, dp))
	add(f2(hw, hp, dp))
	add(f2(hw, hp, dw))
	add(f1(hw, dw))
	add(f1(hp, dp))
	add(f1(hu, du))
	// Surrounding tags (McDonald et al. 2005).
	hl, hr, dl, dr := at(x.p, h-1), at(x.p, h+1), at(x.p, d-1), at(x.p, d+1)
	if h == 0 {
		hl, hr = atomRoot, atomRoot
	}
	add(f3(hp, hr, dl, dp))
	add(f3(hl, hp, dl, dp))
	add(f3(hp, hr, dp, dr))
	add(f3(hl, hp, dp, dr))
	// Word classes in place of words.
	add(f1(hg, dg))
	add(f2(hg, dg, dp))
	add(f2(hp, hg, dp))
	add(f2(hp, dg, dp))
	add(f3(hg, hp, dg, dp))
	// Tags between the two: which kinds occur, and (McDonald et al. 2005)
	// each word's tag with the ends' tags, for arcs up to maxBetween long.
	lo, hi := min(h, d), max(h, d)
	if hi-lo > 1 {
		for c := range x.between {
			if x.between[c][hi-1]-x.between[c][lo] > 0 {
				add(f2(hu, uint64(c)+0x8100, du))
			}
		}
		if hi-lo <= maxBetween {
			dir := uint64(0x8200)
			if h > d {
				dir++
			}
			for b := lo + 1; b < hi; b++ {
				if k < numGraphFeatures {
					f[k] = f3(hp, x.p[b], dp, dir)
					k++
				}
			}
		}
	}
	return k
}

// maxBetween bounds the arcs whose in-between words each add a feature, so
// that scoring a sentence stays quadratic in its length.
const maxBetween = 16

// graphTrainer holds the perceptron's weights and the sums that average them.
type graphTrainer struct {
	w, u []float32 // weights, and update sums weighted by time (averaging)
	c    float32   // time: sentences seen
}

func (g *graphTrainer) bump(fs []uint64, v float32) {
	mask := uint64(len(g.w) - 1)
	for _, h := range fs {
		i := h & mask
		g.w[i] += v
		g.u[i] += g.c * v
	}
}

// scores fills sc[h*(n+1)+d] with the score of every arc of the sentence x.
func scoreArcs(w []float32, x *graphWords, sc []float32) {
	m := len(x.w)
	mask := uint64(len(w) - 1)
	var f [numGraphFeatures]uint64
	for h := 0; h < m; h++ {
		for d := 1; d < m; d++ {
			if h == d {
				continue
			}
			k := x.arcFeatures(h, d, &f)
			var s float32
			for _, v := range f[:k] {
				s += w[v&mask]
			}
			sc[h*m+d] = s
		}
	}
}

// GraphTrainConfig sets the graph parser's training.
type GraphTrainConfig struct {
	Epochs int
	Seed   uint64
	// C caps the passive-aggressive step; 0 makes plain perceptron updates.
	C float32
}

// TrainGraph trains a graph-based parser on ss (their tags as given: gold or
// jackknifed), logging its EWT dev UAS with predicted tags after each epoch.
func TrainGraph(ctx context.Context, ss, dev []*conllu.Sentence, cfg GraphTrainConfig, log *slog.Logger) (*GraphParser, error) {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	var exs []example
	for _, s := range ss {
		ex, ok := toExample(s, map[string]int{}, true)
		if !ok {
			continue
		}
		if nonProjective(ex.gh) != none {
			projectivize(ex.gh)
		}
		exs = append(exs, ex)
	}
	g := &graphTrainer{w: make([]float32, 1<<graphBits), u: make([]float32, 1<<graphBits), c: 1}
	rng := rand.New(rand.NewPCG(cfg.Seed, 0x6772))
	order := make([]int, len(exs))
	for i := range order {
		order[i] = i
	}
	var (
		x           graphWords
		sc          []float32
		e           eisner
		head        []int32
		f           [numGraphFeatures]uint64
		plus, minus []uint64
	)
	for epoch := range cfg.Epochs {
		start := time.Now()
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		words, wrong := 0, 0
		for _, oi := range order {
			if err := ctx.Err(); err != nil {
				return nil, fmt.Errorf("train graph parser: %w", err)
			}
			ex := &exs[oi]
			n := len(ex.toks)
			x.fill(ex.toks)
			sc = growF(sc, (n+1)*(n+1))
			scoreArcs(g.w, &x, sc)
			head = e.decode(sc, n, head)
			// Passive-aggressive step (Crammer et al. 2006, PA-I): the
			// smallest move that puts the gold tree a margin of its Hamming
			// loss above the predicted one, capped at cfg.C.
			var loss, margin float32
			plus, minus = plus[:0], minus[:0]
			for d := 1; d <= n; d++ {
				words++
				if head[d] == ex.gh[d] {
					continue
				}
				wrong++
				loss++
				margin += sc[int(ex.gh[d])*(n+1)+d] - sc[int(head[d])*(n+1)+d]
				k := x.arcFeatures(int(ex.gh[d]), d, &f)
				plus = append(plus, f[:k]...)
				k = x.arcFeatures(int(head[d]), d, &f)
				minus = append(minus, f[:k]...)
			}
			if loss > 0 {
				step := float32(1)
				if cfg.C > 0 {
					norm := float32(len(plus) + len(minus))
					step = min(cfg.C, (loss-margin)/norm)
				}
				if step > 0 {
					g.bump(plus, step)
					g.bump(minus, -step)
				}
			}
			g.c++
		}
		p := g.average()
		attrs := []any{"epoch", epoch + 1, "train_errors", float64(wrong) / float64(words), "took", time.Since(start).Round(time.Millisecond)}
		if dev != nil {
			attrs = append(attrs, "dev_uas_predicted_tags", p.evaluate(dev))
		}
		log.Info("graph parser epoch", attrs...)
	}
	return g.average(), nil
}

func (g *graphTrainer) average() *GraphParser {
	p := &GraphParser{w: make([]float32, len(g.w))}
	for i := range g.w {
		p.w[i] = g.w[i] - g.u[i]/g.c
	}
	return p
}

// Heads returns the head of every token (1..n; head[0] unused) of one tagged
// sentence.
func (p *GraphParser) Heads(toks []sitrep.Token, head []int32) []int32 {
	var x graphWords
	x.fill(toks)
	n := len(toks)
	sc := make([]float32, (n+1)*(n+1))
	scoreArcs(p.w, &x, sc)
	var e eisner
	return e.decode(sc, n, head)
}

// evaluate returns UAS on gold with tags from nlp/tag.
func (p *GraphParser) evaluate(gold []*conllu.Sentence) float64 {
	words, right := 0, 0
	var head []int32
	for _, s := range gold {
		toks := tokens(s, false)
		tagTokens(toks)
		head = p.Heads(toks, head)
		for i, w := range s.Words {
			words++
			if int(head[i+1]) == w.Head {
				right++
			}
		}
	}
	return pct(right, words)
}

// The graph model file is gzip-compressed: graphMagic, the table's bits, one
// scale, then every weight that quantises to a non-zero int16 as the gap to
// the previous one's index and the zigzag value, both as varints.
const graphMagic = "sitrep-graph 1\n"

// Save writes the parser's weights, quantised to int16 multiples of one scale.
func (p *GraphParser) Save(w io.Writer) error {
	var top float32
	for _, v := range p.w {
		top = max(top, float32(math.Abs(float64(v))))
	}
	scale := top / math.MaxInt16
	if scale == 0 {
		scale = 1
	}
	zw := gzip.NewWriter(w)
	bw := bufio.NewWriter(zw)
	var buf [binary.MaxVarintLen64]byte
	bw.WriteString(graphMagic)
	bw.Write(buf[:binary.PutUvarint(buf[:], uint64(bits.Len(uint(len(p.w)))-1))])
	binary.Write(bw, binary.LittleEndian, scale)
	prev := -1
	for i, v := range p.w {
		q := int64(math.Round(float64(v / scale)))
		if q == 0 {
			continue
		}
		bw.Write(buf[:binary.PutUvarint(buf[:], uint64(i-prev))])
		bw.Write(buf[:binary.PutVarint(buf[:], q)])
		prev = i
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("save graph parser: %w", err)
	}
	if err := zw.Close(); err != nil {
		return fmt.Errorf("save graph parser: %w", err)
	}
	return nil
}

// ReadGraph reads a parser written by GraphParser.Save.
func ReadGraph(r io.Reader) (*GraphParser, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("read graph parser: %w", err)
	}
	raw, err := io.ReadAll(zr)
	if err != nil {
		return nil, fmt.Errorf("read graph parser: %w", err)
	}
	if !bytes.HasPrefix(raw, []byte(graphMagic)) {
		return nil, fmt.Errorf("read graph parser: %w", errFormat)
	}
	d := decoder{b: raw[len(graphMagic):]}
	nb := d.uvarint()
	if d.err || nb < 8 || nb > 26 {
		return nil, fmt.Errorf("read graph parser: bad table size: %w", errFormat)
	}
	scale := math.Float32frombits(binary.LittleEndian.Uint32(d.bytes(4)))
	p := &GraphParser{w: make([]float32, 1<<nb)}
	i := -1
	for len(d.b) > 0 && !d.err {
		gap := d.uvarint()
		q, n := binary.Varint(d.b)
		if n <= 0 || gap == 0 || gap > uint64(len(p.w)) || i+int(gap) >= len(p.w) {
			return nil, fmt.Errorf("read graph parser: bad weight: %w", errFormat)
		}
		d.b = d.b[n:]
		i += int(gap)
		p.w[i] = float32(q) * scale
	}
	if d.err {
		return nil, fmt.Errorf("read graph parser: truncated: %w", errFormat)
	}
	return p, nil
}

// pass is the graph member's part of an ensemble's parse: its heads, no
// relations (-1), and, with soft non-nil, its tree's arcs as soft votes.
func (p *GraphParser) pass(toks []sitrep.Token, soft []float32, head []int32, label []int16) ([]int32, []int16) {
	n := len(toks)
	m := n + 1
	head = p.Heads(toks, head)
	label = growI16(label, m)
	for i := range label {
		label[i] = -1
	}
	if soft != nil {
		for d := 1; d <= n; d++ {
			soft[int(head[d])*m+d]++
		}
	}
	return head, label
}

func growI16(a []int16, n int) []int16 {
	if cap(a) < n {
		return make([]int16, n)
	}
	return a[:n]
}
