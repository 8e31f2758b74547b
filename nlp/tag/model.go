package tag

import (
	"bufio"
	"bytes"
	"cmp"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"slices"
)

// The model file is gzip-compressed: a magic line, then varint-framed sections —
// tags, tag dictionary, lemma lexicon, and the weights of each feature quantised to
// int16 with one scale.

const magic = "sitrep-tag/2\n"

// magicWC marks a model with the word-class features (nlp/wordclass): a binary
// that predates them refuses it instead of tagging with features it lacks.
const magicWC = "sitrep-tag/2+wordclass\n"

// Limits that keep a corrupt or hostile file from allocating without bound.
const (
	maxTags    = 1 << 12
	maxEntries = 1 << 26
	maxString  = 1 << 10
	// maxModelBytes bounds the decompressed model (the shipped one is about 15 MB).
	maxModelBytes = 1 << 28
)

type ambEntry struct {
	word  string // lower-cased
	class uint32 // index into ambClasses
}

type lemmaEntry struct {
	form, xpos, lemma string // form lower-cased
}

// source is what Save writes and Read reads besides the weights; Tag uses the
// maps derived from it.
type source struct {
	ambClasses []uint64
	ambWords   []ambEntry
	lemmaList  []lemmaEntry
}

// Save writes the model in the format Read and Load read.
func (t *Tagger) Save(w io.Writer) error {
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(zw)
	e := &encoder{w: bw}
	if t.wc {
		e.bytes([]byte(magicWC))
	} else {
		e.bytes([]byte(magic))
	}
	e.uvarint(uint64(len(t.upos)))
	for i := range t.upos {
		e.str(t.upos[i] + "/" + t.xpos[i])
	}
	e.uvarint(uint64(len(t.src.ambClasses)))
	for _, c := range t.src.ambClasses {
		e.u64(c)
	}
	e.uvarint(uint64(len(t.src.ambWords)))
	for _, a := range t.src.ambWords {
		e.str(a.word)
		e.uvarint(uint64(a.class))
	}
	e.uvarint(uint64(len(t.src.lemmaList)))
	for _, l := range t.src.lemmaList {
		e.str(l.form)
		e.str(l.xpos)
		e.str(l.lemma)
	}
	t.first.save(e)
	t.second.save(e)
	if e.err != nil {
		return e.err
	}
	if err := bw.Flush(); err != nil {
		return err
	}
	return zw.Close()
}

// save writes the weights quantised to int16 with one scale, slots in key order so
// that keys delta-encode into a byte or two each.
func (m *weights) save(e *encoder) {
	var maxAbs float32
	for _, v := range m.w {
		maxAbs = max(maxAbs, float32(math.Abs(float64(v))))
	}
	scale := maxAbs / 32767
	if scale == 0 {
		scale = 1
	}
	e.u64(uint64(math.Float32bits(scale)))
	keys := m.slotKeys()
	order := make([]int, len(keys))
	for s := range order {
		order[s] = s
	}
	slices.SortFunc(order, func(a, b int) int { return cmp.Compare(keys[a], keys[b]) })
	e.uvarint(uint64(len(m.w)))
	e.uvarint(uint64(len(order)))
	var last uint32
	for _, s := range order {
		e.uvarint(uint64(keys[s] - last))
		last = keys[s]
		lo, hi := m.start[s], m.start[s+1]
		e.uvarint(uint64(hi - lo))
		for j := lo; j < hi; j++ {
			e.uvarint(uint64(m.cls[j]))
			e.varint(int64(math.Round(float64(m.w[j] / scale))))
		}
	}
}

// slotKeys returns the feature key of each slot.
func (m *weights) slotKeys() []uint32 {
	if m.empty() {
		return nil
	}
	keys := make([]uint32, len(m.start)-1)
	for i, k := range m.table.keys {
		if k != 0 {
			keys[m.table.slots[i]] = k
		}
	}
	return keys
}

// Read reads a model written by Save.
func Read(r io.Reader) (*Tagger, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("tagger model: %w", err)
	}
	defer zr.Close()
	raw, err := io.ReadAll(io.LimitReader(zr, maxModelBytes+1))
	if err != nil {
		return nil, fmt.Errorf("tagger model: %w", err)
	}
	if len(raw) > maxModelBytes {
		return nil, fmt.Errorf("tagger model: over %d bytes decompressed", maxModelBytes)
	}
	t := &Tagger{}
	switch {
	case bytes.HasPrefix(raw, []byte(magic)):
		raw = raw[len(magic):]
	case bytes.HasPrefix(raw, []byte(magicWC)):
		raw, t.wc = raw[len(magicWC):], true
	default:
		return nil, errors.New("tagger model: bad magic")
	}
	d := &decoder{b: raw}
	n := d.count(maxTags)
	for range n {
		u, x := splitTag(d.str())
		t.upos, t.xpos = append(t.upos, u), append(t.xpos, x)
	}
	if d.err == nil && len(t.upos) == 0 {
		return nil, errors.New("tagger model: no tags")
	}
	t.repair = FiniteRepair
	nc := d.count(maxEntries)
	for range nc {
		t.src.ambClasses = append(t.src.ambClasses, d.u64())
	}
	na := d.count(maxEntries)
	for range na {
		a := ambEntry{word: d.str(), class: uint32(d.uvarint())}
		if d.err == nil && int(a.class) >= len(t.src.ambClasses) {
			d.err = fmt.Errorf("ambiguity class %d out of range", a.class)
		}
		t.src.ambWords = append(t.src.ambWords, a)
	}
	nl := d.count(maxEntries)
	for range nl {
		t.src.lemmaList = append(t.src.lemmaList, lemmaEntry{form: d.str(), xpos: d.str(), lemma: d.str()})
	}
	if d.err != nil {
		return nil, fmt.Errorf("tagger model: %w", d.err)
	}
	for _, m := range []*weights{&t.first, &t.second} {
		if err := m.read(d, len(t.upos)); err != nil {
			return nil, fmt.Errorf("tagger model: %w", err)
		}
	}
	t.index()
	return t, nil
}

