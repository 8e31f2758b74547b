package quote

import (
	"strings"

	"github.com/sitrep-dev/sitrep"
)

// Reported speech: a speech verb with its complement clause, an attribution hung
// after the clause, and "according to X". The quotation marks are direct.go's.

// indirect finds reported speech: a speech verb with a complement clause ("X said
// (that) …", "X told Y …", "X warned Y that …", "X accused Y of …"), a clause with the
// speech verb hung after it ("The talks failed, X said"), and "according to X, …".
func (w *work) indirect() []found {
	var out []found
	for s, t := range w.trees {
		for v := range t.toks {
			if !w.outside(s, v) {
				continue
			}
			if t.according(v) {
				if f, ok := w.accordingClause(t, v); ok {
					out = append(out, f)
				}
				continue
			}
			if f, ok := w.asClause(t, v); ok {
				out = append(out, f)
				continue
			}
			info, ok := w.speech(t, v)
			subj := w.nounVerb(t, v)
			if subj >= 0 {
				info, ok = w.x.verbs[w.verbLemma(t, v)]
			}
			if !ok || info.partial || info.noun || t.negated(v) {
				continue
			}
			c, skip := -1, -1
			// The speech verb's words: a light verb reaches its noun ("expressed
			// concern"), and the lemma says both ("express concern").
			vEnd, lemma := v, w.verbLemma(t, v)
			if info.light {
				n, lc := w.lightClause(t, v)
				if n < 0 {
					continue // "expressed its condolences": no content
				}
				c, vEnd, lemma = lc, n, lemma+" "+t.lemma[n]
			}
			for _, k := range t.kids[v] {
				if c >= 0 {
					break
				}
				if t.toks[k].DepRel == "ccomp" && !question(t, k) {
					c = k
				}
			}
			if c < 0 && info.of {
				c = ofClause(t, v)
			}
			if c < 0 && info.inf {
				// "X claims to be fighting terrorism": X's claim about X.
				for _, k := range t.kids[v] {
					if (t.toks[k].DepRel == "xcomp" || subj >= 0 && t.toks[k].DepRel == "acl") && k > v && t.caseOf(k) == "to" {
						c = k
						break
					}
				}
			}
			if c < 0 {
				c = thatClause(t, v)
			}
			if c < 0 && info.target {
				c = w.hearerThat(t, v)
			}
			if c < 0 {
				c = adjacentThat(t, v)
			}
			if c < 0 && !info.target {
				c = objClause(t, v)
			}
			if c < 0 && t.rel(v) == "parataxis" && t.head[v] >= 0 && t.head[v] < v && t.child(v, "nsubj") >= 0 {
				// "The talks failed, officials said": the speech verb hangs on the
				// clause it reports.
				c, skip = t.head[v], v
			}
			if c < 0 {
				continue
			}
			skips := append([]int{skip}, w.reports(t, c, v)...)
			if c >= 0 && t.caseOf(c) == "to" && t.toks[c].DepRel != "ccomp" {
				// An infinitive has no subject of its own: a conjunct that has one is
				// another clause ("claims to be fighting …, and on the other hand it
				// has been …" goes on in the outlet's voice).
				for _, k := range t.kids[c] {
					if t.rel(k) == "conj" && t.child(k, "nsubj", "nsubj:pass") >= 0 {
						skips = append(skips, k)
					}
				}
			}
			lo, hi := w.clause(t, c, skips...)
			if lo < 0 || w.mostlyQuoted(s, lo, hi) {
				continue
			}
			if o := lostSubject(t, v, c, lo); o >= 0 {
				// The object is the clause's subject, not whom it was said to.
				lo, info.target = t.subtree(o)[0], false
			}
			if skip < 0 {
				hi = extend(t, v, lo, hi)
			}
			if !clauseLike(t, lo, hi, info.of) || lo <= v && v <= hi || lo == hi {
				continue // a lone word ("the sources said adding") reports nothing
			}
			var h who
			if subj >= 0 {
				h = w.speakerAt(t, subj)
			} else {
				h = w.speaker(t, v)
			}
			if h.a.Text == "" {
				continue
			}
			q := sitrep.Quote{
				Sentence: s, SentenceEnd: s, Kind: sitrep.QuoteIndirect,
				Span: t.span(lo, hi), Speaker: h.a, SpeakerRule: h.rule, SpeakerSpan: h.span,
				Verb: lemma, VerbSpan: t.span(v, vEnd), Target: w.target(t, v, info),
			}
			q.Text, q.VerbText = w.textOf(q.Span), w.textOf(q.VerbSpan)
			out = append(out, found{q: q, who: h})
		}
		out = w.trailingAll(t, out)
	}
	return out
}

