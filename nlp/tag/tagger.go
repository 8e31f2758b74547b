package tag

import (
	"bytes"
	_ "embed"
	"fmt"
	"strings"
	"sync"

	sitrep "github.com/sitrep-dev/sitrep"
	"github.com/sitrep-dev/sitrep/internal/evict"
)

// Tagger assigns UPOS, XPOS and lemmas. It is safe for concurrent use.
type Tagger struct {
	upos, xpos []string // by joint tag id
	// first tags left to right; second, when trained, tags again seeing the first
	// pass's tags of the words to the right.
	first, second weights
	amb           map[uint64]uint64 // lower-cased word hash → ambiguity class
	lemmas        map[uint64]string // hash of lower-cased form and XPOS → lemma
	src           source
	scratch       sync.Pool
	// repair applies repairAcronyms and repairFinite after tagging: set by Read
	// (FiniteRepair), off while training, so that the epochs are chosen on the
	// model's own tags.
	repair bool
	// wc: the model has the word-class features (nlp/wordclass), saved in the
	// model's magic line.
	wc bool
}

// weights are sparse per feature: the weights of feature slot s are
// cls/w[start[s]:start[s+1]], and table maps a feature key to its slot.
type weights struct {
	table table
	start []uint32
	cls   []uint16
	w     []float32
	// fast is the same weights laid out for tagging (fast.go), set by Read;
	// predict uses it when given scores with room for 256 tags.
	fast *fastTable
}

func (m *weights) empty() bool { return len(m.start) <= 1 }

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
		evict.Embedded(embedded) // decoded: its pages need not stay resident
		if loadErr != nil {
			loadErr = fmt.Errorf("load embedded tagger model: %w", loadErr)
		}
	})
	return loaded, loadErr
}

type scratch struct {
	ws     []wordInfo
	tags   []uint64
	scores []float32 // one per tag, with capacity 256 for the fast path
	cache  [][numFeatures]uint32
}

// Tag sets UPOS, XPOS and Lemma of every token of one sentence.
func (t *Tagger) Tag(toks []sitrep.Token) {
	if len(toks) == 0 {
		return
	}
	sc, _ := t.scratch.Get().(*scratch)
	if sc == nil {
		sc = &scratch{scores: make([]float32, len(t.upos), max(256, len(t.upos)))}
	}
	sc.ws, sc.tags = sc.ws[:0], sc.tags[:0]
	for i := range toks {
		sc.ws = append(sc.ws, wordInfo{})
		sc.ws[i].set(toks[i].Text, t.amb, t.wc)
	}
	if cap(sc.cache) < len(toks) {
		sc.cache = make([][numFeatures]uint32, len(toks))
	}
	sc.tags = t.passCached(sc.tags, sc.ws, sc.scores, sc.cache[:len(toks)])
	for i, best := range sc.tags {
		toks[i].UPOS, toks[i].XPOS = t.upos[best], t.xpos[best]
	}
	if t.repair {
		repair(toks)
	}
	for i := range toks {
		toks[i].Lemma = t.lemma(toks[i].Text, toks[i].XPOS)
	}
	t.scratch.Put(sc)
}

// pass appends the predicted tags of ws to dst: the first pass, then the second
// over its output when the model has one.
func (t *Tagger) pass(dst []uint64, ws []wordInfo, scores []float32) []uint64 {
	return t.passCached(dst, ws, scores, nil)
}

// passCached is pass keeping each token's word features in cache, when given, for
// the second pass to reuse.
func (t *Tagger) passCached(dst []uint64, ws []wordInfo, scores []float32, cache [][numFeatures]uint32) []uint64 {
	var f [numFeatures]uint32
	n := len(dst)
	nb := firstCount(t.wc)
	prev1, prev2 := uint64(tagNone), uint64(tagNone)
	for i := range ws {
		staticFeatures(&f, ws, i, t.wc)
		if cache != nil {
			cache[i] = f
		}
		tagFeatures(&f, ws, i, prev1, prev2, t.wc)
		best := uint64(t.first.predict(f[:nb], scores))
		dst = append(dst, best)
		prev2, prev1 = prev1, best
	}
	if t.second.empty() {
		return dst
	}
	firstTags := dst[n:]
	prev1, prev2 = tagNone, tagNone
	for i := range ws {
		if cache != nil {
			f = cache[i]
		} else {
			staticFeatures(&f, ws, i, t.wc)
		}
		tagFeatures(&f, ws, i, prev1, prev2, t.wc)
		rightFeatures(&f, nb, ws, i, prev1, firstTags[i], tagAt(firstTags, i+1), tagAt(firstTags, i+2))
		best := uint64(t.second.predict(f[:nb+numRight], scores))
		// firstTags[i] is no longer needed once token i is tagged again.
		firstTags[i] = best
		prev2, prev1 = prev1, best
	}
	return dst
}

func tagAt(tags []uint64, i int) uint64 {
	if i < len(tags) {
		return tags[i]
	}
	return tagNone
}

// predict returns the best-scoring tag for the features f; scores has one entry
// per tag. When scores has a capacity of 256 or more and the weights have a fast
// table, the fast table scores them (in the extra capacity too, as scratch), with
// the same result.
func (m *weights) predict(f []uint32, scores []float32) int {
	if m.fast != nil && cap(scores) >= 256 {
		return m.fast.predict(f, (*[256]float32)(scores[:256]), len(scores))
	}
	clear(scores)
	for _, k := range f {
		s, ok := m.table.get(k)
		if !ok {
			continue
		}
		lo, hi := m.start[s], m.start[s+1]
		cls, w := m.cls[lo:hi], m.w[lo:hi]
		for j, c := range cls {
			scores[c] += w[j]
		}
	}
	return argmax(scores)
}

// argmax returns the index of the first highest score.
func argmax(scores []float32) int {
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
