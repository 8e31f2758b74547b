package quote

import (
	"fmt"
	"io"
	"sort"
	"strings"
	"unicode"

	"github.com/sitrep-dev/sitrep"
)

// Extractor finds quotes in analysed documents. It is safe for concurrent use.
type Extractor struct {
	verbs map[string]verb
	nouns map[string]bool // speaker nouns: true for a person, false for an organisation
	// agents are the speaker nouns that speak for their possessor ("the minister's
	// spokesman": the minister's code).
	agents map[string]bool
}

// Load returns an Extractor with the shipped lists (data/speech_verbs.txt and
// data/speaker_nouns.txt).
func Load() (*Extractor, error) {
	v, err := dataFS.Open("data/speech_verbs.txt")
	if err != nil {
		return nil, fmt.Errorf("quote: open speech verbs: %w", err)
	}
	defer v.Close()
	n, err := dataFS.Open("data/speaker_nouns.txt")
	if err != nil {
		return nil, fmt.Errorf("quote: open speaker nouns: %w", err)
	}
	defer n.Close()
	return New(v, n)
}

// New returns an Extractor that reads its speech verbs from verbs (the format of
// data/speech_verbs.txt) and the nouns that can name a speaker from nouns (one
// lemma a line, as data/speaker_nouns.txt).
func New(verbs, nouns io.Reader) (*Extractor, error) {
	v, err := ParseVerbs(verbs)
	if err != nil {
		return nil, fmt.Errorf("quote: %w", err)
	}
	n, ag, err := parseNouns(nouns)
	if err != nil {
		return nil, fmt.Errorf("quote: speaker nouns: %w", err)
	}
	return &Extractor{verbs: v, nouns: n, agents: ag}, nil
}

// Extract returns the quotes of d, read from its analysed sentences and the actor
// mentions in them, in text order. IDs are "<doc>:q1", "<doc>:q2", …; spans are
// byte spans into d.Text with CharSpan filled.
func (x *Extractor) Extract(d *sitrep.Document, sents []sitrep.Sentence, ms []sitrep.Mention) []sitrep.Quote {
	w := newWork(x, d.Text, sents, ms)
	out := w.indirect()
	direct, wait := w.quoted()
	out = append(out, direct...)
	for _, h := range w.headlines() {
		if !overlapsAny(h.q.Span, out) {
			out = append(out, h)
		}
	}
	sortFound(out)
	out = dedupe(out)
	out = continuations(out, wait)
	pronouns(out)
	qs := make([]sitrep.Quote, 0, len(out))
	for i, f := range out {
		q := f.q
		q.Doc = d.ID
		q.ID = fmt.Sprintf("%s:q%d", d.ID, i+1)
		q.SetCharSpan(d.Text)
		qs = append(qs, q)
	}
	return qs
}

// dedupe drops a quote with the words and the speaker of the one before it:
// "according to earlier media reports two car bombs went off" is read both through
// "according to" and through the verb the tagger made of "reports". fs is sorted by
// span start, and the first reading stands.
func dedupe(fs []found) []found {
	out := fs[:0]
	for _, f := range fs {
		dup := false
		for i := len(out) - 1; i >= 0 && out[i].q.Span.Start == f.q.Span.Start; i-- {
			if out[i].q.Span == f.q.Span && overlaps(out[i].q.SpeakerSpan, f.q.SpeakerSpan) {
				dup = true
				break
			}
		}
		if !dup {
			out = append(out, f)
		}
	}
	return out
}

func overlapsAny(sp sitrep.Span, fs []found) bool {
	for _, f := range fs {
		if overlaps(sp, f.q.Span) {
			return true
		}
	}
	return false
}

// found is a quote with what later passes need to know about its speaker.
type found struct {
	q sitrep.Quote
	who
}

// who is a resolved speaker.
type who struct {
	a    sitrep.EventActor
	span sitrep.Span // where a.Text is in the document text
	rule string
	// pron is the lemma of a pronoun speaker the actor stage left unresolved ("he",
	// "they"); the quotes before it may tell who it is.
	pron string
	// personal is true when the speaker is known to be a person.
	personal bool
}

