package parse

import (
	"slices"
	"strings"

	"github.com/sitrep-dev/sitrep"
)

// extraFeatures switches on feature templates meant to make the parser robust to
// the tagger's errors (issue 3), with the word lists they read; they are
// learned from the training data and ship inside the model. A nil *extraFeatures
// is the base (and extended) feature set alone.
type extraFeatures struct {
	// amb adds the ambiguity class of s0, n0, n1 and s1: the set of XPOS tags
	// the word had in training, which says what the word can be whatever the
	// tagger decided.
	amb bool
	// wu adds the word (lowercased, digits folded) with its own and its
	// neighbour's UPOS, a coarser and so more reliable tag than XPOS.
	wu bool
	// clu adds word clusters (coarse and fine) of s0, n0, n1 and s1.
	clu bool

	// The lists as they are saved: hashWord(form) -> tag set ("NN|VB") and
	// cluster path ("c12.345").
	ambTags, clusterPath map[uint64]string

	ambClass map[uint64]uint64    // hashWord(form) -> atom of its tag set
	cluster  map[uint64][2]uint64 // hashWord(form) -> atoms of its coarse and fine cluster
}

// newExtraFeatures returns the extra feature set with the given lists (nil
// where the group is off), deriving the atoms the templates read.
func newExtraFeatures(amb, wu, clu bool, ambTags, clusterPath map[uint64]string) *extraFeatures {
	e := &extraFeatures{amb: amb, wu: wu, clu: clu, ambTags: ambTags, clusterPath: clusterPath}
	if amb {
		e.ambClass = make(map[uint64]uint64, len(ambTags))
		for h, tags := range ambTags {
			e.ambClass[h] = hashTag(tags) ^ 0xa3
		}
	}
	if clu {
		e.cluster = make(map[uint64][2]uint64, len(clusterPath))
		for h, path := range clusterPath {
			coarse, _, _ := strings.Cut(path, ".")
			e.cluster[h] = [2]uint64{hashTag(coarse) ^ 0xc1, hashTag(path) ^ 0xc2}
		}
	}
	return e
}

// Atoms for words outside the lists.
const (
	atomUnknownAmb uint64 = 0x7a6b5c4d3e2f1a0b
	atomUnknownClu uint64 = 0x1b2c3d4e5f60718a
)

// numExtra is the most templates extraFeatures adds.
const numExtra = 24

// ambMinCount is how often a word must occur in training to get an ambiguity
// class, and ambMinShare the share of its occurrences a tag needs to be in it:
// a tag seen once in 200 occurrences is more likely an annotation slip than a
// reading the tagger should be warned of.
const (
	ambMinCount = 2
	ambMinShare = 0.01
)

// buildAmbClasses computes the ambiguity class of every word seen at least
// ambMinCount times in exs: its tags joined by "|" in sorted order.
func buildAmbClasses(exs []example) map[uint64]string {
	counts := map[uint64]map[string]int{}
	for _, ex := range exs {
		for _, t := range ex.toks {
			xp := t.XPOS
			if xp == "" {
				xp = t.UPOS
			}
			h := hashWord(t.Text)
			m := counts[h]
			if m == nil {
				m = map[string]int{}
				counts[h] = m
			}
			m[xp]++
		}
	}
	out := make(map[uint64]string, len(counts))
	for h, m := range counts {
		total := 0
		for _, n := range m {
			total += n
		}
		if total < ambMinCount {
			continue
		}
		var tags []string
		for t, n := range m {
			if float64(n) >= ambMinShare*float64(total) {
				tags = append(tags, t)
			}
		}
		slices.Sort(tags)
		out[h] = strings.Join(tags, "|")
	}
	return out
}

// fillExtra computes the per-word atoms the extra templates read.
func (x *sentence) fillExtra(toks []sitrep.Token) {
	e := x.more
	n := len(toks) + 1
	if cap(x.a) < n {
		x.a, x.cc, x.cf = make([]uint64, n), make([]uint64, n), make([]uint64, n)
	}
	x.a, x.cc, x.cf = x.a[:n], x.cc[:n], x.cf[:n]
	x.a[0], x.cc[0], x.cf[0] = atomRoot, atomRoot, atomRoot
	for i := 1; i < n; i++ {
		h := x.w[i]
		if e.amb {
			a, ok := e.ambClass[h]
			if !ok {
				a = atomUnknownAmb
			}
			x.a[i] = a
		}
		if e.clu {
			c, ok := e.cluster[h]
			if !ok {
				c = [2]uint64{atomUnknownClu, atomUnknownClu ^ 1}
			}
			x.cc[i], x.cf[i] = c[0], c[1]
		}
	}
}

// extractExtra appends the extra templates' features for s0, s1, n0, n1 to f
// from position k, numbering the templates from t, and returns the new k.
func extractExtra(x *sentence, s0, s1, n0, n1 int, f *[numFeatures]uint64, k int, t uint64) int {
	e := x.more
	add := func(h uint64) { f[k] = h; k++ }
	next := func() uint64 { t++; return t }
	at := func(v []uint64, i int) uint64 {
		if i < 0 {
			return atomNone
		}
		return v[i]
	}
	// Template numbers are fixed per group whatever else is on, so that a
	// feature means the same in every configuration.
	t = 200
	if e.amb {
		a := func(i int) uint64 { return at(x.a, i) }
		add(f1(next(), a(s0)))
		add(f1(next(), a(n0)))
		add(f1(next(), a(n1)))
		add(f1(next(), a(s1)))
		add(f2(next(), a(s0), a(n0)))
		add(f2(next(), a(s1), a(s0)))
		add(f2(next(), a(s0), at(x.p, s0)))
		add(f2(next(), a(n0), at(x.p, n0)))
		add(f3(next(), a(s0), a(n0), a(n1)))
	}
	t = 300
	if e.wu {
		w := func(i int) uint64 { return at(x.w, i) }
		u := func(i int) uint64 { return at(x.u, i) }
		add(f2(next(), w(s0), u(s0)))
		add(f2(next(), w(n0), u(n0)))
		add(f2(next(), w(n1), u(n1)))
		add(f2(next(), w(s0), u(n0)))
		add(f2(next(), u(s0), w(n0)))
		add(f3(next(), u(s1), w(s0), u(n0)))
	}
	t = 400
	if e.clu {
		cc := func(i int) uint64 { return at(x.cc, i) }
		cf := func(i int) uint64 { return at(x.cf, i) }
		add(f1(next(), cc(s0)))
		add(f1(next(), cc(n0)))
		add(f1(next(), cc(n1)))
		add(f1(next(), cc(s1)))
		add(f1(next(), cf(s0)))
		add(f1(next(), cf(n0)))
		add(f2(next(), cc(s0), cc(n0)))
		add(f2(next(), cf(s0), at(x.p, n0)))
		add(f2(next(), at(x.p, s0), cf(n0)))
	}
	return k
}

// clusterPaths keys cluster paths "c<coarse>.<fine>" of lowercased forms as the
// parser's words are (hashWord: lowercased, digits folded; where two forms fold
// together, the first in sorted order wins).
func clusterPaths(cl map[string]string) map[uint64]string {
	forms := make([]string, 0, len(cl))
	for w := range cl {
		forms = append(forms, w)
	}
	slices.Sort(forms)
	out := make(map[uint64]string, len(cl))
	for _, w := range forms {
		h := hashWord(w)
		if _, ok := out[h]; !ok {
			out[h] = cl[w]
		}
	}
	return out
}