// trailingAll adds the sentence-final attributions of tree t ("…, X said.", see
// trailing) to out, the quotes found so far. Where the tree already gave the
// verb a quote whose speaker is the phrase after the comma, that quote stands;
// where it gave the verb another speaker (the parser hung the phrase elsewhere
// and took a noun of the reported clause for the subject), or whose quoted words
// take in the phrase after the comma (the parser hung the speaker's phrase on a
// noun of the clause: "… on Tuesday, the Iraqi Ministry of Defense said" with
// "Ministry" an apposition of "Tuesday"), trailing's reading replaces it.
func (w *work) trailingAll(t *tree, out []found) []found {
	for v := range t.toks {
		f, ok := w.trailing(t, v)
		if !ok {
			continue
		}
		at := -1
		for i := range out {
			if out[i].q.Sentence == t.idx && out[i].q.VerbSpan.Start == t.toks[v].Span.Start {
				at = i
			}
		}
		switch {
		case at < 0:
			out = append(out, f)
		case !overlaps(out[at].q.SpeakerSpan, f.q.SpeakerSpan), overlaps(out[at].q.Span, f.q.SpeakerSpan):
			out[at] = f
		}
	}
	return out
}

// trailing reads a speech verb that closes its sentence after a comma and its
// subject: "The prisoners were moved on Tuesday, a Kurdish official said." In
// English such a clause-final "X said" is the attribution of everything before
// the comma whatever the parser attached it to: the greedy parser makes "said"
// the root with the clause as its complement, the beam parser may hang "said" as
// a relative clause on the noun before the comma ("Tuesday"), and either may hang
// the subject's phrase on a noun of the clause ("… the town of Qaim on Tuesday,
// the Iraqi Ministry of Defense said" with "Ministry" an apposition of "Qaim").
// So the words decide: after the comma up to the verb a short noun phrase (no
// verb, no punctuation, no complementiser), after the verb only punctuation or a
// phrase without a verb ("said in a statement"), and before the comma a clause
// not mostly quoted. The speaker is the word of the noun phrase whose head lies
// outside it.
func (w *work) trailing(t *tree, v int) (found, bool) {
	s := t.idx
	info, ok := w.speech(t, v)
	if !ok || info.partial || info.light || t.negated(v) || !w.outside(s, v) {
		return found{}, false
	}
	last := len(t.toks) - 1
	for last > v && t.isPunct(last) {
		last--
	}
	for k := v + 1; k <= last; k++ {
		switch t.toks[k].UPOS {
		case "VERB", "AUX", "PUNCT", "SCONJ":
			return found{}, false
		}
		if !w.outside(s, k) || t.lemma[k] == "that" || t.dominates(k, v) {
			return found{}, false
		}
	}
	cm := -1
	for k := v - 1; k >= 0 && k >= v-8; k-- {
		if t.isPunct(k) {
			if t.toks[k].Text == "," {
				cm = k
			}
			break
		}
		switch t.toks[k].UPOS {
		case "VERB", "AUX", "SCONJ", "CCONJ":
			return found{}, false
		}
		if !w.outside(s, k) || strings.HasPrefix(t.toks[k].XPOS, "W") || t.lemma[k] == "that" {
			return found{}, false
		}
	}
	if cm < 1 || cm == v-1 {
		return found{}, false
	}
	// The speaker: the tree's subject when it lies in the phrase, else the
	// phrase's word whose head is outside it.
	sp := t.nearestChild(v, "nsubj")
	if sp <= cm || sp >= v {
		sp = -1
		for k := cm + 1; k < v; k++ {
			if h := t.head[k]; h > cm && h < v {
				continue
			}
			switch t.toks[k].UPOS {
			case "NOUN", "PROPN", "PRON":
				if sp >= 0 {
					return found{}, false // two heads: no one noun phrase
				}
				sp = k
			}
		}
	}
	if sp < 0 {
		return found{}, false
	}
	lo, hi := 0, cm-1
	lo, hi, ok = w.reportedWords(t, s, lo, hi)
	if !ok {
		return found{}, false
	}
	h := w.speakerAt(t, sp)
	if h.a.Text == "" {
		return found{}, false
	}
	q := sitrep.Quote{
		Sentence: s, SentenceEnd: s, Kind: sitrep.QuoteIndirect,
		Span: t.span(lo, hi), Speaker: h.a, SpeakerRule: h.rule, SpeakerSpan: h.span,
		Verb: w.verbLemma(t, v), VerbSpan: t.span(v, v), Target: w.target(t, v, info),
	}
	q.Text, q.VerbText = w.textOf(q.Span), w.textOf(q.VerbSpan)
	return found{q: q, who: h}, true
}