// work is one document being read.
type work struct {
	x     *Extractor
	text  string
	trees []*tree
	ms    []sitrep.Mention
	// bySent lists the mentions of each sentence.
	bySent [][]int
	marks  []quoted
	// inQ[s][k] is the index in marks of the quotation whose words contain token k of
	// sentence s, or -1; isMark[s][k] marks the quotation marks themselves.
	inQ    [][]int
	isMark [][]bool
	// ents[s][k] is the entity type over token k ("PER", ...).
	ents [][]string
}

func newWork(x *Extractor, text string, sents []sitrep.Sentence, ms []sitrep.Mention) *work {
	w := &work{x: x, text: text, ms: ms, marks: scanQuotes(text)}
	w.trees = make([]*tree, len(sents))
	w.bySent = make([][]int, len(sents))
	w.inQ = make([][]int, len(sents))
	w.isMark = make([][]bool, len(sents))
	w.ents = make([][]string, len(sents))
	for i := range sents {
		s := &sents[i]
		t := newTree(i, s)
		w.trees[i] = t
		w.inQ[i] = make([]int, len(s.Tokens))
		w.isMark[i] = make([]bool, len(s.Tokens))
		w.ents[i] = make([]string, len(s.Tokens))
		for k, tok := range s.Tokens {
			w.inQ[i][k] = -1
			// marks are sorted by position: find the quotation around the token.
			j := sort.Search(len(w.marks), func(j int) bool { return w.marks[j].Close.End > tok.Span.Start })
			if j < len(w.marks) {
				m := w.marks[j]
				switch {
				case overlaps(tok.Span, m.Open) || overlaps(tok.Span, m.Close):
					w.isMark[i][k] = true
				case tok.Span.Start >= m.Inner.Start && tok.Span.End <= m.Inner.End:
					w.inQ[i][k] = j
				}
			}
		}
		for _, e := range s.Entities {
			for k := max(e.Start, 0); k < e.End && k < len(s.Tokens); k++ {
				w.ents[i][k] = e.Type
			}
		}
	}
	for i, m := range ms {
		if m.Sentence >= 0 && m.Sentence < len(sents) {
			w.bySent[m.Sentence] = append(w.bySent[m.Sentence], i)
		}
	}
	return w
}

func overlaps(a, b sitrep.Span) bool { return a.Start < b.End && b.Start < a.End }

// outside reports whether token k of sentence s is neither quoted nor a quotation mark.
func (w *work) outside(s, k int) bool { return w.inQ[s][k] < 0 && !w.isMark[s][k] }

func (w *work) speech(t *tree, k int) (verb, bool) {
	if u := t.toks[k].UPOS; u != "VERB" && u != "" {
		return verb{}, false
	}
	v, ok := w.x.verbs[w.verbLemma(t, k)]
	return v, ok && !v.noun
}

// verbLemma returns the speech-verb list's lemma for token k: its lemma, or, where
// the lemmatizer missed a regular form ("voiced" as "voic"), the word less a
// regular ending; "" when neither is a speech verb.
func (w *work) verbLemma(t *tree, k int) string {
	if _, ok := w.x.verbs[t.lemma[k]]; ok {
		return t.lemma[k]
	}
	word := strings.ToLower(t.toks[k].Text)
	for _, end := range []string{"d", "ed", "s", "es", "ing"} {
		if l, ok := strings.CutSuffix(word, end); ok && len(l) > 2 {
			for _, c := range []string{l, l + "e"} {
				if v, ok := w.x.verbs[c]; ok && !v.noun {
					return c
				}
			}
		}
	}
	return ""
}

// according reports whether token k is the "according" of "according to".
func (t *tree) according(k int) bool {
	if l := t.lemma[k]; l != "accord" && l != "according" {
		return false
	}
	for _, f := range t.kids[k] {
		if strings.EqualFold(t.toks[f].Text, "to") {
			return true
		}
	}
	return k+1 < len(t.toks) && strings.EqualFold(t.toks[k+1].Text, "to") && t.rel(k) == "case"
}

