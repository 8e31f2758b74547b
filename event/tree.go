package event

import (
	"slices"
	"sort"
	"strings"

	"github.com/sitrep-dev/sitrep"
)

// tree is one parsed sentence with the indexes the coder walks: children per token
// and the actor mention covering each token. Heads outside the sentence and cycles,
// which a parser may produce, are cut: such a token is treated as a root.
type tree struct {
	toks  []sitrep.Token
	head  []int   // 0-based head, -1 for a root
	kids  [][]int // 0-based children, in sentence order
	actor []int   // index into ms of the mention covering the token, or -1
	// also holds further mentions over exactly the same words as actor's, with other
	// codes: "the two governments" names two actors
	also  map[int][]int
	ms    []sitrep.Mention
	upper []string // token text, upper case
	lemma []string // lemma (or text), upper case
	// places are the sentence's located places, when the coder has a place
	// locator; isCountry tells a country from a city or region among them
	places []sitrep.Place
	// locs are the sentence's named entities of place (LOC, GPE) the tagger
	// found, for names the gazetteer does not know (unknownPlaceIn), and
	// placeCountry the country whose places the document names most
	locs         []sitrep.Entity
	placeCountry func() string
	isCountry    func(sitrep.Place) bool
	// demonym is the locators' Demonym, nil without them
	demonym func(word string) (string, bool)
	// knownCountry reports whether the rest of the document names a country
	// (docState.knownCountry), nil when the sentence is coded on its own
	knownCountry func(cc string) bool
	// docCountry returns the country the document is about (docState.dominant),
	// "" when it names none clearly; nil when the sentence is coded on its own
	docCountry func() string
	// otherCountry returns the country the document names most other than the
	// one given (docState.mostNamedBut); nil when the sentence is coded on its own
	otherCountry func(cc string) string
	// earlierForce returns the sources of the use of force nearest before,
	// up to back sentences before (docState.recentForce); nil when the
	// sentence is coded on its own
	earlierForce func(back int) []sitrep.EventActor
	// earlierCharge returns who accused or blamed someone in the two
	// sentences before (docState.recentCharge); nil when the sentence is
	// coded on its own
	earlierCharge func() []sitrep.EventActor
	// owned: toks is the tree's own copy (ownTokens)
	owned bool
	// ofForce is set while the roles of a use of force are read: a country
	// named as a place's owner is then where, not whom (placeOwner)
	ofForce bool
}

func newTree(toks []sitrep.Token, ms []sitrep.Mention) *tree {
	n := len(toks)
	t := &tree{toks: toks, head: make([]int, n), kids: make([][]int, n), actor: make([]int, n), ms: ms,
		upper: make([]string, n), lemma: make([]string, n)}
	for i, tok := range toks {
		h := tok.Head - 1
		if h < 0 || h >= n || h == i {
			h = -1
		}
		t.head[i] = h
		t.actor[i] = -1
		t.upper[i] = strings.ToUpper(tok.Text)
		l := tok.Lemma
		if l == "" || l == "_" {
			l = tok.Text
		}
		t.lemma[i] = strings.ToUpper(l)
	}
	t.breakCycles()
	t.redateline()
	t.reverb()
	t.reparticipial()
	t.rehedge()
	t.regerund()
	t.readverbial()
	t.reattribute()
	t.reresult(ms)
	t.reobject()
	t.refront()
	t.reborder()
	t.renominal()
	t.reparticle()
	t.requantity()
	t.retoll(ms)
	t.resubject()
	t.reintro(ms)
	t.reclause()
	t.reconjoin()
	t.rewhose()
	t.resaid()
	t.retimeobject()
	t.rerelative(ms)
	t.reaim()
	t.rereport()
	t.respeaker(ms)
	t.revocative()
	t.reagent(ms)
	t.rebelong()
	if t.owned {
		t.breakCycles() // (a repair rehung words: it must not leave a cycle, but if one does)
	}
	for i, h := range t.head {
		if h >= 0 {
			t.kids[h] = append(t.kids[h], i)
		}
	}
	// Longer mentions win where mentions overlap.
	for mi, m := range ms {
		if m.Code == "" || t.basedIn(m) {
			continue
		}
		for k := max(m.Start, 0); k < m.End && k < n; k++ {
			cur := t.actor[k]
			switch {
			case cur < 0 || ms[cur].End-ms[cur].Start < m.End-m.Start:
				t.actor[k] = mi
				delete(t.also, k)
			case ms[cur].Start == m.Start && ms[cur].End == m.End && ms[cur].Code != m.Code:
				if t.also == nil {
					t.also = map[int][]int{}
				}
				t.also[k] = append(t.also[k], mi)
			}
		}
	}
	return t
}

// basedIn reports whether mention m only says where the group its phrase
// names sits: "the Britain-based monitor said", "a UK-based group which
// advocates the opposition". The name still tells what country the document
// is about; in the sentence it neither acts nor is acted on.
func (t *tree) basedIn(m sitrep.Mention) bool {
	e := m.End
	if m.Start < 0 || e+1 >= len(t.toks) || t.upper[e] != "-" || t.toks[e-1].SpaceAfter {
		return false
	}
	return t.upper[e+1] == "BASED"
}

// breakCycles follows each token's heads; a token that comes back to itself
// within n steps loses its head.
func (t *tree) breakCycles() {
	n := len(t.head)
	for i := range n {
		j, steps := t.head[i], 0
		for j >= 0 && j != i && steps <= n {
			j, steps = t.head[j], steps+1
		}
		if j == i || steps > n {
			t.head[i] = -1
		}
	}
}

// gerundVerbs take a gerund clause as their complement ("began withdrawing
// troops", "efforts include removing obstacles").
var gerundVerbs = []string{"INCLUDE", "INVOLVE", "MEAN", "ENTAIL", "BEGIN", "START", "STOP", "CONTINUE", "RESUME", "KEEP",
	"FINISH", "AVOID", "CONSIDER", "DISCUSS", "PROPOSE", "SUGGEST", "RECOMMEND", "DENY", "ADMIT"}

// regerund rereads a gerund that a parser made an adjective of its own object.
// "include removing obstacles" has the shape of "include remaining obstacles",
// and a parser may hang "removing" on "obstacles" as amod; the coder then sees
// no verb "remove" with an object. After a verb that takes a gerund complement,
// a VBG verb that opens the verb's object phrase (no determiner, possessive or
// number before it, no dependents of its own) is read as that complement, an
// xcomp as the parsers make it elsewhere, with the noun as its object; a
// participle that modifies the noun ("the remaining obstacles") has a
// determiner or comes after another verb.
func (t *tree) regerund() {
	for g := range t.toks {
		n := t.head[g]
		if n <= g || t.toks[g].UPOS != "VERB" || t.toks[g].XPOS != "VBG" || t.toks[g].DepRel != "amod" ||
			t.toks[n].UPOS != "NOUN" || t.toks[n].DepRel != "obj" {
			continue
		}
		h := t.head[n]
		if h < 0 || h > g || t.toks[h].UPOS != "VERB" || !inList(t.lemma[h], gerundVerbs...) {
			continue
		}
		opens := true
		for k, kh := range t.head {
			// nothing of the noun's before the gerund, only its modifiers between
			// the two, and nothing on the gerund itself
			if kh == g || kh == n && k < g || k > g && k < n && (kh != n || t.rel(k) != "amod" && t.rel(k) != "compound") {
				opens = false
				break
			}
		}
		if !opens {
			continue
		}
		t.ownTokens()
		t.head[g], t.toks[g].Head, t.toks[g].DepRel = h, h+1, "xcomp"
		t.head[n], t.toks[n].Head, t.toks[n].DepRel = g, g+1, "obj"
	}
}

// reparticipial rereads "when terrorist organizations located in Binnish fired
// mortar shells on the town": the parser made the participle "located" the
// clause's head, with "organizations" its subject, and the finite verb "fired"
// its open complement (or an unmarked adverbial clause: "that the bombing
// carried out by the coalition targeted the village", or a clause hung on the
// participle's agent: "the bombing carried out by Russian jets killed 12
// civilians"). A past participle with a subject and no auxiliary heads no
// clause, and a past-tense verb is no open complement; so the complement is the clause's head (in the participle's
// place), the subject its subject, and the participle a modifier of the
// subject, keeping its own phrases before the verb ("in Binnish", "by the
// coalition"); those after the verb are the verb's.
func (t *tree) reparticipial() {
	for x := range t.toks {
		v := t.head[x]
		if v >= 0 && t.toks[x].DepRel == "acl" && t.toks[v].DepRel == "obl:agent" {
			// "the bombing carried out by Russian jets killed 12 civilians":
			// the finite verb hung on the participle's agent
			v = t.head[v]
		}
		if v < 0 || v > x || !inList(t.toks[x].DepRel, "xcomp", "advcl", "acl") || t.toks[x].XPOS != "VBD" || t.toks[v].XPOS != "VBN" ||
			t.toks[x].DepRel == "acl" && t.head[x] == v {
			continue
		}
		s := -1
		ok := true
		for k, h := range t.head {
			switch {
			case h == v && t.toks[k].DepRel == "nsubj" && k < v:
				s = k
			case h == v && (inList(t.rel(k), "aux", "cop") || t.rel(k) == "mark" && k > v) || h == v && t.toks[k].DepRel == "nsubj:pass":
				ok = false // a clause of its own: "had located"
			case h == x && inList(t.rel(k), "nsubj", "mark"):
				ok = false // the verb has its own subject or is marked: "to", "when"
			}
		}
		if !ok || s < 0 {
			continue
		}
		t.promote(v, x, s)
		for k := 0; k < s; k++ {
			if t.head[k] == v {
				t.head[k], t.toks[k].Head = x, x+1 // "when", "that": the clause's
			}
		}
	}
}

// promote makes verb x the head of the clause that participle v headed with
// subject s, as reparticipial and rehedge reread it: x takes v's place and
// relation, and what v governed after x, s is x's subject, and v a modifier
// (acl) of s, keeping its own phrases before x.
func (t *tree) promote(v, x, s int) {
	t.ownTokens()
	h, rel := t.head[v], t.toks[v].DepRel
	for k := x + 1; k < len(t.toks); k++ {
		if t.head[k] == v {
			t.head[k], t.toks[k].Head = x, x+1 // what follows the verb is the verb's
		}
	}
	t.head[x], t.toks[x].Head, t.toks[x].DepRel = h, h+1, rel
	t.head[s], t.toks[s].Head = x, x+1
	t.head[v], t.toks[v].Head, t.toks[v].DepRel = s, s+1, "acl"
}

// missionVerbs launch or send a force or an operation for a purpose its "to"
// clause names, which the subject carries out.
var missionVerbs = []string{"LAUNCH", "START", "BEGIN", "MOUNT", "STAGE", "CONDUCT", "CARRY", "SEND", "DEPLOY", "DISPATCH", "MOBILIZE", "MOBILISE"}

// hedgeVerbs qualify a noun with what is believed or said of it: "jets believed
// to be Russian", "planes thought to belong to the coalition".
var hedgeVerbs = []string{"BELIEVE", "THINK", "SUSPECT", "SAY", "REPORT", "ALLEGE", "PRESUME", "SUPPOSE"}

// rehedge rereads "jets believed to be Russian struck the town": the parser
// made "believed" the clause's verb, "jets" its subject, and the verb that
// follows the infinitive ("struck") a clause hung somewhere inside it. A verb
// of hedgeVerbs with a subject, no auxiliary and a "to" infinitive, followed
// by a verb in the past with no subject of its own inside that infinitive's
// phrase or beside it, qualifies its subject: the later verb is the clause's head (in the
// hedge's place), the noun its subject, and the hedge (with its infinitive) a
// modifier of the noun. carriedOutBy reads what the hedge says of the noun.
func (t *tree) rehedge() {
	for v := range t.toks {
		if t.toks[v].UPOS != "VERB" || !inList(t.lemma[v], hedgeVerbs...) || !inList(t.rel(v), "root", "ccomp", "advcl", "conj", "parataxis") {
			continue
		}
		s, x := -1, -1
		ok := true
		for k, h := range t.head {
			switch {
			case h != v:
			case t.toks[k].DepRel == "nsubj" && k < v:
				s = k
			case inList(t.rel(k), "aux", "cop", "mark") || t.toks[k].DepRel == "nsubj:pass":
				ok = false
			case t.rel(k) == "xcomp" && k > v && x < 0:
				x = k
			}
		}
		if !ok || s < 0 || x < 0 {
			continue
		}
		to := false
		for k, h := range t.head {
			if h == x && k < x && t.rel(k) == "mark" && t.upper[k] == "TO" {
				to = true
			}
		}
		if !to {
			continue
		}
		w := -1
		for k := x + 1; k < len(t.toks) && w < 0; k++ {
			if t.toks[k].UPOS != "VERB" || !inList(t.toks[k].XPOS, "VBD", "VBN") || !inList(t.rel(k), "advcl", "acl", "conj", "parataxis") || !t.dominates(x, k) && t.head[k] != v {
				continue
			}
			own := false
			for j, h := range t.head {
				if h == k && (inList(t.rel(j), "nsubj", "aux", "mark", "cop") || t.rel(j) == "cc" && j < k) {
					own = true
				}
			}
			if own {
				break // a clause of its own: "… and struck", "which struck"
			}
			w = k
		}
		if w < 0 {
			continue
		}
		t.promote(v, w, s)
		t.toks[w].XPOS, t.toks[v].XPOS = "VBD", "VBN"
	}
}

