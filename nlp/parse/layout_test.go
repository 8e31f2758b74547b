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
	"math/rand/v2"
	"os"
	"slices"
	"testing"
)

// saveColumns is the Save of the columns layout (magicColumns), the format of
// the models shipped before the packed one, kept as a reference: a model it
// writes and the same model written by Save must decode to the same weights.
func (p *Parser) saveColumns(w io.Writer) error {
	var raw bytes.Buffer
	bw := bufio.NewWriter(&raw)
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
	p.writeHead(bw, scale)
	uv(uint64(len(feats)))
	// The columns: key deltas, weight counts, classes, low bytes, high bytes.
	var counts, classes, lo, hi []byte
	var prev uint64
	for _, f := range feats {
		uv(f.key - prev)
		prev = f.key
		counts = append(counts, byte(len(f.cls)))
		for j, c := range f.cls {
			q := uint16(int16(math.Round(float64(f.w[j] / scale))))
			classes = append(classes, c)
			lo, hi = append(lo, byte(q)), append(hi, byte(q>>8))
		}
	}
	for _, col := range [][]byte{counts, classes, lo, hi} {
		bw.Write(col)
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("save parser: %w", err)
	}
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return fmt.Errorf("save parser: %w", err)
	}
	zw.Write([]byte(magicColumns))
	zw.Write(raw.Bytes())
	if err := zw.Close(); err != nil {
		return fmt.Errorf("save parser: %w", err)
	}
	return nil
}

// modelFeature is one decoded feature, its classes and weights as text so that
// features compare with ==; the weights print as their bits.
type modelFeature struct {
	key uint64
	cls string
	w   string
}

// modelFeatures decodes a model file into its features in key order, each
// feature's (class, weight) pairs in ascending class order (the order within a
// feature changes no score: each weight goes to a different class), and the
// number of low key bits the stored keys lack.
func modelFeatures(t *testing.T, data []byte) ([]modelFeature, uint8) {
	t.Helper()
	var out []modelFeature
	var shift uint8
	_, _, _, err := decodeModel(bytes.NewReader(data), func(_ int, _ *[256]int, s uint8) { shift = s },
		func(key uint64, cls []uint8, w []float32) {
			idx := make([]int, len(cls))
			for i := range idx {
				idx[i] = i
			}
			slices.SortFunc(idx, func(a, b int) int { return cmp.Compare(cls[a], cls[b]) })
			var c []byte
			var ws []uint32
			for _, i := range idx {
				c = append(c, cls[i])
				ws = append(ws, math.Float32bits(w[i]))
			}
			out = append(out, modelFeature{key, string(c), fmt.Sprint(ws)})
		})
	if err != nil {
		t.Fatal(err)
	}
	return out, shift
}

