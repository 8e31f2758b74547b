package parse

import (
	"cmp"
	"math"
	"slices"

	"github.com/sitrep-dev/sitrep/nlp/internal/vec"
)

// table is the inference weight store: an open-addressing index from feature hash
// to a record in one flat array of 32-bit words that holds the feature's classes
// and weights side by side. Why it is laid out so is in NOTES.md, "Speed"; in
// short:
//
//   - an index cell is one uint64, the high half of the key beside the offset of
//     the record, so a probe that meets another feature is settled without
//     leaving the index;
//   - a record starts with the low half of the key and a header word; a sparse
//     record (fewer than denseMin classes) then holds its class bytes four to a
//     word and its float32 weights; a dense record holds the class bytes too (for
//     each and Save) and then a row of weights for every class, zero where the
//     feature has none, which vec.AddRow adds eight lanes at a time.
type table struct {
	index []uint64 // key>>32<<32 | offset of the record in data; 0 marks an empty cell
	data  []uint32 // data[0] is unused so that no offset is 0
	mask  uint64
	row   uint32 // length of a dense row: the number of classes rounded up to 8
	n     int    // number of features
	// shift drops the low bits of a looked-up key, for a table whose stored
	// keys are the high 64-shift bits of the feature hashes (see Save).
	shift uint8
}

const (
	// denseMin is the fewest classes for which a feature is stored as a dense
	// row. Adding a row of 104 weights with SSE costs about what adding 15
	// scattered ones does; 96% of the weights added while parsing come from
	// features with 16 classes or more.
	denseMin  = 16
	denseFlag = 1 << 8 // in a record's header word; the low byte is the class count
)

// newTable returns a table over nclass classes (at most 256) sized for the
// features counted in byCount by number of classes, so that inserting them
// allocates nothing more.
func newTable(nclass int, byCount *[256]int) *table {
	t := &table{row: uint32(nclass+7) &^ 7}
	nfeat, words := 0, 1
	for n, c := range byCount {
		nfeat += c
		words += c * t.recordWords(n)
	}
	size := 1
	for size < 2*nfeat {
		size <<= 1
	}
	t.index, t.mask = make([]uint64, size), uint64(size-1)
	t.data = make([]uint32, 1, words)
	return t
}

// recordWords is the length in data of the record of a feature with n classes.
func (t *table) recordWords(n int) int {
	w := 2 + (n+3)/4
	if n >= denseMin {
		return w + int(t.row)
	}
	return w + n
}

// insert adds a feature with its weights; keys must be distinct and non-zero,
// classes below the table's class count and distinct.
func (t *table) insert(key uint64, cls []uint8, w []float32) {
	i := key & t.mask
	for t.index[i] != 0 {
		i = (i + 1) & t.mask
	}
	off := len(t.data)
	t.index[i] = key>>32<<32 | uint64(off)
	t.n++
	n := len(cls)
	hdr := uint32(n)
	if n >= denseMin {
		hdr |= denseFlag
	}
	t.data = append(t.data, uint32(key), hdr)
	for g := 0; g < n; g += 4 {
		var word uint32
		for b := 0; b < 4 && g+b < n; b++ {
			word |= uint32(cls[g+b]) << (8 * b)
		}
		t.data = append(t.data, word)
	}
	if hdr&denseFlag == 0 {
		for _, x := range w {
			t.data = append(t.data, math.Float32bits(x))
		}
		return
	}
	start := len(t.data)
	t.data = slices.Grow(t.data, int(t.row))[:start+int(t.row)]
	clear(t.data[start:])
	for j, c := range cls {
		t.data[start+int(c)] = math.Float32bits(w[j])
	}
}

// find returns the offset of key's record, or 0 when the table has no weights
// for it.
func (t *table) find(key uint64) uint32 {
	key >>= t.shift & 63
	hi := key >> 32
	for i := key & t.mask; ; i = (i + 1) & t.mask {
		c := t.index[i]
		if c == 0 {
			return 0
		}
		if c>>32 == hi && t.data[uint32(c)] == uint32(key) {
			return uint32(c)
		}
	}
}