// thatClause finds the complement the parser took for a relative clause on the
// verb's object or a time phrase: "warned Kurdish fighters that the army would
// respond" parsed as "fighters [that the army would respond]", "revealed on Wednesday
// that …" as "Wednesday [that …]". A relative clause right after the noun with a
// subject other than its "that" is the content. The "that" itself may be any
// dependent, its subject included: a parser that reads it as a relative pronoun
// may make it the clause's object or a second nsubj beside the real subject (the
// parser ensemble does), and neither can be a relative clause's reading.
func thatClause(t *tree, v int) int {
	for _, o := range t.kids[v] {
		switch t.rel(o) {
		case "obj", "iobj", "obl":
		default:
			continue
		}
		for _, c := range t.kids[o] {
			if t.toks[c].DepRel != "acl:relcl" {
				continue
			}
			sub := t.subtree(c)
			if len(sub) == 0 || t.lemma[sub[0]] != "that" || sub[0] != o+1 {
				continue
			}
			if otherSubject(t, c, sub[0]) {
				return c
			}
		}
	}
	return -1
}

// hearerThat finds the complement of a verb that takes a hearer ("warned Kurdish
// fighters that the army would respond") where the parser hung the that-clause
// on the hearer as an acl with "that" as its mark (the GloVe parser's shape). In
// UD a noun takes such a clause only when it is a noun of content ("the fact
// that …", "reports that …"); a hearer is a person or a body, not a content, so
// when the object names one (an actor mention, a name, a pronoun, a noun of
// data/speaker_nouns.txt) and the clause opens right after it with "that" and
// has a subject of its own, the clause is the verb's.
func (w *work) hearerThat(t *tree, v int) int {
	for _, o := range t.kids[v] {
		switch t.toks[o].DepRel {
		case "obj", "iobj":
		default:
			continue
		}
		if o < v || !w.hearer(t, o) {
			continue
		}
		for _, c := range t.kids[o] {
			if t.toks[c].DepRel != "acl" || question(t, c) {
				continue
			}
			sub := t.subtree(c)
			if len(sub) == 0 || sub[0] != o+1 || t.lemma[sub[0]] != "that" || t.rel(sub[0]) != "mark" {
				continue
			}
			if t.child(c, "nsubj", "nsubj:pass", "expl") >= 0 {
				return c
			}
		}
	}
	return -1
}

// hearer reports whether the noun at k can be whom something is said to (or
// who says it): an actor mention over it, a name, a pronoun or a noun that can
// speak.
func (w *work) hearer(t *tree, k int) bool {
	if t.toks[k].UPOS == "PRON" || w.speakerLike(t, k) {
		return true
	}
	for _, mi := range w.bySent[t.idx] {
		if w.covers(mi, k) {
			return true
		}
	}
	return false
}

// lostSubject returns the object o of speech verb v when it is the subject the
// parser took from v's complement clause c, whose words start at lo: "The
// Pentagon said the operation, named …, had ended" comes from the GloVe parser
// with "operation" the obj of "said" and "had ended" a ccomp of its own. A
// finite clause needs a subject, so a ccomp without one, with a noun object of
// the verb right before it (only punctuation between), has lost it to the
// verb. A pronoun object stays out ("said this, had ended" is no clause the
// rule can vouch for); else -1.
func lostSubject(t *tree, v, c, lo int) int {
	if t.toks[c].DepRel != "ccomp" || t.child(c, "nsubj", "nsubj:pass", "csubj", "expl") >= 0 {
		return -1
	}
	switch t.toks[c].XPOS {
	case "VBD", "VBZ", "VBP", "MD":
	default:
		if t.child(c, "aux", "aux:pass") < 0 {
			return -1 // an infinitive or a participle has no subject of its own
		}
	}
	o := t.child(v, "obj")
	if o <= v || o >= c {
		return -1
	}
	switch t.toks[o].UPOS {
	case "NOUN", "PROPN":
	default:
		return -1
	}
	sub := t.subtree(o)
	if sub[len(sub)-1]-sub[0]+1 != len(sub) || sub[len(sub)-1] >= lo {
		return -1
	}
	for k := sub[len(sub)-1] + 1; k < lo; k++ {
		if !t.isPunct(k) {
			return -1
		}
	}
	return o
}

// adjacentThat finds a that-clause the parser hung above the verb instead of on
// it: "The minister revealed on Sunday that the army had …" read with "revealed"
// and "had …" both as modifiers of "minister" (the beam parser's shape). English
// puts a verb's complement right after the verb's own words, so a clause that
// opens with the complementiser "that" where the verb's words end, has a subject
// of its own and hangs on one of the verb's ancestors is the verb's content,
// unless that ancestor is itself a speech verb, whose content it may as well be.
func adjacentThat(t *tree, v int) int {
	sub := t.subtree(v)
	if len(sub) == 0 || sub[len(sub)-1]-sub[0]+1 != len(sub) {
		return -1 // the verb's words are not one run: no place right after them
	}
	m := sub[len(sub)-1] + 1
	if m >= len(t.toks) || t.lemma[m] != "that" || t.rel(m) != "mark" {
		return -1
	}
	c := t.head[m]
	if c <= m || question(t, c) || t.child(c, "nsubj", "nsubj:pass", "expl") < 0 {
		return -1
	}
	h := t.head[c]
	if h < 0 || h == v || !t.dominates(h, v) {
		return -1
	}
	if t.toks[h].UPOS == "VERB" && t.rel(c) == "ccomp" {
		return -1 // "X said the general revealed on Sunday that …": X's or the general's
	}
	return c
}

