package tag

import (
	"bytes"
	_ "embed"
	"fmt"
	"strings"
	"sync"

	sitrep "github.com/sitrep-dev/sitrep"
)

// Tagger assigns UPOS, XPOS and lemmas. It is safe for concurrent use.
type Tagger struct {
	upos, xpos []string // by joint tag id
	// Feature weights, sparse: the weights of feature slot s are cls/w[start[s]:start[s+1]],
	// and table maps a feature key to its slot.
	table   table
	start   []uint32
	cls     []uint16
	w       []float32
	amb     map[uint64]uint64 // lower-cased word hash → ambiguity class
	lemmas  map[uint64]string // hash of lower-cased form and XPOS → lemma
	src     source
	scratch sync.Pool
}

//go:embed model/tagger.gz
var embedded []byte

var (
	loadOnce sync.Once
	loaded   *Tagger
	loadErr  error
)

// Load returns the tagger trained on the treebanks named in the package comment,
// read once from the model embedded in the binary.
func Load() (*Tagger, error) {
	loadOnce.Do(func() {
		loaded, loadErr = Read(bytes.NewReader(embedded))
		if loadErr != nil {
			loadErr = fmt.Errorf("load embedded tagger model: %w", loadErr)
		}
	})
	return loaded, loadErr
}

type scratch struct {
	ws     []wordInfo
	scores []float32
}

// Tag sets UPOS, XPOS and Lemma of every token of one sentence.
func (t *Tagger) Tag(toks []sitrep.Token) {
	if len(toks) == 0 {
		return
	}
	sc, _ := t.scratch.Get().(*scratch)
	if sc == nil {
		sc = &scratch{scores: make([]float32, len(t.upos))}
	}
	sc.ws = sc.ws[:0]
	for i := range toks {
		sc.ws = append(sc.ws, wordInfo{})
		sc.ws[i].set(toks[i].Text, t.amb)
	}
	prev1, prev2 := uint64(tagNone), uint64(tagNone)
	var f [numFeatures]uint32
	for i := range toks {
		features(&f, sc.ws, i, prev1, prev2)
		best := t.predict(&f, sc.scores)
		toks[i].UPOS, toks[i].XPOS = t.upos[best], t.xpos[best]
		toks[i].Lemma = t.lemma(toks[i].Text, toks[i].XPOS)
		prev2, prev1 = prev1, uint64(best)
	}
	t.scratch.Put(sc)
}

// predict returns the best-scoring tag for the features f.
func (t *Tagger) predict(f *[numFeatures]uint32, scores []float32) int {
	clear(scores)
	for _, k := range f {
		s, ok := t.table.get(k)
		if !ok {
			continue
		}
		lo, hi := t.start[s], t.start[s+1]
		cls, w := t.cls[lo:hi], t.w[lo:hi]
		for j, c := range cls {
			scores[c] += w[j]
		}
	}
	best := 0
	for c, v := range scores {
		if v > scores[best] {
			best = c
		}
	}
	return best
}

// lemma looks form up in the lexicon learned from the treebanks and falls back
// on the inflection rules.
func (t *Tagger) lemma(form, xpos string) string {
	if l, ok := t.lemmas[lemmaKey(form, xpos)]; ok {
		return l
	}
	return ruleLemma(form, xpos)
}

func lemmaKey(form, xpos string) uint64 {
	return mix(hashBytes(form, true), hashBytes(xpos, false))
}

// table is an open-addressing hash table from feature keys to slots: smaller and
// faster to build at load time than a map.
type table struct {
	keys  []uint32 // 0 marks an empty cell; key 0 is stored as 1
	slots []uint32
	mask  uint32
}

func newTable(n int) table {
	size := 1
	for size < n*2 {
		size <<= 1
	}
	return table{keys: make([]uint32, size), slots: make([]uint32, size), mask: uint32(size - 1)}
}

func fixKey(k uint32) uint32 {
	if k == 0 {
		return 1
	}
	return k
}

func (t *table) put(k, slot uint32) {
	k = fixKey(k)
	for i := (k * 0x9e3779b1) & t.mask; ; i = (i + 1) & t.mask {
		if t.keys[i] == 0 || t.keys[i] == k {
			t.keys[i], t.slots[i] = k, slot
			return
		}
	}
}

func (t *table) get(k uint32) (uint32, bool) {
	if len(t.keys) == 0 {
		return 0, false
	}
	k = fixKey(k)
	for i := (k * 0x9e3779b1) & t.mask; ; i = (i + 1) & t.mask {
		switch t.keys[i] {
		case k:
			return t.slots[i], true
		case 0:
			return 0, false
		}
	}
}

// Tags returns the joint tags the model predicts, as "UPOS/XPOS".
func (t *Tagger) Tags() []string {
	out := make([]string, len(t.upos))
	for i := range t.upos {
		out[i] = t.upos[i] + "/" + t.xpos[i]
	}
	return out
}

func splitTag(s string) (upos, xpos string) {
	u, x, _ := strings.Cut(s, "/")
	return u, x
}