// adverbialMarks introduce a gerund clause that modifies a verb, never a noun:
// "created a crisis by releasing prisoners" is done by releasing them; "the
// risk of losing", "plans for building", "a role in creating" are the noun's.
var adverbialMarks = []string{"BY", "AFTER", "BEFORE", "WHILE", "WHEN", "WITHOUT", "UPON", "THROUGH", "SINCE", "DESPITE"}

// readverbial rehangs on the verb a gerund clause that a parser hung on the
// verb's object although a preposition of adverbialMarks introduces it
// ("creating a crisis by transferring prisoners", "transferring" acl of
// "crisis"): the clause is the verb's adjunct (advcl), and its subject the
// verb's.
func (t *tree) readverbial() {
	for g := range t.toks {
		n := t.head[g]
		if n < 0 || n > g || t.toks[g].DepRel != "acl" || t.toks[g].XPOS != "VBG" || t.rel(n) != "obj" {
			continue
		}
		h := t.head[n]
		if h < 0 || t.toks[h].UPOS != "VERB" {
			continue
		}
		marked := false
		for k, kh := range t.head {
			if kh == g && k < g && t.rel(k) == "mark" && inList(t.upper[k], adverbialMarks...) {
				marked = true
			}
		}
		if !marked {
			continue
		}
		t.ownTokens()
		t.head[g], t.toks[g].Head, t.toks[g].DepRel = h, h+1, "advcl"
	}
}

// reobject gives back to a verb the object that a parser made the second
// subject of a nearby clause. In text without commas, "A strike killed four
// fighters a local monitor said" may parse with "fighters" as a subject of
// "said" beside "monitor", and "killed" with no object. A clause has one
// subject; where one has two and the first opens right after an active verb
// with a subject and no object of its own, linked to that clause (one is the
// other's ccomp, advcl or parataxis), the first is that verb's object.
func (t *tree) reobject() {
	n := len(t.toks)
	for c := range n {
		var subj []int
		for k, kh := range t.head {
			if kh == c && t.toks[k].DepRel == "nsubj" {
				subj = append(subj, k)
			}
		}
		if len(subj) < 2 {
			continue
		}
		y := subj[0]
		// the verb: the nearest token before y, passing y's own left
		// dependents and the verb's particle
		v := y - 1
		for v >= 0 && (t.head[v] == y || t.rel(v) == "compound" && t.head[v] >= 0 && t.head[v] < v && t.toks[t.head[v]].UPOS == "VERB") {
			v--
		}
		if v < 0 || t.toks[v].UPOS != "VERB" || !t.linked(v, c) {
			continue
		}
		ok, hasSubj := true, false
		for k, kh := range t.head {
			if kh != v || k == c {
				continue
			}
			switch t.rel(k) {
			case "nsubj":
				hasSubj = t.toks[k].DepRel == "nsubj"
			case "obj", "iobj", "ccomp", "xcomp", "aux", "cop", "expl":
				// "has killed" keeps its auxiliary; a passive one has none to give
				if t.rel(k) == "aux" && t.toks[k].DepRel != "aux:pass" {
					continue
				}
				ok = false
			}
		}
		if !ok || !hasSubj || v == c {
			continue
		}
		t.ownTokens()
		t.head[y], t.toks[y].Head, t.toks[y].DepRel = v, v+1, "obj"
	}
}

// reparticle rereads "over" right after a verb of handing or taking that has
// no object, parsed as the preposition of the noun after it ("Iraq handed
// [over 150 detainees] to the Syrian authorities"), as the verb's particle and
// the noun as its object: "handed over", "took over", the phrasal verbs the
// dictionaries list.
func (t *tree) reparticle() {
	n := len(t.toks)
	for v := 0; v+2 < n; v++ {
		c := v + 1
		if t.toks[v].UPOS != "VERB" || !inList(t.lemma[v], "HAND", "TURN", "TAKE") || t.upper[c] != "OVER" || t.toks[c].DepRel != "case" {
			continue
		}
		k := t.head[c]
		if k <= c || t.head[k] != v || t.rel(k) != "obl" {
			continue
		}
		hasObj := false
		for x, h := range t.head {
			if h == v && t.toks[x].DepRel == "obj" {
				hasObj = true
			}
		}
		if hasObj {
			continue
		}
		t.ownTokens()
		t.head[c], t.toks[c].Head, t.toks[c].DepRel = v, v+1, "compound:prt"
		t.toks[k].DepRel = "obj"
	}
}

// resubject gives back to a verb the subject a parser hung on a participle
// clause set off by commas before it. "The ministry said that its forces,
// working with the coalition, had arrested a commander" may parse with
// "forces" the subject of "working", an advcl of "arrested", which then has
// no subject of its own; the sentence-initial form ("Its forces, working
// with the coalition, arrested") parses right. Where a verb has no subject
// and a participle clause before it (an advcl, VBG or VBN, with no marker)
// holds a subject that a comma separates from the participle, the subject is
// the verb's, and the participle shares it as such clauses do (a "that"
// before the subject, hung on the participle, goes to the verb too).
func (t *tree) resubject() {
	n := len(t.toks)
	for a := 0; a < n; a++ {
		v := t.head[a]
		if v <= a || t.toks[a].DepRel != "advcl" || t.toks[a].XPOS != "VBG" && t.toks[a].XPOS != "VBN" || t.toks[v].UPOS != "VERB" {
			continue
		}
		subj, marked, passive, that := -1, false, false, -1
		for x := range n {
			switch {
			case t.head[x] == v && strings.HasPrefix(t.toks[x].DepRel, "nsubj"), t.head[x] == v && strings.HasPrefix(t.toks[x].DepRel, "csubj"):
				subj = -2 // the verb has a subject
			case t.head[x] == v && t.toks[x].DepRel == "aux:pass":
				passive = true
			case t.head[x] == a && t.rel(x) == "mark" && t.upper[x] == "THAT":
				that = x // the complement clause's "that", hung on the participle
			case t.head[x] == a && t.rel(x) == "mark":
				marked = true
			}
		}
		if subj == -2 || marked {
			continue
		}
		s := -1
		for x := 0; x < a; x++ {
			if t.head[x] == a && t.toks[x].DepRel == "nsubj" {
				s = x
			}
		}
		if s < 0 || that > s || !slices.ContainsFunc(t.upper[s+1:a], func(w string) bool { return w == "," }) {
			continue
		}
		t.ownTokens()
		if that >= 0 {
			t.head[that], t.toks[that].Head = v, v+1
		}
		rel := "nsubj"
		if passive {
			rel = "nsubj:pass"
		}
		t.head[s], t.toks[s].Head, t.toks[s].DepRel = v, v+1, rel
	}
}

// reintro gives a verb back the subject a parser swallowed into the phrase that
// opens its sentence when no comma closes that phrase: "In a symbolic show of
// solidarity U.S. ambassador Robert Ford and French ambassador Eric Chevallier
// visited Hama" parses "ambassador" as a phrase of "show" ("of solidarity U.S.
// ambassador") and "visited" has no subject; so do "In the remote city of
// Hassakeh ISIS suicide bombers detonated" and "On Tuesday Syrian fighter jets
// carried out". A finite verb with no subject, whose opening phrase (a
// preposition's, right before the verb or its auxiliary) ends in an actor's
// name, has that name for its subject: the name's phrase (an apposition or a
// conjunct of another name included) is taken out of the opening phrase. The
// name must hang in it as an object or as a phrase whose preposition is
// followed by a noun of its own before the name ("of solidarity", "on
// Tuesday", "of Hassakeh"): that noun, which the parser had made the name's
// compound, ends the opening phrase again. A name right after its
// preposition ("pressure on Syria") is that phrase's own.
func (t *tree) reintro(ms []sitrep.Mention) {
	n := len(t.toks)
	coded := func(k int) int { // the start of the coded mention covering k, or -1
		for _, m := range ms {
			if m.Code != "" && m.Start <= k && k < m.End {
				return m.Start
			}
		}
		return -1
	}
	for v := 1; v < n; v++ {
		if t.toks[v].UPOS != "VERB" {
			continue
		}
		first, finite, subj, pass := t.verbGroup(v)
		if !finite || subj || first < 2 {
			continue
		}
		// the opening phrase: a preposition's phrase of v that ends right before it
		o := -1
		for k, h := range t.head {
			if h == v && k < first && t.rel(k) == "obl" && t.subtreeEnd(k) == first-1 {
				o = k
			}
		}
		if o < 0 {
			continue
		}
		start := t.subtreeStart(o)
		if t.toks[start].UPOS != "ADP" || t.head[start] != o && !t.dominates(o, t.head[start]) {
			continue
		}
		opening := true // only punctuation and v's own marker or conjunction before it
		for k := range start {
			if t.toks[k].UPOS != "PUNCT" && !(t.head[k] == v && inList(t.rel(k), "mark", "cc")) {
				opening = false
			}
		}
		if !opening {
			continue
		}
		// the name that ends the phrase, up through its appositions and conjuncts
		x := first - 1
		ms0 := coded(x)
		if ms0 <= o || !inList(t.toks[x].UPOS, "NOUN", "PROPN") {
			continue
		}
		for steps := 0; steps < 8; steps++ {
			p := t.head[x]
			if p < 0 || p == o || p < ms0 && coded(p) < 0 || !inList(t.toks[p].UPOS, "NOUN", "PROPN") ||
				!inList(t.rel(x), "nmod", "compound", "appos", "conj", "flat") || coded(p) <= o {
				break
			}
			if s := coded(p); s < ms0 {
				ms0 = s
			}
			x = p
		}
		h := x
		if h <= o || !inList(t.rel(h), "nmod", "obj") {
			continue
		}
		// a phrase of its own ("on Syria") is no swallowed subject: there must be
		// a noun between the name's preposition and the name
		c, r := -1, -1
		for k, kh := range t.head {
			if kh == h && k < ms0 && t.rel(k) == "case" {
				c = k
			}
		}
		if c >= 0 {
			for k := c + 1; k < ms0; k++ {
				if inList(t.toks[k].UPOS, "NOUN", "PROPN", "NUM") {
					r = k
				}
			}
			if r < 0 {
				continue
			}
		} else if t.rel(h) != "obj" {
			continue
		}
		t.ownTokens()
		if r >= 0 {
			// the opening phrase ends at r again: r takes the name's place in it,
			// with the preposition and the words before it
			for k := c; k < ms0; k++ {
				if k != r && t.head[k] >= ms0 && t.head[k] <= h {
					t.head[k], t.toks[k].Head = r, r+1
				}
			}
			t.head[r], t.toks[r].Head, t.toks[r].DepRel = t.head[h], t.toks[h].Head, t.toks[h].DepRel
		}
		rel := "nsubj"
		if pass {
			rel = "nsubj:pass"
		}
		t.head[h], t.toks[h].Head, t.toks[h].DepRel = v, v+1, rel
	}
}