// ---- indirect speech -------------------------------------------------------------

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
	for lo <= hi && t.isPunct(lo) {
		lo++
	}
	for hi >= lo && t.isPunct(hi) {
		hi--
	}
	if lo > hi || !clauseLike(t, lo, hi, false) || w.mostlyQuoted(s, lo, hi) {
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
// clause's subject (see thatClause).
func otherSubject(t *tree, c, not int) bool {
	for _, s := range t.kids[c] {
		if t.toks[s].DepRel == "nsubj" && s != not {
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
			if that(k) {
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
	for lo <= hi && t.isPunct(lo) {
		lo++
	}
	for hi >= lo && t.isPunct(hi) {
		hi--
	}
	if lo > hi || !clauseLike(t, lo, hi, false) || w.mostlyQuoted(s, lo, hi) {
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
	for _, k := range t.subtree(c) {
		if k != c && t.rel(k) == "obl" {
			if cs := t.caseOf(k); cs == "per" || cs == "according to" {
				out = append(out, k)
			}
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
	if info, ok := w.speech(t, h); !ok || info.partial || !w.outside(t.idx, h) || t.negated(h) {
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

// ---- headlines --------------------------------------------------------------------

// headlines reads the headline convention "Cooper: the partnership is working" and
// `Erdogan: "We will not back down"`: a paragraph of its own that opens with a
// person's or an organisation's name (at most four words) and a colon. What
// follows is their words: direct when it is a quotation, indirect when it is a
// clause. A place ("Aleppo: a city in ruins"), a common noun ("Report: …") or a
// phrase without a verb reports nothing.
func (w *work) headlines() []found {
	var out []found
	for s, t := range w.trees {
		colon := -1
		for k := 1; k <= 4 && k < len(t.toks); k++ {
			if t.toks[k].Text == ":" {
				colon = k
				break
			}
		}
		if colon < 0 || !w.ownParagraph(t) {
			continue
		}
		name, place := true, false
		for k := 0; k < colon; k++ {
			r := []rune(t.toks[k].Text)
			if !w.outside(s, k) || t.isPunct(k) && t.toks[k].XPOS != "HYPH" || !t.isPunct(k) && !unicode.IsUpper(r[0]) {
				name = false
			}
			switch w.ents[s][k] {
			case "GPE", "LOC", "FAC":
				place = true
			}
		}
		if !name || colon == 1 && headlineLabels[strings.ToLower(t.toks[0].Text)] {
			continue
		}
		mi := -1
		for _, i := range w.bySent[s] {
			if m := w.ms[i]; m.Start >= 0 && m.End <= colon && m.Start < m.End {
				mi = i
				break
			}
		}
		// A person or an actor with a role ("Pentagon": USAGOV) speaks, whatever
		// the entity tagger says; a bare country or a place is the headline's
		// topic; a name no dictionary knows speaks when the tagger calls it a
		// person or an organisation.
		person := mi >= 0 && (w.personal(mi) || len(w.actor(mi).Code) > 3)
		if mi < 0 || w.actor(mi).Code == "" {
			for k := 0; k < colon && !place; k++ {
				person = person || w.ents[s][k] == "PER" || w.ents[s][k] == "ORG"
			}
		}
		if !person {
			continue
		}
		h := who{rule: "headline", span: t.span(0, colon-1)}
		if mi >= 0 {
			h.a, h.personal = w.actor(mi), w.personal(mi)
			h.span = w.ms[mi].Span
		}
		h.a.Text = w.textOf(h.span)
		q := sitrep.Quote{
			Sentence: s, SentenceEnd: s, Speaker: h.a, SpeakerRule: h.rule, SpeakerSpan: h.span,
			Verb: "say", VerbText: ":", VerbSpan: t.toks[colon].Span,
		}
		lo, hi := colon+1, len(t.toks)-1
		for hi > lo && t.isPunct(hi) && !w.isMark[s][hi] {
			hi--
		}
		if lo > hi {
			continue
		}
		if j := w.inQ[s][min(lo+1, hi)]; j >= 0 && w.isMark[s][lo] && w.allQuoted(j, s, rangeOf(lo, hi), -1) {
			q.Kind, q.Span = sitrep.QuoteDirect, w.trimInner(w.marks[j].Inner)
		} else {
			for hi > lo && t.isPunct(hi) {
				hi--
			}
			if !clauseLike(t, lo, hi, false) || w.mostlyQuoted(s, lo, hi) {
				continue
			}
			q.Kind, q.Span = sitrep.QuoteIndirect, t.span(lo, hi)
		}
		q.Text = w.textOf(q.Span)
		out = append(out, found{q: q, who: h})
	}
	return out
}

// headlineLabels are the desk's labels that open a headline with a colon
// ("Factbox: …", "Exclusive: …"): the kind of story, not who speaks.
var headlineLabels = map[string]bool{"factbox": true, "exclusive": true, "analysis": true, "explainer": true,
	"timeline": true, "update": true, "breaking": true, "watch": true, "video": true, "live": true, "opinion": true,
	"editorial": true, "interview": true, "report": true, "comment": true, "feature": true, "photos": true, "profile": true}

func rangeOf(lo, hi int) []int {
	out := make([]int, 0, hi-lo+1)
	for k := lo; k <= hi; k++ {
		out = append(out, k)
	}
	return out
}

// ownParagraph reports whether sentence t is a paragraph by itself (a headline, a
// subheading).
func (w *work) ownParagraph(t *tree) bool {
	if len(t.toks) == 0 {
		return false
	}
	a, b := t.toks[0].Span.Start, t.toks[len(t.toks)-1].Span.End
	i := strings.LastIndexByte(w.text[:a], '\n')
	j := strings.IndexByte(w.text[b:], '\n')
	if j < 0 {
		j = len(w.text) - b
	}
	return strings.TrimSpace(w.text[i+1:a]) == "" && strings.TrimSpace(w.text[b:b+j]) == ""
}

// ---- quotation marks --------------------------------------------------------------

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

// ---- speakers and targets ---------------------------------------------------------

// subject returns the token that names who performs the speech verb v, climbing from
// a participle or a coordinated verb to the clause it belongs to ("Cooper said …,
// adding that …" climbs to the speech verb above); "who" in a relative clause is the
// noun it modifies; in `"…," said a spokesman` the parser's object is the speaker.
func (w *work) subject(t *tree, v int) int {
	cur := v
	for range 6 {
		if k := t.child(cur, "nsubj", "nsubj:outer"); k >= 0 && !w.outside(t.idx, k) {
			// The parser took a quoted word for the subject: the speaker is the noun
			// just before the verb (`"… the army …" the source told RIA`).
			for i := v - 1; i >= 0 && w.outside(t.idx, i) && !t.isPunct(i); i-- {
				switch t.toks[i].UPOS {
				case "NOUN", "PROPN", "PRON":
					return i
				}
			}
			return -1
		}
		if k := t.nearestChild(cur, "nsubj", "nsubj:outer"); k >= 0 {
			if l := t.lemma[k]; (l == "who" || l == "that" || l == "which") && t.toks[cur].DepRel == "acl:relcl" && t.head[cur] >= 0 {
				return t.head[cur]
			}
			return k
		}
		if t.child(cur, "nsubj:pass", "aux:pass") >= 0 {
			for _, k := range t.kids[cur] {
				if t.rel(k) == "obl" && t.caseOf(k) == "by" {
					return k
				}
			}
			return -1
		}
		if cur == v {
			if o := t.child(v, "obj"); o > v && w.afterQuote(t, v) {
				return o
			}
		}
		h := t.head[cur]
		if h < 0 {
			return -1
		}
		switch t.toks[cur].DepRel {
		case "conj", "xcomp":
			cur = h
		case "advcl":
			// A participle inside what another speech verb reports is that
			// speaker's ("officials said the road was open, adding that …").
			cur = h
			if a := w.speechAbove(t, h); a >= 0 {
				cur = a
			}
		case "acl":
			if t.toks[cur].XPOS == "VBN" && t.child(cur, "obj") < 0 && t.child(cur, "iobj") < 0 && t.child(cur, "ccomp") < 0 && adjacentThat(t, cur) < 0 {
				// "a move described as …": no speaker. A that-clause the parser
				// hung beside the participle is still its complement (adjacentThat).
				return -1
			}
			if a := w.speechAbove(t, h); a >= 0 {
				cur = a // a participle the parser hung on a noun inside another report
				continue
			}
			return h // "officials speaking on condition of anonymity"
		default:
			return -1
		}
	}
	return -1
}

// speechAbove returns the nearest speech verb at or above h outside quotations, or -1.
func (w *work) speechAbove(t *tree, h int) int {
	for a, n := h, 0; a >= 0 && n <= len(t.toks); a, n = t.head[a], n+1 {
		if _, ok := w.speech(t, a); ok && w.outside(t.idx, a) {
			return a
		}
	}
	return -1
}

// afterQuote reports whether the word before v closes a quotation (`"…," said X`).
func (w *work) afterQuote(t *tree, v int) bool {
	for k := v - 1; k >= 0; k-- {
		if w.isMark[t.idx][k] {
			return true
		}
		if !t.isPunct(k) {
			return false
		}
	}
	return false
}

// speaker resolves who said what verb v introduces.
func (w *work) speaker(t *tree, v int) who {
	s := w.subject(t, v)
	if s < 0 {
		// No subject the tree can give: the nearest mention next to a finite verb
		// (a participle or a gerund with no subject is no one's: "it is worth noting").
		if t.child(v, "nsubj:pass", "aux:pass") >= 0 {
			return who{}
		}
		switch t.toks[v].XPOS {
		case "VBD", "VBZ", "VBP":
		default:
			return who{}
		}
		best, bd := -1, 0
		for _, mi := range w.bySent[t.idx] {
			m := w.ms[mi]
			if m.Start < 0 || m.End > len(t.toks) || m.Start >= m.End || !w.outside(t.idx, m.Start) || m.Start < v && w.modifier(t, mi) || inClause(t, v, m.Start) && !w.afterQuote(t, v) {
				// A modifier before the verb names somebody else ("the US role
				// and demanded …"), and the clause the verb reports is what was
				// said ("demanded that American troops leave"), but `"…," said
				// X` names X whatever the parser hung X on.
				continue
			}
			d := min(dist(m.Start, v), dist(m.End-1, v))
			if d <= 4 && (best < 0 || d < bd) {
				best, bd = mi, d
			}
		}
		if best < 0 {
			return who{}
		}
		return who{a: w.actor(best), span: w.ms[best].Span, rule: "nearest", personal: w.personal(best)}
	}
	return w.speakerAt(t, s)
}

// speakerAt resolves the speaker named by the word at s: the actor mention over it
// or inside its phrase, a possessor it speaks for, a pronoun, or a noun that can
// speak.
func (w *work) speakerAt(t *tree, s int) who {
	switch t.toks[s].UPOS {
	case "VERB", "AUX", "ADJ", "ADV", "SCONJ", "CCONJ", "ADP", "PUNCT":
		return who{} // a misparse: a clause is not a speaker
	}
	if mi := w.mentionAt(t, s); mi >= 0 && (w.covers(mi, s) || w.speakerLike(t, s)) {
		rule := "subject"
		if strings.HasPrefix(w.ms[mi].Rule, "coref") {
			rule = "coref"
		}
		h := who{a: w.actor(mi), span: w.ms[mi].Span, rule: rule, personal: w.personal(mi)}
		if t.toks[s].UPOS == "PRON" && w.covers(mi, s) {
			// The actor stage's antecedent stands unless the quote just before names
			// who is speaking (see pronouns).
			switch l := t.lemma[s]; l {
			case "he", "she":
				h.pron, h.personal = l, true
			case "they", "we", "it":
				h.pron = l
			}
		}
		if m := w.ms[mi]; s < m.Start || s >= m.End {
			// "a spokesman for the Interior Ministry": the ministry's code, the
			// spokesman's words.
			h.span = w.phraseSpan(t, s)
			h.a.Text = w.textOf(h.span)
			h.personal = t.toks[s].XPOS == "NN" && w.x.nouns[t.lemma[s]]
		}
		return h
	}
	if t.toks[s].UPOS == "PRON" {
		switch l := t.lemma[s]; l {
		case "he", "she", "they", "we", "it":
			h := who{a: sitrep.EventActor{Text: t.toks[s].Text}, span: t.toks[s].Span, rule: "coref", pron: l, personal: l == "he" || l == "she"}
			if mi := w.antecedent(t, s); mi >= 0 {
				a := w.actor(mi)
				h.a.Code, h.a.Name = a.Code, a.Name
			}
			return h
		case "i":
			return who{a: sitrep.EventActor{Text: t.toks[s].Text}, span: t.toks[s].Span, rule: "subject", personal: true}
		}
		return who{}
	}
	if !w.speakerLike(t, s) {
		return who{}
	}
	sp := w.phraseSpan(t, s)
	if mi := w.possessor(t, s); mi >= 0 {
		// "the Iraqi prime minister's spokesman": the minister's code, the
		// spokesman's words.
		a := w.actor(mi)
		a.Text = w.textOf(sp)
		return who{a: a, span: sp, rule: "possessor", personal: w.x.nouns[t.lemma[s]]}
	}
	return who{a: sitrep.EventActor{Text: w.textOf(sp)}, span: sp, rule: "subject"}
}

// inClause reports whether token k, after v, lies in a clause complement of v (a
// ccomp or xcomp with a verb or predicate at its head), not in a noun the parser
// hung there ("said Kevin Kennedy, coordinator …").
func inClause(t *tree, v, k int) bool {
	if k < v {
		return false // "…, AFP's correspondent said": the parser's clause takes in its speaker
	}
	for _, c := range t.kids[v] {
		switch t.toks[c].DepRel {
		case "ccomp", "xcomp":
		default:
			continue
		}
		switch t.toks[c].UPOS {
		case "VERB", "AUX", "ADJ":
			if t.dominates(c, k) {
				return true
			}
		}
	}
	return false
}

// modifier reports whether mention mi modifies a noun outside it that cannot speak
// ("the US role"); a name before its title ("Hisham Marwah the … vice-president",
// parsed as a compound of "president") still names the speaker.
func (w *work) modifier(t *tree, mi int) bool {
	m := w.ms[mi]
	for k := max(m.Start, 0); k < m.End && k < len(t.toks); k++ {
		if h := t.head[k]; h >= 0 && (h < m.Start || h >= m.End) {
			switch t.toks[k].DepRel {
			case "compound", "amod", "nmod:poss":
				return !w.speakerLike(t, h)
			}
		}
	}
	return false
}

// possessor returns the coded mention in the possessor of s when s is a noun that
// speaks for whoever it belongs to ("X's spokesman", "X's office"), or -1.
func (w *work) possessor(t *tree, s int) int {
	if !w.x.agents[t.lemma[s]] {
		return -1
	}
	for _, k := range t.kids[s] {
		if t.toks[k].DepRel != "nmod:poss" || !w.outside(t.idx, k) {
			continue
		}
		in := map[int]bool{}
		for _, i := range t.subtree(k) {
			in[i] = true
		}
		for _, mi := range w.bySent[t.idx] {
			if m := w.ms[mi]; in[m.Start] && w.actor(mi).Code != "" {
				return mi
			}
		}
	}
	return -1
}

// speakerLike reports whether a subject no actor was resolved for can speak: a name,
// or a noun of the speaker-noun list ("a spokesman", "analysts", "witnesses"), not
// "the evolving nature of these relations suggests …".
func (w *work) speakerLike(t *tree, s int) bool {
	switch t.toks[s].UPOS {
	case "PROPN":
		return true
	case "NOUN":
		_, ok := w.x.nouns[t.lemma[s]]
		return ok
	}
	return false
}

// covers reports whether mention mi spans token k of its sentence.
func (w *work) covers(mi, k int) bool {
	m := w.ms[mi]
	return m.Start <= k && k < m.End
}

// mentionAt returns the mention over token k, else the first mention inside k's
// phrase ("the head of US Central Command"), or -1.
func (w *work) mentionAt(t *tree, k int) int {
	for _, mi := range w.bySent[t.idx] {
		if m := w.ms[mi]; m.Start <= k && k < m.End {
			return mi
		}
	}
	in := w.phraseWords(t, k)
	for _, mi := range w.bySent[t.idx] {
		m := w.ms[mi]
		if !in[m.Start] || m.Code == "" || !w.outside(t.idx, m.Start) {
			continue
		}
		// A possessor or a modifier names somebody else: "Assad's ally Moscow", "the
		// Britain-based organisation".
		if h := w.mentionHead(mi); h >= 0 {
			switch t.toks[h].DepRel {
			case "nmod:poss", "amod", "compound":
				continue
			}
		}
		return mi
	}
	return -1
}

// phraseWords marks the words that may name k's actor: its subtree less a
// speech verb the parser made a modifier of its own subject, and less a
// that-clause hung there ("A source told the agency that …" as "source [told
// the agency] [that …]", see adjacentThat): neither the verb's addressee nor
// what was said names the speaker.
func (w *work) phraseWords(t *tree, k int) map[int]bool {
	in := map[int]bool{}
	stack := []int{k}
	for len(stack) > 0 {
		i := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if in[i] {
			continue
		}
		in[i] = true
		for _, c := range t.kids[i] {
			if i == k && t.rel(c) == "acl" {
				if _, ok := w.speech(t, c); ok {
					continue
				}
				if m := t.child(c, "mark"); m >= 0 && t.lemma[m] == "that" {
					continue
				}
			}
			stack = append(stack, c)
		}
	}
	return in
}

// antecedent finds the earlier mention with a code that a pronoun the actor stage
// left unresolved most likely stands for: the subject of a main clause (the current
// sentence, then up to three before), else the nearest mention; a person for he/she,
// anybody for they/we/it.
func (w *work) antecedent(t *tree, p int) int {
	person := false
	switch t.lemma[p] {
	case "he", "she", "him", "her":
		person = true
	case "they", "we", "it", "them", "us":
	default:
		return -1
	}
	ok := func(s, mi int) bool {
		m := w.ms[mi]
		if s == t.idx && m.Start >= p {
			return false
		}
		if person {
			return w.personal(mi) // a person the dictionaries do not know is still the one
		}
		return m.Code != ""
	}
	for _, mainOnly := range []bool{true, false} {
		for s := t.idx; s >= 0 && s >= t.idx-3; s-- {
			ms := w.bySent[s]
			for i := len(ms) - 1; i >= 0; i-- {
				if ok(s, ms[i]) && (!mainOnly || w.mainSubject(ms[i])) {
					return ms[i]
				}
			}
		}
	}
	return -1
}

// mainSubject reports whether mention mi is the subject of its sentence's main verb.
func (w *work) mainSubject(mi int) bool {
	m := w.ms[mi]
	t := w.trees[m.Sentence]
	for k := max(m.Start, 0); k < m.End && k < len(t.toks); k++ {
		if h := t.head[k]; (h < m.Start || h >= m.End) && strings.HasPrefix(t.toks[k].DepRel, "nsubj") {
			return h >= 0 && t.head[h] < 0
		}
	}
	return false
}

// personal reports whether mention mi names a person: the entity tagger says so, or
// the actor stage resolved it by a person's title or surname.
func (w *work) personal(mi int) bool {
	m := w.ms[mi]
	for n := 0; strings.HasPrefix(m.Rule, "coref") && m.Antecedent >= 0 && m.Antecedent < len(w.ms) && n < 8; n++ {
		mi = m.Antecedent
		m = w.ms[mi]
	}
	switch m.Rule {
	case "title", "coref:surname", "apposition":
		return true
	}
	if m.Sentence < 0 || m.Sentence >= len(w.ents) {
		return false
	}
	// "the Iraqi foreign minister": an actor with a person's role noun, singular.
	if k := w.mentionHead(mi); k >= 0 {
		if t := w.trees[m.Sentence]; t.toks[k].XPOS == "NN" && w.x.nouns[t.lemma[k]] {
			return true
		}
	}
	for k := max(m.Start, 0); k < m.End && k < len(w.ents[m.Sentence]); k++ {
		if w.ents[m.Sentence][k] == "PER" {
			return true
		}
	}
	return false
}

// mentionHead returns the token of mention mi whose head lies outside it ("governor"
// in "governor of Aleppo"), or -1.
func (w *work) mentionHead(mi int) int {
	m := w.ms[mi]
	if m.Sentence < 0 || m.Sentence >= len(w.trees) {
		return -1
	}
	t := w.trees[m.Sentence]
	for k := max(m.Start, 0); k < m.End && k < len(t.toks); k++ {
		if h := t.head[k]; h < m.Start || h >= m.End {
			return k
		}
	}
	return -1
}

// actor turns mention mi into the speaker or target, taking the code of its
// antecedent when it has none of its own.
func (w *work) actor(mi int) sitrep.EventActor {
	m := w.ms[mi]
	a := sitrep.EventActor{Code: m.Code, Name: m.Name, Text: m.Text}
	for n := 0; a.Code == "" && m.Antecedent >= 0 && m.Antecedent < len(w.ms) && n < 8; n++ {
		m = w.ms[m.Antecedent]
		a.Code, a.Name = m.Code, m.Name
	}
	return a
}

// phrase returns the words that name the noun at k: its contiguous subtree up to a
// comma, a relative clause or an apposition ("a senior official at the ministry").
func (w *work) phrase(t *tree, k int) string {
	return w.textOf(w.phraseSpan(t, k))
}

// textOf returns the document's words at sp.
func (w *work) textOf(sp sitrep.Span) string { return w.text[sp.Start:sp.End] }

// phraseSpan is phrase's byte span.
func (w *work) phraseSpan(t *tree, k int) sitrep.Span {
	in := make([]bool, len(t.toks))
	for _, i := range t.subtree(k) {
		in[i] = true
	}
	cut := func(i int) bool {
		if !in[i] || t.isPunct(i) && t.toks[i].XPOS != "HYPH" || !w.outside(t.idx, i) {
			return true
		}
		for c, n := i, 0; c != k && c >= 0 && n <= len(t.toks); c, n = t.head[c], n+1 {
			if t.head[c] == k && (t.rel(c) == "case" || t.rel(c) == "mark") {
				return true // "according to X", "to reporters": the phrase is X
			}
			switch t.rel(c) {
			case "acl", "appos", "parataxis", "advcl", "conj":
				return true
			}
		}
		return false
	}
	lo, hi := k, k
	for lo > 0 && !cut(lo-1) && k-lo < 8 {
		lo--
	}
	for hi+1 < len(t.toks) && !cut(hi+1) && hi-k < 8 {
		hi++
	}
	sp := t.span(lo, hi)
	if sp.Start < 0 || sp.End > len(w.text) || sp.Start > sp.End {
		return t.toks[k].Span
	}
	return sp
}

// target returns whom the speech verb v addresses: its nominal object for verbs
// marked "target" ("told reporters", "warned Damascus", "accused the army"), or a
// "to" phrase ("said to reporters").
func (w *work) target(t *tree, v int, info verb) *sitrep.EventActor {
	k := -1
	if info.target {
		k = t.child(v, "iobj")
		if k < 0 {
			k = t.child(v, "obj")
		}
	}
	if k < 0 {
		for _, c := range t.kids[v] {
			if t.rel(c) == "obl" && t.caseOf(c) == "to" {
				k = c
				break
			}
		}
	}
	if k < 0 || !w.outside(t.idx, k) {
		return nil
	}
	switch t.toks[k].UPOS {
	case "NOUN", "PROPN", "PRON":
	default:
		return nil
	}
	if mi := w.mentionAt(t, k); mi >= 0 {
		a := w.actor(mi)
		return &a
	}
	if t.toks[k].UPOS == "PRON" {
		if mi := w.antecedent(t, k); mi >= 0 {
			a := w.actor(mi)
			a.Text = t.toks[k].Text
			return &a
		}
	}
	return &sitrep.EventActor{Text: w.phrase(t, k)}
}