// otherSubject reports whether clause c has a subject besides token not: a "that"
// beside one is a complementiser the parser took for a relative pronoun, not the
// clause's subject (see thatClause). A passive subject counts: "warned Yemeni
// rebels that any attack would be punished" comes from the GloVe parser as a
// relative clause on "rebels" with "that" its object and "attack" its
// nsubj:pass.
func otherSubject(t *tree, c, not int) bool {
	for _, s := range t.kids[c] {
		if r := t.toks[s].DepRel; (r == "nsubj" || r == "nsubj:pass") && s != not {
			return true
		}
	}
	return false
}

// nounVerb reads the tagger's plural noun for a speech verb in the present tense:
// "The Lebanese army claims to have …" tagged as the noun phrase "the Lebanese army
// claims" with "army" a compound (or, in the parser's other reading of such a
// noun phrase, its nsubj: a noun with a subject is a verb misread). When such a
// noun heads the sentence, it returns the word before it, the verb's subject;
// else -1.
func (w *work) nounVerb(t *tree, v int) int {
	if t.toks[v].UPOS != "NOUN" || t.toks[v].XPOS != "NNS" || t.head[v] >= 0 || !w.outside(t.idx, v) {
		return -1
	}
	if vb, ok := w.x.verbs[w.verbLemma(t, v)]; !ok || vb.noun || !strings.HasSuffix(strings.ToLower(t.toks[v].Text), "s") {
		return -1
	}
	c := -1
	for _, k := range t.kids[v] {
		if r := t.toks[k].DepRel; (r == "compound" || r == "nsubj") && k < v {
			c = k
		}
	}
	if c < 0 || c != v-1 {
		return -1
	}
	return c
}

// ofClause finds the "of" complement of a verb like "accuse": on the verb ("accused
// the army of shelling"), or, where the parser hung it on the object, on that.
func ofClause(t *tree, v int) int {
	for _, k := range t.kids[v] {
		if r := t.rel(k); (r == "advcl" || r == "obl") && t.caseOf(k) == "of" {
			return k
		}
	}
	if o := t.child(v, "obj"); o > v {
		for _, k := range t.kids[o] {
			if r := t.rel(k); k > o && (r == "nmod" || r == "acl") && t.caseOf(k) == "of" {
				return k
			}
		}
	}
	return -1
}

// lightClause reads a light verb of speech: "expressed concern that …", "voiced
// hope that …". It returns the noun of speech (its object, at most three words on)
// and the that-clause, hung on the noun or on the verb, or -1, -1.
func (w *work) lightClause(t *tree, v int) (int, int) {
	n := -1
	for _, k := range t.kids[v] {
		// The tagger often reads the noun as a verb ("expressed concern" as
		// xcomp, "voiced hope" as ccomp, or as parataxis under the beam parser):
		// its place after the light verb decides.
		switch t.rel(k) {
		case "obj", "xcomp", "ccomp", "parataxis":
			if k > v && k-v <= 3 && w.x.verbs[t.lemma[k]].noun {
				n = k
			}
		}
		if n >= 0 {
			break
		}
	}
	if n < 0 {
		return -1, -1
	}
	that := func(k int) bool {
		sub := t.subtree(k)
		return k > n && len(sub) > 0 && t.lemma[sub[0]] == "that" && t.rel(sub[0]) == "mark" && !question(t, k)
	}
	for _, k := range t.kids[n] {
		switch t.toks[k].DepRel {
		case "acl", "ccomp", "acl:relcl":
			if that(k) || w.contentRelcl(t, n, k) {
				return n, k
			}
		}
	}
	for _, k := range t.kids[v] {
		if t.toks[k].DepRel == "ccomp" && that(k) {
			return n, k
		}
	}
	return -1, -1
}