// rebelong rereads "belonging to" the parser took for a clause's verb: "when a
// shell belonging to opposition forces struck a school" may parse with
// "shell" the subject of "belonging" and "struck" a relative clause of
// "forces" (or an xcomp of "belonging"). A participle has no subject of its
// own; where "belonging" has one and a finite verb with an object hangs under
// it or its "to" phrase, after that phrase, that verb is the clause's, the
// subject its subject and "belonging to …" the subject's modifier again.
func (t *tree) rebelong() {
	for g := range t.toks {
		if t.lemma[g] != "BELONG" || t.toks[g].XPOS != "VBG" {
			continue
		}
		subj, to, v := -1, -1, -1
		for k, kh := range t.head {
			switch {
			case kh == g && t.toks[k].DepRel == "nsubj" && k < g:
				subj = k
			case kh == g && t.rel(k) == "obl" && k > g:
				for c, ch := range t.head {
					if ch == k && c < k && t.rel(c) == "case" && t.upper[c] == "TO" {
						to = k
					}
				}
			}
		}
		if subj < 0 || to < 0 {
			continue
		}
		for k, kh := range t.head {
			under := kh == to && (t.rel(k) == "acl" || t.rel(k) == "conj") && inList(t.toks[k].XPOS, "VBD", "VBZ", "VBP", "VBN") ||
				kh == g && inList(t.rel(k), "xcomp", "ccomp", "conj", "advcl", "parataxis") && inList(t.toks[k].XPOS, "VBD", "VBZ", "VBP")
			if k > to && t.toks[k].UPOS == "VERB" && under {
				for o, oh := range t.head {
					if oh == k && t.toks[o].DepRel == "obj" {
						v = k
					}
				}
			}
		}
		if v < 0 {
			continue
		}
		t.ownTokens()
		t.head[v], t.toks[v].Head, t.toks[v].DepRel = t.head[g], t.head[g]+1, t.toks[g].DepRel
		t.head[subj], t.toks[subj].Head, t.toks[subj].DepRel = v, v+1, "nsubj"
		t.head[g], t.toks[g].Head, t.toks[g].DepRel = subj, subj+1, "acl"
		for k, kh := range t.head {
			if kh == g && k != to && (t.rel(k) == "mark" || t.rel(k) == "advmod") && k < subj {
				t.head[k], t.toks[k].Head = v, v+1 // "when": the clause's
			}
		}
	}
}

// reagent gives an event noun the "by" phrase a parser hung on the active verb
// whose object the noun is: "the UN denounced the shelling of the hospital by
// the army", "rebels battled to break a siege of the city by the regime". An
// active verb has no agent phrase, so a "by" phrase naming a party after its
// object is the object's agent (a means or a deadline names no party).
func (t *tree) reagent(ms []sitrep.Mention) {
	for b := range t.toks {
		v := t.head[b]
		if v < 0 || v > b || t.rel(b) != "obl" || t.toks[v].UPOS != "VERB" || !mentioned(ms, b) {
			continue
		}
		by, obj, active := false, -1, t.toks[v].XPOS != "VBN"
		for k, kh := range t.head {
			switch {
			case kh == b && t.rel(k) == "case":
				by = t.upper[k] == "BY"
			case kh == v && t.toks[k].DepRel == "obj" && k < b:
				obj = k
			case kh == v && t.toks[k].DepRel == "aux:pass":
				active = false
			case kh == v && t.toks[k].DepRel == "aux" && t.lemma[k] == "HAVE":
				active = true // "has condemned"
			}
		}
		if !by || !active || obj < 0 || t.toks[obj].UPOS != "NOUN" || mentioned(ms, obj) {
			continue
		}
		// the phrase must follow the object's own words, its "of" phrase at
		// most: "carried out air strikes in support of an offensive by regime
		// forces" and "in response to the killing of its soldiers by IS" name
		// the later noun's agent, not the object's
		adjacent := true
		for k := obj + 1; k < b && adjacent; k++ {
			adjacent = t.dominates(b, k) || t.dominates(obj, k) && t.ofPhraseOf(obj, k)
		}
		if !adjacent {
			continue
		}
		t.ownTokens()
		t.head[b], t.toks[b].Head, t.toks[b].DepRel = obj, obj+1, "nmod"
	}
}

// caseBefore returns the first preposition (case word, upper case) of the
// phrase headed by x, read off head so that the repairs, which run before the
// tree's children are built, can use it; "" if none. (caseOf reads the whole
// preposition, "out of", from the children.)
func (t *tree) caseBefore(x int) string {
	for k, h := range t.head {
		if h == x && k < x && t.rel(k) == "case" {
			return t.upper[k]
		}
	}
	return ""
}

// ofPhraseOf reports whether token k lies in noun n's own words or its "of"
// phrase ("the siege of the city"), before the tree's children are known.
func (t *tree) ofPhraseOf(n, k int) bool {
	for x, steps := k, 0; x >= 0 && steps < len(t.toks); x, steps = t.head[x], steps+1 {
		h := t.head[x]
		if h == n {
			if t.rel(x) != "nmod" {
				return true // a determiner, an adjective, a compound
			}
			return t.caseBefore(x) == "OF"
		}
		if x == n {
			return true
		}
	}
	return false
}

// revocative rereads a headline's comma between two names as "and": "Turkey,
// Syria sign defense agreement" parses "Turkey" as a vocative, addressed, and
// Syria alone signs. News addresses nobody; a name opening a sentence as a
// vocative, a comma, and a name that is the same verb's subject are two
// subjects, the comma their coordinator.
func (t *tree) revocative() {
	n := len(t.toks)
	if n < 4 || t.toks[0].DepRel != "vocative" || t.toks[0].UPOS != "PROPN" || t.upper[1] != "," ||
		inList(t.upper[n-1], ".", "!", "?", "\"", "”") {
		return // (a headline has no final stop; in a sentence, a vocative is one)
	}
	v := t.head[0]
	if v == 1 {
		return // (hung on the comma: rehanging would make a cycle)
	}
	s := -1
	for x := 2; x < len(t.toks); x++ {
		if t.head[x] == v && strings.HasPrefix(t.toks[x].DepRel, "nsubj") && t.toks[x].UPOS == "PROPN" {
			s = x
			break
		}
	}
	if v < 0 || s < 0 {
		return
	}
	t.ownTokens()
	rel := t.toks[s].DepRel
	t.head[s], t.toks[s].Head, t.toks[s].DepRel = 0, 1, "conj"
	t.head[1], t.toks[1].Head, t.toks[1].DepRel = s, s+1, "cc"
	t.toks[0].DepRel = rel
}

// clauseMarks are prepositions that also introduce a clause.
var clauseMarks = []string{"AFTER", "BEFORE", "SINCE", "UNTIL"}

// reclause rereads a clause a parser took for a prepositional phrase with a
// reduced relative: "the talks come a week after Israeli jets bombed military
// sites" may parse "after [jets [bombed sites]]", "bombed" a participle
// modifying "jets". A participle with an object and no agent after a noun
// that "after", "before", "since" or "until" governs is read as the verb of
// a clause that word introduces, the noun its subject: "after jets bombed
// sites". (A reduced relative seldom has an object; "after troops loyal to
// the government" has none.)
func (t *tree) reclause() {
	n := len(t.toks)
	for v := 0; v < n; v++ {
		subj := t.reducedRelative(v)
		if subj < 0 || t.rel(subj) != "obl" || t.head[subj] < 0 {
			continue
		}
		c, obj, agent := -1, false, false
		for x := range n {
			switch {
			case t.head[x] == subj && x < subj && t.rel(x) == "case" && inList(t.upper[x], clauseMarks...):
				c = x
			case t.head[x] == v && t.toks[x].DepRel == "obj":
				obj = true
			case t.head[x] == v && t.toks[x].DepRel == "obl:agent":
				agent = true
			}
		}
		if c < 0 || !obj || agent {
			continue
		}
		t.asClause(v, subj, t.head[subj], "advcl")
		t.head[c], t.toks[c].Head, t.toks[c].DepRel = v, v+1, "mark"
	}
}

// retimeobject gives back to a verb the object that a parser hung on the
// verb's time phrase as an apposition: "received in Damascus on Monday the US
// Special Envoy" parses "the US Special Envoy" as an appos of "Monday". A
// weekday, month or date has no appositive; the noun after it is the object
// of the verb, when the verb has none.
func (t *tree) retimeobject() {
	n := len(t.toks)
	for k := range n {
		h := t.head[k]
		if h < 0 || k < h || t.toks[k].DepRel != "appos" || !inList(t.toks[k].UPOS, "NOUN", "PROPN") ||
			!inList(t.upper[h], calendarNames...) || !capitalized(t.toks[h].Text) {
			continue
		}
		v := t.head[h]
		if v < 0 || t.toks[v].UPOS != "VERB" || t.rel(h) != "obl" {
			continue
		}
		hasObj := false
		for x := range n {
			if t.head[x] == v && inList(t.rel(x), "obj", "ccomp", "xcomp") {
				hasObj = true
			}
		}
		if hasObj {
			continue
		}
		t.ownTokens()
		t.head[k], t.toks[k].Head, t.toks[k].DepRel = v, v+1, "obj"
	}
}

// rerelative gives a relative clause of harm back to the act of force it
// tells of: "conducted an airstrike on Saturday in the desert southeast of
// Palmyra that killed an ISIS facilitator" parses "that killed" as a clause of
// "southeast". A place or a day kills no one: a clause of a verb of harm
// (injuryVerbs) whose subject is "that" or "which", hung on a place, a
// direction or a day that no actor names, belongs to the force noun that
// place's phrase hangs on ("strikes on the town of Saraqeb that killed"), or
// to the force noun the phrase's verb has as object.
func (t *tree) rerelative(ms []sitrep.Mention) {
	n := len(t.toks)
	for v := range n {
		h := t.head[v]
		if h < 0 || h > v || t.toks[v].DepRel != "acl:relcl" || !inList(t.lemma[v], injuryVerbs...) ||
			!t.inertNoun(h) || mentioned(ms, h) {
			continue
		}
		// (the tree's kids are built after the repairs: read heads)
		relative := false
		for k := h + 1; k < v; k++ {
			if t.head[k] == v && t.toks[k].DepRel == "nsubj" && inList(t.upper[k], "THAT", "WHICH") {
				relative = true
			}
		}
		if !relative {
			continue
		}
		if f := t.forceAbove(h); f >= 0 {
			t.ownTokens()
			t.head[v], t.toks[v].Head = f, f+1
		}
	}
}

// reaim gives an act of force back the phrase that says what it was aimed at:
// "an attack launched by ISIS terrorists on a military post" parses "on a
// military post" as a phrase of "terrorists". Who carried out an act (the
// agent of an executing participle, executeVerbs) is not what an "on" or
// "against" phrase right after it is about; the act is.
func (t *tree) reaim() {
	for k := range t.toks {
		a := t.head[k]
		if a < 0 || a > k || t.toks[k].DepRel != "nmod" || t.toks[a].DepRel != "obl:agent" {
			continue
		}
		v := t.head[a]
		if v < 0 || t.toks[v].DepRel != "acl" || !inList(t.lemma[v], executeVerbs...) {
			continue
		}
		f := t.head[v]
		if f < 0 || f > v || !inList(t.upper[f], actsOfForce...) || t.timePhrase(k) {
			continue // (a weapon "fired by terrorists on the town" is aimed by its firing; "on Saturday" is when)
		}
		aimed := false
		for c := a + 1; c < k; c++ {
			if t.head[c] == k && t.rel(c) == "case" && inList(t.upper[c], "ON", "AGAINST", "UPON") {
				aimed = true
			}
		}
		if aimed {
			t.ownTokens()
			t.head[k], t.toks[k].Head = f, f+1
		}
	}
}

// inertNoun reports whether noun h names a place, a direction or a day: what
// can be where or when an act happens but not its doer.
func (t *tree) inertNoun(h int) bool {
	if !inList(t.toks[h].UPOS, "NOUN", "PROPN") {
		return false
	}
	return t.placeNoun(h) || inList(t.upper[h], calendarNames...) || inList(t.lemma[h], directionNouns...)
}

// directionNouns name where, from a place: "the desert southeast of Palmyra".
var directionNouns = []string{"NORTH", "SOUTH", "EAST", "WEST", "NORTHEAST", "NORTHWEST", "SOUTHEAST", "SOUTHWEST", "DESERT",
	"OUTSKIRT", "OUTSKIRTS", "NIGHT", "MORNING", "EVENING", "AFTERNOON", "DAWN"}

// actsOfForce are the acts a group claims, and strikes by their means; harmActs
// add the weapons that do harm.
var actsOfForce = append([]string{"AIRSTRIKE", "AIRSTRIKES", "SHELLING", "RAIDS", "OPERATIONS"}, claimedActs...)

// harmActs are the acts of force a relative clause of harm may tell of: the
// acts a group claims, and strikes and fire by their means.
var harmActs = append([]string{"ROCKET", "ROCKETS", "MISSILE", "MISSILES", "SHELL", "SHELLS"}, actsOfForce...)

