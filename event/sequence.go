package event

import (
	"strings"

	"github.com/sitrep-dev/sitrep/event/verbdict"
)

// PETRARCH-1 reads a pattern as a word sequence: the elements before "*" must occur
// in that order before the verb, those after it in order after the verb, with any
// words between two elements unless an underscore ties them ("IN_*", "NEW_&TIETYPES_
// RELATIONS", "MOST_CERTAINLY_&NEGATVAUXVRB_EVER *"). Synset members may be several
// words ("DID N'T", "AUSTRIAN GOLD FLORIN"), which then must follow each other. This
// file checks that order over the sentence's words; the dependency context decides
// which phrases the words belong to.

// seqResult is what a sequence match found: the number of actor markers it
// placed, and the mentions the source ($) and target (+) markers fell on (-1 for
// none).
type seqResult struct {
	markers  int
	src, tgt int
}

// seqMatch reports whether p's words occur around the verb at token i in order.
// from and to bound the verb's own words (a multi-word verb spans several). The
// actor markers take the actor the text has at their place, as in TABARI and
// PETRARCH-1: "$" and "+" the next actor in reading direction (the source, the
// target), "%" a compound one, "^" skips the next noun phrase.
func (c *Coder) seqMatch(t *tree, p verbdict.Pattern, from, to int) (seqResult, bool) {
	pre, post := p.Pre, p.Post
	res := seqResult{src: -1, tgt: -1}
	// the tie between the last pre element and the verb sits on the pattern
	preJoin := make([]bool, len(pre)) // pre[k] must end right before what follows it
	for k := range pre {
		if k+1 < len(pre) {
			preJoin[k] = pre[k+1].Joined
		} else {
			preJoin[k] = p.VerbJoined
		}
	}
	// The words a pattern reads lie within seqWindow tokens of the verb, and an
	// (element, position) pair that failed once fails again: the search stays
	// polynomial in the window whatever the sentence's length.
	lo, hi := max(0, from-seqWindow), min(len(t.toks), to+1+seqWindow)
	failedBack, failedFwd := map[[2]int]bool{}, map[[2]int]bool{}
	var back func(k, end int) bool // match pre[:k+1] ending at or before end
	back = func(k, end int) bool {
		if k < 0 {
			return true
		}
		if end < lo || failedBack[[2]int{k, end}] {
			return false
		}
		if isMarker(pre[k]) {
			for _, cand := range t.markerBack(pre[k], end, lo) {
				if cand.m >= 0 && t.ms[cand.m].Start < lo {
					break
				}
				saved := res
				res.place(pre[k], cand.m)
				if back(k-1, cand.next) {
					return true
				}
				res = saved
			}
		} else {
			for j := end; j >= lo; j-- {
				if n := c.seqAt(t, j, pre[k], true); n > 0 && back(k-1, j-n) {
					return true
				}
				if preJoin[k] {
					break
				}
			}
		}
		failedBack[[2]int{k, end}] = true
		return false
	}
	if !back(len(pre)-1, from-1) {
		return res, false
	}
	var fwd func(k, start int) bool
	fwd = func(k, start int) bool {
		if k == len(post) {
			return true
		}
		if start >= hi || failedFwd[[2]int{k, start}] {
			return false
		}
		if isMarker(post[k]) {
			for _, cand := range t.markerFwd(post[k], start, hi) {
				if cand.m >= 0 && t.ms[cand.m].Start >= hi {
					break
				}
				saved := res
				res.place(post[k], cand.m)
				if fwd(k+1, cand.next) {
					return true
				}
				res = saved
			}
		} else {
			for j := start; j < hi; j++ {
				if n := c.seqAt(t, j, post[k], false); n > 0 && fwd(k+1, j+n) {
					return true
				}
				if post[k].Joined {
					break
				}
			}
		}
		failedFwd[[2]int{k, start}] = true
		return false
	}
	ok := fwd(0, to+1)
	return res, ok
}

// seqWindow is how far from the verb, in tokens, a pattern's words are sought.
const seqWindow = 80

func isMarker(e verbdict.Element) bool {
	switch e.Kind {
	case verbdict.Source, verbdict.Target, verbdict.Compound, verbdict.Skip:
		return true
	}
	return false
}

func (r *seqResult) place(e verbdict.Element, m int) {
	r.markers++
	switch e.Kind {
	case verbdict.Source:
		r.src = m
	case verbdict.Target:
		r.tgt = m
	}
}

// markerCand is a place an actor marker may take: the mention (-1 for "^") and
// where matching goes on.
type markerCand struct{ m, next int }