// contentRelcl reports whether k, a relative clause on the noun of speech n, is
// its content clause: "expressed confidence that the talks would succeed" comes
// from the GloVe parser as a relative clause on "confidence" with "that" as the
// object of "succeed". Its "that" must be the first word after the noun and the
// clause complete without it: a subject of its own, and "that" no object of a
// verb that needs one (data/transitive.txt), which a real relative clause's is
// ("expressed the concern that he had raised").
func (w *work) contentRelcl(t *tree, n, k int) bool {
	if t.toks[k].DepRel != "acl:relcl" || question(t, k) {
		return false
	}
	sub := t.subtree(k)
	th := sub[0]
	if th != n+1 || t.lemma[th] != "that" || t.head[th] != k || !otherSubject(t, k, th) {
		return false
	}
	if t.rel(th) == "obj" && t.child(k, "nsubj:pass", "aux:pass") < 0 && w.x.transitive[t.lemma[k]] {
		return false
	}
	return true
}

// objClause finds the complement the parser took for an object with a reduced
// relative clause: "said the operation destroyed 12 tunnels" parsed as "said [the
// operation [destroyed 12 tunnels]]", "said the army plans to deploy troops" as
// "said [the army plans [to deploy troops]]". The object right after the verb is a
// clause's subject when its modifier is a finite verb, a participle with an object
// of its own, or an infinitive on a plural noun that has a noun before it (the
// tagger's "plans" for the verb). A verb that takes a nominal object ("told
// reporters") never gets here.
func objClause(t *tree, v int) int {
	o := t.child(v, "obj")
	if o <= v {
		return -1
	}
	if sub := t.subtree(o); len(sub) == 0 || sub[0] != v+1 {
		return -1
	}
	for _, a := range t.kids[o] {
		if a < o || t.toks[a].DepRel != "acl" {
			continue
		}
		switch x := t.toks[a].XPOS; {
		case x == "VBD" || x == "VBZ" || x == "VBP":
			return o
		case x == "VBN" && t.child(a, "obj") >= 0:
			return o
		case t.caseOf(a) == "to" && t.toks[o].XPOS == "NNS":
			if c := t.child(o, "compound"); c >= 0 && c < o {
				return o
			}
		}
	}
	return -1
}

// asClause reads an "as" clause of speech at one edge of its sentence: "As one
// official put it, …", "…, as the minister said." The rest of the sentence is what
// was said. v is the speech verb, or "put" with "it" right after it.
func (w *work) asClause(t *tree, v int) (found, bool) {
	s, end := t.idx, v
	if t.lemma[v] == "put" {
		if o := t.child(v, "obj"); o != v+1 || t.lemma[o] != "it" {
			return found{}, false
		}
		end = v + 1
	} else if info, ok := w.speech(t, v); !ok || info.partial || t.negated(v) || !w.outside(s, v) {
		return found{}, false
	}
	a := -1
	for i := v - 1; i >= 0 && i >= v-7; i-- {
		if t.isPunct(i) || !w.outside(s, i) {
			break
		}
		if strings.EqualFold(t.toks[i].Text, "as") {
			a = i
			break
		}
	}
	if a < 0 || a == v-1 {
		return found{}, false
	}
	first, last := 0, len(t.toks)-1
	for first < last && t.isPunct(first) {
		first++
	}
	for last > first && t.isPunct(last) {
		last--
	}
	var lo, hi int
	switch {
	case a == first && end+1 < len(t.toks) && t.toks[end+1].Text == ",":
		lo, hi = end+2, last
	case end == last && a > 1 && t.toks[a-1].Text == ",":
		lo, hi = first, a-2
	default:
		return found{}, false
	}
	lo, hi, ok := w.reportedWords(t, s, lo, hi)
	if !ok {
		return found{}, false
	}
	// The speaker heads the words between "as" and the verb: the verb's subject,
	// else the word there whose head lies outside them (the parser often hangs
	// "one official" on the verb as an oblique).
	sp := t.child(v, "nsubj")
	if sp <= a || sp >= v {
		sp = -1
		for i := a + 1; i < v; i++ {
			if h := t.head[i]; (h <= a || h >= v) && (t.toks[i].UPOS == "NOUN" || t.toks[i].UPOS == "PROPN" || t.toks[i].UPOS == "PRON") {
				sp = i
				break
			}
		}
	}
	if sp < 0 {
		return found{}, false
	}
	h := w.speakerAt(t, sp)
	if h.a.Text == "" {
		return found{}, false
	}
	lemma := w.verbLemma(t, v)
	if end > v {
		lemma = "put it"
	}
	q := sitrep.Quote{
		Sentence: s, SentenceEnd: s, Kind: sitrep.QuoteIndirect,
		Span: t.span(lo, hi), Speaker: h.a, SpeakerRule: h.rule, SpeakerSpan: h.span,
		Verb: lemma, VerbSpan: t.span(v, end),
	}
	q.Text, q.VerbText = w.textOf(q.Span), w.textOf(q.VerbSpan)
	return found{q: q, who: h}, true
}

