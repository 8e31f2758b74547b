package parse

import (
	"cmp"
	"math"
	"slices"
)

// table is the inference weight store: an open-addressing hash table from feature
// hash to a run of (class, weight) pairs in one flat array. A perceptron only ever
// touches the gold and the predicted class of a feature, so runs are short and the
// table stays small where a dense feature×class matrix would not. Each feature
// costs two memory accesses: its slot, then its run.
type table struct {
	slots []tslot // key 0 marks an empty slot
	pairs []pair
	mask  uint64
}

type tslot struct {
	key   uint64
	start uint32
	n     uint32
}

type pair struct {
	cls uint32
	w   float32
}

func newTable(nfeat int) *table {
	size := 1
	for size < 2*nfeat {
		size <<= 1
	}
	return &table{slots: make([]tslot, size), mask: uint64(size - 1)}
}

// insert adds a feature with its weights; keys must be distinct and non-zero.
func (t *table) insert(key uint64, cls []uint8, w []float32) {
	i := key & t.mask
	for t.slots[i].key != 0 {
		i = (i + 1) & t.mask
	}
	t.slots[i] = tslot{key: key, start: uint32(len(t.pairs)), n: uint32(len(cls))}
	for j, c := range cls {
		t.pairs = append(t.pairs, pair{uint32(c), w[j]})
	}
}

// score adds the weights of features f to scores.
func (t *table) score(f []uint64, scores []float32) {
	for _, key := range f {
		if key == 0 {
			continue
		}
		i := key & t.mask
		for {
			s := &t.slots[i]
			if s.key == key {
				for _, p := range t.pairs[s.start : s.start+s.n] {
					scores[p.cls] += p.w
				}
				break
			}
			if s.key == 0 {
				break
			}
			i = (i + 1) & t.mask
		}
	}
}

// trainer holds the averaged perceptron's sparse weights. Scoring dominates
// training, so the index is an open-addressing table rather than a Go map, and the
// weights that scoring reads sit apart from the averaging bookkeeping that only
// updates touch.
type trainer struct {
	slots []slot
	mask  uint64
	hot   [][]hotEntry
	cold  [][]coldEntry
	seen  []uint32 // updates that involved each feature
	now   int64    // number of updates so far, the averaging clock
}

type slot struct {
	key uint64
	id  int32
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

func newTrainer() *trainer {
	return &trainer{slots: make([]slot, 1<<21), mask: 1<<21 - 1}
}

func (t *trainer) lookup(key uint64) (int32, bool) {
	i := key & t.mask
	for {
		s := &t.slots[i]
		if s.key == key {
			return s.id, true
		}
		if s.key == 0 {
			return 0, false
		}
		i = (i + 1) & t.mask
	}
}

func (t *trainer) add(key uint64) int32 {
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
	id := int32(len(t.hot))
	t.place(slot{key, id})
	t.hot = append(t.hot, nil)
	t.cold = append(t.cold, nil)
	t.seen = append(t.seen, 0)
	return id
}

func (t *trainer) place(s slot) {
	i := s.key & t.mask
	for t.slots[i].key != 0 {
		i = (i + 1) & t.mask
	}
	t.slots[i] = s
}

func (t *trainer) score(f []uint64, scores []float32) {
	for _, key := range f {
		if key == 0 {
			continue
		}
		id, ok := t.lookup(key)
		if !ok {
			continue
		}
		for _, e := range t.hot[id] {
			scores[e.cls] += e.w
		}
	}
}

func (t *trainer) update(f []uint64, good, bad int) {
	t.now++
	for _, key := range f {
		if key == 0 {
			continue
		}
		id, ok := t.lookup(key)
		if !ok {
			id = t.add(key)
		}
		t.seen[id]++
		t.bump(id, good, 1)
		t.bump(id, bad, -1)
	}
}

func (t *trainer) bump(id int32, c int, d float32) {
	hs, cs := t.hot[id], t.cold[id]
	for i := range hs {
		if int(hs[i].cls) == c {
			cs[i].total += float64(t.now-cs[i].stamp) * float64(hs[i].w)
			cs[i].stamp = t.now
			hs[i].w += d
			return
		}
	}
	t.hot[id] = append(hs, hotEntry{cls: uint8(c), w: d})
	t.cold[id] = append(cs, coldEntry{stamp: t.now})
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
	tb := newTable(len(out))
	for _, o := range out {
		tb.insert(o.key, o.cls, o.w)
	}
	return tb
}