// forceAbove returns the force noun (harmActs) that the place or time noun
// h is a phrase of, through at most three nouns ("strikes on the town of
// Saraqeb"), or the force noun that is the object of the verb h's phrase hangs
// on ("conducted a strike in the desert"); or -1.
func (t *tree) forceAbove(h int) int {
	x := h
	for steps := 0; steps < 4; steps++ {
		p := t.head[x]
		if p < 0 {
			return -1
		}
		switch {
		case p < h && t.toks[p].UPOS == "NOUN" && inList(t.upper[p], harmActs...):
			return p
		case t.toks[p].UPOS == "VERB" && inList(t.rel(x), "obl", "nmod"):
			for o := 0; o < h; o++ {
				if t.head[o] == p && t.rel(o) == "obj" && t.toks[o].UPOS == "NOUN" && inList(t.upper[o], harmActs...) {
					return o
				}
			}
			return -1
		case inList(t.toks[p].UPOS, "NOUN", "PROPN") && inList(t.rel(x), "nmod", "obl", "compound", "appos"):
			x = p
		default:
			return -1
		}
	}
	return -1
}

// reconjoin rereads a clause a parser split in two: "the session came hours
// after U.S. envoy Morgan Ortagus, who landed in Beirut, held talks with
// President Aoun" parses "after ... Ortagus" as a phrase of "came" and "held"
// as a second verb of "came", with no subject and no conjunction. A verb
// conjoined to its head with neither a subject nor a coordinating word of its
// own, right after a phrase of that head opened by "after", "before", "since"
// or "until" (the phrase's own relative clause and commas between), is that
// phrase's clause: the phrase's noun is its subject and the word its mark. So
// is a verb hung on the head as a clause with no subject or marker of its own,
// and so is the phrase of a time unit the head governs: "the push comes months
// after Israel's ambassador to the UN, Danny Danon, sharply criticized the
// vote" ("months after ... Danon" an object's phrase, "criticized" an advcl).
func (t *tree) reconjoin() {
	n := len(t.toks)
	for v := 0; v < n; v++ {
		h := t.head[v]
		if h < 0 || h > v || t.toks[v].DepRel != "conj" && t.toks[v].DepRel != "advcl" || t.toks[v].UPOS != "VERB" || !inList(t.toks[v].XPOS, "VBD", "VBZ", "VBP") {
			continue
		}
		// (the tree's kids are built after the repairs: read heads)
		own, subj := false, -1
		for k := range n {
			switch {
			case t.head[k] == v && (inList(t.rel(k), "cc", "nsubj", "expl") || t.rel(k) == "mark" && k < v):
				own = true
			case t.head[k] == h && k > h && k < v && t.rel(k) == "obl" && t.toks[k].UPOS != "PRON":
				subj = k // the last phrase of h before v
			case t.head[k] >= 0 && t.head[t.head[k]] == h && inList(t.lemma[t.head[k]], timeUnits...) && k < v && t.rel(k) == "nmod" && t.toks[k].UPOS != "PRON":
				subj = k // "comes months after Israel's ambassador ... criticized"
			}
		}
		if own || subj < 0 {
			continue
		}
		// only commas and v's own words between the phrase and v
		between := true
		for k := t.subtreeEnd(subj) + 1; k < v; k++ {
			between = between && (t.toks[k].UPOS == "PUNCT" || t.head[k] == v)
		}
		if !between {
			continue
		}
		c := -1
		for k := 0; k < subj; k++ {
			if t.head[k] == subj && t.rel(k) == "case" && inList(t.upper[k], clauseMarks...) {
				c = k
			}
		}
		if c < 0 || t.toks[v].DepRel == "advcl" && t.upper[c] == "UNTIL" && t.toks[v].XPOS != "VBD" {
			// ("will not discuss handing over its arms until Israel halts its
			// strikes": a present after "until" is a condition yet to be met, no
			// act to report)
			continue
		}
		t.asClause(v, subj, h, "advcl")
		t.head[c], t.toks[c].Head, t.toks[c].DepRel = v, v+1, "mark"
	}
}

// rewhose gives back to a sentence's verb the subject a parser gave the
// relative clause set off by commas after it: "The Kurdish-led Syrian
// Democratic Forces, whose fighters guarded the prisons until January, have
// accused Damascus of mishandling the handover" may parse with "guarded" the
// root, "Forces" and "fighters" both its subjects, and "accused" a parataxis
// (or the root, "guarded" its ccomp) with no subject. A clause has one
// subject; where a verb has two, the second a relative one ("whose fighters",
// "who", "which") after a comma, the first is the subject of the finite verb
// with none that follows the relative clause after a comma and is hung on it
// or holds it, and the relative clause modifies that subject again.
func (t *tree) rewhose() {
	n := len(t.toks)
	for r := range n {
		if t.toks[r].UPOS != "VERB" {
			continue
		}
		s1, s2 := -1, -1
		for k, h := range t.head {
			if h != r || k > r || !strings.HasPrefix(t.toks[k].DepRel, "nsubj") {
				continue
			}
			relative := inList(t.upper[k], "WHO", "WHICH")
			for x, xh := range t.head {
				if xh == k && x < k && t.toks[x].XPOS == "WP$" {
					relative = true // "whose fighters"
				}
			}
			switch {
			case relative && s1 >= 0 && s2 < 0:
				s2 = k
			case !relative && s2 < 0:
				s1 = k
			}
		}
		if s1 < 0 || s2 < 0 || !slices.Contains(t.upper[s1+1:s2], ",") {
			continue
		}
		// the main verb: after r, finite, with no subject, right after a comma,
		// hung on r or holding it
		w := -1
		for k := r + 1; k < n && w < 0; k++ {
			if t.toks[k].UPOS != "VERB" || !(t.head[k] == r && inList(t.rel(k), "parataxis", "conj", "ccomp", "advcl") || t.head[r] == k && inList(t.rel(r), "ccomp", "parataxis", "advcl")) {
				continue
			}
			first, finite, subj, _ := t.verbGroup(k)
			if finite && !subj && first > 0 && t.upper[first-1] == "," {
				w = k
			}
		}
		if w < 0 {
			continue
		}
		t.ownTokens()
		if t.head[w] == r {
			for k, h := range t.head {
				if h == r && k != w && (k < s1 || k > w) {
					t.head[k], t.toks[k].Head = w, w+1 // the main clause's own words
				}
			}
			t.head[w], t.toks[w].Head, t.toks[w].DepRel = t.head[r], t.toks[r].Head, t.toks[r].DepRel
		} else {
			for k, h := range t.head {
				if h == r && k < s1 {
					t.head[k], t.toks[k].Head = w, w+1
				}
			}
		}
		rel := "nsubj"
		if _, _, _, pass := t.verbGroup(w); pass {
			rel = "nsubj:pass"
		}
		t.head[s1], t.toks[s1].Head, t.toks[s1].DepRel = w, w+1, rel
		t.head[r], t.toks[r].Head, t.toks[r].DepRel = s1, s1+1, "acl:relcl"
	}
}

// resaid gives back to a reporting verb the second verb of its subject that a
// parser hung inside the clause reported: "Katz said the army would keep its
// positions in the buffer zone for as long as necessary, and warned that ..."
// may parse "warned" as an apposition of "zone", and "Qassem said the
// Resistance would not hand over its weapons while ..., and accused the United
// States of ..." as a clause of "hand"; neither has a subject then. A verb
// in the simple past after "and" or "but" cannot continue a verb phrase that a
// modal heads ("would keep ... and warn"): where a past reporting verb's clause
// has a modal and a past verb with "and" and no subject or auxiliary of its own
// follows under the reporting verb, that verb is the reporting verb's
// conjunct and shares its subject. (The same holds for a present reporting
// verb and a present conjunct: "says Syria will ... and warns".) A past
// participle joined to a participle is that participle's conjunct ("as long as
// it is funded and interfered in").
func (t *tree) resaid() {
	n := len(t.toks)
	for r := range n {
		if t.toks[r].UPOS != "VERB" || !inList(t.lemma[r], reportVerbs...) || !inList(t.toks[r].XPOS, "VBD", "VBZ") {
			continue
		}
		c := -1
		for k, h := range t.head {
			if h == r && k > r && t.toks[k].DepRel == "ccomp" {
				for x, xh := range t.head {
					if xh == k && x < k && t.toks[x].DepRel == "aux" && t.toks[x].XPOS == "MD" {
						c = k
					}
				}
			}
		}
		if c < 0 {
			continue
		}
		for v := c + 1; v < n; v++ {
			h := t.head[v]
			if h == r || h < 0 || t.toks[v].UPOS != "VERB" || !t.dominates(r, v) {
				continue
			}
			switch {
			case t.toks[r].XPOS == "VBZ" && t.toks[v].XPOS == "VBZ":
			case t.toks[r].XPOS == "VBD" && t.toks[v].XPOS == "VBD":
			case t.toks[r].XPOS == "VBD" && t.toks[v].XPOS == "VBN" && t.toks[h].XPOS != "VBN":
			default:
				continue
			}
			cc, own := false, false
			for k, kh := range t.head {
				switch {
				case kh != v:
				case t.rel(k) == "cc" && k < v && inList(t.upper[k], "AND", "BUT"):
					cc = true
				case inList(t.rel(k), "nsubj", "csubj", "expl", "aux", "mark"):
					own = true
				}
			}
			if !cc || own {
				continue
			}
			t.ownTokens()
			t.head[v], t.toks[v].Head, t.toks[v].DepRel = r, r+1, "conj"
		}
	}
}

// timeUnits measure how long after or before: "months after", "days before".
var timeUnits = []string{"MINUTE", "HOUR", "DAY", "WEEK", "MONTH", "YEAR"}

// verbGroup reads verb v's own auxiliaries and subject from the heads (the
// repairs run before the tree's kids are built): first is the first word of
// its verb group (its earliest auxiliary before it, or v), finite whether a
// tense or an auxiliary makes it a clause's verb, subj whether it has a
// subject (nsubj, csubj or expl, any subtype), pass whether an auxiliary makes
// it passive.
func (t *tree) verbGroup(v int) (first int, finite, subj, pass bool) {
	first, finite = v, inList(t.toks[v].XPOS, "VBD", "VBZ", "VBP")
	for k, h := range t.head {
		if h != v {
			continue
		}
		switch {
		case k < v && inList(t.toks[k].DepRel, "aux", "aux:pass"):
			first, finite = min(first, k), true
			pass = pass || t.toks[k].DepRel == "aux:pass"
		case inList(t.rel(k), "nsubj", "csubj", "expl"):
			subj = true
		}
	}
	return first, finite, subj, pass
}

// subtreeStart returns the first token the subtree of k spans (read from the
// heads: the repairs run before the tree's kids are built).
func (t *tree) subtreeStart(k int) int {
	for x := range k {
		if t.dominates(k, x) {
			return x
		}
	}
	return k
}

// subtreeEnd returns the last token the subtree of k spans.
func (t *tree) subtreeEnd(k int) int {
	end := k
	for x := range t.toks {
		if x > end && t.dominates(k, x) {
			end = x
		}
	}
	return end
}

// reducedRelative returns the noun before it that v modifies as a reduced
// relative ("jets [struck the towns]": a participle or past verb hung on the
// noun as acl), or -1: the shape reclause and rereport reread as a clause.
func (t *tree) reducedRelative(v int) int {
	subj := t.head[v]
	if subj < 0 || subj > v || t.toks[v].DepRel != "acl" || t.toks[v].UPOS != "VERB" || !inList(t.toks[v].XPOS, "VBN", "VBD") {
		return -1
	}
	return subj
}

// asClause rereads reduced relative v of noun subj as the finite verb of a
// clause hung on h as rel, the noun its subject.
func (t *tree) asClause(v, subj, h int, rel string) {
	t.ownTokens()
	t.head[v], t.toks[v].Head, t.toks[v].DepRel = h, h+1, rel
	t.toks[v].XPOS = "VBD"
	t.head[subj], t.toks[subj].Head, t.toks[subj].DepRel = v, v+1, "nsubj"
}

// contentVerbs report a clause and take no noun for what they report: the
// reporting verbs but "told" (whose object is the hearer), "accuse" (whose
// object is the accused), "argue" and "maintain".
var contentVerbs = slices.DeleteFunc(slices.Clone(reportVerbs), func(v string) bool {
	return inList(v, "TELL", "ACCUSE", "ARGUE", "MAINTAIN")
})