// reports returns what inside the clause c is not v's speaker's words: speech verbs
// that report on their own (a participle "adding that …" hung inside what v reports)
// and the outlet's own attributions ("per X", "according to X").
func (w *work) reports(t *tree, c, v int) []int {
	var out []int
	for _, k := range t.subtree(c) {
		if k == c || k == v {
			continue
		}
		if _, ok := w.speech(t, k); !ok {
			continue
		}
		switch t.rel(k) {
		case "advcl", "parataxis", "conj":
			if t.child(k, "ccomp") >= 0 {
				out = append(out, k)
			}
		}
	}
	// "…, per Caliber.Az": the outlet naming its source is not the speaker's words.
	// The GloVe parser may hang "according to X" on the clause's last noun as an
	// nmod ("… alongside Iraqi forces, according to two diplomats"); it is the
	// outlet's still when X can speak (a mention, a name, a speaker noun), not
	// when it is a manner ("raids according to their type"). "per" on a noun is
	// a rate ("dollars per barrel").
	for _, k := range t.subtree(c) {
		if k == c {
			continue
		}
		switch cs := t.caseOf(k); {
		case t.rel(k) == "obl" && (cs == "per" || cs == "according to"):
			out = append(out, k)
		case t.rel(k) == "nmod" && cs == "according to" && w.hearer(t, k) && t.toks[k].UPOS != "PRON":
			out = append(out, k)
		}
	}
	return out
}

// clauseLike reports whether [lo, hi] is a clause (it has a verb), or, for verbs that
// take an "of" complement, a noun phrase ("accused the army of war crimes").
func clauseLike(t *tree, lo, hi int, of bool) bool {
	for k := lo; k <= hi; k++ {
		switch t.toks[k].UPOS {
		case "VERB", "AUX":
			return true
		case "NOUN", "PROPN":
			if of {
				return true
			}
		}
	}
	return false
}

// question reports whether the clause k is an embedded question ("did not say
// whether …"), which reports no content.
func question(t *tree, k int) bool {
	switch t.caseOf(k) {
	case "whether", "if":
		return true
	}
	// A wh-word opens a question; "that" the parser made the clause's mark is
	// the complementiser, whatever its tag (the tagger gives it WDT now and
	// then). A "that" read as the clause's subject stays out: it may be the
	// pronoun ("said that was wrong").
	sub := t.subtree(k)
	return len(sub) > 0 && strings.HasPrefix(t.toks[sub[0]].XPOS, "W") && (t.lemma[sub[0]] != "that" || t.rel(sub[0]) != "mark")
}

// clause returns the token range of the clause headed by c, leaving out the
// subtrees of skip, a leading "that"/"of", and punctuation at either end. It keeps the
// contiguous run of tokens around c.
func (w *work) clause(t *tree, c int, skip ...int) (int, int) {
	in := make([]bool, len(t.toks))
	for _, k := range t.subtree(c) {
		in[k] = true
	}
	for _, sk := range skip {
		if sk < 0 || sk == c {
			continue
		}
		for _, k := range t.subtree(sk) {
			in[k] = false
		}
	}
	lo, hi := c, c
	for lo > 0 && in[lo-1] {
		lo--
	}
	for hi+1 < len(t.toks) && in[hi+1] {
		hi++
	}
	for lo <= hi {
		switch {
		case t.isPunct(lo):
			lo++
			continue
		case lo != c && t.head[lo] == c && (t.rel(lo) == "mark" || t.rel(lo) == "case" || t.lemma[lo] == "that" && (t.rel(lo) != "nsubj" || otherSubject(t, c, lo))):
			lo++
			continue
		case pluralThat(t, lo):
			lo++
			continue
		}
		break
	}
	for hi >= lo && t.isPunct(hi) && !closesBracket(t, lo, hi) {
		hi--
	}
	if lo > hi {
		return -1, -1
	}
	return lo, hi
}

// pluralThat reports whether the "that" at k, which the tagger made the
// determiner of a plural noun, is the complementiser: "adding that aid convoys
// would arrive" comes from the GloVe tagger with "that" a DET of "convoys". The
// demonstrative agrees in number ("those convoys"), so before a plural it cannot
// be one. Before a singular it can, and the tree's reading stands ("said that car
// was stolen").
func pluralThat(t *tree, k int) bool {
	if !strings.EqualFold(t.toks[k].Text, "that") || t.rel(k) != "det" { // "those" has the lemma "that"
		return false
	}
	h := t.head[k]
	if h <= k {
		return false
	}
	switch t.toks[h].XPOS {
	case "NNS", "NNPS":
		return true
	}
	return false
}

// closesBracket reports whether the punctuation at hi closes a bracket or quotation
// opened within [lo, hi): "(ISIS)" keeps its parenthesis.
func closesBracket(t *tree, lo, hi int) bool {
	var open string
	switch t.toks[hi].Text {
	case ")":
		open = "("
	case "]":
		open = "["
	case "”":
		open = "“"
	default:
		return false
	}
	for k := lo; k < hi; k++ {
		if t.toks[k].Text == open {
			return true
		}
	}
	return false
}