// add adds the weights of the record at off to scores. A dense row adds zeros
// for the classes the feature has no weight for, which leaves every sum as it
// was (x + 0 == x; a -0 would become +0, which compares the same), so both forms
// give the scores of the plain loop bit for bit.
func (t *table) add(off uint32, scores *[256]float32) {
	h := t.data[off+1]
	n := h & 0xff
	nw := (n + 3) / 4
	cw := t.data[off+2 : off+2+nw]
	if h&denseFlag != 0 {
		vec.AddRow(scores, t.data[off+2+nw:off+2+nw+t.row])
		return
	}
	ws := t.data[off+2+nw : off+2+nw+n]
	for j, x := range ws {
		scores[uint8(cw[j>>2]>>(8*(j&3)))] += math.Float32frombits(x)
	}
}

// score adds the weights of features f to scores, feature by feature in the order
// of f: each class's sum takes its terms in the order of the plain loop (lookup
// and addition per feature), so the float32 results are the same.
//
// The lookups are done in two sweeps before the additions so that the cache
// misses of different features overlap instead of following one another: the
// first only touches each feature's home cell in the index, the second probes
// (now from cache) and touches the record it finds.
func (t *table) score(f []uint64, scores *[256]float32) {
	if len(f) > numFeatures {
		for _, key := range f {
			if key != 0 {
				if off := t.find(key); off != 0 {
					t.add(off, scores)
				}
			}
		}
		return
	}
	var offs [numFeatures + 1]uint32
	t.offsets(f, &offs)
	t.addAll(offs[:len(f)], scores)
}

// offsets sets offs[i] to the offset of f[i]'s record, 0 where f[i] is 0 or the
// table has no weights for it, with score's two sweeps: the home cells of all
// keys are touched before any is probed, so that their cache misses overlap.
// The last element of offs is scratch (it keeps the first sweep's loads from
// being optimised away); f holds at most numFeatures keys.
func (t *table) offsets(f []uint64, offs *[numFeatures + 1]uint32) {
	var sink uint64
	for _, key := range f {
		sink |= t.index[key>>(t.shift&63)&t.mask]
	}
	for i, key := range f {
		offs[i] = 0
		if key != 0 {
			offs[i] = t.find(key)
		}
	}
	offs[numFeatures] = uint32(sink)
}

// addAll adds the weights of the records at offs, in order, to scores; an offset
// of 0 (no record) adds nothing. With the offsets of features f it adds what
// score(f) does, in the same order. Consecutive dense rows go to vec.AddRows
// together, which can keep the sums in registers from one row to the next;
// a sparse record between them is added after the rows before it.
func (t *table) addAll(offs []uint32, scores *[256]float32) {
	var rows [numFeatures]uint32
	n := 0
	for _, off := range offs {
		if off == 0 {
			continue
		}
		h := t.data[off+1]
		nw := (h&0xff + 3) / 4
		if h&denseFlag != 0 {
			rows[n] = off + 2 + nw
			n++
			continue
		}
		if n > 0 {
			vec.AddRows(scores, t.data, rows[:n], int(t.row))
			n = 0
		}
		t.add(off, scores)
	}
	if n > 0 {
		vec.AddRows(scores, t.data, rows[:n], int(t.row))
	}
}

// each calls fn for every feature with its classes and weights, in no particular
// order.
func (t *table) each(fn func(key uint64, cls []uint8, w []float32)) {
	var cls [256]uint8
	var w [256]float32
	for _, c := range t.index {
		if c == 0 {
			continue
		}
		off := uint32(c)
		key := c>>32<<32 | uint64(t.data[off])
		h := t.data[off+1]
		n := h & 0xff
		nw := (n + 3) / 4
		for j := range n {
			cls[j] = uint8(t.data[off+2+j/4] >> (8 * (j & 3)))
			if h&denseFlag != 0 {
				w[j] = math.Float32frombits(t.data[off+2+nw+uint32(cls[j])])
			} else {
				w[j] = math.Float32frombits(t.data[off+2+nw+j])
			}
		}
		fn(key, cls[:n], w[:n])
	}
}

