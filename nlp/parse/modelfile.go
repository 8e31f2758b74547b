package parse

import (
	"bufio"
	"bytes"
	"cmp"
	"compress/gzip"
	"encoding/binary"
	"fmt"
	"io"
	"math"
	"math/bits"
	"slices"
)

// magicPacked names the layout Save writes (NOTES.md, "The model file: packed
// layout, 40-bit keys"). After the feature-set line, the labels and the scale
// come
//
//   - the number of key bits B (a byte; the stored keys are the high B bits of
//     the feature hashes) and the number of features nf;
//   - the number of low bits L of each key delta stored raw (a byte);
//   - nf uvarints: each key delta (keys ascending) shifted right by L;
//   - nf bytes: each feature's number of weights;
//   - the classes, each feature's in ascending order as differences (the first
//     from -1), features grouped by their number of weights (all features with
//     one weight, in key order, then those with two, and so on);
//   - one byte per weight, in the same order: its sign, its bit length e and the
//     three bits below its leading one (the whole value when e < 4);
//   - the low L bits of every key delta, packed;
//   - the e-4 remaining low bits of every weight with e ≥ 4, packed.
//
// The high bits of the key deltas, the counts, classes and weight bytes are
// small symbols with skewed frequencies, which gzip codes near their entropy;
// the packed bits are close to uniform and would only cost gzip time. Grouping
// by count lets gzip's per-block codes adapt to each group's classes and
// weights; sorting classes drops their order, which carries nothing (a
// feature adds each of its weights to a different class score).
const magicPacked = "sitrep-parse packed\n"

// savedKeyBits is the number of high bits of each feature hash that Save keeps.
// A lookup then compares 40 bits, not 64: a feature the model lacks is taken
// for one it holds with probability (number of features)/2^40, about 6e-7 for
// the shipped parser, and two of the model's own features can share 40 bits
// (then the one with the smaller hash is kept). EWT dev parses the same word
// for word with 36 bits and more (NOTES.md, "The model file: packed layout,
// 40-bit keys"); 40 bits save 24 bits a feature, 1.9 MB of the shipped parser.
const savedKeyBits = 40

// Save writes the parser in the format Read and Load read. The bytes are a
// function of the weights alone: features in key order, classes in ascending
// order, gzip at a fixed level.
func (p *Parser) Save(w io.Writer) error { return p.save(w, savedKeyBits) }

// save writes the parser keeping keyBits bits of each key (at most those the
// table holds). With all of them, Read gives back every weight bit for bit.
func (p *Parser) save(w io.Writer, keyBits int) error {
	have := 64 - int(p.weights.shift)
	keyBits = min(keyBits, have)
	drop := uint(have - keyBits)
	type feature struct {
		key uint64
		cls []uint8
		w   []float32
	}
	var feats []feature
	var maxAbs float32
	p.weights.each(func(key uint64, cls []uint8, w []float32) {
		f := feature{key, slices.Clone(cls), slices.Clone(w)}
		// Ascending classes, each weight with its class.
		idx := make([]int, len(cls))
		for i := range idx {
			idx[i] = i
		}
		slices.SortFunc(idx, func(a, b int) int { return cmp.Compare(cls[a], cls[b]) })
		for i, j := range idx {
			f.cls[i], f.w[i] = cls[j], w[j]
		}
		feats = append(feats, f)
		for _, x := range w {
			maxAbs = max(maxAbs, float32(math.Abs(float64(x))))
		}
	})
	// The scale is taken over all the features, those dropped below included,
	// so that the kept weights are what a save with every key bit writes.
	scale := maxAbs / 32767
	if scale == 0 {
		scale = 1
	}
	slices.SortFunc(feats, func(a, b feature) int { return cmp.Compare(a.key, b.key) })
	kept := feats[:0]
	for _, f := range feats {
		f.key >>= drop
		if len(kept) > 0 && f.key == kept[len(kept)-1].key {
			continue
		}
		kept = append(kept, f)
	}
	feats = kept
	nf := len(feats)

	var raw bytes.Buffer
	bw := bufio.NewWriter(&raw)
	var buf [binary.MaxVarintLen64]byte
	uv := func(v uint64) { bw.Write(buf[:binary.PutUvarint(buf[:], v)]) }
	bw.WriteString(magicPacked)
	p.writeHead(bw, scale)
	bw.WriteByte(byte(keyBits))
	uv(uint64(nf))
	low := lowKeyBits(keyBits, nf)
	bw.WriteByte(byte(low))

	var lows, mants bitWriter
	var prev uint64
	for _, f := range feats {
		d := f.key - prev
		prev = f.key
		uv(d >> low)
		lows.put(d, low)
	}
	for _, f := range feats {
		bw.WriteByte(byte(len(f.cls)))
	}
	order := byCountOrder(nf, func(i int) int { return len(feats[i].cls) })
	for _, i := range order {
		last := -1
		for _, c := range feats[i].cls {
			bw.WriteByte(byte(int(c) - last))
			last = int(c)
		}
	}
	for _, i := range order {
		for _, x := range feats[i].w {
			q := int32(int16(math.Round(float64(x / scale))))
			sym, rest, n := weightSymbol(q)
			bw.WriteByte(sym)
			mants.put(rest, n)
		}
	}
	bw.Write(lows.bytes())
	bw.Write(mants.bytes())
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("save parser: %w", err)
	}
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return fmt.Errorf("save parser: %w", err)
	}
	zw.Write(raw.Bytes())
	if err := zw.Close(); err != nil {
		return fmt.Errorf("save parser: %w", err)
	}
	return nil
}