// rereport rereads a reported clause with no "that" a parser took for an object
// with a reduced relative: "the network said Russian jets struck the towns of
// Jisr al-Shaghour and Binnish" may parse "said [jets [struck the towns]]",
// "struck" a participle modifying "jets". What is said is a clause, and a
// participle with an object and no agent right after its noun is that
// clause's verb: "struck" becomes the reporting verb's clausal complement and
// the noun its subject, as reclause does after "after" and "before".
func (t *tree) rereport() {
	n := len(t.toks)
	for v := 0; v < n; v++ {
		subj := t.reducedRelative(v)
		if subj < 0 || t.toks[subj].DepRel != "obj" || !inList(t.toks[subj].UPOS, "NOUN", "PROPN") {
			continue
		}
		r := t.head[subj]
		if r < 0 || r > subj || t.toks[r].UPOS != "VERB" || !inList(t.lemma[r], contentVerbs...) {
			continue
		}
		obj, other := false, false
		for x := range n {
			switch {
			case t.head[x] == v && t.toks[x].DepRel == "obj":
				obj = true
			case t.head[x] == v && (t.toks[x].DepRel == "obl:agent" || inList(t.rel(x), "aux", "mark", "nsubj")):
				other = true
			case t.head[x] == subj && x > subj && x < v:
				other = true // "said the words of the song struck …": the noun's own phrase between
			}
		}
		if !obj || other {
			continue
		}
		t.asClause(v, subj, r, "ccomp")
	}
}

// respeaker gives a reporting verb left without a subject the noun phrase
// right before it: "an air strike killed 15 civilians … on Saturday the Syrian
// Observatory for Human Rights monitor said" may parse with "Observatory" an
// apposition of "Saturday" and "said" with no subject, so the monitor became
// the strike's target. A verb of contentVerbs has a subject; where it has none,
// the phrase that ends right before it, when an actor is named there and the
// parser hung it inside the reported clause, is that subject. (reattribute
// reads the shape with a comma, where the parser gave the verb a wrong
// subject; FA-KES's copies lost their commas.)
func (t *tree) respeaker(ms []sitrep.Mention) {
	for v := 1; v < len(t.toks); v++ {
		if t.toks[v].UPOS != "VERB" || !inList(t.lemma[v], contentVerbs...) || !inList(t.toks[v].XPOS, "VBD", "VBZ", "VBP") {
			continue
		}
		has := false
		for k, h := range t.head {
			if h == v && (inList(t.rel(k), "nsubj", "expl") || t.rel(k) == "aux" && k < v) {
				has = true
			}
		}
		if has {
			continue
		}
		// the head of the phrase that ends at v-1
		p := v - 1
		for steps := 0; steps < 8; steps++ {
			h := t.head[p]
			if h < 0 || h >= v || !inList(t.rel(p), "compound", "flat", "nmod", "amod") || !inList(t.toks[h].UPOS, "NOUN", "PROPN") {
				break // p heads the phrase: "the Syrian Observatory for Human Rights monitor"
			}
			p = h
		}
		if !inList(t.toks[p].UPOS, "NOUN", "PROPN") || !inList(t.rel(p), "appos", "obj", "nmod", "obl", "conj") || t.head[p] == v || !mentioned(ms, p) {
			continue
		}
		// the phrase hangs inside the clause said: under a verb or noun that
		// the reporting verb governs
		if x := t.head[p]; x < 0 || !t.dominates(v, x) {
			continue
		}
		t.ownTokens()
		t.head[p], t.toks[p].Head, t.toks[p].DepRel = v, v+1, "nsubj"
	}
}

// quantityNouns count or group what their "of" phrase names: "a total of 18
// airstrikes", "a series of raids", "dozens of attacks". (A barrage or a
// volley of rockets is force itself, the dictionary's noun: not here.)
var quantityNouns = []string{"TOTAL", "SERIES", "NUMBER", "WAVE", "STRING", "SPATE", "ROUND", "FLURRY",
	"COUPLE", "HANDFUL", "DOZEN", "HUNDRED", "THOUSAND", "SCORE"}

// requantity rereads a quantity noun and its "of" noun: in "the army carried
// out a total of 18 airstrikes in the Houla region" UD makes "total" the
// object and "airstrikes" its "of" phrase, so the strikes are no light verb's
// object and the "in" phrase on the verb never reaches them. What is counted
// is the phrase's head for the coder: the "of" noun takes the quantity noun's
// place, and the quantity noun becomes its modifier (with "of" fixed to it).
// Only a counting use is reread — "a number of", "dozens of", a bare plural —
// not "the number of people killed rose", where the number is what is meant.
func (t *tree) requantity() {
	n := len(t.toks)
	for q := 0; q < n; q++ {
		if t.toks[q].UPOS != "NOUN" || !inList(t.lemma[q], quantityNouns...) {
			continue
		}
		counting := t.upper[q] != t.lemma[q] && t.lemma[q] != "SERIES" // "dozens", "hundreds"
		noun := -1
		for x := q + 1; x < n; x++ {
			if t.head[x] == q && t.rel(x) == "nmod" && t.toks[x].UPOS == "NOUN" {
				noun = x
				break
			}
		}
		for x := range q {
			if t.head[x] == q && t.toks[x].DepRel == "det" {
				counting = t.upper[x] == "A" || t.upper[x] == "AN"
			}
		}
		if noun < 0 || !counting {
			continue
		}
		of := -1
		for x := q + 1; x < noun; x++ {
			if t.head[x] == noun && t.rel(x) == "case" && t.upper[x] == "OF" {
				of = x
			}
		}
		if of < 0 {
			continue
		}
		t.ownTokens()
		for x := range q {
			if t.head[x] == q && t.rel(x) == "case" {
				t.head[x], t.toks[x].Head = noun, noun+1 // "on a number of neighbourhoods": the phrase's preposition
			}
		}
		for x := noun + 1; x < n; x++ {
			if t.head[x] == q {
				// "a series of strikes overnight by the coalition": what
				// follows the counted noun qualifies it
				t.head[x], t.toks[x].Head = noun, noun+1
			}
		}
		t.head[noun], t.toks[noun].Head, t.toks[noun].DepRel = t.head[q], t.head[q]+1, t.toks[q].DepRel
		t.head[q], t.toks[q].Head, t.toks[q].DepRel = noun, noun+1, "nummod"
		t.head[of], t.toks[of].Head, t.toks[of].DepRel = q, q+1, "fixed"
	}
}

// tollNouns name what an act leaves or where it happened, never an act someone
// carries out: a toll is not done "by" anybody.
var tollNouns = []string{"TOLL", "TALLY", "COUNT", "NUMBER", "VICTIM", "CASUALTY", "SURVIVOR", "AFTERMATH", "WAKE", "SCENE", "SITE", "RESULT"}

// retoll rehangs on the act it follows a "by" phrase the parser hung on a noun
// of tollNouns: "the death toll from strikes by the Syrian military", "the
// victims of shelling by rebels", "in the wake of attacks by the group". The
// act is the toll's "from" or "of" phrase that ends right before the "by"; its
// agent is the phrase's.
func (t *tree) retoll(ms []sitrep.Mention) {
	for b, h := range t.head {
		if h < 0 || h > b || t.rel(b) != "nmod" || t.toks[h].UPOS != "NOUN" || !inList(t.lemma[h], tollNouns...) || t.caseBefore(b) != "BY" {
			continue
		}
		act := -1
		for k := h + 1; k < b; k++ {
			if t.head[k] == h && t.rel(k) == "nmod" && t.toks[k].UPOS == "NOUN" && inList(t.caseBefore(k), "FROM", "OF", "IN") {
				act = k
			}
		}
		if act < 0 || reporterAt(ms, b) {
			continue // ("the toll from the shelling by SANA": the count's, not the act's)
		}
		adjacent := true // the act's phrase ends right before the "by" phrase begins
		for k := act + 1; k < b && adjacent; k++ {
			adjacent = t.dominates(act, k) || t.dominates(b, k)
		}
		if !adjacent {
			continue // something between: "the toll from the strikes, by the count of …"
		}
		t.ownTokens()
		t.head[b], t.toks[b].Head = act, act+1
	}
}

// reporterAt reports whether a mention of a news outlet, a monitor or another
// non-governmental body covers token k: those count and report acts, they do
// not carry them out.
func reporterAt(ms []sitrep.Mention, k int) bool {
	for _, m := range ms {
		if m.Start <= k && k < m.End && hasSector(m.Code, "MED", "NGO") {
			return true
		}
	}
	return false
}

// refront rereads a noun a parser made the object of a verb it precedes while
// the verb has an object after it too. "the party's armed wing Liwa Nur took
// the town" may parse as a reduced object relative, "the wing [that] Liwa Nur
// took", with "wing" an obj of "took" beside "the town"; the coder then reads
// "wing" as what was taken. A clause has one direct object, and a relative
// clause whose gap is its object has none after its verb; where a verb has a
// noun object before it that ends right before its subject's phrase, and
// another after it, the first is read as a modifier of the subject (the
// subject's own title, "armed wing"), a compound as "wing" heads none here.
func (t *tree) refront() {
	n := len(t.toks)
	for v := range n {
		pre, post, subj := -1, -1, -1
		for k, kh := range t.head {
			if kh != v {
				continue
			}
			switch {
			case t.toks[k].DepRel == "obj" && k < v && pre < 0 && (t.toks[k].UPOS == "NOUN" || t.toks[k].UPOS == "PROPN"):
				pre = k
			case t.toks[k].DepRel == "obj" && k > v:
				post = k
			case t.toks[k].DepRel == "nsubj" && k < v:
				subj = k
			}
		}
		if pre < 0 || post < 0 || subj < pre {
			continue
		}
		// pre's phrase must end right before the subject's phrase begins
		first := t.subtreeStart(subj)
		last := pre
		for k := pre + 1; k < first; k++ {
			if t.dominates(pre, k) {
				last = k
			}
		}
		if last != first-1 {
			continue
		}
		t.ownTokens()
		t.head[pre], t.toks[pre].Head, t.toks[pre].DepRel = subj, subj+1, "compound"
	}
}

// reborder hangs a "with" phrase that directly follows a border noun on that
// noun: "an assault on a town on Syria's border with Turkey" may parse with
// "with Turkey" on "launched" or on "assault", and the coder then takes the
// country across the border for the assault's partner or target. Right after
// "border", "frontier" or "boundary", "with" and a name name the country
// across it (see acrossBorder) whatever the parser attached them to.
func (t *tree) reborder() {
	for w := 1; w < len(t.toks); w++ {
		b := w - 1
		if t.toks[w].DepRel != "case" || t.lemma[w] != "WITH" || !inList(t.lemma[b], borderNouns...) || t.toks[b].UPOS != "NOUN" {
			continue
		}
		x := t.head[w]
		if x <= w || x == b || t.head[x] == b || t.dominates(x, b) {
			continue
		}
		// a name ("patrolled the border with dogs" is an instrument), the
		// phrase's head, with nothing of its own before "with"
		ok := t.toks[x].UPOS == "PROPN"
		for k := w + 1; k < x; k++ {
			if !t.dominates(x, k) {
				ok = false
			}
		}
		if !ok || !inList(t.rel(x), "obl", "nmod") {
			continue
		}
		t.ownTokens()
		t.head[x], t.toks[x].Head, t.toks[x].DepRel = b, b+1, "nmod"
	}
}

// renominal rereads as a noun an adjective that the parser made the head of a
// verb's argument with a determiner or a possessive of its own and no noun:
// "launched an offensive to take Manbij", "the army began a counter-offensive".
// Words that are both ("offensive", "initiative", "explosive") are tagged the
// adjective where no noun follows to tell them apart, and a noun's dictionary
// entry then misses them. Where the parser hung the adjective on a possessive
// pronoun that it made the argument ("launched its offensive": "its" the object,
// "offensive" its amod), the adjective heads the phrase: a possessive heads none.
func (t *tree) renominal() {
	args := []string{"obj", "nsubj", "nsubj:pass", "obl", "nmod"}
	for p := range t.toks {
		if t.toks[p].XPOS != "PRP$" || !inList(t.toks[p].DepRel, args...) {
			continue
		}
		a := -1
		for k := p + 1; k < len(t.toks); k++ {
			if t.head[k] == p && t.toks[k].DepRel == "amod" && t.toks[k].XPOS == "JJ" {
				a = k
				break
			}
		}
		if a < 0 {
			continue
		}
		t.ownTokens()
		for k := range t.toks {
			if t.head[k] == p && k != a {
				t.head[k], t.toks[k].Head = a, a+1
			}
		}
		t.head[a], t.toks[a].Head, t.toks[a].DepRel = t.head[p], t.toks[p].Head, t.toks[p].DepRel
		t.head[p], t.toks[p].Head, t.toks[p].DepRel = a, a+1, "nmod:poss"
	}
	for a := range t.toks {
		if t.toks[a].XPOS != "JJ" || !inList(t.toks[a].DepRel, args...) {
			continue
		}
		determined, noun := false, false
		for k := range t.toks {
			if t.head[k] != a {
				continue
			}
			switch {
			case k < a && (t.toks[k].DepRel == "det" || t.toks[k].DepRel == "nmod:poss"):
				determined = true
			case t.toks[k].DepRel == "compound" || k < a && (t.toks[k].UPOS == "NOUN" || t.toks[k].UPOS == "PROPN") && t.toks[k].DepRel != "nmod:poss":
				noun = true
			}
		}
		if determined && !noun {
			t.ownTokens()
			t.toks[a].UPOS, t.toks[a].XPOS = "NOUN", "NN"
		}
	}
}

