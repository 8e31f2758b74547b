package petr

import (
	"fmt"
	"strings"

	"github.com/sitrep-dev/sitrep"
)

// node is a Penn Treebank constituent; a leaf has a Word.
type node struct {
	Label string
	Word  string
	Kids  []*node
	// first and last are the node's leaf indexes; head is the leaf that heads it.
	first, last, head int
}

// parseTree reads a bracketed Penn Treebank tree: "(ROOT (S (NP (NNP Arnor)) ...))".
func parseTree(s string) (*node, error) {
	toks := tokenizeTree(s)
	pos := 0
	var read func(depth int) (*node, error)
	read = func(depth int) (*node, error) {
		if depth > 500 {
			return nil, fmt.Errorf("tree nested deeper than 500")
		}
		if pos >= len(toks) || toks[pos] != "(" {
			return nil, fmt.Errorf("expected '(' at token %d", pos)
		}
		pos++
		n := &node{}
		if pos < len(toks) && toks[pos] != "(" && toks[pos] != ")" {
			n.Label = toks[pos]
			pos++
		}
		for pos < len(toks) && toks[pos] != ")" {
			if toks[pos] == "(" {
				k, err := read(depth + 1)
				if err != nil {
					return nil, err
				}
				n.Kids = append(n.Kids, k)
				continue
			}
			if n.Word != "" || len(n.Kids) > 0 {
				return nil, fmt.Errorf("unexpected word %q in (%s ...)", toks[pos], n.Label)
			}
			n.Word = toks[pos]
			pos++
		}
		if pos >= len(toks) {
			return nil, fmt.Errorf("unclosed (%s", n.Label)
		}
		pos++ // ")"
		return n, nil
	}
	root, err := read(0)
	if err != nil {
		return nil, err
	}
	if pos != len(toks) {
		return nil, fmt.Errorf("text after the tree")
	}
	return root, nil
}

func tokenizeTree(s string) []string {
	var toks []string
	var cur strings.Builder
	flush := func() {
		if cur.Len() > 0 {
			toks = append(toks, cur.String())
			cur.Reset()
		}
	}
	for _, r := range s {
		switch r {
		case '(', ')':
			flush()
			toks = append(toks, string(r))
		case ' ', '\t', '\n', '\r':
			flush()
		default:
			cur.WriteRune(r)
		}
	}
	flush()
	return toks
}

// prune drops constituents without words ("(NP)"), which have no head.
func prune(n *node) bool {
	if n.Word != "" {
		return true
	}
	kept := n.Kids[:0]
	for _, k := range n.Kids {
		if prune(k) {
			kept = append(kept, k)
		}
	}
	n.Kids = kept
	return len(kept) > 0
}

// leaves returns the tree's preterminals (tag + word) in order.
func (n *node) leaves() []*node {
	var out []*node
	var walk func(*node)
	walk = func(n *node) {
		if n.Word != "" {
			out = append(out, n)
			return
		}
		for _, k := range n.Kids {
			walk(k)
		}
	}
	walk(n)
	return out
}

// converter turns a constituency tree into Universal Dependencies-style heads and
// relations with head rules: the coder reads dependencies, the validation records
// carry the Stanford parser's constituency trees of 2014.
type converter struct {
	leaves []*node
	head   []int // leaf index of each leaf's head, -1 for the root
	rel    []string
}

