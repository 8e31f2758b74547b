package quote

import (
	"sort"
	"strings"
	"unicode"

	"github.com/sitrep-dev/sitrep"
)

// Quotation marks: the quotes between marks (marks.go finds the marks), the speech
// verb each is attributed to, by the tree or by adjacency, and continuations.

// attribution is the speech verb a quotation was tied to.
type attribution struct {
	s, v    int // sentence and token of the verb (or of "according")
	kind    string
	rule    string
	steps   int // tree steps from the quotation to the verb (0: found by adjacency)
	accordn bool
}

// pending is a quotation that is a whole sentence with no speech verb: it may go on
// with the words of the quote before it.
type pending struct {
	q     sitrep.Quote
	sOpen int
}

// quoted turns quotation marks into direct and partial quotes; it also returns the
// quotations that wait for a speaker from the quote before them.
func (w *work) quoted() ([]found, []pending) {
	var out []found
	var wait []pending
	for j, m := range w.marks {
		sOpen, sClose, first, last := w.extent(j)
		if sOpen < 0 {
			continue
		}
		inner := w.trimInner(m.Inner)
		if inner.Start >= inner.End {
			continue
		}
		words := w.words(j)
		if words == 0 {
			continue
		}
		multi := sOpen != sClose
		if !multi && w.titleLike(j) {
			continue
		}
		q := sitrep.Quote{Sentence: sOpen, SentenceEnd: sClose, Span: inner, Text: w.text[inner.Start:inner.End]}
		at, ok := w.attribute(j, sOpen, sClose, first, last)
		if ok && words == 1 && !multi && (at.kind == sitrep.QuotePartial && at.steps > 2 || w.soCalled(sOpen, first)) {
			// A single scare-quoted word far from the verb, or "so-called": the
			// outlet's distance from a word, not somebody's words.
			continue
		}
		if !ok {
			if w.opensSentence(sOpen, first) && w.closesSentence(sClose, last) {
				wait = append(wait, pending{q: q, sOpen: sOpen})
			}
			continue
		}
		t := w.trees[at.s]
		q.Kind = at.kind
		if multi {
			q.Kind = sitrep.QuoteDirect
		}
		var h who
		if at.accordn {
			h.a, h.span, q.Target = w.accordingSpeaker(t, t.head[at.v])
			h.rule = "according-to"
			q.Verb, q.VerbText, q.VerbSpan = "according to", t.toks[at.v].Text+" to", accordingSpan(t, at.v)
		} else {
			info, _ := w.speech(t, at.v)
			h = w.speaker(t, at.v)
			q.Verb, q.VerbText, q.VerbSpan = w.verbLemma(t, at.v), t.toks[at.v].Text, t.toks[at.v].Span
			q.Target = w.target(t, at.v, info)
		}
		if h.a.Text == "" {
			continue
		}
		q.Speaker, q.SpeakerRule, q.SpeakerSpan = h.a, h.rule, h.span
		out = append(out, found{q: q, who: h})
	}
	return out, wait
}

// pronouns gives a pronoun speaker the actor stage left unresolved the speaker of
// the quote before it, when that quote is at most two sentences back ("Officials
// stated that … They added that …"); fs is in text order.
func pronouns(fs []found) {
	for i := range fs {
		f := &fs[i]
		if f.pron == "" {
			continue
		}
		for j := i - 1; j >= 0; j-- {
			p := fs[j]
			if p.q.SentenceEnd < f.q.Sentence-2 {
				break
			}
			if p.q.Span.End > f.q.Span.Start || f.personal && !p.personal && !(p.q.Speaker.Code == "" && nameLike(p.q.Speaker.Text)) {
				continue
			}
			// The nearest compatible speaker decides, resolved or not: skipping an
			// unknown name for an earlier coded actor would give the words to the
			// wrong party.
			f.q.Speaker.Code, f.q.Speaker.Name = p.q.Speaker.Code, p.q.Speaker.Name
			break
		}
	}
}

// nameLike reports whether a speaker no dictionary resolved reads as a person's name
// ("Mohammad Zein Khandaqani a member of …"), which "he" or "she" can stand for.
func nameLike(s string) bool {
	f := strings.Fields(s)
	if len(f) < 2 {
		return false
	}
	for _, w := range f[:2] {
		if r := []rune(w); !unicode.IsUpper(r[0]) || smallWords[strings.ToLower(w)] {
			return false
		}
	}
	return true
}