func (m *weights) read(d *decoder, nTags int) error {
	scale := math.Float32frombits(uint32(d.u64()))
	nw := d.count(maxEntries)
	ns := d.count(maxEntries)
	// Capacities are bounded by the bytes left (an entry takes at least two, a
	// slot at least two), so a corrupt count cannot make Read allocate more than
	// the file holds.
	nw, ns = min(nw, len(d.b)/2), min(ns, len(d.b)/2)
	m.cls, m.w = make([]uint16, 0, nw), make([]float32, 0, nw)
	m.start = make([]uint32, 0, ns+1)
	keys := make([]uint32, 0, ns)
	var k uint32
	for range ns {
		k += uint32(d.uvarint())
		keys = append(keys, k)
		m.start = append(m.start, uint32(len(m.cls)))
		n := d.count(nTags)
		for range n {
			c := d.uvarint()
			if c >= uint64(nTags) && d.err == nil {
				d.err = fmt.Errorf("tag %d out of range", c)
			}
			m.cls = append(m.cls, uint16(c))
			m.w = append(m.w, float32(d.varint())*scale)
		}
		if d.err != nil {
			return d.err
		}
	}
	if d.err != nil {
		return d.err
	}
	m.start = append(m.start, uint32(len(m.cls)))
	m.table = newTable(len(keys))
	for s, k := range keys {
		m.table.put(k, uint32(s))
	}
	m.fast = newFastTable(m, nTags)
	return nil
}

// index builds the lookup maps from the source lists.
func (t *Tagger) index() {
	t.amb = make(map[uint64]uint64, len(t.src.ambWords))
	for _, a := range t.src.ambWords {
		t.amb[hashBytes(a.word, true)] = t.src.ambClasses[a.class]
	}
	t.lemmas = make(map[uint64]string, len(t.src.lemmaList))
	for _, l := range t.src.lemmaList {
		t.lemmas[lemmaKey(l.form, l.xpos)] = l.lemma
	}
}

type encoder struct {
	w   *bufio.Writer
	buf [binary.MaxVarintLen64]byte
	err error
}

func (e *encoder) bytes(b []byte) {
	if e.err == nil {
		_, e.err = e.w.Write(b)
	}
}
func (e *encoder) uvarint(v uint64) { e.bytes(e.buf[:binary.PutUvarint(e.buf[:], v)]) }
func (e *encoder) varint(v int64)   { e.bytes(e.buf[:binary.PutVarint(e.buf[:], v)]) }
func (e *encoder) u64(v uint64)     { e.bytes(binary.LittleEndian.AppendUint64(e.buf[:0], v)) }
func (e *encoder) str(s string) {
	e.uvarint(uint64(len(s)))
	e.bytes([]byte(s))
}

// decoder reads the decompressed model from memory; after the first error every
// read returns zero values and the error stays in err.
type decoder struct {
	b   []byte
	err error
}

func (d *decoder) bytes(n int) []byte {
	if d.err != nil {
		return nil
	}
	if n > len(d.b) {
		d.err = io.ErrUnexpectedEOF
		return nil
	}
	b := d.b[:n]
	d.b = d.b[n:]
	return b
}

func (d *decoder) uvarint() uint64 {
	if d.err != nil {
		return 0
	}
	v, n := binary.Uvarint(d.b)
	if n <= 0 {
		d.err = errors.New("bad varint")
		return 0
	}
	d.b = d.b[n:]
	return v
}

func (d *decoder) varint() int64 {
	if d.err != nil {
		return 0
	}
	v, n := binary.Varint(d.b)
	if n <= 0 {
		d.err = errors.New("bad varint")
		return 0
	}
	d.b = d.b[n:]
	return v
}

func (d *decoder) u64() uint64 {
	b := d.bytes(8)
	if b == nil {
		return 0
	}
	return binary.LittleEndian.Uint64(b)
}

// count reads a length and checks it against limit.
func (d *decoder) count(limit int) int {
	n := d.uvarint()
	if d.err == nil && n > uint64(limit) {
		d.err = fmt.Errorf("count %d over the limit %d", n, limit)
	}
	if d.err != nil {
		return 0
	}
	return int(n)
}

func (d *decoder) str() string {
	n := d.count(maxString)
	return string(d.bytes(n))
}