// toSentence converts the tree into a sentence whose text is the leaves joined by
// spaces.
func toSentence(root *node) (sitrep.Sentence, string, *converter) {
	prune(root)
	c := &converter{leaves: root.leaves()}
	if len(c.leaves) == 0 {
		return sitrep.Sentence{}, "", c
	}
	c.head = make([]int, len(c.leaves))
	c.rel = make([]string, len(c.leaves))
	for i := range c.head {
		c.head[i] = -1
	}
	idx := 0
	var number func(*node)
	number = func(n *node) {
		if n.Word != "" {
			n.first, n.last, n.head = idx, idx, idx
			idx++
			return
		}
		n.first = idx
		for _, k := range n.Kids {
			number(k)
		}
		n.last = idx - 1
	}
	number(root)
	c.headOf(root)
	c.attach(root)
	var b strings.Builder
	var s sitrep.Sentence
	for i, l := range c.leaves {
		if i > 0 {
			b.WriteByte(' ')
		}
		start := b.Len()
		w := unescape(l.Word)
		b.WriteString(w)
		rel := c.rel[i]
		if c.head[i] < 0 {
			rel = "root"
		}
		s.Tokens = append(s.Tokens, sitrep.Token{Text: w, XPOS: l.Label, UPOS: upos(l.Label, rel), Lemma: lemma(w, l.Label),
			Head: c.head[i] + 1, DepRel: rel, Span: sitrep.Span{Start: start, End: b.Len()}, SpaceAfter: true})
	}
	s.Span = sitrep.Span{Start: 0, End: b.Len()}
	return s, b.String(), c
}

func unescape(w string) string {
	switch w {
	case "-LRB-":
		return "("
	case "-RRB-":
		return ")"
	case "``", "''":
		return `"`
	}
	return w
}

func isVerbTag(t string) bool { return strings.HasPrefix(t, "VB") || t == "MD" }

// headOf chooses each constituent's head leaf (a simplified Collins table, with UD's
// choices: content words head, so a PP is headed by its noun and a copula or
// auxiliary hangs from its predicate).
func (c *converter) headOf(n *node) int {
	if n.Word != "" {
		return n.head
	}
	for _, k := range n.Kids {
		c.headOf(k)
	}
	n.head = c.leaves[n.first].head
	if len(n.Kids) == 0 {
		return n.head
	}
	pick := func(k *node) int { return k.head }
	lab := base(n.Label)
	switch lab {
	case "VP":
		// a VP inside a VP ("is [about to restore]", "will [not wire tap]") heads it
		for _, k := range n.Kids {
			if base(k.Label) == "VP" {
				n.head = pick(k)
				return n.head
			}
		}
		for _, k := range n.Kids {
			if isVerbTag(k.Label) && k.Label != "MD" {
				n.head = pick(k)
				return n.head
			}
		}
		// "is about to restore": an S complement after a copula heads the VP
		for _, k := range n.Kids {
			if base(k.Label) == "S" || base(k.Label) == "ADJP" || base(k.Label) == "NP" {
				n.head = pick(k)
				return n.head
			}
		}
	case "S", "SINV", "SQ", "ROOT", "FRAG", "SBAR", "SBARQ":
		for _, want := range []string{"VP", "S", "SINV", "SQ", "SBAR", "FRAG", "NP", "ADJP"} {
			for _, k := range n.Kids {
				if base(k.Label) == want {
					n.head = pick(k)
					return n.head
				}
			}
		}
	case "PP":
		for _, k := range n.Kids {
			if l := base(k.Label); l == "NP" || l == "S" || l == "SBAR" || l == "ADJP" || l == "PP" {
				n.head = pick(k)
				return n.head
			}
		}
	case "NP", "NX", "NML", "WHNP", "QP", "UCP":
		// NP → NP NP with nothing between, the second a name: "[Old foes]
		// [Gondor and Osgiliath]" is the name's phrase
		if len(n.Kids) == 2 && base(n.Kids[0].Label) == "NP" && base(n.Kids[1].Label) == "NP" && !c.hasPOS(n.Kids[0]) && properNP(n.Kids[1]) {
			n.head = pick(n.Kids[1])
			return n.head
		}
		// NP → NP PP / NP , NP / NP CC NP: the first NP heads, unless it is a
		// possessor ("[Gondor 's] prime minister")
		if base(n.Kids[0].Label) == "NP" && !(c.hasPOS(n.Kids[0]) && len(n.Kids) > 1) {
			n.head = pick(n.Kids[0])
			return n.head
		}
		// a coordinated base NP ("Mordor , Rohan , Fornost and Bree"): the first
		// run of nouns heads, the first noun of every later run is a conjunct
		if nounCoordination(n) {
			h := -1
			for _, k := range n.Kids {
				if isNounLabel(k.Label) {
					h = pick(k)
				} else if h >= 0 {
					break
				}
			}
			if h >= 0 {
				n.head = h
				return n.head
			}
		}
		// base NP: the last noun before a comma, PP or clause
		h := -1
		for _, k := range n.Kids {
			l := base(k.Label)
			if l == "PP" || l == "SBAR" || l == "," || l == "VP" || l == "S" {
				if h >= 0 {
					break
				}
				continue
			}
			if strings.HasPrefix(k.Label, "NN") || k.Label == "PRP" || k.Label == "CD" || l == "NP" || l == "NML" {
				h = pick(k)
			}
		}
		if h < 0 {
			last := n.Kids[len(n.Kids)-1]
			if last.Label == "POS" && len(n.Kids) > 1 {
				last = n.Kids[len(n.Kids)-2]
			}
			h = pick(last)
		}
		n.head = h
		return n.head
	case "ADJP", "ADVP", "WHADVP":
		n.head = pick(n.Kids[len(n.Kids)-1])
		for _, k := range n.Kids {
			if strings.HasPrefix(k.Label, "JJ") || strings.HasPrefix(k.Label, "RB") {
				n.head = pick(k)
			}
		}
		return n.head
	}
	n.head = pick(n.Kids[0])
	return n.head
}