// continuations gives each waiting quotation the speaker of the quote just before
// it, when that quote ends in the same or the previous sentence ("…," Holt said.
// "We will not back down."). fs is in text order; the result is too.
func continuations(fs []found, wait []pending) []found {
	for _, c := range wait {
		prev := -1
		for i := range fs {
			if fs[i].q.Span.End <= c.q.Span.Start {
				prev = i
			}
		}
		if prev < 0 || fs[prev].q.SentenceEnd < c.sOpen-1 {
			continue
		}
		p := fs[prev]
		q := c.q
		q.Kind = sitrep.QuoteDirect
		q.Speaker, q.SpeakerRule, q.SpeakerSpan = p.q.Speaker, "continuation", p.q.SpeakerSpan
		q.Verb, q.VerbText, q.VerbSpan, q.Target = p.q.Verb, p.q.VerbText, p.q.VerbSpan, p.q.Target
		fs = append(fs, found{q: q, who: p.who})
		// Keep the order, so that a third paragraph continues the second.
		sortFound(fs)
	}
	return fs
}

func sortFound(fs []found) {
	sort.SliceStable(fs, func(i, j int) bool { return fs[i].q.Span.Start < fs[j].q.Span.Start })
}

// extent returns the sentences and tokens holding the first and last quoted words of
// quotation j ((-1, …) when no token lies inside it).
func (w *work) extent(j int) (sOpen, sClose, first, last int) {
	sOpen, sClose, first, last = -1, -1, -1, -1
	for s := range w.trees {
		for k, q := range w.inQ[s] {
			if q != j {
				continue
			}
			if sOpen < 0 {
				sOpen, first = s, k
			}
			sClose, last = s, k
		}
	}
	return
}

// trimInner drops the spaces and a trailing comma inside the marks: in `"…," X said`
// the comma belongs to the sentence, not to the speaker.
func (w *work) trimInner(sp sitrep.Span) sitrep.Span {
	for sp.Start < sp.End && unicode.IsSpace(rune(w.text[sp.Start])) {
		sp.Start++
	}
	for sp.End > sp.Start && (unicode.IsSpace(rune(w.text[sp.End-1])) || w.text[sp.End-1] == ',') {
		sp.End--
	}
	return sp
}

// words counts the non-punctuation tokens inside quotation j.
func (w *work) words(j int) int {
	n := 0
	for s, t := range w.trees {
		for k, q := range w.inQ[s] {
			if q == j && !t.isPunct(k) {
				n++
			}
		}
	}
	return n
}

// smallWords may stay lower-case in a title.
var smallWords = map[string]bool{"a": true, "an": true, "the": true, "of": true, "and": true, "or": true, "in": true,
	"on": true, "for": true, "to": true, "at": true, "with": true, "from": true, "by": true, "as": true}

// titleLike reports whether quotation j reads as a title or a name ("the report
// "Syria After the War"", the operation "Northern Shield"): every word but the
// small ones capitalised, a few words, no sentence punctuation.
func (w *work) titleLike(j int) bool {
	n := 0
	for s, t := range w.trees {
		for k, q := range w.inQ[s] {
			if q != j {
				continue
			}
			tok := t.toks[k].Text
			if t.isPunct(k) {
				if strings.ContainsAny(tok, ".!?") {
					return false
				}
				continue
			}
			r := []rune(tok)
			if !unicode.IsLetter(r[0]) {
				continue
			}
			n++
			if smallWords[strings.ToLower(tok)] && n > 1 {
				continue
			}
			if !unicode.IsUpper(r[0]) {
				return false
			}
		}
	}
	return n > 0 && n <= 8
}

// soCalled reports whether the quotation at token k is preceded by "so-called".
func (w *work) soCalled(s, k int) bool {
	t := w.trees[s]
	for i := k - 1; i >= 0 && i >= k-3; i-- {
		if w.isMark[s][i] {
			continue
		}
		l := strings.ToLower(t.toks[i].Text)
		return l == "so-called" || l == "called" && i > 0 && strings.EqualFold(t.toks[i-1].Text, "so")
	}
	return false
}

// opensSentence reports whether token k is the first word of its sentence, quotation
// marks aside.
func (w *work) opensSentence(s, k int) bool {
	for i := 0; i < k; i++ {
		if !w.isMark[s][i] && !w.trees[s].isPunct(i) {
			return false
		}
	}
	return true
}

// closesSentence reports whether nothing but punctuation follows token k.
func (w *work) closesSentence(s, k int) bool {
	t := w.trees[s]
	for i := k + 1; i < len(t.toks); i++ {
		if !t.isPunct(i) && w.outside(s, i) {
			return false
		}
	}
	return true
}

