package parse

import (
	"bufio"
	"bytes"
	"cmp"
	"compress/gzip"
	_ "embed"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"slices"
	"sync"

	"github.com/sitrep-dev/sitrep"
)

//go:embed model/parser.gz
var shippedModel []byte

// Parser is a trained greedy arc-hybrid dependency parser. It is safe for
// concurrent use: Parse keeps its working state in a pool.
type Parser struct {
	labels  []string
	nc      int // number of transition classes
	weights *table
	ext     bool // extended feature templates (TrainConfig.ExtFeatures)
	more    *extraFeatures
	// beam is the width of the beam Parse searches with; 0 or 1 is greedy.
	beam int
	pool sync.Pool
	// alt, when set, parses instead: a combination of parsers or a
	// right-to-left one (ensemble.go, reverse.go).
	alt interface{ parse([]sitrep.Token) }
}

type work struct {
	st     state
	x      sentence
	f      [numFeatures]uint64
	scores [256]float32 // indexed by class, a byte: no bounds checks
	beam   beamBufs
}

func newParser(labels []string, w *table) *Parser {
	p := &Parser{labels: labels, nc: 1 + 2*len(labels), weights: w}
	p.pool.New = func() any { return new(work) }
	return p
}

var (
	loadOnce   sync.Once
	loaded     *Parser
	errLoading error
)

// Load returns the parser sitrep uses, decoding it on first use: the
// left-to-right parser (model/parser.gz). The ensemble (LoadEnsemble) parses EWT
// more accurately but cost the quote extractor and the event coder more than it
// gave them (see "# Ensemble" in doc.go), so it is not the default.
func Load() (*Parser, error) { return LoadLeftToRight() }

// LoadEnsemble returns the ensemble of the shipped left-to-right and
// right-to-left parsers (ensemble.go), decoding it on first use.
func LoadEnsemble() (*Parser, error) {
	loadOnce.Do(func() { loaded, errLoading = loadShipped() })
	return loaded, errLoading
}

// Labels returns the dependency relations the parser predicts.
func (p *Parser) Labels() []string { return append([]string(nil), p.labels...) }

// Parse sets Head and DepRel of every token of one sentence. It reads Text, UPOS
// and XPOS; tokens without tags are parsed too, only less accurately. The result is
// always a tree with exactly one root.
func (p *Parser) Parse(toks []sitrep.Token) {
	if len(toks) == 0 {
		return
	}
	if p.alt != nil {
		p.alt.parse(toks)
		return
	}
	if p.beam > 1 && len(toks) <= maxBeamWords {
		p.parseBeam(toks, p.beam)
		return
	}
	p.parseGreedy(toks)
}

func (p *Parser) parseGreedy(toks []sitrep.Token) {
	if len(toks) == 0 {
		return
	}
	wk := p.pool.Get().(*work)
	defer p.pool.Put(wk)
	wk.x.ext, wk.x.more = p.ext, p.more
	wk.x.fill(toks)
	st := &wk.st
	st.reset(len(toks))
	for !st.terminal() {
		k := extract(st, &wk.x, &wk.f)
		c := p.best(st, wk.f[:k], &wk.scores)
		st.apply(c)
	}
	for i := range toks {
		toks[i].Head = int(st.head[i+1])
		toks[i].DepRel = p.labels[st.label[i+1]]
	}
}

// best scores the configuration and returns the highest-scoring valid class.
func (p *Parser) best(st *state, f []uint64, scores *[256]float32) int {
	clear(scores[:p.nc])
	p.weights.score(f, scores)
	return argmaxValid(st, scores[:p.nc], nil)
}

func argmaxValid(st *state, scores []float32, allowed func(int) bool) int {
	bestC, bestS := -1, float32(math.Inf(-1))
	consider := func(c int) {
		if (allowed == nil || allowed(c)) && (bestC < 0 || scores[c] > bestS) {
			bestC, bestS = c, scores[c]
		}
	}
	if st.canShift() {
		consider(shift)
	}
	l, r := st.canLeft(), st.canRight()
	for c := 1; c < len(scores); c++ {
		if (isLeft(c) && l) || (isRight(c) && r) {
			consider(c)
		}
	}
	return bestC
}

// The model file is gzip-compressed: a magic line, the labels, then each feature
// as a delta-coded key, its number of weights and (class, int16 weight) pairs
// scaled by one factor for the whole model. The magic line names the feature set:
// magic for the base templates, magicExt for the extended ones as well, and
// magicMore for a model with extra templates, whose flags and word lists follow
// the magic line (see writeExtra).
const (
	magic    = "sitrep-parse 1\n"
	magicExt = "sitrep-parse 2\n"
)

// Save writes the parser in the format Read and Load read.
func (p *Parser) Save(w io.Writer) error {
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return fmt.Errorf("save parser: %w", err)
	}
	bw := bufio.NewWriter(zw)
	type feature struct {
		key uint64
		cls []uint8
		w   []float32
	}
	var feats []feature
	var maxAbs float32
	p.weights.each(func(key uint64, cls []uint8, w []float32) {
		feats = append(feats, feature{key, slices.Clone(cls), slices.Clone(w)})
		for _, x := range w {
			maxAbs = max(maxAbs, float32(math.Abs(float64(x))))
		}
	})
	scale := maxAbs / 32767
	if scale == 0 {
		scale = 1
	}
	slices.SortFunc(feats, func(a, b feature) int { return cmp.Compare(a.key, b.key) })

	var buf [binary.MaxVarintLen64]byte
	uv := func(v uint64) { bw.Write(buf[:binary.PutUvarint(buf[:], v)]) }
	switch {
	case p.more != nil:
		bw.WriteString(magicMore)
		writeExtra(bw, p.ext, p.more)
	case p.ext:
		bw.WriteString(magicExt)
	default:
		bw.WriteString(magic)
	}
	uv(uint64(len(p.labels)))
	for _, l := range p.labels {
		uv(uint64(len(l)))
		bw.WriteString(l)
	}
	binary.Write(bw, binary.LittleEndian, scale)
	uv(uint64(len(feats)))
	var prev uint64
	for _, f := range feats {
		uv(f.key - prev)
		prev = f.key
		bw.WriteByte(byte(len(f.cls)))
		for j, c := range f.cls {
			bw.WriteByte(c)
			q := int16(math.Round(float64(f.w[j] / scale)))
			binary.Write(bw, binary.LittleEndian, q)
		}
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("save parser: %w", err)
	}
	if err := zw.Close(); err != nil {
		return fmt.Errorf("save parser: %w", err)
	}
	return nil
}