// markerFwd lists the places of a marker at or after token start and before hi,
// nearest first.
func (t *tree) markerFwd(e verbdict.Element, start, hi int) []markerCand {
	var out []markerCand
	if e.Kind == verbdict.Skip {
		j := start
		for j < len(t.toks) && !nounish(t.toks[j].XPOS) {
			j++
		}
		if j == len(t.toks) {
			return nil
		}
		for j < len(t.toks) && nounish(t.toks[j].XPOS) {
			j++
		}
		return []markerCand{{-1, j}}
	}
	// the actor that starts first at or after start: a mention of its own even
	// where a longer one covers it ("with the parliament of + Gondor")
	for j := max(start, 0); j < hi; j++ {
		m := t.startingAt(j)
		if m < 0 {
			continue
		}
		if e.Kind == verbdict.Compound && len(t.actorsOf(t.mentionHead(m))) < 2 {
			continue
		}
		out = append(out, markerCand{m, t.ms[m].End})
		j = t.ms[m].End - 1
	}
	return out
}

// startingAt returns the longest coded mention that starts at token j, or -1.
func (t *tree) startingAt(j int) int {
	best := -1
	for mi, m := range t.ms {
		if m.Start == j && m.Code != "" && (best < 0 || m.End > t.ms[best].End) {
			best = mi
		}
	}
	return best
}

// markerBack lists the places of a marker ending at or before token end and from
// lo on, nearest first.
func (t *tree) markerBack(e verbdict.Element, end, lo int) []markerCand {
	var out []markerCand
	if e.Kind == verbdict.Skip {
		j := min(end, len(t.toks)-1)
		for j >= 0 && !nounish(t.toks[j].XPOS) {
			j--
		}
		if j < 0 {
			return nil
		}
		for j >= 0 && nounish(t.toks[j].XPOS) {
			j--
		}
		return []markerCand{{-1, j}}
	}
	for j := min(end, len(t.toks)-1); j >= lo; j-- {
		m := t.actor[j]
		if m < 0 || t.ms[m].End-1 > end {
			continue
		}
		if e.Kind == verbdict.Compound && len(t.actorsOf(t.mentionHead(m))) < 2 {
			continue
		}
		out = append(out, markerCand{m, t.ms[m].Start - 1})
		j = t.ms[m].Start
	}
	return out
}

// nounish reports whether a Penn Treebank tag can stand inside a base noun phrase.
func nounish(tag string) bool {
	switch {
	case strings.HasPrefix(tag, "NN"), strings.HasPrefix(tag, "JJ"), strings.HasPrefix(tag, "PRP"):
		return true
	}
	return inList(tag, "DT", "PDT", "CD", "POS")
}

// mentionHead returns the token of mention m whose head lies outside it.
func (t *tree) mentionHead(m int) int {
	mm := t.ms[m]
	for k := max(mm.Start, 0); k < mm.End && k < len(t.toks); k++ {
		if h := t.head[k]; h < mm.Start || h >= mm.End {
			return k
		}
	}
	return max(mm.Start, 0)
}

// seqAt returns how many words element e covers at token j (ending at j when
// backward, starting at j otherwise), or 0 if it does not match there.
func (c *Coder) seqAt(t *tree, j int, e verbdict.Element, backward bool) int {
	same := func(k int, w string) bool {
		return k >= 0 && k < len(t.toks) && t.upper[k] == w
	}
	run := func(words []string) int {
		start := j
		if backward {
			start = j - len(words) + 1
		}
		for k, w := range words {
			if !same(start+k, w) {
				return 0
			}
		}
		return len(words)
	}
	switch e.Kind {
	case verbdict.Word:
		return run(e.Words)
	case verbdict.Phrase:
		var words []string
		for _, w := range e.Words {
			if strings.HasPrefix(w, "&") {
				return c.seqPhrase(t, j, e.Words, backward)
			}
			words = append(words, w)
		}
		return run(words)
	case verbdict.Synset:
		best := 0
		for _, m := range c.dict.Synsets[strings.ToUpper(strings.TrimRight(e.Words[0], "_"))] {
			if n := run(strings.Fields(m)); n > best {
				best = n
			}
		}
		return best
	case verbdict.Prep:
		n := run(e.Words[:1])
		if n == 0 || e.Object == nil {
			return n
		}
		switch e.Object.Kind {
		case verbdict.Source, verbdict.Target, verbdict.Compound, verbdict.Skip:
			return n
		}
		if backward {
			return 0 // a prepositional phrase comes after the verb
		}
		for k := j + 1; k < len(t.toks) && k <= j+6; k++ {
			if m := c.seqAt(t, k, *e.Object, false); m > 0 {
				return k + m - j
			}
		}
		return 0
	}
	return 0
}

// seqPhrase matches a {..} phrase whose words include synsets, word by word in
// sequence.
func (c *Coder) seqPhrase(t *tree, j int, words []string, backward bool) int {
	if backward {
		// find a start s so that the phrase matched forward from s ends at j
		for s := j; s >= 0 && s >= j-8; s-- {
			if n := c.seqPhrase(t, s, words, false); n > 0 && s+n-1 == j {
				return n
			}
		}
		return 0
	}
	pos := j
	for _, w := range words {
		n := c.seqAt(t, pos, verbdict.Element{Kind: kindOf(w), Words: []string{w}}, false)
		if n == 0 {
			return 0
		}
		pos += n
	}
	return pos - j
}