// extend widens the clause [lo, hi] reported by v over a parataxis of v that follows
// it directly: the parser sometimes cuts a long complement in two ("the real test
// will be whether cooperation | leads to …").
func extend(t *tree, v, lo, hi int) int {
	for _, k := range t.kids[v] {
		if t.rel(k) != "parataxis" || k <= hi {
			continue
		}
		sub := t.subtree(k)
		if len(sub) == 0 || sub[0] != hi+1 {
			continue
		}
		end := sub[0]
		for _, i := range sub {
			if i == end+1 {
				end = i
			}
		}
		for end > hi && t.isPunct(end) {
			end--
		}
		if t.child(k, "nsubj") < 0 || t.head[t.child(k, "nsubj")] != k {
			hi = end
		}
	}
	return hi
}

// mostlyQuoted reports whether half or more of the words in [lo, hi] are inside
// quotation marks: the quotation then stands for them as a direct or partial quote.
func (w *work) mostlyQuoted(s, lo, hi int) bool {
	n, q := 0, 0
	for k := lo; k <= hi; k++ {
		if w.trees[s].isPunct(k) {
			continue
		}
		n++
		if !w.outside(s, k) {
			q++
		}
	}
	return n == 0 || 2*q >= n
}

// accordingClause reads "according to X, …" and "…, according to X": the clause the
// phrase attaches to is what X says.
func (w *work) accordingClause(t *tree, a int) (found, bool) {
	n := t.head[a]
	if n < 0 || !w.outside(t.idx, n) {
		return found{}, false
	}
	h := predicate(t, t.head[n])
	if h >= 0 && atEdge(t, n) {
		// "…, according to X." at either end of the sentence is said of all of it,
		// wherever the parser hung the phrase.
		for c := 0; t.head[h] >= 0 && c < len(t.toks); c++ {
			h = t.head[h]
		}
	}
	var lo, hi int
	switch {
	case h >= 0 && w.reportedBy(t, h) >= 0:
		// "X revealed that C, according to Y": Y is X's source for C, and what Y
		// says is C, not that X revealed it.
		rb := w.reportedBy(t, h)
		lo, hi = w.clause(t, rb, n)
		if o := splitSubject(t, h, rb); o >= 0 && lo >= 0 {
			lo = min(lo, t.subtree(o)[0])
		}
	case h >= 0:
		lo, hi = w.clause(t, h, n)
	case t.head[n] < 0 && n < len(t.toks)-1:
		// The parser made "according to X" the root ("According to the army, the
		// militants crossed …"): the clause is what follows its comma.
		lo, hi = -1, len(t.toks)-1
		for k := n + 1; k < len(t.toks); k++ {
			if t.toks[k].Text == "," && t.dominates(n, k) {
				lo = k + 1
				break
			}
		}
		for lo >= 0 && hi >= lo && t.isPunct(hi) {
			hi--
		}
		if lo < 0 || hi < lo {
			return found{}, false
		}
	default:
		return found{}, false
	}
	// w.clause returns -1, -1 for a clause of punctuation alone; that is no
	// clause, and clauseLike must not index it.
	if lo < 0 || !clauseLike(t, lo, hi, false) {
		return found{}, false
	}
	if w.mostlyQuoted(t.idx, lo, hi) {
		return found{}, false
	}
	sp, spSpan, target := w.accordingSpeaker(t, n)
	if sp.Text == "" {
		return found{}, false
	}
	q := sitrep.Quote{
		Sentence: t.idx, SentenceEnd: t.idx, Kind: sitrep.QuoteIndirect,
		Span: t.span(lo, hi), Speaker: sp, SpeakerRule: "according-to", SpeakerSpan: spSpan,
		Verb: "according to", VerbText: t.toks[a].Text + " to", VerbSpan: accordingSpan(t, a), Target: target,
	}
	q.Text = w.text[q.Span.Start:q.Span.End]
	return found{q: q, who: who{a: sp, span: spSpan, rule: q.SpeakerRule}}, true
}

// reportedBy returns the complement clause of h when h is a speech verb outside
// quotation marks that reports one ("revealed that …"), or -1.
func (w *work) reportedBy(t *tree, h int) int {
	info, ok := w.speech(t, h)
	if !ok && verbal(t, h) {
		// The tree makes h a verb where the tagger did not ("According to
		// earlier media reports two rockets landed …" with "reports" the
		// GloVe tagger's NOUN and the parser's root with an object): the
		// relations are the parser's reading of the whole sentence, the tag
		// one word's.
		info, ok = w.x.verbs[w.verbLemma(t, h)]
		ok = ok && !info.noun
	}
	if !ok || info.partial || !w.outside(t.idx, h) || t.negated(h) {
		return -1
	}
	for _, k := range t.kids[h] {
		if t.toks[k].DepRel == "ccomp" && !question(t, k) {
			return k
		}
	}
	for _, k := range t.kids[h] {
		if splitSubject(t, h, k) >= 0 {
			return k
		}
	}
	return -1
}

