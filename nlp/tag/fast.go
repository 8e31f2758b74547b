package tag

import (
	"math"
	"slices"

	"github.com/sitrep-dev/sitrep/nlp/internal/vec"
)

// fastTable holds the weights of one pass for tagging, laid out for the memory
// system (see NOTES.md, "Speed"); weights keeps the layout that training
// and Save use. Both give the same scores bit for bit.
//
// An index cell is one uint64, the feature key beside the offset of its record in
// data, so a probe is settled within the index. A record is a header word (the
// class count, and denseFlag), the class bytes four to a word, then either the
// float32 weights in class-byte order (sparse) or a row with a weight for every
// tag, zero where the feature has none (dense, added eight lanes at a time by
// vec.AddRow).
type fastTable struct {
	index []uint64 // fixKey(key)<<32 | offset; 0 marks an empty cell
	data  []uint32 // data[0] is unused so that no offset is 0
	mask  uint32
	row   uint32 // length of a dense row: the number of tags rounded up to 8
}

const (
	// denseMin is the fewest classes for which a feature is stored as a dense
	// row: adding a row of 112 weights with SSE costs about what adding 15
	// scattered ones does.
	denseMin  = 16
	denseFlag = 1 << 8
)

// newFastTable lays out m for tagging with nTags tags, or returns nil when a tag
// does not fit a byte.
func newFastTable(m *weights, nTags int) *fastTable {
	if m.empty() || nTags > 256 {
		return nil
	}
	// Walk m's own index, so that exactly the keys m finds are found; count first,
	// so that data is allocated once.
	row := (nTags + 7) &^ 7
	nkeys, words := 0, 1
	for i, k := range m.table.keys {
		if k != 0 {
			nkeys++
			s := m.table.slots[i]
			n := int(m.start[s+1] - m.start[s])
			words += 1 + (n+3)/4 + n
			if n >= denseMin {
				words += row - n
			}
		}
	}
	size := 1
	for size < 2*nkeys {
		size <<= 1
	}
	f := &fastTable{index: make([]uint64, size), data: make([]uint32, 1, words),
		mask: uint32(size - 1), row: uint32(row)}
	for i, k := range m.table.keys {
		if k != 0 {
			s := m.table.slots[i]
			lo, hi := m.start[s], m.start[s+1]
			f.insert(k, m.cls[lo:hi], m.w[lo:hi])
		}
	}
	return f
}

// insert adds key k (through fixKey) with its weights; keys must be distinct,
// classes below the number of tags.
func (f *fastTable) insert(k uint32, cls []uint16, w []float32) {
	i := (k * 0x9e3779b1) & f.mask
	for f.index[i] != 0 {
		i = (i + 1) & f.mask
	}
	f.index[i] = uint64(k)<<32 | uint64(len(f.data))
	n := len(cls)
	hdr := uint32(n)
	if n >= denseMin {
		hdr |= denseFlag
	}
	f.data = append(f.data, hdr)
	for g := 0; g < n; g += 4 {
		var word uint32
		for b := 0; b < 4 && g+b < n; b++ {
			word |= uint32(cls[g+b]) << (8 * b)
		}
		f.data = append(f.data, word)
	}
	if hdr&denseFlag == 0 {
		for _, x := range w {
			f.data = append(f.data, math.Float32bits(x))
		}
		return
	}
	start := len(f.data)
	f.data = slices.Grow(f.data, int(f.row))[:start+int(f.row)]
	clear(f.data[start:])
	for j, c := range cls {
		f.data[start+int(c)] = math.Float32bits(w[j])
	}
}

// find returns the offset of key k's record (k already through fixKey), or 0.
func (f *fastTable) find(k uint32) uint32 {
	for i := (k * 0x9e3779b1) & f.mask; ; i = (i + 1) & f.mask {
		c := f.index[i]
		if c == 0 {
			return 0
		}
		if uint32(c>>32) == k {
			return uint32(c)
		}
	}
}

// add adds the weights of the record at off to scores. A dense row adds zeros
// for the tags the feature has no weight for, which leaves every sum as it was
// (x + 0 == x; a -0 would become +0, which compares the same).
func (f *fastTable) add(off uint32, scores *[256]float32) {
	h := f.data[off]
	n := h & 0xff
	nw := (n + 3) / 4
	cw := f.data[off+1 : off+1+nw]
	if h&denseFlag != 0 {
		vec.AddRow(scores, f.data[off+1+nw:off+1+nw+f.row])
		return
	}
	ws := f.data[off+1+nw : off+1+nw+n]
	for j, x := range ws {
		scores[uint8(cw[j>>2]>>(8*(j&3)))] += math.Float32frombits(x)
	}
}

// predict returns the best of the first nTags tags for the features keys, as
// weights.predict does: the same sums, feature by feature in the order of keys,
// and the same first-best rule. The lookups come first, in two sweeps, so that the
// cache misses of different features overlap: the first only touches each key's
// home cell, the second probes from cache and touches the records found.
func (f *fastTable) predict(keys []uint32, scores *[256]float32, nTags int) int {
	clear(scores[:f.row])
	if len(keys) > numFeatures {
		for _, k := range keys {
			if off := f.find(fixKey(k)); off != 0 {
				f.add(off, scores)
			}
		}
		return argmax(scores[:nTags])
	}
	var offs [numFeatures]uint32
	var sink uint64
	for _, k := range keys {
		sink |= f.index[(fixKey(k)*0x9e3779b1)&f.mask]
	}
	n := 0
	for _, k := range keys {
		if off := f.find(fixKey(k)); off != 0 {
			offs[n] = off
			n++
			// Touch the record, and every cache line (16 words) of a dense
			// row: the misses of all features then overlap.
			h := f.data[off]
			sink |= uint64(h)
			if h&denseFlag != 0 {
				row := f.data[off : off+1+(h&0xff+3)/4+f.row]
				for i := 16; i < len(row); i += 16 {
					sink |= uint64(row[i])
				}
			}
		}
	}
	if sink == 1 {
		// Only keeps the first sweep's loads from being optimised away; when it
		// holds, no harm: class 255 is never read.
		scores[255] = 0
	}
	for _, off := range offs[:n] {
		f.add(off, scores)
	}
	return argmax(scores[:nTags])
}