// base strips function tags and indexes: "NP-SBJ-1" → "NP".
func base(l string) string {
	if i := strings.IndexAny(l, "-="); i > 0 {
		return l[:i]
	}
	return l
}

// attach links every constituent's head to its parent's head with a relation.
func (c *converter) attach(n *node) {
	if n.Word != "" {
		return
	}
	lab := base(n.Label)
	seenHead := false
	passive := false
	if lab == "VP" {
		passive = c.isPassive(n) || c.isPassiveAt(n.head)
	}
	for ki, k := range n.Kids {
		c.attach(k)
		if k.head == n.head {
			seenHead = true
			continue
		}
		c.head[k.head] = n.head
		kl := base(k.Label)
		rel := "dep"
		switch lab {
		case "S", "SINV", "SQ", "ROOT", "FRAG":
			switch {
			case kl == "NP" && !seenHead:
				rel = "nsubj"
				if c.isPassiveAt(n.head) {
					rel = "nsubj:pass"
				}
			case kl == "SBAR" || kl == "S":
				rel = "advcl"
				if kl == "S" && seenHead {
					rel = "parataxis"
					if ki > 0 && n.Kids[ki-1].Label == "CC" {
						rel = "conj" // "(S (S Gondor launched ...) (CC and) (S shelling ...))"
					}
				}
			case kl == "PP":
				rel = "obl"
			case kl == "ADVP" || strings.HasPrefix(k.Label, "RB"):
				rel = "advmod"
			case kl == "CC":
				rel = "cc"
			case kl == "NP" && seenHead:
				rel = "obl:tmod"
			case kl == "VP" || kl == "S":
				rel = "conj"
			case k.Word != "" && (kl == "." || kl == "," || kl == ":"):
				rel = "punct"
			case kl == "MD" || isVerbTag(kl):
				rel = "aux"
			}
		case "VP":
			switch {
			case k.Word != "" && (isVerbTag(k.Label) || k.Label == "TO") && !seenHead:
				rel = "aux"
				if k.Label == "TO" {
					rel = "mark"
				}
				if passive && isBe(k.Word) {
					rel = "aux:pass"
				}
			case k.Label == "RB" && inList(strings.ToUpper(k.Word), "NOT", "N'T", "NEVER"):
				rel = "advmod"
			case kl == "NP":
				rel = "obj"
				if hasObjBefore(n, ki) {
					rel = "obl:tmod"
				}
				if passive {
					rel = "obl:tmod"
				}
			case kl == "PP":
				rel = "obl"
				if passive && c.caseWord(k) == "BY" {
					rel = "obl:agent"
				}
			case kl == "S":
				rel = "xcomp"
				if c.hasSubject(k) {
					rel = "ccomp"
				}
			case kl == "SBAR":
				rel = "ccomp"
				if m := c.markWord(k); m != "" && m != "THAT" && m != "WHETHER" {
					rel = "advcl"
				}
			case kl == "PRT":
				rel = "compound:prt"
			case kl == "ADVP" || strings.HasPrefix(k.Label, "RB"):
				rel = "advmod"
			case kl == "ADJP":
				rel = "xcomp"
			case kl == "VP":
				rel = "conj"
			case kl == "CC":
				rel = "cc"
			case k.Word != "" && (kl == "." || kl == "," || kl == ":"):
				rel = "punct"
			case k.Label == "IN":
				rel = "mark"
			}
		case "PP":
			switch {
			case k.Word != "" && (k.Label == "IN" || k.Label == "TO"):
				rel = "case"
			case kl == "PP":
				rel = "nmod"
			default:
				rel = "dep"
			}
		case "SBAR":
			rel = "mark"
		case "NP", "NX", "NML", "WHNP", "QP", "UCP":
			switch {
			case k.Label == "POS":
				rel = "case"
			case kl == "NP" && !seenHead && c.hasPOS(k):
				rel = "nmod:poss"
			case k.Label == "PRP$" || k.Label == "WP$":
				rel = "nmod:poss"
			case k.Label == "DT" || k.Label == "PDT" || k.Label == "WDT":
				rel = "det"
			case strings.HasPrefix(k.Label, "JJ") || kl == "ADJP" || k.Label == "VBN" || k.Label == "VBG":
				rel = "amod"
			case k.Label == "CD":
				rel = "nummod"
			case (strings.HasPrefix(k.Label, "NN") || kl == "NML" || kl == "NP") && !seenHead:
				rel = "compound"
			case kl == "PP":
				rel = "nmod"
			case kl == "NP" && seenHead && hasCC(n):
				rel = "conj" // "Mordor, Rohan, Fornost and Bree"
			case isNounLabel(k.Label) && seenHead && nounCoordination(n) && ki > 0 && (n.Kids[ki-1].Label == "," || n.Kids[ki-1].Label == "CC"):
				rel = "conj"
			case kl == "NP" && seenHead && ki > 0 && n.Kids[ki-1].Label == ",":
				rel = "appos"
			case kl == "NP" && seenHead && ki > 0 && n.Kids[ki-1].Label == "CC":
				rel = "conj"
			case kl == "NP" && seenHead:
				rel = "conj"
				if ki > 0 && base(n.Kids[ki-1].Label) != "CC" && base(n.Kids[ki-1].Label) != "," {
					rel = "nmod"
				}
			case kl == "SBAR":
				rel = "acl:relcl"
			case kl == "VP" || kl == "S":
				rel = "acl"
			case kl == "CC":
				rel = "cc"
			case k.Word != "" && (kl == "," || kl == "." || kl == ":"):
				rel = "punct"
			case isNounLabel(k.Label) && seenHead && ki > 0 && n.Kids[ki-1].Label == "CC":
				rel = "conj" // "(NP (NP Minas Tirith) (CC and) (NNP Osgiliath))"
			case strings.HasPrefix(k.Label, "NN"):
				rel = "flat"
			}
		case "ADJP", "ADVP":
			switch {
			case kl == "PP":
				rel = "obl"
			case kl == "S":
				rel = "xcomp"
			default:
				rel = "advmod"
			}
		}
		c.rel[k.head] = rel
	}
}