// reverb rereads as a verb a plural noun that the parser gave a direct object:
// only verbs take one. Headlines drop the words that tell a verb in "-s" from a
// plural noun ("Turkey shells Kurdish positions", "Israel strikes Damascus
// airport", "US raid kills ISIS operatives"), the tagger reads the noun, and
// the parser, seeing the sentence's shape, builds the clause around it anyway.
// With no subject, the nearest noun or adjective that modifies it from the
// left ("raid" in "US raid kills", tagged an adjective) is its subject, and the
// modifiers before that one modify it.
func (t *tree) reverb() {
	// (before the tree's kids are built: dependents are read off head)
	dep := func(v int, rel string) bool {
		for k, h := range t.head {
			if h == v && t.rel(k) == rel {
				return true
			}
		}
		return false
	}
	for v := range t.toks {
		if t.toks[v].UPOS == "NOUN" && t.participleVerb(v) {
			continue
		}
		if t.toks[v].XPOS != "NNS" && t.toks[v].XPOS != "NNPS" {
			continue
		}
		if !inList(t.rel(v), "root", "parataxis", "ccomp", "conj") || t.rel(v) == "conj" && t.head[v] >= 0 && t.toks[t.head[v]].UPOS != "VERB" {
			continue // only where a clause's head stands ("called Syria the worlds most dangerous place": a complement)
		}
		if !dep(v, "obj") && !t.headlineAppos(v) {
			continue
		}
		t.ownTokens()
		t.toks[v].UPOS, t.toks[v].XPOS = "VERB", "VBZ"
		if dep(v, "nsubj") {
			continue
		}
		subj := -1
		for k := v - 1; k >= 0; k-- {
			if t.head[k] == v && inList(t.toks[k].DepRel, "compound", "amod") && inList(t.toks[k].UPOS, "NOUN", "PROPN", "ADJ") {
				subj = k
				break
			}
		}
		if subj < 0 {
			continue
		}
		t.toks[subj].DepRel = "nsubj"
		if t.toks[subj].UPOS == "ADJ" {
			t.toks[subj].UPOS = "NOUN"
		}
		for k := 0; k < subj; k++ {
			if t.head[k] == v {
				t.head[k], t.toks[k].Head = subj, subj+1
			}
		}
	}
}

// headlineAppos rereads "US strikes ISIS in Syria": the parser read a headline's
// "strikes" as a noun with the name before it a compound and the name after it
// an apposition. A plural noun between two names that the actor resolver coded,
// the first its compound and the second its apposition, is a verb and its
// object; the apposition is made the object (reverb does the rest). It reports
// whether it did.
func (t *tree) headlineAppos(v int) bool {
	named := func(k int) bool {
		for _, m := range t.ms {
			if m.Code != "" && m.Start <= k && k < m.End {
				return true
			}
		}
		return false
	}
	left, right := -1, -1
	for k, h := range t.head {
		switch {
		case h != v || t.toks[k].UPOS != "PROPN" || !named(k):
		case k < v && t.rel(k) == "compound":
			left = k
		case k > v && t.rel(k) == "appos" && right < 0:
			right = k
		}
	}
	if left < 0 || right < 0 {
		return false
	}
	t.ownTokens()
	t.toks[right].DepRel = "obj"
	return true
}

// participleVerb rereads "Several U.S. senators voiced concern over …": the
// tagger read "voiced" as an adjective, and the parser, with no verb to hang the
// clause on, made "senators" the root with "concern" its object and "voiced" an
// adjective of "concern". A noun with a direct object whose first word right
// after the noun is such an "-ed" modifier of the object has its verb there: the
// "-ed" word becomes the clause's head (a past-tense verb, in the noun's place),
// the noun its subject, the object its object. It reports whether it reread v.
func (t *tree) participleVerb(v int) bool {
	e := v + 1
	if e >= len(t.toks) || t.head[e] <= e || t.toks[e].DepRel != "amod" || !strings.HasSuffix(t.toks[e].Text, "ed") ||
		!inList(t.toks[e].XPOS, "JJ", "VBN", "VBD") {
		return false
	}
	o := t.head[e]
	if t.head[o] != v || t.rel(o) != "obj" {
		return false
	}
	for k, h := range t.head {
		if h == o && k > v && k < e {
			return false // something of the object's before the "-ed" word
		}
	}
	t.ownTokens()
	h, rel := t.head[v], t.toks[v].DepRel
	t.head[e], t.toks[e].Head, t.toks[e].DepRel = h, h+1, rel
	t.toks[e].UPOS, t.toks[e].XPOS = "VERB", "VBD"
	for k := v + 1; k < len(t.toks); k++ {
		if t.head[k] == v {
			t.head[k], t.toks[k].Head = e, e+1 // the object and what follows: the verb's
		}
	}
	t.head[v], t.toks[v].Head, t.toks[v].DepRel = e, e+1, "nsubj"
	return true
}

// linked reports whether clause heads a and b are one the other's clausal
// dependent: a report after its content ("... a monitor said", ccomp), or a
// content after its verb.
func (t *tree) linked(a, b int) bool {
	for _, p := range [][2]int{{a, b}, {b, a}} {
		if t.head[p[0]] == p[1] && inList(t.rel(p[0]), "ccomp", "advcl", "parataxis") {
			return true
		}
	}
	return false
}

// prepositionalGerunds are VBG forms that work as prepositions ("weapons
// including missiles", "clashes following the raid"): they modify the noun.
var prepositionalGerunds = []string{"INCLUDE", "FOLLOW", "ACCORD", "CONCERN", "REGARD", "INVOLVE", "EXCLUDE", "SURROUND", "FACE"}

// reresult rehangs on the verb an unmarked gerund clause that a parser hung
// on a thing the verb acts on although the thing cannot do it: "tanks shelled
// the city killing four civilians", "jets resumed their missions with force
// targeting positions" ("killing" acl of "city", "targeting" acl of "force").
// Such a clause tells what the verb's doer did by it or as its result, as a
// marked one does (readverbial), so it is reread as the verb's advcl. The
// noun must be the verb's object or oblique but not a passive's agent ("killed
// by airstrikes targeting the group" are the airstrikes'), named by no actor
// mention (an actor can do it: "attacked rebels holding the bridge" is the
// rebels'), and
// the gerund must have an object and no subject or marker of its own; gerunds
// that work as prepositions ("including") stay.
func (t *tree) reresult(ms []sitrep.Mention) {
	for g := range t.toks {
		n := t.head[g]
		if n < 0 || n > g || t.toks[g].DepRel != "acl" || t.toks[g].XPOS != "VBG" || t.toks[g].UPOS != "VERB" ||
			t.toks[n].UPOS != "NOUN" || t.rel(n) != "obj" && t.rel(n) != "obl" ||
			inList(t.lemma[g], prepositionalGerunds...) {
			continue
		}
		h := t.head[n]
		if h < 0 || h > n || t.toks[h].UPOS != "VERB" {
			continue
		}
		hasObj, own := false, false
		for k, kh := range t.head {
			if kh == n && t.rel(k) == "case" && t.upper[k] == "BY" {
				// the passive's agent does what the clause says: "killed by
				// airstrikes targeting the group"
				own = true
			}
			if kh != g {
				continue
			}
			switch t.rel(k) {
			case "obj":
				hasObj = true
			case "nsubj", "csubj", "mark", "expl":
				own = true
			}
		}
		if !hasObj || own || mentioned(ms, n) {
			continue
		}
		t.ownTokens()
		t.head[g], t.toks[g].Head, t.toks[g].DepRel = h, h+1, "advcl"
	}
}

// mentioned reports whether an actor mention (one with a code) covers token i.
func mentioned(ms []sitrep.Mention, i int) bool {
	for _, m := range ms {
		if m.Code != "" && m.Start <= i && i < m.End {
			return true
		}
	}
	return false
}

// reattribute rereads a sentence-final attribution that a parser took apart:
// in "Forces did not arrest suspects in Mosul on Monday, a council member
// said." a parser may make "suspects" the subject of "said" and hang "a
// council member" on "Mosul" as an apposition, leaving "arrest" without its
// object. English puts the speaker of a clause-final "X said" right before the
// verb, after the comma: when the root is a report verb that ends the sentence
// after ", NP", and its subject stands before that comma inside the reported
// clause, the NP is the subject, and the old subject goes back to the reported
// verb — as its object when it follows that verb and the verb has none, as its
// subject when it precedes and the verb has none. The quote package reads the
// same shape whatever the tree (quote/NOTES.md).
func (t *tree) reattribute() {
	n := len(t.toks)
	r := n - 1
	for r >= 0 && t.toks[r].UPOS == "PUNCT" {
		r--
	}
	if r < 3 || t.head[r] != -1 || t.toks[r].UPOS != "VERB" || !inList(t.lemma[r], reportVerbs...) {
		return
	}
	c := r - 1 // the comma before the speaker
	for c >= 0 && t.upper[c] != "," {
		c--
	}
	if c < 1 || c >= r-1 {
		return
	}
	// The speaker: the last noun between the comma and the verb, the other words
	// of that stretch its own (determiners, adjectives, compounds).
	m := -1
	for k := r - 1; k > c; k-- {
		if u := t.toks[k].UPOS; u == "NOUN" || u == "PROPN" || u == "PRON" {
			m = k
			break
		}
	}
	if m < 0 || t.head[m] == r && strings.HasPrefix(t.toks[m].DepRel, "nsubj") {
		return
	}
	for k := c + 1; k < r; k++ {
		if k != m && (t.head[k] < c+1 || t.head[k] >= r) {
			return
		}
	}
	subj, v := -1, -1
	for k := 0; k < c; k++ {
		if t.head[k] != r {
			continue
		}
		switch t.rel(k) {
		case "nsubj":
			subj = k
		case "ccomp", "parataxis":
			v = k
		}
	}
	if subj < 0 || v < 0 || t.toks[v].UPOS != "VERB" {
		return
	}
	has := func(rel string) bool {
		for k, h := range t.head {
			if h == v && t.rel(k) == rel {
				return true
			}
		}
		return false
	}
	var rel string
	switch {
	case subj > v && !has("obj"):
		rel = "obj"
	case subj < v && !has("nsubj"):
		rel = "nsubj"
	default:
		return
	}
	t.ownTokens()
	t.head[subj], t.toks[subj].Head, t.toks[subj].DepRel = v, v+1, rel
	t.head[m], t.toks[m].Head, t.toks[m].DepRel = r, r+1, "nsubj"
	t.head[c], t.toks[c].Head, t.toks[c].DepRel = r, r+1, "punct"
}

// ownTokens copies the tokens before the tree changes one, once: the sentence's
// own tokens stay as the parser gave them.
func (t *tree) ownTokens() {
	if !t.owned {
		t.toks = append([]sitrep.Token(nil), t.toks...)
		t.owned = true
	}
}

// rel returns token i's relation without its subtype ("obl:tmod" → "obl").
func (t *tree) rel(i int) string {
	r, _, _ := strings.Cut(t.toks[i].DepRel, ":")
	return r
}

// child returns the first child of i whose relation (with subtype) is one of rels.
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

// caseOf returns the preposition marking i ("with" in "with Syria"), upper case, or "".
// Multi-word prepositions ("according to", "on behalf of") are joined with spaces.
func (t *tree) caseOf(i int) string {
	var parts []string
	for _, k := range t.kids[i] {
		if t.rel(k) == "case" && k < i {
			parts = append(parts, t.upper[k])
			for _, f := range t.kids[k] {
				if t.toks[f].DepRel == "fixed" {
					parts = append(parts, t.upper[f])
				}
			}
		}
	}
	return strings.Join(parts, " ")
}

// hasWord reports whether one of i's children of the given relations has one of the
// words (upper case) as its text or lemma.
func (t *tree) hasWord(i int, rels []string, words ...string) bool {
	for _, k := range t.kids[i] {
		if !inList(t.rel(k), rels...) && !inList(t.toks[k].DepRel, rels...) {
			continue
		}
		if inList(t.lemma[k], words...) || inList(t.upper[k], words...) {
			return true
		}
	}
	return false
}

func inList(s string, list ...string) bool {
	for _, x := range list {
		if s == x {
			return true
		}
	}
	return false
}

