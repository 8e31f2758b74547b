package parse

import (
	"bufio"
	"cmp"
	"encoding/binary"
	"fmt"
	"slices"
)

// magicMore names a model with extra feature templates (extraFeatures): the
// magic line is followed by a flags word and the word lists, then the labels
// and weights as in the other formats.
const magicMore = "sitrep-parse 3\n"

const (
	flagExt = 1 << iota
	flagAmb
	flagWU
	flagClu
	// flagGlove (wordclass features) needs no word list: a binary that
	// predates it refuses the model (readExtra's flag check), and one that has
	// it reads the classes from nlp/wordclass.
	flagGlove
)

// writeExtra writes the flags and the word lists of a model saved with
// magicMore.
func writeExtra(bw *bufio.Writer, ext bool, e *extraFeatures) {
	var buf [binary.MaxVarintLen64]byte
	uv := func(v uint64) { bw.Write(buf[:binary.PutUvarint(buf[:], v)]) }
	var flags uint64
	for _, b := range []struct {
		on   bool
		flag uint64
	}{{ext, flagExt}, {e.amb, flagAmb}, {e.wu, flagWU}, {e.clu, flagClu}, {e.glove, flagGlove}} {
		if b.on {
			flags |= b.flag
		}
	}
	uv(flags)
	list := func(m map[uint64]string) {
		// The distinct strings once, then each word as a key delta and the
		// string's index.
		var strs []string
		keys := make([]uint64, 0, len(m))
		for k, v := range m {
			keys = append(keys, k)
			strs = append(strs, v)
		}
		slices.Sort(strs)
		strs = slices.Compact(strs)
		slices.Sort(keys)
		uv(uint64(len(strs)))
		for _, s := range strs {
			uv(uint64(len(s)))
			bw.WriteString(s)
		}
		uv(uint64(len(keys)))
		var prev uint64
		for _, k := range keys {
			uv(k - prev)
			prev = k
			i, _ := slices.BinarySearchFunc(strs, m[k], cmp.Compare)
			uv(uint64(i))
		}
	}
	if e.amb {
		list(e.ambTags)
	}
	if e.clu {
		list(e.clusterPath)
	}
}

// readExtra reads what writeExtra wrote.
func readExtra(d *decoder) (ext bool, e *extraFeatures, err error) {
	flags := d.uvarint()
	if d.err || flags >= 1<<5 ||
		extraTemplates(flags&flagAmb != 0, flags&flagWU != 0, flags&flagClu != 0, flags&flagGlove != 0) > numExtra {
		return false, nil, fmt.Errorf("read parser: bad feature flags: %w", errFormat)
	}
	list := func() (map[uint64]string, error) {
		ns := d.uvarint()
		if d.err || ns > uint64(len(d.b)) {
			return nil, fmt.Errorf("read parser: bad word list: %w", errFormat)
		}
		strs := make([]string, ns)
		for i := range strs {
			strs[i] = string(d.bytes(d.uvarint()))
		}
		nk := d.uvarint()
		if d.err || nk > uint64(len(d.b)) {
			return nil, fmt.Errorf("read parser: bad word list: %w", errFormat)
		}
		m := make(map[uint64]string, nk)
		var key uint64
		for j := range nk {
			delta := d.uvarint()
			if (j > 0 && delta == 0) || key+delta < key {
				return nil, fmt.Errorf("read parser: word list out of order: %w", errFormat)
			}
			key += delta
			i := d.uvarint()
			if d.err || i >= ns {
				return nil, fmt.Errorf("read parser: bad word list entry: %w", errFormat)
			}
			m[key] = strs[i]
		}
		return m, nil
	}
	var amb, clu map[uint64]string
	if flags&flagAmb != 0 {
		if amb, err = list(); err != nil {
			return false, nil, err
		}
	}
	if flags&flagClu != 0 {
		if clu, err = list(); err != nil {
			return false, nil, err
		}
	}
	e = newExtraFeatures(flags&flagAmb != 0, flags&flagWU != 0, flags&flagClu != 0, flags&flagGlove != 0, amb, clu)
	return flags&flagExt != 0, e, nil
}
