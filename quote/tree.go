package quote

import (
	"strings"

	"github.com/sitrep-dev/sitrep"
)

// tree is one sentence's dependency tree with 0-based heads (-1 for the root). Heads
// that point outside the sentence, or that close a cycle, are cut to -1, so every
// walk up the tree ends.
type tree struct {
	idx   int // the sentence's index in the document
	toks  []sitrep.Token
	head  []int
	kids  [][]int
	lemma []string // lower-cased lemma (or word when the lemma is missing)
}

func newTree(idx int, s *sitrep.Sentence) *tree {
	n := len(s.Tokens)
	t := &tree{idx: idx, toks: s.Tokens, head: make([]int, n), kids: make([][]int, n), lemma: make([]string, n)}
	for i, tok := range s.Tokens {
		h := tok.Head - 1
		if h < -1 || h >= n || h == i {
			h = -1
		}
		t.head[i] = h
		l := tok.Lemma
		if l == "" {
			l = tok.Text
		}
		t.lemma[i] = strings.ToLower(l)
	}
	// Cut cycles: a token whose walk up revisits a token gets no head.
	for i := range t.head {
		seen := 0
		for c := t.head[i]; c >= 0; c = t.head[c] {
			if seen++; seen > n {
				t.head[i] = -1
				break
			}
		}
	}
	for i, h := range t.head {
		if h >= 0 {
			t.kids[h] = append(t.kids[h], i)
		}
	}
	return t
}

// rel is the token's relation without its subtype ("nmod:poss" → "nmod").
func (t *tree) rel(i int) string {
	r := t.toks[i].DepRel
	if j := strings.IndexByte(r, ':'); j >= 0 {
		return r[:j]
	}
	return r
}

func (t *tree) isPunct(i int) bool {
	return t.toks[i].UPOS == "PUNCT" || t.toks[i].DepRel == "punct"
}

// child returns the first child of i whose relation is one of rels (compared in
// full: "nsubj" does not match "nsubj:pass"), or -1.
func (t *tree) child(i int, rels ...string) int {
	for _, k := range t.kids[i] {
		for _, r := range rels {
			if t.toks[k].DepRel == r {
				return k
			}
		}
	}
	return -1
}

// nearestChild returns the child of i with one of rels closest to i, or -1: a
// misparse can give a verb two subjects, and the one next to it is the likelier.
func (t *tree) nearestChild(i int, rels ...string) int {
	best := -1
	for _, k := range t.kids[i] {
		for _, r := range rels {
			if t.toks[k].DepRel == r && (best < 0 || dist(k, i) < dist(best, i)) {
				best = k
			}
		}
	}
	return best
}

// subtree returns the tokens of i's subtree, in sentence order.
func (t *tree) subtree(i int) []int {
	in := make([]bool, len(t.toks))
	stack := []int{i}
	for len(stack) > 0 {
		k := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if in[k] {
			continue
		}
		in[k] = true
		stack = append(stack, t.kids[k]...)
	}
	var out []int
	for k, ok := range in {
		if ok {
			out = append(out, k)
		}
	}
	return out
}

// dominates reports whether a is b or one of b's ancestors.
func (t *tree) dominates(a, b int) bool {
	for c, n := b, 0; c >= 0 && n <= len(t.toks); c, n = t.head[c], n+1 {
		if c == a {
			return true
		}
	}
	return false
}

func (t *tree) depth(i int) int {
	d := 0
	for c := t.head[i]; c >= 0 && d <= len(t.toks); c = t.head[c] {
		d++
	}
	return d
}

// caseOf returns the lower-cased case or mark word(s) of i ("to", "according to").
func (t *tree) caseOf(i int) string {
	for _, k := range t.kids[i] {
		if r := t.rel(k); r == "case" || r == "mark" {
			w := strings.ToLower(t.toks[k].Text)
			for _, f := range t.kids[k] {
				if t.rel(f) == "fixed" {
					w += " " + strings.ToLower(t.toks[f].Text)
				}
			}
			return w
		}
	}
	return ""
}

// negated reports whether the verb i is negated ("did not say").
func (t *tree) negated(i int) bool {
	for _, k := range t.kids[i] {
		if r := t.rel(k); r == "advmod" || r == "neg" || r == "aux" {
			switch strings.ToLower(t.toks[k].Text) {
			case "not", "n't", "never":
				return true
			}
		}
	}
	return false
}

// span is the byte span from token a's start to token b's end.
func (t *tree) span(a, b int) sitrep.Span {
	return sitrep.Span{Start: t.toks[a].Span.Start, End: t.toks[b].Span.End}
}