// actorRef is one actor found for a role.
type actorRef struct {
	mention int
}

// actorsOf returns the actors a noun phrase headed by i names: the mention covering
// i, else the mentions among its modifiers ("Syrian government forces", "Syria's
// administration"), else those of its "of" phrases or appositions ("forces of the
// regime", "al-Sharaa, the president"); conjuncts add theirs ("Washington and
// Damascus"). Clauses inside the phrase are never searched: in "the coalition that
// fights ISIS" ISIS is not the coalition.
func (t *tree) actorsOf(i int) []int {
	var out []int
	seen := map[int]bool{}
	add := func(m int) {
		if m >= 0 && !seen[m] {
			seen[m] = true
			out = append(out, m)
		}
	}
	var visit func(i, depth int)
	visit = func(i, depth int) {
		if depth > 8 {
			return
		}
		before := len(out)
		if m := t.actor[i]; m >= 0 {
			add(m)
			for _, m2 := range t.also[i] {
				add(m2)
			}
			// "American and Syrian officials": a coordinated modifier outside the
			// head's mention names a second actor
			for _, k := range t.kids[i] {
				if r := t.rel(k); (r == "amod" || r == "compound" || t.toks[k].DepRel == "nmod:poss") && t.actor[k] != m {
					// (or one the resolver read as a conjunct, "coordination",
					// where the parser made the first conjunct a modifier: "the
					// U.S. military and Syrian government forces")
					if mk := t.actor[k]; mk >= 0 && (t.child(k, "conj") >= 0 || t.ms[mk].Rule == "coordination" && t.ms[m].Rule == "coordination") {
						add(mk)
					}
				}
			}
		} else {
			t.modifierActors(i, add, 0)
			// "its close allies Russia and Iran": a possessive pronoun names the
			// owner; the phrase's own actor, where it names one, comes first
			if mark := len(out); mark == before || t.pronounsOnly(out[before:]) {
				for _, k := range t.kids[i] {
					r := t.toks[k].DepRel
					if r == "appos" || (t.rel(k) == "nmod" && inList(t.caseOf(k), "OF", "FROM", "BY")) {
						if m := t.actor[k]; m >= 0 {
							add(m)
						} else {
							t.modifierActors(k, add, 0)
						}
					}
				}
				if len(out) > mark && mark > before {
					out = append(out[:before], out[mark:]...)
				}
			}
		}
		for _, k := range t.kids[i] {
			if t.rel(k) == "conj" && t.caseOf(k) == "" && t.coordinated(i, k) {
				visit(k, depth+1)
			}
		}
	}
	visit(i, 0)
	// in the order the text names them: "Washington and Damascus" puts
	// Washington first, the source when the two act on each other
	sort.SliceStable(out, func(a, b int) bool { return t.ms[out[a]].Start < t.ms[out[b]].Start })
	return out
}

// coordinated reports whether conjunct k of h belongs to a coordination a
// coordinator marks: k or a later conjunct of h has a cc ("Russia, Iran and
// Hezbollah"). A bare comma between two names is more often the parser's
// mistake than a list: the next clause's subject ("praised its ties with
// Jordan, Egypt has ..."), an apposition, or a dateline hung on a name as its
// conjunct; news text names a list of parties with "and" or "or".
func (t *tree) coordinated(h, k int) bool {
	// marked: c has a cc, or a conjunct below it has ("A, B, C and D" parsed
	// as a chain, D hanging on C and C on B)
	var marked func(c, depth int) bool
	marked = func(c, depth int) bool {
		if t.child(c, "cc") >= 0 {
			return true
		}
		for _, d := range t.kids[c] {
			if t.rel(d) == "conj" && depth < 8 && marked(d, depth+1) {
				return true
			}
		}
		return false
	}
	for _, c := range t.kids[h] {
		// a cc hung on the first conjunct (the Stanford style of converted
		// treebanks: "A, B, C and D" with "and" on A) marks its conjuncts too
		if c >= k && t.rel(c) == "conj" && marked(c, 0) || t.rel(c) == "cc" && c > h {
			return true
		}
	}
	return false
}

// pronounsOnly reports whether the mentions ms are all one-word pronouns ("its",
// "their").
func (t *tree) pronounsOnly(ms []int) bool {
	for _, m := range ms {
		mm := t.ms[m]
		if mm.End-mm.Start != 1 || mm.Start < 0 || mm.Start >= len(t.toks) || t.toks[mm.Start].UPOS != "PRON" {
			return false
		}
	}
	return true
}

// backerVerbs are the participles whose modifier names a backer or a broker,
// not the party the phrase names: "a US-backed alliance", "Iran-linked
// militias", "U.S.-mediated talks", "Qatari-brokered deal".
var backerVerbs = []string{"BACK", "SUPPORT", "SPONSOR", "FUND", "ARM", "TRAIN", "EQUIP", "LINK", "ALIGN", "ALLY", "AFFILIATE", "INSPIRE",
	"MEDIATE", "BROKER", "HOST", "FACILITATE"}

// mediateVerbs among them name a broker, who mediates what the noun names.
var mediateVerbs = []string{"MEDIATE", "BROKER", "SPONSOR", "FACILITATE"}

// modifierActors adds the mentions among i's nominal modifiers.
func (t *tree) modifierActors(i int, add func(int), depth int) {
	if depth > 4 {
		return
	}
	for _, k := range t.kids[i] {
		switch t.toks[k].DepRel {
		case "compound", "amod", "nmod:poss", "flat", "flat:name", "nmod:npmod", "obl:npmod", "obl:unmarked", "nmod:unmarked", "det:poss":
			if m := t.actor[k]; m >= 0 {
				if !t.placeOwner(k, m) {
					add(m)
				}
			} else if !(t.toks[k].XPOS == "VBN" && inList(t.lemma[k], backerVerbs...)) {
				// (not into "US-backed", "Iran-linked": the backer is not the party)
				t.modifierActors(k, add, depth+1)
			}
			for _, c := range t.kids[k] {
				if t.rel(c) == "conj" {
					if m := t.actor[c]; m >= 0 {
						add(m)
					}
				}
			}
		}
	}
}

// placeOwner reports whether, in the roles of a use of force (t.ofForce),
// mention m at token k is a country named as the owner of a place: "killed
// 11 children in Syria's Aleppo", "an assault in Syria's divided Aleppo". The
// country says where the place is, as "Aleppo, Syria" would; it is not hit,
// and the place's own reading (target.go: its country, or its civilians) is
// the one to keep. Aid sent "to Syria's Hama" is aid to Syria, so only force
// reads it so; "Syria's army", "Syria's capital" and "Syria's north" are
// unchanged: the owner of an organ is the actor, and a place with no name of
// its own is the country's. So is the owner of a war or a crisis ("Syria's
// war has killed more than 400,000 people"): where it is fought, not who
// kills.
func (t *tree) placeOwner(k, m int) bool {
	h := t.head[k]
	if !t.ofForce || h < 0 || t.toks[k].DepRel != "nmod:poss" || len(t.ms[m].Code) != 3 {
		return false
	}
	if t.namedPlace(h) || t.toks[h].UPOS == "NOUN" && inList(t.lemma[h], warNouns...) && !t.warAbroad(h) {
		return true // "Syria's war has killed 400,000 people": where the war is, not who kills
	}
	if t.toks[h].UPOS != "NOUN" || !inList(t.lemma[h], unnamedPlaces...) {
		return false
	}
	for _, c := range t.kids[h] {
		if (t.rel(c) == "compound" || t.rel(c) == "flat") && t.namedPlace(c) {
			return true // "Syria's Idlib province"
		}
	}
	return false
}

// warNouns name a war or a crisis at large, which kills on every side: its
// owner ("Syria's civil war") is where it is fought.
var warNouns = []string{"WAR", "CONFLICT", "CRISIS", "UPRISING", "REVOLUTION", "INSURGENCY", "UNREST", "HOSTILITIES"}

// warAbroad reports whether the war noun at h names where or whom it is waged
// ("Israel's war on Gaza", "Saudi Arabia's war in Yemen"): its owner then
// wages it.
func (t *tree) warAbroad(h int) bool {
	for _, c := range t.kids[h] {
		if t.rel(c) == "nmod" && inList(t.caseOf(c), "IN", "ON", "AGAINST", "WITH") && (t.toks[c].UPOS == "PROPN" || t.actor[c] >= 0 || t.namedPlace(c)) {
			return true // (not "in its seventh year")
		}
	}
	return false
}

// namedPlace reports whether token i lies inside a city or region the place
// locator found (not a country).
func (t *tree) namedPlace(i int) bool { return t.inNamedPlace(t.toks[i].Span) }

// subject returns the token that acts as the subject of predicate i and whether i is
// passive (its subject is then the patient). It follows control and raising ("Syria
// seeks to join" → Syria joins), coordination ("attacked and seized"), participles
// and relative clauses ("forces deployed to", "the coalition that fights").
func (t *tree) subject(i int) (subj int, passive bool) {
	subj, passive = t.clauseSubject(i)
	if subj >= 0 && !passive {
		if x := t.dashedSubject(subj); x >= 0 {
			return x, false
		}
		if x := t.namedSubject(subj); x >= 0 {
			return x, false
		}
	}
	return subj, passive
}

// namedSubject returns, for a subject that names no actor, a second subject
// of the same verb, after it, that does, or -1: "Minister of Foreign Affairs
// and Expatriates Asaad al-Shaibani received ..." may parse with "Minister"
// and "Asaad" both subjects of "received"; the name is the actor.
func (t *tree) namedSubject(subj int) int {
	h := t.head[subj]
	if h < 0 || t.actor[subj] >= 0 {
		return -1
	}
	for _, k := range t.kids[h] {
		if k > subj && t.toks[k].DepRel == "nsubj" && t.actor[k] >= 0 {
			return k
		}
	}
	return -1
}