var errFormat = errors.New("not a sitrep parser model")

// Read reads a parser written by Save.
func Read(r io.Reader) (*Parser, error) {
	var t *table
	labels, ext, more, err := decodeModel(r, func(nclass int, byCount *[256]int) { t = newTable(nclass, byCount) },
		func(key uint64, cls []uint8, w []float32) { t.insert(key, cls, w) })
	if err != nil {
		return nil, err
	}
	p := newParser(labels, t)
	p.ext, p.more = ext, more
	return p, nil
}

// ReadFile reads a parser model file written by Save.
func ReadFile(path string) (*Parser, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("read parser model: %w", err)
	}
	defer f.Close()
	p, err := Read(f)
	if err != nil {
		return nil, fmt.Errorf("read parser model %s: %w", path, err)
	}
	return p, nil
}

// decodeModel reads a model written by Save, returning its labels, whether it
// uses the extended feature templates and its extra ones (nil for none). It calls start
// with the number of classes and the number of features by number of weights,
// then feature once per feature, in key order, with the weights as they were
// quantised.
func decodeModel(r io.Reader, start func(nclass int, byCount *[256]int), feature func(key uint64, cls []uint8, w []float32)) (labels []string, ext bool, more *extraFeatures, err error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, false, nil, fmt.Errorf("read parser: %w", err)
	}
	raw, err := io.ReadAll(zr)
	if err != nil {
		return nil, false, nil, fmt.Errorf("read parser: %w", err)
	}
	d := decoder{b: raw}
	ext = bytes.HasPrefix(raw, []byte(magicExt))
	hasMore := bytes.HasPrefix(raw, []byte(magicMore))
	if !ext && !hasMore && !bytes.HasPrefix(raw, []byte(magic)) {
		return nil, false, nil, fmt.Errorf("read parser: %w", errFormat)
	}
	d.b = d.b[len(magic):]
	if hasMore {
		if ext, more, err = readExtra(&d); err != nil {
			return nil, false, nil, err
		}
	}
	nl := d.uvarint()
	if nl == 0 || nl > 127 {
		return nil, false, nil, fmt.Errorf("read parser: bad label count: %w", errFormat)
	}
	labels = make([]string, nl)
	for i := range labels {
		labels[i] = string(d.bytes(d.uvarint()))
	}
	scale := math.Float32frombits(binary.LittleEndian.Uint32(d.bytes(4)))
	nf := d.uvarint()
	if d.err || nf > uint64(len(d.b)) {
		return nil, false, nil, fmt.Errorf("read parser: bad header: %w", errFormat)
	}
	nc := 1 + 2*int(nl)
	// A first pass over the features counts them by number of classes, so that
	// the table is allocated once at its final size; errors are left to the
	// second.
	var byCount [256]int
	pre := d
	for range nf {
		pre.uvarint()
		n := pre.byte()
		pre.bytes(3 * uint64(n))
		if pre.err {
			break
		}
		byCount[n]++
	}
	start(nc, &byCount)
	var key uint64
	var cls [256]uint8
	var ws [256]float32
	for range nf {
		delta := d.uvarint()
		if delta == 0 || key+delta < key {
			return nil, false, nil, fmt.Errorf("read parser: feature keys out of order: %w", errFormat)
		}
		key += delta
		n := int(d.byte())
		pairs := d.bytes(uint64(3 * n))
		if d.err {
			return nil, false, nil, fmt.Errorf("read parser: truncated: %w", errFormat)
		}
		for j := range n {
			q := pairs[3*j:]
			if int(q[0]) >= nc {
				return nil, false, nil, fmt.Errorf("read parser: class %d out of range: %w", q[0], errFormat)
			}
			cls[j] = q[0]
			ws[j] = float32(int16(binary.LittleEndian.Uint16(q[1:]))) * scale
		}
		feature(key, cls[:n], ws[:n])
	}
	if len(d.b) != 0 {
		return nil, false, nil, fmt.Errorf("read parser: %d trailing bytes: %w", len(d.b), errFormat)
	}
	return labels, ext, more, nil
}

// decoder reads from a byte slice and remembers the first error, so that Read
// checks once per record instead of after every field.
type decoder struct {
	b   []byte
	err bool
}

func (d *decoder) uvarint() uint64 {
	v, n := binary.Uvarint(d.b)
	if n <= 0 {
		d.err = true
		d.b = nil
		return 0
	}
	d.b = d.b[n:]
	return v
}

func (d *decoder) byte() byte {
	if len(d.b) == 0 {
		d.err = true
		return 0
	}
	c := d.b[0]
	d.b = d.b[1:]
	return c
}

func (d *decoder) bytes(n uint64) []byte {
	if n > uint64(len(d.b)) {
		d.err = true
		d.b = nil
		return make([]byte, n&7) // a short, harmless value; callers check err
	}
	v := d.b[:n]
	d.b = d.b[n:]
	return v
}
