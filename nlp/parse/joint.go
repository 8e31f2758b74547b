package parse

import (
	"github.com/sitrep-dev/sitrep/nlp/conllu"
	"github.com/sitrep-dev/sitrep/nlp/tag"
)

// Joint tagging (TrainConfig.JointTags; Bohnet and Nivre 2012, reduced to two
// choices). The tagger's first choice of tag is right for 94.3% of EWT dev's
// words and its first or second for 97.8%, and given the second wherever it is
// right the shipped parser gains 1.4 UAS (doc.go, "# The tags the tagger nearly
// chose"). A joint parser has one more transition, SHIFT-ALT, valid when the
// word at the front of the buffer has a second choice within AltMargin of the
// first: it shifts the word with that tag, which every later feature then
// reads. Words still in the buffer keep their first choice. Training gives the
// choice a cost: a shift that keeps a wrong tag when the other was right costs
// one, as an arc does, and so does one that takes a wrong alternative.

// numJoint is the number of templates extractJoint adds.
const numJoint = 7

// Atoms of a word with no alternative on offer, and the margin buckets.
const (
	atomNoAlt uint64 = 0x3c6ef372fe94f82b
	atomAltOn uint64 = 0xa54ff53a5f1d36f1
)

// marginBucket groups the tagger's margins, so that the parser can learn how
// far to trust a close call.
func marginBucket(m float32) uint64 {
	switch {
	case m < 5:
		return 0x7100
	case m < 10:
		return 0x7101
	case m < 20:
		return 0x7102
	case m < 40:
		return 0x7103
	}
	return 0x7104
}

// fillAlt sets the alternatives of the sentence last filled: those within
// maxMargin, from alts (one per word; nil for none).
func (x *sentence) fillAlt(alts []tag.Alternative, maxMargin float32) {
	n := len(x.w)
	x.hasAlt = sized(x.hasAlt, n)
	x.p2, x.u2, x.mb = sized(x.p2, n), sized(x.u2, n), sized(x.mb, n)
	clear(x.hasAlt)
	for i := range n {
		x.p2[i], x.u2[i], x.mb[i] = atomNoAlt, atomNoAlt, atomNone
	}
	for i, a := range alts {
		if i+1 >= n || a.XPOS == "" || !(a.Margin <= maxMargin) {
			continue
		}
		x.hasAlt[i+1] = true
		x.p2[i+1] = hashTag(a.XPOS)
		x.u2[i+1] = hashTag(a.UPOS) ^ 0x55
		x.mb[i+1] = marginBucket(a.Margin)
	}
}

// extractJoint appends the joint templates: n0's alternative tag alone, with
// its word, its first choice and margin, and its neighbours' tags, and whether
// s0 was shifted with its alternative.
func extractJoint(s *state, x *sentence, s0, n0, n1 int, f *[numFeatures]uint64, k int) int {
	add := func(h uint64) { f[k] = h; k++ }
	t := uint64(600)
	next := func() uint64 { t++; return t }
	p2, u2, mb, w := atomNone, atomNone, atomNone, atomNone
	if n0 >= 0 {
		p2, u2, mb, w = x.p2[n0], x.u2[n0], x.mb[n0], x.w[n0]
	}
	chose := atomNone
	if s0 >= 0 && s.alt[s0] {
		chose = atomAltOn
	}
	add(f1(next(), p2))
	add(f2(next(), w, p2))
	add(f3(next(), x.tagP(s, n0), p2, mb))
	add(f2(next(), x.tagP(s, s0), p2))
	add(f2(next(), p2, x.tagP(s, n1)))
	add(f3(next(), x.tagU(s, s0), u2, x.tagU(s, n1)))
	add(f2(next(), chose, x.tagP(s, s0)))
	return k
}

// tagCosts adds to a shift's cost the cost of its tag (see above): wrong[i] is
// +1 when word i's second choice is right and its first wrong, -1 when the
// first is right and the second wrong, 0 otherwise.
func (s *state) tagCosts(x *sentence, wrong []int8, cost []int) {
	if s.altc <= 0 {
		return
	}
	cost[s.altc] = -1
	if !s.canShift() {
		return
	}
	c := cost[shift]
	if s.canShiftAlt(x) {
		cost[s.altc] = c
		if wrong[s.b] < 0 {
			cost[s.altc]++
		}
		if wrong[s.b] > 0 {
			cost[shift]++
		}
	}
}

// jointClasses returns SHIFT-ALT's class (0 without joint tagging) and the
// number of classes the weights score, for a parser with nc other classes.
func jointClasses(cfg TrainConfig, nc int) (altc, all int) {
	if cfg.JointTags {
		return nc, nc + 1
	}
	return 0, nc
}

// readAlts sets the example's second choices and their costs from the MISC
// column of s (withAlt) and returns how many words have one.
func (ex *example) readAlts(s *conllu.Sentence) int {
	n := 0
	ex.alts = make([]tag.Alternative, len(s.Words))
	ex.wrong = make([]int8, len(s.Words)+1)
	for i, w := range s.Words {
		a, c, ok := readAlt(w.Misc)
		if !ok {
			continue
		}
		ex.alts[i], ex.wrong[i+1] = a, c
		n++
	}
	return n
}

// jointOracle turns the shifts of the static oracle's sequence seq into
// SHIFT-ALT where the word's second choice is on offer and right and its first
// wrong.
func jointOracle(seq []int, ex *example, altc int, maxMargin float32) {
	b := 1
	for i, c := range seq {
		if c != shift {
			continue
		}
		if a := ex.alts[b-1]; ex.wrong[b] > 0 && a.XPOS != "" && a.Margin <= maxMargin {
			seq[i] = altc
		}
		b++
	}
}

// setJoint sets p's SHIFT-ALT class and margin from its feature set.
func (p *Parser) setJoint() {
	if p.more != nil && p.more.joint {
		p.altc, p.altMargin = p.nc, p.more.altMargin
	}
}

// Joint reports whether p chooses between the tagger's first and second
// choices of tag (JointTags): such a parser wants ParseTagged.
func (p *Parser) Joint() bool { return p.altc > 0 }