// writeHead writes what every layout has after its layout line: the magic line
// of the feature set (with the extra templates' flags and word lists), the
// labels and the scale of the weights.
func (p *Parser) writeHead(bw *bufio.Writer, scale float32) {
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
}

// lowKeyBits is the number of low bits of each key delta stored raw for nf keys
// of keyBits bits: the bit length of the mean delta less four, which leaves
// the high parts small numbers (mean about 8) for gzip.
func lowKeyBits(keyBits, nf int) uint {
	if nf == 0 {
		return 0
	}
	span := uint64(math.MaxUint64)
	if keyBits < 64 {
		span = 1<<keyBits - 1
	}
	return uint(max(bits.Len64(span/uint64(nf))-4, 0))
}

// byCountOrder returns the indexes 0..n-1 grouped by count(i), the groups in
// ascending count and each in index order.
func byCountOrder(n int, count func(i int) int) []int {
	var start [257]int
	for i := range n {
		start[count(i)+1]++
	}
	for c := 1; c < len(start); c++ {
		start[c] += start[c-1]
	}
	order := make([]int, n)
	for i := range n {
		c := count(i)
		order[start[c]] = i
		start[c]++
	}
	return order
}

// weightSymbol splits a quantised weight (|q| < 2^15) into its symbol byte
// (sign, bit length e, and the three bits below the leading one, or the whole
// value when e < 4) and its n remaining low bits.
func weightSymbol(q int32) (sym byte, rest uint64, n uint) {
	v := q
	if q < 0 {
		v, sym = -q, 0x80
	}
	e := bits.Len32(uint32(v))
	if e < 4 {
		return sym | byte(e)<<3 | byte(v), 0, 0
	}
	n = uint(e - 4)
	return sym | byte(e)<<3 | byte(v>>n&7), uint64(v) & (1<<n - 1), n
}