// TestModelLayouts checks that a model written in the interleaved layout (records
// of key delta, count, then class and int16 weight per weight), the same model
// written by saveColumns and by save with all key bits in the packed layout
// decode to the same features, and that the packed output reads back and
// writes again byte for byte.
func TestModelLayouts(t *testing.T) {
	// Four features over labels "nsubj" and "obj" (5 classes), interleaved: one
	// with classes out of order, one with no weights.
	var raw bytes.Buffer
	raw.WriteString(magic)
	raw.Write([]byte{2, 5})
	raw.WriteString("nsubj")
	raw.WriteByte(3)
	raw.WriteString("obj")
	binary.Write(&raw, binary.LittleEndian, float32(0.5))
	raw.WriteByte(4)
	for _, f := range []struct {
		delta byte
		pairs [][2]int16
	}{{7, [][2]int16{{0, 100}, {3, -2}}}, {1, [][2]int16{{4, 32767}}}, {100, nil}, {3, [][2]int16{{4, -7}, {1, 0}, {2, -32767}, {0, 1}}}} {
		raw.WriteByte(f.delta)
		raw.WriteByte(byte(len(f.pairs)))
		for _, p := range f.pairs {
			raw.WriteByte(byte(p[0]))
			binary.Write(&raw, binary.LittleEndian, p[1])
		}
	}
	var old bytes.Buffer
	zw := gzip.NewWriter(&old)
	zw.Write(raw.Bytes())
	zw.Close()

	p, err := Read(bytes.NewReader(old.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	var cols, packed bytes.Buffer
	if err := p.saveColumns(&cols); err != nil {
		t.Fatal(err)
	}
	if err := p.save(&packed, 64); err != nil {
		t.Fatal(err)
	}
	want, _ := modelFeatures(t, old.Bytes())
	for name, b := range map[string][]byte{"columns": cols.Bytes(), "packed": packed.Bytes()} {
		if got, _ := modelFeatures(t, b); !slices.Equal(got, want) {
			t.Errorf("%s decode to %v, interleaved to %v", name, got, want)
		}
	}
	q, err := Read(bytes.NewReader(packed.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	var again bytes.Buffer
	if err := q.save(&again, 64); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(again.Bytes(), packed.Bytes()) {
		t.Error("a model read from save's output does not write back the same")
	}
}

// TestPackedLayoutShipped writes the shipped parser in the columns layout of the
// models before it and in the packed layout, and wants the same features, keys
// and weights bit for bit, from both; and Save of the model Read gives back
// must be the shipped file byte for byte (Save is a function of the weights).
func TestPackedLayoutShipped(t *testing.T) {
	for _, name := range []string{"model/parser.gz", "model/parser-r2l.gz", "model/parser-greedy.gz", "model/parser-r2l-greedy.gz"} {
		t.Run(name, func(t *testing.T) {
			b, err := os.ReadFile(name)
			if err != nil {
				t.Fatal(err)
			}
			p, err := Read(bytes.NewReader(b))
			if err != nil {
				t.Fatal(err)
			}
			var cols, packed bytes.Buffer
			if err := p.saveColumns(&cols); err != nil {
				t.Fatal(err)
			}
			if err := p.Save(&packed); err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(packed.Bytes(), b) {
				t.Errorf("Save writes %d bytes, not the %d read", packed.Len(), len(b))
			}
			want, _ := modelFeatures(t, cols.Bytes())
			got, shift := modelFeatures(t, packed.Bytes())
			if len(got) != len(want) {
				t.Fatalf("packed layout: %d features, columns %d", len(got), len(want))
			}
			for i := range got {
				if got[i] != want[i] {
					t.Fatalf("feature %d: packed %v, columns %v", i, got[i], want[i])
				}
			}
			t.Logf("%d features, %d key bits: columns %d bytes, packed %d", len(got), 64-int(shift), cols.Len(), packed.Len())
		})
	}
}

// TestSaveKeyBits saves a table with 64-bit keys keeping savedKeyBits of them
// and looks every feature up by its full key: each must find its own weights,
// bit for bit, except the features whose high bits another feature with a
// smaller key shares, which find that one's; keys with other high bits must
// find nothing.
func TestSaveKeyBits(t *testing.T) {
	const nclass = 5
	drop := 64 - savedKeyBits
	rng := rand.New(rand.NewPCG(1, 2))
	type feat struct {
		key uint64
		cls []uint8
		w   []float32
	}
	var feats []feat
	for i := range 3000 {
		f := feat{key: rng.Uint64() | 1}
		if i%100 == 1 {
			// The same high bits as the feature before, a larger key.
			f.key = feats[i-1].key | 1<<(drop-1)
		}
		perm := rng.Perm(nclass)[:1+rng.IntN(nclass)]
		for _, c := range perm {
			f.cls = append(f.cls, uint8(c))
			f.w = append(f.w, float32(rng.NormFloat64()))
		}
		feats = append(feats, f)
	}
	var byCount [256]int
	for _, f := range feats {
		byCount[len(f.cls)]++
	}
	tb := newTable(nclass, &byCount)
	for _, f := range feats {
		tb.insert(f.key, f.cls, f.w)
	}
	p := newParser([]string{"a", "b"}, tb)
	var b bytes.Buffer
	if err := p.Save(&b); err != nil {
		t.Fatal(err)
	}
	// Read gives back the weights as they were quantised: save them with every
	// key bit and read them for the expected values.
	var full bytes.Buffer
	if err := p.save(&full, 64); err != nil {
		t.Fatal(err)
	}
	exact, err := Read(&full)
	if err != nil {
		t.Fatal(err)
	}
	q, err := Read(&b)
	if err != nil {
		t.Fatal(err)
	}
	if q.weights.shift != uint8(drop) {
		t.Fatalf("read a table with shift %d, want %d", q.weights.shift, drop)
	}
	owner := map[uint64]uint64{} // high bits → smallest full key with them
	for _, f := range feats {
		h := f.key >> drop
		if k, ok := owner[h]; !ok || f.key < k {
			owner[h] = f.key
		}
	}
	if q.weights.n != len(owner) {
		t.Errorf("table holds %d features, want %d", q.weights.n, len(owner))
	}
	record := func(tb *table, off uint32) string {
		var s [256]float32
		tb.add(off, &s)
		var out []uint32
		for _, x := range s[:nclass] {
			out = append(out, math.Float32bits(x))
		}
		return fmt.Sprint(out)
	}
	for _, f := range feats {
		off := q.weights.find(f.key)
		if off == 0 {
			t.Fatalf("feature %x not found", f.key)
		}
		want := exact.weights.find(owner[f.key>>drop])
		if got, want := record(q.weights, off), record(exact.weights, want); got != want {
			t.Fatalf("feature %x: weights %s, want %s", f.key, got, want)
		}
		for _, k := range []uint64{f.key ^ 1<<drop, f.key ^ 1<<63} {
			if _, ok := owner[k>>drop]; !ok && q.weights.find(k) != 0 {
				t.Fatalf("absent key %x found", k)
			}
		}
	}
}
