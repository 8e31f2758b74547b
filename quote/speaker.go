package quote

import (
	"strings"

	"github.com/sitrep-dev/sitrep"
)

// Speakers and targets: who performs a speech verb, the actor behind that phrase
// (mentions, possessors, pronouns' antecedents) and whom the words are about.

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
		h, _ := w.apposSpeaker(t, s)
		return h
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

// apposSpeaker reads a subject that names its actor through an apposition:
// "Iran's closest ally Moscow says …", which the GloVe parser reads (as UD does)
// with "ally" the subject and "Moscow" its appos. When no mention covers the
// subject's head and an apposition of it is an actor mention, that mention is the
// speaker, its words and its code. Only a head that cannot speak itself gets
// here: "The ministry's spokesman, Ali Hamad, said" stays the spokesman's. The
// subject must be a common noun whose words end where its verb begins (bar
// punctuation), so that the apposition is part of the phrase before the verb,
// not a misparse across it: on FA-KES, "The staunch <name> ally insisted …"
// came with "staunch" the subject, the name its appos and "ally" an adverb of
// the verb, which gave the ally's words to the name.
func (w *work) apposSpeaker(t *tree, s int) (who, bool) {
	if t.toks[s].UPOS != "NOUN" {
		return who{}, false
	}
	for _, mi := range w.bySent[t.idx] {
		if w.covers(mi, s) {
			return who{}, false
		}
	}
	// The subject's words run up to its verb: "The staunch Assad ally insisted",
	// with "staunch" the subject and "Assad" its appos, leaves "ally" between.
	sub, v := t.subtree(s), t.head[s]
	if v < 0 || sub[len(sub)-1]-sub[0]+1 != len(sub) {
		return who{}, false
	}
	for k := sub[len(sub)-1] + 1; k < v; k++ {
		if !t.isPunct(k) {
			return who{}, false
		}
	}
	for _, a := range t.kids[s] {
		if t.toks[a].DepRel != "appos" || !w.outside(t.idx, a) {
			continue
		}
		for _, mi := range w.bySent[t.idx] {
			if w.covers(mi, a) && w.mentionHead(mi) == a {
				return who{a: w.actor(mi), span: w.ms[mi].Span, rule: "subject", personal: w.personal(mi)}, true
			}
		}
	}
	return who{}, false
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