// decodePacked reads the features of the packed layout from d, positioned
// after the scale.
func decodePacked(d *decoder, nc int, scale float32, start func(nclass int, byCount *[256]int, shift uint8), feature func(key uint64, cls []uint8, w []float32)) error {
	bad := func(what string) error { return fmt.Errorf("read parser: %s: %w", what, errFormat) }
	keyBits := int(d.byte())
	nf := d.uvarint()
	low := uint(d.byte())
	if d.err || keyBits < 1 || keyBits > 64 || nf > uint64(len(d.b)) || low >= 64 {
		return bad("bad header")
	}
	highs := make([]uint64, nf)
	for i := range highs {
		highs[i] = d.uvarint()
	}
	counts := d.bytes(nf)
	if d.err {
		return bad("truncated")
	}
	var byCount [256]int
	var n uint64
	for _, c := range counts {
		byCount[c]++
		n += uint64(c)
	}
	classes, syms := d.bytes(n), d.bytes(n)
	lowBytes := d.bytes((nf*uint64(low) + 7) / 8)
	if d.err {
		return bad("truncated")
	}
	// Each feature's first weight in the grouped order.
	var groupStart [257]uint64
	for c, k := range byCount {
		groupStart[c+1] = groupStart[c] + uint64(k)*uint64(c)
	}
	first := make([]uint32, nf)
	for i, c := range counts {
		first[i] = uint32(groupStart[c])
		groupStart[c] += uint64(c)
	}
	// Classes, checked ascending and in range, feature by feature.
	for i, c := range counts {
		cls := classes[first[i] : first[i]+uint32(c)]
		last := -1
		for j, delta := range cls {
			if delta == 0 || last+int(delta) >= nc {
				return bad("bad classes")
			}
			last += int(delta)
			cls[j] = byte(last)
		}
	}
	mants := bitReader{b: d.b}
	ws := make([]float32, n)
	for j, sym := range syms {
		e := uint(sym >> 3 & 15)
		v := uint64(sym & 7)
		switch {
		case e >= 4:
			v = 1<<(e-1) | v<<(e-4) | mants.get(e-4)
		case v>>e != 0 || (e > 0 && v>>(e-1) == 0):
			return bad("bad weight")
		}
		q := int32(v)
		if sym&0x80 != 0 {
			q = -q
		}
		ws[j] = float32(int16(q)) * scale
	}
	if mants.err || len(mants.b) != 0 {
		return bad("bad weight bits")
	}
	start(nc, &byCount, uint8(64-keyBits))
	lows := bitReader{b: lowBytes}
	var key uint64
	for i, c := range counts {
		h := highs[i]
		if h > math.MaxUint64>>low {
			return bad("feature keys out of order")
		}
		delta := h<<low | lows.get(low)
		if delta == 0 || key+delta < key || (keyBits < 64 && (key+delta)>>keyBits != 0) {
			return bad("feature keys out of order")
		}
		key += delta
		feature(key, classes[first[i]:first[i]+uint32(c)], ws[first[i]:first[i]+uint32(c)])
	}
	return nil
}

// bitWriter packs values least significant bit first.
type bitWriter struct {
	b   []byte
	acc uint64
	n   uint
}

// put appends the low n bits of v (n ≤ 64).
func (w *bitWriter) put(v uint64, n uint) {
	for n > 0 {
		k := min(n, 32)
		w.acc |= (v & (1<<k - 1)) << w.n
		w.n += k
		v >>= k
		n -= k
		for w.n >= 8 {
			w.b = append(w.b, byte(w.acc))
			w.acc >>= 8
			w.n -= 8
		}
	}
}

// bytes returns the packed bits, the last byte padded with zeros.
func (w *bitWriter) bytes() []byte {
	if w.n > 0 {
		return append(w.b, byte(w.acc))
	}
	return w.b
}

// bitReader reads what bitWriter wrote; err is set when the bits run out. The
// bytes it has not started on stay in b.
type bitReader struct {
	b   []byte
	acc uint64
	n   uint
	err bool
}

// get returns the next n bits (n ≤ 64).
func (r *bitReader) get(n uint) uint64 {
	var v uint64
	var got uint
	for got < n {
		k := min(n-got, 32)
		for r.n < k {
			if len(r.b) == 0 {
				r.err = true
				return 0
			}
			r.acc |= uint64(r.b[0]) << r.n
			r.b = r.b[1:]
			r.n += 8
		}
		v |= (r.acc & (1<<k - 1)) << got
		r.acc >>= k
		r.n -= k
		got += k
	}
	return v
}