// trainer holds the averaged perceptron's sparse weights. Scoring dominates
// training, so the index is an open-addressing table rather than a Go map, and the
// weights that scoring reads sit apart from the averaging bookkeeping that only
// updates touch.
//
// A feature that has weights for denseMin classes or more also has a dense row
// (rows), a copy of its weights laid out by class with zeros elsewhere, which
// score adds with vec.AddRows as the inference table does: about 3,400 of a
// transition's weight additions come from such features, and a row costs a
// streamed read where the sparse list costs a slice header and a scattered
// add per class. Its slot carries the row's offset, so scoring such a feature
// takes one index probe and one contiguous read. Sums come out bit for bit as
// with the sparse lists alone (see table.add: a zero changes no sum, and the
// terms of each class's sum keep their order), so training is unchanged.
type trainer struct {
	slots  []slot
	mask   uint64
	rowLen uint32 // length of a dense row: the classes rounded up to 8; 0 for no rows
	hot    [][]hotEntry
	cold   [][]coldEntry
	rows   []uint32 // dense rows: float32 bits
	seen   []uint32 // updates that involved each feature
	now    int64    // number of updates so far, the averaging clock
}

type slot struct {
	key uint64
	id  int32
	row uint32 // the offset of the feature's dense row in rows plus one; 0 for none
}

type hotEntry struct {
	cls uint8
	w   float32
}

// coldEntry keeps what averaging needs: the running sum of past values of the
// weight and when it was last brought up to date.
type coldEntry struct {
	total float64
	stamp int64
}

// newTrainer returns an empty trainer for nc classes; with nc 0 it keeps no
// dense rows (for a trainer that only accumulates weights and never scores).
func newTrainer(nc int) *trainer {
	return &trainer{slots: make([]slot, 1<<21), mask: 1<<21 - 1, rowLen: uint32(nc+7) &^ 7}
}

func (t *trainer) lookup(key uint64) (int32, bool) {
	s := t.find(key)
	return s.id, s.key != 0
}

// find returns key's slot, or an empty one (key 0) when key has no weights.
func (t *trainer) find(key uint64) *slot {
	i := key & t.mask
	for {
		s := &t.slots[i]
		if s.key == key || s.key == 0 {
			return s
		}
		i = (i + 1) & t.mask
	}
}

// slotFor returns key's slot, adding the feature if it has none. The pointer
// stays valid until the next feature is added.
func (t *trainer) slotFor(key uint64) *slot {
	if s := t.find(key); s.key != 0 {
		return s
	}
	if 2*len(t.hot) >= len(t.slots) {
		old := t.slots
		t.slots = make([]slot, 2*len(old))
		t.mask = uint64(len(t.slots) - 1)
		for _, s := range old {
			if s.key != 0 {
				t.place(s)
			}
		}
	}
	s := t.find(key)
	*s = slot{key: key, id: int32(len(t.hot))}
	t.hot = append(t.hot, nil)
	t.cold = append(t.cold, nil)
	t.seen = append(t.seen, 0)
	return s
}

func (t *trainer) place(s slot) {
	i := s.key & t.mask
	for t.slots[i].key != 0 {
		i = (i + 1) & t.mask
	}
	t.slots[i] = s
}

// score adds the weights of features f to scores[:t.rowLen] (or the classes'
// entries, without dense rows), feature by feature in the order of f. As in
// table.score, the home slots of all keys are touched in a first sweep so that
// their cache misses overlap, and consecutive dense rows go to vec.AddRows
// together.
func (t *trainer) score(f []uint64, scores *[256]float32) {
	for len(f) > numFeatures {
		t.score(f[:numFeatures], scores)
		f = f[numFeatures:]
	}
	var sink int32
	for _, key := range f {
		sink |= t.slots[key&t.mask].id
	}
	var starts [numFeatures + 1]uint32
	n := 0
	for _, key := range f {
		if key == 0 {
			continue
		}
		s := t.find(key)
		if s.key == 0 {
			continue
		}
		if s.row != 0 {
			starts[n] = s.row - 1
			n++
			continue
		}
		if n > 0 {
			vec.AddRows(scores, t.rows, starts[:n], int(t.rowLen))
			n = 0
		}
		for _, e := range t.hot[s.id] {
			scores[e.cls] += e.w
		}
	}
	if n > 0 {
		vec.AddRows(scores, t.rows, starts[:n], int(t.rowLen))
	}
	starts[numFeatures] = uint32(sink)
}