// attribute finds the speech verb a quotation belongs to: through the dependency
// tree of the sentence it closes in (then the one it opens in), through "according
// to", through the words right before or after the marks, or in a short sentence
// of attribution before (ending in a colon) or after it.
func (w *work) attribute(j, sOpen, sClose, first, last int) (attribution, bool) {
	type at struct{ s, from, to int }
	tries := []at{{sClose, -1, last}}
	if sOpen != sClose {
		tries = append(tries, at{sOpen, first, -1})
	} else {
		tries[0].from = first
	}
	for _, tr := range tries {
		if a, ok := w.byTree(j, tr.s); ok {
			return a, true
		}
	}
	for _, tr := range tries {
		if a, ok := w.byAdjacency(j, tr.s); ok {
			return a, true
		}
	}
	// "Holt said:" as a sentence of its own, the quotation in the next.
	if p := sOpen - 1; p >= 0 && w.opensSentence(sOpen, first) {
		t := w.trees[p]
		if n := len(t.toks); n > 0 && t.toks[n-1].Text == ":" {
			for v := n - 2; v >= 0 && v >= n-8; v-- {
				if _, ok := w.speech(t, v); ok && w.outside(p, v) {
					return attribution{s: p, v: v, kind: sitrep.QuoteDirect, rule: "colon"}, true
				}
			}
		}
	}
	// "…threats." Cooper said. — split after the closing mark.
	if nx := sClose + 1; nx < len(w.trees) && w.closesSentence(sClose, last) {
		t := w.trees[nx]
		if len(t.toks) <= 12 && w.sameParagraph(w.trees[sClose], t) {
			for v := range t.toks {
				if _, ok := w.speech(t, v); ok && t.head[v] < 0 && t.child(v, "ccomp") < 0 && t.child(v, "obj") < 0 {
					return attribution{s: nx, v: v, kind: sitrep.QuoteDirect, rule: "next"}, true
				}
			}
		}
	}
	return attribution{}, false
}

func (w *work) sameParagraph(a, b *tree) bool {
	if len(a.toks) == 0 || len(b.toks) == 0 {
		return false
	}
	lo, hi := a.toks[len(a.toks)-1].Span.End, b.toks[0].Span.Start
	if lo > hi || hi > len(w.text) {
		return false
	}
	return !strings.Contains(w.text[lo:hi], "\n")
}

// stopRels end the walk from a quotation up to its speech verb: a quotation inside a
// subject, a relative clause or an adverbial clause is not what the verb above
// reports. An apposition is walked through: the parser often takes the quoted label
// of "called the strikes "a violation"" for one.
var stopRels = map[string]bool{"nsubj": true, "csubj": true, "acl": true, "advcl": true,
	"parataxis": true, "list": true, "vocative": true, "discourse": true, "orphan": true, "reparandum": true}

// byTree ties quotation j to a speech verb in sentence s through the tree: walking up
// from the quotation's highest word to the first speech verb outside the marks, or
// down from it to a speech verb hung on the quotation ("…, he said" as parataxis).
func (w *work) byTree(j, s int) (attribution, bool) {
	t := w.trees[s]
	h, hd := -1, 0
	for k, q := range w.inQ[s] {
		if q == j {
			if d := t.depth(k); h < 0 || d < hd {
				h, hd = k, d
			}
		}
	}
	if h < 0 {
		return attribution{}, false
	}
	cur, steps := h, 0
	for n := 0; t.head[cur] >= 0 && n <= len(t.toks); n++ {
		p := t.head[cur]
		if w.outside(s, p) {
			steps++
			if t.according(p) {
				break
			}
			if info, ok := w.speech(t, p); ok && !t.negated(p) {
				kind := sitrep.QuotePartial
				if !info.partial && (directRel(t.toks[cur].DepRel) || w.opensSentence(s, w.firstIn(j, s))) && w.allQuoted(j, s, t.subtree(cur), -1) {
					kind = sitrep.QuoteDirect
				}
				return attribution{s: s, v: p, kind: kind, rule: "tree", steps: steps}, true
			}
			if stopRels[t.rel(cur)] && !(t.rel(cur) == "nsubj" && t.child(p, "expl") >= 0) {
				break // but "there is "great reason for optimism"" is the verb's object in all but name
			}
		}
		cur = p
	}
	// "according to X" on the clause the quotation is, or sits in.
	for a := range t.toks {
		if !t.according(a) || !w.outside(s, a) {
			continue
		}
		n := t.head[a]
		if n < 0 || t.head[n] < 0 || !w.outside(s, n) {
			continue
		}
		if c := t.head[n]; t.dominates(c, h) {
			kind := sitrep.QuotePartial
			if w.allQuoted(j, s, t.subtree(c), n) {
				kind = sitrep.QuoteDirect
			}
			return attribution{s: s, v: a, kind: kind, rule: "according-to", steps: 1, accordn: true}, true
		}
	}
	// The speech verb hung below the quotation's head (UD's "…, he said").
	best := -1
	for v := range t.toks {
		if !w.outside(s, v) || !t.dominates(h, v) {
			continue
		}
		if _, ok := w.speech(t, v); !ok || t.negated(v) {
			continue
		}
		switch t.rel(v) {
		case "parataxis", "ccomp", "conj", "dep", "advcl":
		default:
			continue
		}
		if best < 0 || dist(v, h) < dist(best, h) {
			best = v
		}
	}
	if best >= 0 {
		kind := sitrep.QuotePartial
		if w.allQuoted(j, s, t.subtree(h), best) {
			kind = sitrep.QuoteDirect
		}
		return attribution{s: s, v: best, kind: kind, rule: "tree", steps: 1}, true
	}
	return attribution{}, false
}

