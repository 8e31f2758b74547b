package parse

import (
	"bytes"
	"compress/gzip"
	_ "embed"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
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
	// threshold, when above 0, drops from each step's beam the hypotheses
	// that score more than threshold below its best (WithThreshold).
	threshold float32
	pool      sync.Pool
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
// more accurately but at about 0.39 of the speed, under issue 3's speed bar, and
// the quote extractor and the event coder were written against the single
// parser's trees (see NOTES.md, "Ensemble" and "Four members"), so it is not the
// default.
func Load() (*Parser, error) { return LoadLeftToRight() }

// LoadEnsemble returns the shipped ensemble (ensemble.go): the left-to-right
// and right-to-left parsers and the greedy stages of their training, decoded
// on first use.
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
	wk.x.fill(toks, p.ext, p.more)
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

// The model file is gzip-compressed: a magic line naming the layout, then a
// magic line naming the feature set (magic for the base templates, magicExt
// for the extended ones as well, magicMore for extra templates, whose flags and
// word lists follow it, see writeExtra), the labels, one scale factor for all
// the weights, which are stored as int16 multiples of it, and the features.
//
// Save writes the packed layout (magicPacked, modelfile.go). Read also takes
// the two layouts earlier versions wrote: each feature as a record of its key
// delta, its number of weights and (class, int16 weight) pairs, either
// interleaved (no layout line) or in columns (magicColumns: all the key deltas,
// then all the weight counts, all the classes, and the low and the high bytes
// of all the weights), which it rebuilds into the records (interleave).
const (
	magic        = "sitrep-parse 1\n"
	magicExt     = "sitrep-parse 2\n"
	magicColumns = "sitrep-parse columns\n"
)

// interleave rebuilds the records of nf features from the columns layout (key
// deltas, counts, classes, low bytes, high bytes): each key delta, its count,
// then (class, low, high) per weight. ok is false when the columns do not add up.
func interleave(cols []byte, nf uint64) (records []byte, ok bool) {
	d := decoder{b: cols}
	keys := d.b
	for range nf {
		d.uvarint()
	}
	if d.err {
		return nil, false
	}
	keys = keys[:len(keys)-len(d.b)]
	counts := d.bytes(nf)
	var n uint64
	for _, c := range counts {
		n += uint64(c)
	}
	classes, lo, hi := d.bytes(n), d.bytes(n), d.bytes(n)
	if d.err || len(d.b) != 0 {
		return nil, false
	}
	records = make([]byte, 0, len(keys)+len(counts)+3*int(n))
	for _, c := range counts {
		_, k := binary.Uvarint(keys)
		records = append(records, keys[:k]...)
		keys = keys[k:]
		records = append(records, c)
		for range c {
			records = append(records, classes[0], lo[0], hi[0])
			classes, lo, hi = classes[1:], lo[1:], hi[1:]
		}
	}
	return records, true
}

var errFormat = errors.New("not a sitrep parser model")

// Read reads a parser written by Save.
func Read(r io.Reader) (*Parser, error) {
	var t *table
	labels, ext, more, err := decodeModel(r, func(nclass int, byCount *[256]int, shift uint8) {
		t = newTable(nclass, byCount)
		t.shift = shift
	},
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
// with the number of classes, the number of features by number of weights and
// the number of low bits the stored keys lack (64 minus the key bits, see
// Save), then feature once per feature, in key order, with the weights as they
// were quantised.
func decodeModel(r io.Reader, start func(nclass int, byCount *[256]int, shift uint8), feature func(key uint64, cls []uint8, w []float32)) (labels []string, ext bool, more *extraFeatures, err error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, false, nil, fmt.Errorf("read parser: %w", err)
	}
	raw, err := io.ReadAll(zr)
	if err != nil {
		return nil, false, nil, fmt.Errorf("read parser: %w", err)
	}
	columns := bytes.HasPrefix(raw, []byte(magicColumns))
	packed := bytes.HasPrefix(raw, []byte(magicPacked))
	switch {
	case columns:
		raw = raw[len(magicColumns):]
	case packed:
		raw = raw[len(magicPacked):]
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
	nc := 1 + 2*int(nl)
	if packed {
		if err := decodePacked(&d, nc, scale, start, feature); err != nil {
			return nil, false, nil, err
		}
		return labels, ext, more, nil
	}
	nf := d.uvarint()
	if d.err || nf > uint64(len(d.b)) {
		return nil, false, nil, fmt.Errorf("read parser: bad header: %w", errFormat)
	}
	if columns {
		records, ok := interleave(d.b, nf)
		if !ok {
			return nil, false, nil, fmt.Errorf("read parser: bad feature columns: %w", errFormat)
		}
		d.b = records
	}
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
	start(nc, &byCount, 0)
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