// scoreInto clears buf, adds the weights of features f to it and returns the
// scores of the nc classes.
func (t *trainer) scoreInto(f []uint64, buf *[256]float32, nc int) []float32 {
	clear(buf[:max(int(t.rowLen), nc)])
	t.score(f, buf)
	return buf[:nc]
}

func (t *trainer) update(f []uint64, good, bad int) {
	t.now++
	for _, key := range f {
		if key == 0 {
			continue
		}
		s := t.slotFor(key)
		t.seen[s.id]++
		t.bump(s, good, 1)
		t.bump(s, bad, -1)
	}
}

func (t *trainer) bump(s *slot, c int, d float32) {
	hs, cs := t.hot[s.id], t.cold[s.id]
	for i := range hs {
		if int(hs[i].cls) == c {
			cs[i].total += float64(t.now-cs[i].stamp) * float64(hs[i].w)
			cs[i].stamp = t.now
			hs[i].w += d
			if s.row != 0 {
				t.rows[s.row-1+uint32(c)] = math.Float32bits(hs[i].w)
			}
			return
		}
	}
	t.append(s, uint8(c), d, coldEntry{stamp: t.now})
}

// append gives the feature of slot s a weight w for class c, which it has none
// for.
func (t *trainer) append(s *slot, c uint8, w float32, ce coldEntry) {
	id := s.id
	t.hot[id] = append(t.hot[id], hotEntry{cls: c, w: w})
	t.cold[id] = append(t.cold[id], ce)
	if s.row != 0 {
		t.rows[s.row-1+uint32(c)] = math.Float32bits(w)
		return
	}
	if t.rowLen == 0 || len(t.hot[id]) < denseMin {
		return
	}
	// The feature has become frequent: give it a dense row.
	off := uint32(len(t.rows))
	t.rows = slices.Grow(t.rows, int(t.rowLen))[:off+t.rowLen]
	clear(t.rows[off:])
	for _, e := range t.hot[id] {
		t.rows[off+uint32(e.cls)] = math.Float32bits(e.w)
	}
	s.row = off + 1
}

// average returns the averaged weights as an inference table, dropping features
// that took part in fewer than minSeen updates and weights whose magnitude is below
// prune. Most features are seen once or twice in training; their weights are noise
// that costs space, so this shrinks the model several times at little cost.
func (t *trainer) average(minSeen int, prune float64) *table {
	var keep []slot
	for _, s := range t.slots {
		if s.key != 0 && int(t.seen[s.id]) >= minSeen {
			keep = append(keep, s)
		}
	}
	slices.SortFunc(keep, func(a, b slot) int { return cmp.Compare(a.key, b.key) })
	type kept struct {
		key uint64
		cls []uint8
		w   []float32
	}
	var out []kept
	for _, s := range keep {
		var cls []uint8
		var ws []float32
		for i, h := range t.hot[s.id] {
			c := t.cold[s.id][i]
			avg := (c.total + float64(t.now-c.stamp)*float64(h.w)) / float64(max(t.now, 1))
			if math.Abs(avg) < prune {
				continue
			}
			cls = append(cls, h.cls)
			ws = append(ws, float32(avg))
		}
		if len(cls) > 0 {
			out = append(out, kept{s.key, cls, ws})
		}
	}
	nclass := 0
	var byCount [256]int
	for _, o := range out {
		for _, c := range o.cls {
			nclass = max(nclass, int(c)+1)
		}
		byCount[len(o.cls)]++
	}
	tb := newTable(nclass, &byCount)
	for _, o := range out {
		tb.insert(o.key, o.cls, o.w)
	}
	return tb
}
