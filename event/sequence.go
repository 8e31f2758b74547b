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

// seqMatch reports whether p's words occur around the verb at token i in order.
// from and to bound the verb's own words (a multi-word verb spans several).
func (c *Coder) seqMatch(t *tree, p verbdict.Pattern, from, to int) bool {
	pre := seqElements(p.Pre)
	post := seqElements(p.Post)
	// the tie between the last pre element and the verb sits on the pattern
	preJoin := make([]bool, len(pre)) // pre[k] must end right before what follows it
	for k := range pre {
		if k+1 < len(pre) {
			preJoin[k] = pre[k+1].Joined
		} else {
			preJoin[k] = p.VerbJoined
		}
	}
	var back func(k, end int) bool // match pre[:k+1] ending at or before end
	back = func(k, end int) bool {
		if k < 0 {
			return true
		}
		for j := end; j >= 0; j-- {
			if n := c.seqAt(t, j, pre[k], true); n > 0 {
				if back(k-1, j-n) {
					return true
				}
			}
			if preJoin[k] {
				return false
			}
		}
		return false
	}
	if !back(len(pre)-1, from-1) {
		return false
	}
	var fwd func(k, start int) bool
	fwd = func(k, start int) bool {
		if k == len(post) {
			return true
		}
		for j := start; j < len(t.toks); j++ {
			if n := c.seqAt(t, j, post[k], false); n > 0 {
				if fwd(k+1, j+n) {
					return true
				}
			}
			if post[k].Joined {
				return false
			}
		}
		return false
	}
	return fwd(0, to+1)
}

// seqElements keeps the elements that stand for words; actor markers ($ + % ^) name
// phrases the actor dictionaries find, not words.
func seqElements(es []verbdict.Element) []verbdict.Element {
	var out []verbdict.Element
	for _, e := range es {
		switch e.Kind {
		case verbdict.Source, verbdict.Target, verbdict.Compound, verbdict.Skip:
			continue
		}
		out = append(out, e)
	}
	return out
}

// seqAt returns how many words element e covers at token j (ending at j when
// backward, starting at j otherwise), or 0 if it does not match there.
func (c *Coder) seqAt(t *tree, j int, e verbdict.Element, backward bool) int {
	same := func(k int, w string) bool {
		return k >= 0 && k < len(t.toks) && (t.upper[k] == w || t.lemma[k] == w || t.upper[k] == verbdict.Plural(w))
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