// verbal reports whether the tree gives token h a verb's dependents: an object,
// a clausal complement or an auxiliary, which UD gives no noun.
func verbal(t *tree, h int) bool {
	return t.child(h, "obj", "iobj", "ccomp", "xcomp", "aux") >= 0
}

// splitSubject returns the object o of verb h when h's complement clause k was
// split in two: "reports [two car bombs] [went off]" parsed as h's obj and a
// finite xcomp. An xcomp has no tense of its own in UD, so a finite one is a
// complement clause whose subject the parser made h's object; else -1.
func splitSubject(t *tree, h, k int) int {
	if k < 0 || t.head[k] != h || t.toks[k].DepRel != "xcomp" {
		return -1
	}
	switch t.toks[k].XPOS {
	case "VBD", "VBZ", "VBP":
	default:
		return -1
	}
	for _, o := range t.kids[h] {
		if o < k && t.toks[o].DepRel == "obj" {
			if sub := t.subtree(o); sub[len(sub)-1] == k-1 {
				return o
			}
		}
	}
	return -1
}

// atEdge reports whether the subtree of n begins the sentence or ends it
// (punctuation aside).
func atEdge(t *tree, n int) bool {
	sub := t.subtree(n)
	if len(sub) == 0 {
		return false
	}
	first, last := 0, len(t.toks)-1
	for first < last && t.isPunct(first) {
		first++
	}
	for last > first && t.isPunct(last) {
		last--
	}
	return sub[0] <= first || sub[len(sub)-1] >= last
}

// predicate climbs from a noun to the clause it belongs to ("a focus on combating
// ISIS, according to …" is said of the whole clause, not of "focus").
func predicate(t *tree, h int) int {
	for n := 0; h >= 0 && t.head[h] >= 0 && n < len(t.toks); n++ {
		switch t.toks[h].UPOS {
		case "VERB", "AUX", "ADJ":
			return h
		}
		h = t.head[h]
	}
	return h
}

// accordingSpeaker resolves the X of "according to X": the first mention in the
// phrase that is not introduced by "to" ("statements from officials to Al Arabiya":
// the officials speak, Al Arabiya is whom they spoke to).
func (w *work) accordingSpeaker(t *tree, n int) (sitrep.EventActor, sitrep.Span, *sitrep.EventActor) {
	in := map[int]bool{}
	for _, k := range t.subtree(n) {
		in[k] = true
	}
	var sp sitrep.EventActor
	var span sitrep.Span
	var target *sitrep.EventActor
	for _, mi := range w.bySent[t.idx] {
		m := w.ms[mi]
		if m.Start < 0 || m.Start >= len(t.toks) || !in[m.Start] {
			continue
		}
		toTo, modifier := false, false
		for k := max(m.Start, 0); k < m.End && k < len(t.toks); k++ {
			if t.head[k] < m.Start || t.head[k] >= m.End {
				toTo = toTo || t.caseOf(k) == "to"
				// "the Syrian Arab Red Crescent": a demonym modifying a name the
				// dictionaries do not know is not the speaker.
				modifier = modifier || t.rel(k) == "amod" || t.rel(k) == "compound"
			}
		}
		if modifier {
			continue
		}
		switch {
		case toTo && target == nil:
			a := w.actor(mi)
			target = &a
		case !toTo && sp.Text == "":
			sp, span = w.actor(mi), m.Span
		}
	}
	if sp.Text == "" {
		span = w.phraseSpan(t, n)
		sp.Text = w.textOf(span)
	}
	return sp, span, target
}

// accordingSpan is the byte span of "according to" at token a ("According to" as
// written; the word alone when no "to" follows it).
func accordingSpan(t *tree, a int) sitrep.Span {
	sp := t.toks[a].Span
	if a+1 < len(t.toks) && strings.EqualFold(t.toks[a+1].Text, "to") {
		sp.End = t.toks[a+1].Span.End
	}
	return sp
}

// reportedWords trims the punctuation around tokens lo..hi of sentence s and
// reports whether what is left can be reported words: a clause, not mostly a
// quotation (which the quotation-mark reader attributes on its own).
func (w *work) reportedWords(t *tree, s, lo, hi int) (int, int, bool) {
	for lo <= hi && t.isPunct(lo) {
		lo++
	}
	for hi >= lo && t.isPunct(hi) {
		hi--
	}
	return lo, hi, lo <= hi && clauseLike(t, lo, hi, false) && !w.mostlyQuoted(s, lo, hi)
}
