package parse

import (
	"slices"
	"strings"

	"github.com/sitrep-dev/sitrep"
	"github.com/sitrep-dev/sitrep/nlp/wordclass"
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
	// glove adds the nlp/wordclass classes (coarse, mid, fine; k-means over
	// the GloVe 6B vectors) of s0, n0, n1, s1 and of the dependents whose
	// words the base templates read, alone, with the token's tag and in pairs
	// (Koo et al. 2008: classes in place of words in the bigram templates).
	// The classes are looked up at feature time; the model records only the
	// switch.
	glove bool

	// The lists as they are saved: hashWord(form) -> tag set ("NN|VB") and
	// cluster path ("c12.345").
	ambTags, clusterPath map[uint64]string

	ambClass map[uint64]uint64    // hashWord(form) -> atom of its tag set
	cluster  map[uint64][2]uint64 // hashWord(form) -> atoms of its coarse and fine cluster
}

// newExtraFeatures returns the extra feature set with the given lists (nil
// where the group is off), deriving the atoms the templates read.
func newExtraFeatures(amb, wu, clu, glove bool, ambTags, clusterPath map[uint64]string) *extraFeatures {
	e := &extraFeatures{amb: amb, wu: wu, clu: clu, glove: glove, ambTags: ambTags, clusterPath: clusterPath}
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
	atomUnknownGlv uint64 = 0x2d4f6a8c0e1b3d5f
)

// numExtra is the most templates extraFeatures adds: 9 + 6 + 9 for amb, wu
// and clu, or numGlove for glove. It sizes the feature arrays of every parse
// (numFeatures), so the glove group shares the budget instead of adding to
// it. Growing the arrays by its 24 slots made the parser shipped then, which
// used none of them, 1 to 4% slower on BenchmarkParseEWTDev in three alternating
// pairs (load 2.7 to 4: within this machine's noise, but slower each time);
// sharing the budget, the medians of five pairs were 46,214 against 46,690
// tokens/cpu-s, ranges overlapping. A set of groups over the budget is
// refused (extraTemplates).
const numExtra = 24

// numGlove is the number of templates of the glove group.
const numGlove = 24

// extraTemplates returns how many templates the groups switched on add.
func extraTemplates(amb, wu, clu, glove bool) int {
	n := 0
	for _, g := range []struct {
		on bool
		n  int
	}{{amb, 9}, {wu, 6}, {clu, 9}, {glove, numGlove}} {
		if g.on {
			n += g.n
		}
	}
	return n
}

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
	if e.glove {
		x.fillGlove(toks)
	}
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

// fillGlove computes the wordclass atoms (coarse, mid, fine) of every word.
// The form is looked up as it is (wordclass lower-cases it), not folded as
// hashWord folds digits. The shipped classes have no numbers, one-letter
// words ("a", "I") or clitics ("'s", "n't"): 9.3% of EWT dev's words get the
// unknown atoms, and the tags then carry those words.
func (x *sentence) fillGlove(toks []sitrep.Token) {
	n := len(toks) + 1
	if cap(x.gc) < n {
		x.gc, x.gm, x.gf = make([]uint64, n), make([]uint64, n), make([]uint64, n)
	}
	x.gc, x.gm, x.gf = x.gc[:n], x.gm[:n], x.gf[:n]
	x.gc[0], x.gm[0], x.gf[0] = atomRoot, atomRoot, atomRoot
	for i, t := range toks {
		c, ok := wordclass.Lookup(t.Text)
		if !ok {
			x.gc[i+1], x.gm[i+1], x.gf[i+1] = atomUnknownGlv, atomUnknownGlv^1, atomUnknownGlv^2
			continue
		}
		// Distinct offsets per level, so that coarse 3 and mid 3 are
		// different atoms even in templates that could mix them.
		x.gc[i+1] = uint64(c.Coarse) + 0x6c000
		x.gm[i+1] = uint64(c.Mid) + 0x6d000
		x.gf[i+1] = uint64(c.Fine) + 0x6e000
	}
}

// extractExtra appends the extra templates' features for s0, s1, n0, n1 (and,
// for the glove group, the outermost dependents of s0, n0 and s1 in s) to f
// from position k, numbering the templates from t, and returns the new k.
func extractExtra(s *state, x *sentence, s0, s1, n0, n1 int, f *[numFeatures]uint64, k int, t uint64) int {
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
	t = 500
	if e.glove {
		k = extractGlove(s, x, s0, s1, n0, n1, f, k, t)
	}
	return k
}

// extractGlove appends the glove group's numGlove templates, numbered from
// t+1.
func extractGlove(s *state, x *sentence, s0, s1, n0, n1 int, f *[numFeatures]uint64, k int, t uint64) int {
	add := func(h uint64) { f[k] = h; k++ }
	next := func() uint64 { t++; return t }
	at := func(v []uint64, i int) uint64 {
		if i < 0 {
			return atomNone
		}
		return v[i]
	}
	child := func(i int, c []int32) int {
		if i < 0 {
			return none
		}
		return int(c[i])
	}
	gc := func(i int) uint64 { return at(x.gc, i) }
	gm := func(i int) uint64 { return at(x.gm, i) }
	gf := func(i int) uint64 { return at(x.gf, i) }
	p := func(i int) uint64 { return at(x.p, i) }
	s0l, s0r, n0l, s1r := child(s0, s.lc1), child(s0, s.rc1), child(n0, s.lc1), child(s1, s.rc1)
	d := dist(s0, n0)

	// The class alone, where the base templates read the word alone.
	add(f1(next(), gm(s0)))
	add(f1(next(), gm(n0)))
	add(f1(next(), gm(n1)))
	add(f1(next(), gm(s1)))
	add(f1(next(), gf(s0)))
	add(f1(next(), gf(n0)))
	add(f1(next(), gc(s0)))
	add(f1(next(), gc(n0)))
	// With the token's own tag, as word+tag.
	add(f2(next(), gm(s0), p(s0)))
	add(f2(next(), gm(n0), p(n0)))
	add(f2(next(), gm(n1), p(n1)))
	add(f2(next(), gm(s1), p(s1)))
	// The outermost dependents the base templates read words of.
	add(f2(next(), gm(s0l), p(s0l)))
	add(f2(next(), gm(s0r), p(s0r)))
	add(f2(next(), gm(n0l), p(n0l)))
	add(f2(next(), gm(s1r), p(s1r)))
	// Pairs: classes in place of words in the bigram templates.
	add(f2(next(), gm(s0), gm(n0)))
	add(f2(next(), gm(s0), p(n0)))
	add(f2(next(), p(s0), gm(n0)))
	add(f2(next(), gm(s1), gm(s0)))
	add(f2(next(), gc(s0), gc(n0)))
	add(f3(next(), gm(s0), gm(n0), d))
	add(f3(next(), gm(s0), p(s0), gm(n0)^p(n0)*3))
	add(f3(next(), p(s1), gm(s0), p(n0)))
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