func isNounLabel(l string) bool { return strings.HasPrefix(l, "NN") }

// properNP reports whether an NP is made of proper nouns and conjunctions only.
func properNP(n *node) bool {
	names := 0
	for _, k := range n.Kids {
		switch k.Label {
		case "NNP", "NNPS":
			names++
		case "CC", ",":
		default:
			return false
		}
	}
	return names > 0
}

// nounCoordination reports whether a base NP coordinates nouns: a CC right after a
// noun ("Fornost and Gondor"), not between adjectives ("formal and diplomatic ties").
func nounCoordination(n *node) bool {
	for i, k := range n.Kids {
		if k.Label == "CC" && i > 0 && isNounLabel(n.Kids[i-1].Label) && i+1 < len(n.Kids) {
			return true
		}
	}
	return false
}

func hasCC(n *node) bool {
	for _, k := range n.Kids {
		if k.Label == "CC" {
			return true
		}
	}
	return false
}

func hasObjBefore(n *node, ki int) bool {
	for _, k := range n.Kids[:ki] {
		if base(k.Label) == "NP" {
			return true
		}
	}
	return false
}

func (c *converter) hasPOS(n *node) bool {
	return len(n.Kids) > 0 && n.Kids[len(n.Kids)-1].Label == "POS"
}