// firstIn returns the first token of sentence s inside quotation j, or 0.
func (w *work) firstIn(j, s int) int {
	for k, q := range w.inQ[s] {
		if q == j {
			return k
		}
	}
	return 0
}

func dist(a, b int) int {
	if a > b {
		return a - b
	}
	return b - a
}

// directRel reports whether a quotation attached to its speech verb by rel is the
// whole of what was said rather than a phrase of the verb's own sentence.
func directRel(rel string) bool {
	switch rel {
	case "ccomp", "parataxis", "dep", "obj", "root":
		return true
	}
	return false
}

// allQuoted reports whether every word of sub, less the subtree of skip, lies inside
// quotation j (or is punctuation).
func (w *work) allQuoted(j, s int, sub []int, skip int) bool {
	t := w.trees[s]
	var out map[int]bool
	if skip >= 0 {
		out = map[int]bool{}
		for _, k := range t.subtree(skip) {
			out[k] = true
		}
	}
	for _, k := range sub {
		if out[k] || t.isPunct(k) || w.isMark[s][k] {
			continue
		}
		if w.inQ[s][k] != j {
			return false
		}
	}
	return true
}

// byAdjacency ties quotation j to a speech verb within a few words after its closing
// mark (`"…," Holt said`, `"…," said Holt`, `"…", according to Holt`) or before its
// opening mark (`Holt said: "…"`), when the tree did not.
func (w *work) byAdjacency(j, s int) (attribution, bool) {
	t := w.trees[s]
	lastQ, firstQ := -1, -1
	for k := range t.toks {
		if w.inQ[s][k] == j || w.isMark[s][k] && w.markOf(s, k) == j {
			if firstQ < 0 {
				firstQ = k
			}
			lastQ = k
		}
	}
	if firstQ < 0 {
		return attribution{}, false
	}
	// After the quotation: punctuation, then a short name and the verb.
	for k, n := lastQ+1, 0; k < len(t.toks) && n < 7; k++ {
		if !w.outside(s, k) {
			break
		}
		if t.isPunct(k) {
			if n > 0 {
				break
			}
			continue
		}
		n++
		if t.according(k) {
			if hn := t.head[k]; hn >= 0 {
				return attribution{s: s, v: k, kind: sitrep.QuoteDirect, rule: "according-to", accordn: true}, true
			}
		}
		if _, ok := w.speech(t, k); ok && !t.negated(k) {
			return attribution{s: s, v: k, kind: w.adjKind(s, firstQ, lastQ), rule: "adjacent"}, true
		}
		switch t.toks[k].UPOS {
		case "PROPN", "NOUN", "DET", "ADJ", "PRON", "NUM", "AUX", "PART", "ADV":
		default:
			n = 7
		}
	}
	// Before it: the verb, maybe its subject after it, then ":" or ",".
	k := firstQ - 1
	if k < 0 || !t.isPunct(k) || (t.toks[k].Text != ":" && t.toks[k].Text != ",") {
		return attribution{}, false
	}
	for i, n := k-1, 0; i >= 0 && n < 6; i, n = i-1, n+1 {
		if !w.outside(s, i) || t.isPunct(i) {
			break
		}
		if _, ok := w.speech(t, i); ok && !t.negated(i) {
			return attribution{s: s, v: i, kind: sitrep.QuoteDirect, rule: "adjacent"}, true
		}
	}
	return attribution{}, false
}

// adjKind: a quotation that opens its sentence and has the verb after it is what was
// said; one that begins mid-sentence is a fragment of the outlet's sentence.
func (w *work) adjKind(s, firstQ, lastQ int) string {
	if w.opensSentence(s, firstQ) {
		return sitrep.QuoteDirect
	}
	return sitrep.QuotePartial
}

// markOf returns the quotation whose mark token k of sentence s is.
func (w *work) markOf(s, k int) int {
	sp := w.trees[s].toks[k].Span
	for j, m := range w.marks {
		if overlaps(sp, m.Open) || overlaps(sp, m.Close) {
			return j
		}
	}
	return -1
}
