package ner

import "math/bits"

// table is an open-addressing hash table from uint64 keys to int32 values,
// for keys that are already well-mixed hashes. It is several times faster
// than a Go map in the recogniser's inner loop, which looks up some thirty
// feature hashes per token. The zero key is stored as 1 (a one-in-2^64
// collision the model can afford).
type table struct {
	keys  []uint64
	vals  []int32
	shift uint
	n     int
}

func newTable(capacity int) *table {
	size := 16
	for size < capacity*2 {
		size <<= 1
	}
	return &table{
		keys:  make([]uint64, size),
		vals:  make([]int32, size),
		shift: uint(64 - bits.TrailingZeros(uint(size))),
	}
}

func (t *table) slot(k uint64) int {
	return int((k * 0x9E3779B97F4A7C15) >> t.shift)
}

// get returns the value stored under k.
func (t *table) get(k uint64) (int32, bool) {
	if k == 0 {
		k = 1
	}
	mask := len(t.keys) - 1
	for i := t.slot(k); ; i = (i + 1) & mask {
		switch t.keys[i] {
		case k:
			return t.vals[i], true
		case 0:
			return 0, false
		}
	}
}

// put stores v under k, or, when or is true, ORs v into the stored value.
func (t *table) put(k uint64, v int32, or bool) {
	if k == 0 {
		k = 1
	}
	if (t.n+1)*2 > len(t.keys) {
		t.grow()
	}
	mask := len(t.keys) - 1
	for i := t.slot(k); ; i = (i + 1) & mask {
		switch t.keys[i] {
		case k:
			if or {
				t.vals[i] |= v
			} else {
				t.vals[i] = v
			}
			return
		case 0:
			t.keys[i], t.vals[i] = k, v
			t.n++
			return
		}
	}
}

func (t *table) grow() {
	old := *t
	*t = *newTable(len(old.keys))
	for i, k := range old.keys {
		if k != 0 {
			t.put(k, old.vals[i], false)
		}
	}
}

// len returns the number of keys.
func (t *table) len() int { return t.n }

// each calls fn for every key and value, in table order.
func (t *table) each(fn func(k uint64, v int32)) {
	for i, k := range t.keys {
		if k != 0 {
			fn(k, t.vals[i])
		}
	}
}