func (c *converter) hasSubject(s *node) bool {
	for _, k := range s.Kids {
		if base(k.Label) == "NP" {
			return true
		}
	}
	return false
}

func (c *converter) caseWord(pp *node) string {
	for _, k := range pp.Kids {
		if k.Word != "" && (k.Label == "IN" || k.Label == "TO") {
			return strings.ToUpper(k.Word)
		}
	}
	return ""
}

func (c *converter) markWord(sb *node) string {
	for _, k := range sb.Kids {
		if k.Word != "" && (k.Label == "IN" || strings.HasPrefix(k.Label, "W")) {
			return strings.ToUpper(k.Word)
		}
	}
	return ""
}

// isPassive reports whether a VP is "be + VBN": "were attacked".
func (c *converter) isPassive(vp *node) bool {
	hasBe := false
	for _, k := range vp.Kids {
		if k.Word != "" && isBe(k.Word) {
			hasBe = true
		}
		if hasBe && base(k.Label) == "VP" {
			return c.leaves[k.head].Label == "VBN"
		}
	}
	return false
}

func (c *converter) isPassiveAt(h int) bool {
	return c.leaves[h].Label == "VBN" && c.hasBeAux(h)
}

// hasBeAux looks left of a participle for a form of "be" in the same clause.
func (c *converter) hasBeAux(h int) bool {
	for i := h - 1; i >= 0 && i >= h-4; i-- {
		if isBe(c.leaves[i].Word) {
			return true
		}
		if !isVerbTag(c.leaves[i].Label) && c.leaves[i].Label != "RB" {
			return false
		}
	}
	return false
}

func isBe(w string) bool {
	return inList(strings.ToLower(w), "be", "is", "are", "was", "were", "been", "being", "am", "'s", "'re")
}

func inList(s string, list ...string) bool {
	for _, x := range list {
		if s == x {
			return true
		}
	}
	return false
}

func upos(tag, rel string) string {
	switch {
	case strings.HasPrefix(tag, "VB"):
		if rel == "aux" || rel == "aux:pass" || rel == "cop" {
			return "AUX"
		}
		return "VERB"
	case tag == "MD":
		return "AUX"
	case tag == "NNP" || tag == "NNPS":
		return "PROPN"
	case strings.HasPrefix(tag, "NN"):
		return "NOUN"
	case strings.HasPrefix(tag, "JJ"):
		return "ADJ"
	case strings.HasPrefix(tag, "RB"):
		return "ADV"
	case tag == "IN" || tag == "TO" && rel == "case":
		return "ADP"
	case tag == "TO":
		return "PART"
	case tag == "DT" || tag == "PDT" || tag == "WDT":
		return "DET"
	case strings.HasPrefix(tag, "PRP") || strings.HasPrefix(tag, "WP"):
		return "PRON"
	case tag == "CD":
		return "NUM"
	case tag == "CC":
		return "CCONJ"
	case tag == "POS" || tag == "RP":
		return "PART"
	}
	return "X"
}

// lemma gives nouns a singular and verbs their dictionary lookups' own forms: the
// verb dictionary lists inflections, so a verb's lemma is its text.
func lemma(w, tag string) string {
	if tag == "NNS" || tag == "NNPS" {
		u := strings.ToLower(w)
		switch {
		case strings.HasSuffix(u, "ies") && len(u) > 4:
			return u[:len(u)-3] + "y"
		case strings.HasSuffix(u, "sses"):
			return u[:len(u)-2]
		case strings.HasSuffix(u, "s") && !strings.HasSuffix(u, "ss"):
			return u[:len(u)-1]
		}
	}
	return strings.ToLower(w)
}