// clauseSubject is subject without the repair of a dashed apposition.
func (t *tree) clauseSubject(i int) (subj int, passive bool) {
	raised := false  // "Turkey is expected to attack": the passive is the upper verb's
	fronted := false // a fronted passive participle: the subject found is its patient
	i0 := i
	inf := -1 // the last infinitive climbed from ("battled to break")
	// a complement in the passive of its own ("IS fighters are expected to be
	// added to a UN list") or a bare past participle ("Islamic State was
	// declared defeated") says what was done to the subject it is raised to (a
	// bare participle only under a passive or a participle: "the army units, the
	// source added, clashed" is a past tense the tagger misread)
	own := t.toks[i].DepRel == "xcomp" && (t.child(i, "aux:pass") >= 0 || t.toks[i].XPOS == "VBN" && t.child(i, "obj") < 0 && t.child(i, "aux") < 0 &&
		t.head[i] >= 0 && (t.child(t.head[i], "aux:pass") >= 0 || t.toks[t.head[i]].XPOS == "VBN" && t.child(t.head[i], "aux") < 0))
	for steps := 0; i >= 0 && steps < 12; steps++ {
		for _, k := range t.kids[i] {
			switch t.toks[k].DepRel {
			case "nsubj", "csubj":
				if isRelativePronoun(t, k) && t.isRelClause(i) {
					return t.head[i], fronted || own
				}
				return k, fronted || own
			case "nsubj:pass", "csubj:pass":
				if isRelativePronoun(t, k) && t.isRelClause(i) {
					return t.head[i], !raised || fronted || own
				}
				return k, !raised || fronted || own
			}
		}
		h := t.head[i]
		if h < 0 {
			return -1, false
		}
		switch t.toks[i].DepRel {
		case "xcomp":
			// "urged Damascus to withdraw": the object of a verb of asking or
			// making does what the infinitive says
			if o := t.child(h, "obj", "iobj"); o >= 0 && o < i && inList(t.lemma[h], infObjectControl...) {
				return o, false
			}
			if m := t.child(i, "mark"); m >= 0 && t.upper[m] == "TO" {
				inf = i
			}
			i, raised = h, true
		case "conj":
			i = h
		case "acl", "acl:relcl":
			if v := t.placeClauseVerb(i); v >= 0 {
				// "hit an outpost near the border with Turkey, killing one
				// fighter": a participle with an object qualifies no place;
				// it shares the subject of the clause the place is in
				i = v
				continue
			}
			if t.toks[i].DepRel == "acl" && t.placeNoun(h) && inList(t.lemma[i], spatialVerbs...) {
				return -1, false // "a village near the Turkish border supplying weapons": the place, no party
			}
			if t.toks[i].DepRel == "acl" && t.gerundMark(i) != "" && t.rel(h) == "obj" && t.head[h] >= 0 && inList(t.lemma[t.head[h]], objectControl...) {
				// "accused unnamed officials of serving a foreign agenda", the
				// gerund hung on the object: the accused does what the charge
				// says, named as an actor or not, never the accuser
				return h, false
			}
			if t.toks[i].DepRel == "acl" && len(t.actorsOf(h)) == 0 {
				// "The U.S. is in a phase coordinating efforts", "she became the
				// first head of state to visit": the noun's own subject acts
				if s := t.child(h, "nsubj"); s >= 0 {
					return s, false
				}
				if r := t.rel(h); (r == "obj" || r == "xcomp") && t.head[h] >= 0 {
					if r == "obj" && t.othersDecision(h) {
						// "the government welcomed the decision to lift the
						// sanctions": whoever decided, not the judge, acts
						return -1, false
					}
					i, raised = t.head[h], true
					continue
				}
			}
			if inf >= 0 && t.head[inf] == i && t.child(i, "mark") < 0 {
				// "civilians forced to flee", "rebels battled to break a
				// siege": the noun the participle qualifies does what the
				// infinitive says, whatever the participle's own voice (an
				// infinitive is no participle: "called on Gondor to be allowed
				// to leave" is read as before)
				return h, t.child(i0, "aux:pass") >= 0
			}
			// a participle is passive ("people killed in the strike") unless it
			// has a direct object and no agent: "days after an ambush killed two
			// soldiers" parsed as a reduced relative of "ambush" is the ambush's
			// act; "refugees granted asylum by Germany" are still its patients,
			// and so are "troops taken hostage at an airbase" (the object says
			// what the patient became)
			o := t.child(i, "obj")
			return h, t.toks[i].XPOS == "VBN" && (o < 0 || t.agentPhrase(i) >= 0 || inList(t.lemma[o], "HOSTAGE", "PRISONER", "CAPTIVE"))
		case "advcl":
			if t.toks[i].XPOS == "VBN" && t.child(i, "mark") < 0 && t.agentPhrase(i) >= 0 {
				// "Backed by Russian airpower, the troops entered": a participle
				// with its agent is passive, the main clause's subject its patient
				fronted = true
				i = h
				continue
			}
			// "..., killing three" shares the main clause's subject; a clause with
			// its own marker ("after X left") does not, except an infinitive that
			// a parser hung on the verb instead of on its intention noun.
			if m := t.child(i, "mark"); m >= 0 && t.intentionOf(i) < 0 {
				if t.upper[m] == "TO" && t.toks[i].XPOS == "VB" && inList(t.lemma[h], missionVerbs...) {
					// "Turkey launched an operation to clear the towns of
					// Daesh", "Russia sent jets to bomb the rebels": who
					// launches or sends does what it is for
					raised = true
					i = h
					continue
				}
				if t.gerundMark(i) == "" {
					return -1, false
				}
				// "accused Washington of backing", "prevented the militia from
				// entering": the object does what the gerund says
				if o := t.child(h, "obj", "iobj"); o >= 0 && inList(t.lemma[h], objectControl...) {
					return o, false
				}
				if t.upper[m] == "FROM" {
					return -1, false
				}
				// "deepened the crisis by freeing prisoners", "was arrested after
				// meeting the envoy": a subjectless gerund after a preposition is
				// done by the main clause's subject, whatever that clause's voice
				raised = true
			}
			i = h
		default:
			return -1, false
		}
	}
	return -1, false
}

// spatialVerbs say where a place lies, as participles qualifying it: "the
// area surrounding the palace", "the roads leading to Tabqa".
var spatialVerbs = []string{"SURROUND", "OVERLOOK", "BORDER", "ADJOIN", "NEIGHBOR", "NEIGHBOUR", "LINK", "CONNECT", "LEAD",
	"STRETCH", "HOUSE", "CONTAIN", "INCLUDE", "FACE", "SEPARATE", "STRADDLE", "CROSS",
	// and what a place does as a base: "a village near the border supplying
	// weapons to the rebels", "a camp sheltering militants"
	"SUPPLY", "HOST", "SHELTER", "HARBOR", "HARBOUR", "SERVE", "FEED"}

// placeNoun reports whether token h names a place a participle may hang on: a
// town, district, border and the like, or a city or region the locator found
// (not a country's name: "accuse countries, mainly the USA and Turkey, of
// orchestrating the conflict" hangs the charge on the accused).
func (t *tree) placeNoun(h int) bool {
	return t.toks[h].UPOS == "NOUN" && (inList(t.lemma[h], unnamedPlaces...) || inList(t.lemma[h], borderNouns...)) || t.namedPlace(h)
}

// placeClauseVerb returns, for a participle with an object that the parser hung
// on a place noun ("near the border with Turkey killing one fighter", "in
// Aleppo killing 26 people"), the verb of the clause the place is in; or -1.
func (t *tree) placeClauseVerb(i int) int {
	h := t.head[i]
	if t.toks[i].DepRel != "acl" || t.toks[i].XPOS != "VBG" || t.child(i, "obj") < 0 || h < 0 || h > i || inList(t.lemma[i], spatialVerbs...) {
		return -1 // ("the area surrounding the palace" does qualify the place)
	}
	if !t.placeNoun(h) {
		return -1
	}
	for v, steps := t.head[h], 0; v >= 0 && steps < 4; v, steps = t.head[v], steps+1 {
		if t.toks[v].UPOS == "VERB" {
			return v
		}
	}
	return -1
}

// gerundMarks introduce a subjectless gerund clause whose subject is the main
// clause's ("by releasing", "after meeting", "while visiting") or, after the verbs
// of objectControl, the main clause's object ("accused Washington of backing").
var gerundMarks = []string{"BY", "IN", "AFTER", "BEFORE", "WHILE", "WHEN", "WITHOUT", "UPON", "ON", "THROUGH", "SINCE", "DESPITE", "FOR", "OF", "FROM"}

// objectControl verbs hand their object to a gerund adjunct: "accused X of",
// "thanked X for", "prevented X from".
var objectControl = []string{"ACCUSE", "CHARGE", "BLAME", "SUSPECT", "THANK", "PRAISE", "COMMEND", "CONGRATULATE", "CONDEMN",
	"CRITICIZE", "CRITICISE", "DENOUNCE", "FAULT", "PUNISH", "SANCTION", "PREVENT", "STOP", "BAR", "BAN", "PROHIBIT", "DETER", "KEEP",
	"FORBID", "HOLD"}

// infObjectControl verbs hand their object to an infinitive: "urged X to", "pressed
// X to", "forced X to".
var infObjectControl = []string{"URGE", "ASK", "PRESS", "PRESSURE", "PUSH", "FORCE", "COMPEL", "OBLIGE", "PERSUADE", "CONVINCE",
	"ENCOURAGE", "INVITE", "ORDER", "INSTRUCT", "DIRECT", "TELL", "CALL", "ALLOW", "PERMIT", "ENABLE", "AUTHORIZE", "AUTHORISE",
	"WARN", "ADVISE", "REQUEST", "REQUIRE", "BEG", "IMPLORE", "CHALLENGE", "INDUCE"}

// askVerbs among them ask for the act without bringing it about.
var askVerbs = []string{"URGE", "ASK", "PRESS", "PRESSURE", "PUSH", "PERSUADE", "CONVINCE", "ENCOURAGE", "INVITE", "ORDER",
	"INSTRUCT", "DIRECT", "TELL", "CALL", "WARN", "ADVISE", "REQUEST", "REQUIRE", "BEG", "IMPLORE", "CHALLENGE"}

// mandVerbs ask for what their that-clause says when it is in the subjunctive
// ("demanded that Russia withdraw"), and report it otherwise ("insisted that the
// troops had left").
var mandVerbs = []string{"DEMAND", "INSIST", "PROPOSE", "RECOMMEND", "SUGGEST"}

// mandative reports whether clause i is in the mandative subjunctive: a bare verb
// with no auxiliary ("that Russia withdraw"), or one with "should".
func (t *tree) mandative(i int) bool {
	for _, k := range t.kids[i] {
		if t.rel(k) == "aux" {
			return t.upper[k] == "SHOULD"
		}
	}
	// a plural present under a past verb is the base form too: "demanded that
	// American troops leave Iraq" (the indicative would be "left")
	h := t.head[i]
	return t.toks[i].XPOS == "VB" || t.toks[i].XPOS == "VBP" && h >= 0 && (t.toks[h].XPOS == "VBD" || t.toks[h].XPOS == "VBN")
}

// accuseVerbs make what their object did a claim: "accused X of backing".
var accuseVerbs = []string{"ACCUSE", "CHARGE", "BLAME", "SUSPECT", "ALLEGE"}

// gerundMark returns the preposition ("BY", "AFTER", ...) that introduces the
// subjectless gerund clause i, or "".
func (t *tree) gerundMark(i int) string {
	if t.toks[i].XPOS != "VBG" || t.child(i, "nsubj", "nsubj:pass") >= 0 {
		return ""
	}
	for _, k := range t.kids[i] {
		if t.rel(k) == "mark" && inList(t.upper[k], gerundMarks...) {
			return t.upper[k]
		}
	}
	return ""
}

// intentNouns name an aim whose "to" infinitive is what the holder means to do
// ("their intention to reopen embassies", "its plan to withdraw").
var intentNouns = []string{"INTENTION", "INTENT", "PLAN", "COMMITMENT", "DETERMINATION", "READINESS", "WILLINGNESS",
	"DESIRE", "AIM", "GOAL", "PLEDGE", "PROMISE", "RESOLVE", "DECISION", "BID"}

// judgeVerbs react to what another party did or decided.
var judgeVerbs = append([]string{"WELCOME", "PRAISE", "HAIL", "APPLAUD", "REJECT", "OPPOSE", "SUPPORT", "BACK", "ENDORSE",
	"SALUTE", "DISMISS", "PROTEST", "SLAM", "BLAST"}, reactionVerbs...)

// othersDecision reports whether intention noun n, the object of a verb that
// judges it ("welcomed the decision to lift the sanctions", "condemned the plan
// to withdraw"), is someone else's: no possessive makes it the judge's own
// ("welcomed its own decision").
func (t *tree) othersDecision(n int) bool {
	v := t.head[n]
	if v < 0 || !inList(t.lemma[n], intentNouns...) || !inList(t.lemma[v], judgeVerbs...) {
		return false
	}
	return t.child(n, "nmod:poss") < 0
}

// intentionOf returns the intention noun that "to" infinitive i completes, or -1:
// its head noun ("intention to reopen", acl), or, where a parser attached the
// infinitive to the verb, that verb's object ("reaffirmed their intention | to
// reopen", advcl).
func (t *tree) intentionOf(i int) int {
	if !t.hasWord(i, []string{"mark"}, "TO") || t.child(i, "nsubj") >= 0 {
		return -1
	}
	h := t.head[i]
	if h < 0 {
		return -1
	}
	switch t.toks[i].DepRel {
	case "acl":
		if inList(t.lemma[h], intentNouns...) {
			return h
		}
	case "advcl":
		if o := t.child(h, "obj"); o >= 0 && o < i && inList(t.lemma[o], intentNouns...) {
			return o
		}
	}
	return -1
}

// purpose reports whether clause i is an infinitive of purpose: "to" (or "in
// order to") with no subject of its own, hung on a verb (advcl) or on a noun
// (acl) that is not an ordinal's ("the first head of state to visit the White
// House" did visit) nor an intention noun's (intentionOf decides those), nor
// governed by "enough" or "too" (a result: "strong enough to hold").
func (t *tree) purpose(i int) bool {
	if !t.hasWord(i, []string{"mark"}, "TO") || t.child(i, "nsubj", "nsubj:pass") >= 0 || t.intentionOf(i) >= 0 {
		return false
	}
	h := t.head[i]
	if h < 0 {
		return false
	}
	switch t.toks[i].DepRel {
	case "advcl":
		for _, k := range t.kids[h] {
			if t.rel(k) == "advmod" && inList(t.upper[k], "ENOUGH", "TOO") {
				return false
			}
		}
		return true
	case "acl":
		for _, k := range t.kids[h] {
			if r := t.rel(k); (r == "amod" || r == "advmod") && inList(t.upper[k], ordinalWords...) {
				return false
			}
		}
		return true
	}
	return false
}

// ordinalWords make a noun's infinitive a fact: "the first leader to visit".
var ordinalWords = []string{"FIRST", "SECOND", "THIRD", "LAST", "ONLY", "LATEST", "NEXT"}

func (t *tree) isRelClause(i int) bool { return t.toks[i].DepRel == "acl:relcl" }

func isRelativePronoun(t *tree, k int) bool {
	return inList(t.lemma[k], "WHO", "WHICH", "THAT", "WHOM")
}
