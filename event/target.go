package event

import (
	"slices"
	"strings"
	"unicode"

	"github.com/sitrep-dev/sitrep"
	"github.com/sitrep-dev/sitrep/event/verbdict"
)

// A use of force is often reported against a place or against people the text does
// not name: "Syrian troops shelled residential neighbourhoods of Homs", "the strikes
// killed 15 civilians in Idlib", "the army struck a school in Deraa". A CAMEO coder
// codes the country of the place as the target (PETRARCH takes "in Syria" so), and
// unnamed victims as civilians of that country. The convention sitrep follows:
//
//   - a place (one the place locator finds, a city or region as well as a country)
//     that is the object of the verb, the head of one of its in/on/at/into/upon/
//     against phrases, or lies inside such a phrase ("parts of eastern Aleppo", "an
//     area outside the capital Damascus", "a school in Deraa"), makes the target the
//     place's country: SYR;
//   - victim nouns (victimNouns) in those positions make it the civilians of the
//     country of a place in the same phrases, SYRCVL, or CVL where no place is
//     named ("killed 21 civilians");
//   - only events of force (CAMEO 18–20) with a source and no actor target take
//     either, and only from the trigger's own clause: its object, its obliques, the
//     passive subject of a verb with an agent; for an event noun its own
//     prepositional phrases ("strikes on an area near Damascus", "the bombing of
//     Aleppo") and, where a light verb carries it ("carried out strikes in Idlib"),
//     the light verb's.
//
// A place target is no actor acting on itself: "Syrian troops shelled Aleppo"
// (SYRMIL against SYR) is kept, where "Syria deployed troops in Syria" is not.

// victimNouns name people an attack hurts without saying who they are; Phoenix's
// agent dictionary codes them CVL (civilian; PEOPLE and PERSONS are its PPL, read
// here as civilians too: an attack's "22 people" are its victims).
var victimNouns = []string{"CIVILIAN", "PEOPLE", "PERSON", "RESIDENT", "VILLAGER", "INHABITANT", "CITIZEN", "CHILD",
	"WOMAN", "PASSENGER", "WORSHIPPER", "WORSHIPER", "PATIENT", "FAMILY", "CIVILIANS", "CHILDREN", "WOMEN", "PERSONS"}

// targetPlacePreps mark a phrase whose place or people an attack is aimed at:
// "in", "on", "into" a place, and "near", "around", "outside" it ("struck weapons
// depots near Damascus", the parser hanging the phrase on the verb), which are in
// the same country.
var targetPlacePreps = []string{"IN", "ON", "AT", "INTO", "UPON", "ONTO", "AGAINST", "INSIDE", "NEAR", "AROUND", "OUTSIDE"}

// placeTargetRule marks the mentions placeTarget makes.
const placeTargetRule = "place-target"

// placeTarget returns, for a trigger of force with sources src and no target, a
// mention it adds to t for the place or the victims the trigger is aimed at, or nil.
func (c *Coder) placeTarget(t *tree, tr *trigger, src []int) []int {
	if len(src) == 0 && !c.agentlessForce(t, tr) || !violent(tr.code) || c.opts.PhraseWords {
		return nil // no source, except force with no agent in reach (agentless.go)
	}
	var cands []int
	under := 0 // cands[:under] are subjects under a siege or attack
	// hungOn are the phrases of a verb that the parser may have taken from the
	// noun ("killed in air strikes on <place>"), and the victims of a killing
	// whose "when" clause the trigger is: an actor there is the target
	hungOn := map[int]bool{}
	addObl := func(h int, preps ...string) {
		for _, k := range t.kids[h] {
			if r := t.rel(k); (r == "obl" || r == "nmod") && t.toks[k].DepRel != "nmod:poss" && inList(t.caseOf(k), preps...) &&
				!inList(t.lemma[k], supportNouns...) { // "launched air strikes in support of <ally>"
				cands = append(cands, k)
			}
		}
	}
	i := tr.tok
	if !c.sourceReliable(t, tr, src) {
		return nil
	}
	if tr.noun {
		addObl(i, append([]string{"OF"}, targetPlacePreps...)...)
		if h := t.head[i]; h >= 0 && t.rel(i) == "obl" && t.toks[h].UPOS == "VERB" {
			// "killed in air strikes on <place>": the parser hangs the noun's
			// "on" phrase on the verb the noun is an adjunct of
			n := len(cands)
			addObl(h, "ON", "UPON", "AGAINST")
			for _, k := range cands[n:] {
				hungOn[k] = true
			}
		}
		if h := t.lightVerbOf(i); h >= 0 {
			addObl(h, targetPlacePreps...)
		} else if h := t.head[i]; h >= 0 && t.rel(i) == "obj" && t.toks[h].UPOS == "VERB" {
			// "foiled an ISIS attack on a shrine near Damascus": the parser
			// hangs the noun's "on" phrase on the verb whose object it is
			addObl(h, "ON", "UPON", "AGAINST")
		}
		for _, o := range t.takenBy(i) {
			cands = append(cands, o)
			hungOn[o] = true // "an offensive to drive IS out of Raqqa": IS
		}
		if s := t.harmedIn(i); s >= 0 {
			// "eleven children were killed in a barrel bomb attack by
			// government forces": whom the passive says were harmed
			cands = append(cands, s)
		}
		cands = append(cands, t.claimVerbPhrases(i)...) // as context does
		if a := t.nounAgent(i); a >= 0 && !t.verbAims(i) {
			// (a noun that is the subject of a verb with an aim of its own
			// leaves the aim to the verb: "mortar fire by rebels in Idlib hit
			// the Turkish town of Reyhanli" — Idlib is where the rebels are)
			// "strikes by the Syrian military and Russian air force in
			// rebel-held areas": the parser hangs the act's place on its agent
			agents := []int{a}
			for _, k := range t.kids[a] {
				if t.rel(k) == "conj" {
					agents = append(agents, k) // "… and Russian air force in …"
				}
			}
			for _, g := range agents {
				for _, k := range t.kids[g] {
					if t.rel(k) == "nmod" && inList(t.caseOf(k), targetPlacePreps...) && len(t.actorsOf(k)) == 0 {
						cands = append(cands, k)
					}
				}
			}
		}
		if t.caseOf(i) == "UNDER" {
			// "<town> has been under government siege", "people live under
			// siege in <town>": what is under it is the clause's subject
			if s := t.child(i, "nsubj"); s >= 0 {
				cands = append(cands, s)
			} else if h := t.head[i]; h >= 0 && t.rel(i) == "obl" {
				if s, passive := t.subject(h); s >= 0 && !passive {
					cands = append(cands, s)
				}
				addObl(h, "IN")
			}
			under = len(cands)
		}
	} else {
		if o := t.child(i, "obj"); o >= 0 {
			cands = append(cands, o)
		}
		s, passive := t.subject(i)
		if passive && s >= 0 && t.dominates(i, s) {
			cands = append(cands, s) // "the town was shelled by rebels"
		}
		addObl(i, targetPlacePreps...)
		if passive {
			cands = append(cands, c.firedAt(t, i, s, hungOn)...)
		}
		if h := t.head[i]; h >= 0 && t.rel(i) == "advcl" && inList(t.lemma[h], injuryVerbs...) && t.simultaneous(i) {
			// "ten civilians were killed when regime airstrikes hit a bus":
			// whom the passive the clause times says were harmed
			if s, passive := t.subject(h); passive && s >= 0 {
				cands = append(cands, s)
				hungOn[s] = true // named victims too: "ten Turkish soldiers were killed when IS fighters shelled the base"
			}
		}
	}
	// the places and victims named in the candidate phrases
	var place, unknown *sitrep.Place
	victims := -1
	head, unknownHead := -1, -1
	for _, k := range cands {
		if c.eventNoun(t, k) {
			continue
		}
		if a := c.others(t, t.coded(t.actorsOf(k)), src); len(a) > 0 {
			if x := slices.Index(cands, k); x >= 0 && x < under {
				// the subject under siege: a place the dictionaries code as its
				// country is a place here too
				if mm := t.ms[a[0]]; len(mm.Code) == 3 {
					mm.Rule, mm.Antecedent = placeTargetRule, -1
					t.ms = append(t.ms, mm)
					return []int{len(t.ms) - 1}
				}
				return a
			}
			if hungOn[k] {
				// an actor in the phrase the noun's "on" phrase was hung on, or
				// the victims of the killing a "when" clause's force times; not
				// the source's own ("two rebels were killed when they shelled
				// the town")
				a = slices.DeleteFunc(a, func(m int) bool {
					return slices.ContainsFunc(src, func(s int) bool { return t.ms[s].Code == t.ms[m].Code })
				})
				if len(a) > 0 {
					return a
				}
			}
			continue // the coder's own reading found no target there: leave it
		}
		if victims < 0 && t.toks[k].UPOS == "NOUN" && inList(t.lemma[k], victimNouns...) {
			victims = k
		}
		if place == nil {
			if p := t.placeIn(k); p != nil {
				place, head = p, k
			} else if p := t.unnamedPlaceIn(k); p != nil {
				place, head = p, k
			} else if p := t.unknownPlaceIn(k); p != nil && unknown == nil {
				unknown, unknownHead = p, k
			}
		}
	}
	if unknown != nil {
		if place != nil {
			// a village the gazetteer does not know lies in the country of the
			// known place a later phrase names ("bombed Bashiqa near Mosul and Erbil")
			unknown.Country = place.Country
		}
		place, head = unknown, unknownHead
	}
	code, name, at := "", "", head
	switch {
	case victims >= 0:
		code, name, at = "CVL", "civilians", victims
		if place != nil {
			code, name = place.Country+"CVL", "civilians of "+place.Name
		}
	case place != nil:
		code, name = place.Country, place.Name
	default:
		return nil
	}
	return []int{t.addPlaceTarget(at, code, name)}
}

// retakeVerbs say what an offensive sets out to win back or drive out, beside
// seizeVerbs, liberateVerbs and clearVerbs.
var retakeVerbs = []string{"RETAKE", "RECAPTURE", "REGAIN", "RECLAIM", "DRIVE", "OUST", "EXPEL", "DISLODGE"}

// takenBy returns the objects of the purpose clause of force noun i that says
// what the force sets out to take or clear: "launched an offensive to retake
// Palmyra", "an operation to drive IS out of Raqqa", "their offensive to take
// the town of Manbij". News names an offensive's aim rather than its target;
// the place or party to be taken is what the force is aimed at. The parser hangs
// the purpose on the noun (acl, xcomp or csubj) or on the light verb that
// carries it (advcl).
func (t *tree) takenBy(i int) []int {
	clauses := slices.Clone(t.kids[i])
	if h := t.lightVerbOf(i); h >= 0 {
		clauses = append(clauses, t.kids[h]...)
	}
	var out []int
	for _, v := range clauses {
		if r := t.toks[v].DepRel; r != "acl" && r != "advcl" && r != "csubj" && r != "xcomp" || t.toks[v].UPOS != "VERB" || !t.hasWord(v, []string{"mark"}, "TO") ||
			t.child(v, "nsubj", "nsubj:pass") >= 0 {
			continue
		}
		l := t.lemma[v]
		if !inList(l, seizeVerbs...) && !inList(l, liberateVerbs...) && !inList(l, clearVerbs...) && !inList(l, retakeVerbs...) {
			continue
		}
		if o := t.child(v, "obj"); o >= 0 {
			out = append(out, o)
		}
	}
	return out
}

// behalfNouns head an "on" phrase that says on whose word or side an act was
// done, not where it was aimed: "on the orders of the president", "on behalf
// of", "on the side of".
var behalfNouns = []string{"ORDER", "INSTRUCTION", "BEHALF", "SIDE", "COMMAND", "BASIS", "DIRECTIVE", "REQUEST"}

// impactVerbs say where a fired weapon came down: "a shell was fired by
// militants and landed in a market".
var impactVerbs = []string{"LAND", "HIT", "STRIKE", "FALL", "SLAM", "CRASH", "EXPLODE", "IMPACT"}

// firedAt returns the phrases of passive force verb i, whose subject is s, that
// say where the force was aimed though the parser hung them elsewhere: the "on"
// or "at" phrase it took for the agent's ("rocket shells were fired by armed
// groups on residential areas": no group sits on the areas), marked in hungOn
// so that a party named there is the target; and, where what was fired is a
// weapon, where it came down or whom it hit, in a verb coordinated with i that
// shares its subject ("a shell was fired by militants and landed in a market",
// "rockets were launched by the rebels and hit a hospital").
func (c *Coder) firedAt(t *tree, i, s int, hungOn map[int]bool) []int {
	var out []int
	own := false // the verb's own target phrase: "fired by troops on the Golan Heights into Israeli territory"
	for _, k := range t.kids[i] {
		if t.rel(k) == "obl" && inList(t.caseOf(k), "ON", "UPON", "AGAINST", "AT", "INTO", "ONTO") && !t.timePhrase(k) {
			own = true // ("fired on Wednesday by terrorist groups on residential areas": a day is no aim)
		}
	}
	if a := t.agentPhrase(i); a >= 0 && !own {
		// A party's: "rocket shells were fired by armed groups on residential
		// areas". A weapon's, a platform's or an attack's is its own aim and
		// the verb's place ("killed by rocket fire on the district", "barrel
		// bombs were dropped by government helicopters on Kafr Zita"), but a
		// party it names there is where, not whom ("on the government-held
		// district"). "On the orders of the president" is no aim.
		means := c.weaponOrForce(t.lemma[a], t.upper[a]) || c.eventNoun(t, a)
		for _, k := range t.kids[a] {
			if (means || len(t.actorsOf(a)) > 0) && t.rel(k) == "nmod" && inList(t.caseOf(k), "ON", "UPON", "AGAINST", "AT") &&
				!inList(t.lemma[k], behalfNouns...) {
				out = append(out, k)
				hungOn[k] = !means && t.caseOf(k) != "AT" // (fired "at" a place: "at al-Zablatani area and Damascus Sheraton Hotel")
			}
		}
	}
	if s < 0 || !c.weaponOrForce(t.lemma[s], t.upper[s]) {
		return out
	}
	for _, v := range t.kids[i] {
		if t.rel(v) != "conj" || t.toks[v].UPOS != "VERB" || !inList(t.lemma[v], impactVerbs...) || t.child(v, "nsubj") >= 0 {
			continue
		}
		if o := t.child(v, "obj"); o >= 0 {
			out = append(out, o)
			hungOn[o] = true // "a rocket was fired by the rebels and hit the army": whom it hit
		}
		for _, k := range t.kids[v] {
			if t.rel(k) == "obl" && inList(t.caseOf(k), targetPlacePreps...) {
				out = append(out, k)
			}
		}
	}
	return out
}

// addPlaceTarget adds to t a mention of the place (or its people) that the
// phrase headed by k names, with code and name, and returns its index: the
// target placeTarget and hostCountry make of a place.
func (t *tree) addPlaceTarget(k int, code, name string) int {
	start, end := t.span(k)
	return t.addMention(start, end, code, name, placeTargetRule)
}

// addMention adds to t a mention the coder itself makes of tokens [start, end)
// (a place as a target, a nation a hedge names), with code, name and the rule
// that made it, and returns its index.
func (t *tree) addMention(start, end int, code, name, rule string) int {
	m := sitrep.Mention{Start: start, End: end, Code: code, Name: name, Rule: rule, Antecedent: -1,
		Span: sitrep.Span{Start: t.toks[start].Span.Start, End: t.toks[end-1].Span.End}}
	m.Text = t.text(start, end)
	if len(t.ms) > 0 {
		m.Sentence = t.ms[0].Sentence
	}
	t.ms = append(t.ms, m)
	return len(t.ms) - 1
}

// placeIn returns the located place the noun phrase headed by k names or lies in,
// through its nominal modifiers and prepositional phrases ("parts of eastern Aleppo",
// "an area outside the capital Damascus", "a school in Deraa") but not through a
// clause inside it, or nil. Where the coder knows the document, the place's country
// must be named elsewhere in it, by an actor or by a place in another sentence: the
// gazetteer's reading of an ambiguous village name is often a town abroad.
func (t *tree) placeIn(k int) *sitrep.Place {
	for i := range t.places {
		p := &t.places[i]
		if p.Country == "" || t.knownCountry != nil && !t.knownCountry(p.Country) {
			// a town name the gazetteer also knows in a country the article never
			// names is most likely another town
			continue
		}
		last := -1
		for x, tok := range t.toks {
			if tok.Span.Start >= p.Span.Start && tok.Span.End <= p.Span.End {
				last = x
			}
		}
		if last >= 0 && t.acrossBorder(last, k) {
			// "a town on Syria's border with Turkey": the country across the
			// border is where the town is not
			continue
		}
		for x, tok := range t.toks {
			if tok.Span.Start < p.Span.Start || tok.Span.End > p.Span.End {
				continue
			}
			if t.phraseReaches(k, x) {
				return p
			}
		}
	}
	return nil
}

// unnamedPlaceIn returns, for a noun phrase headed by k that is or holds a place
// with no name of its own ("fired rockets into the capital", "shelled residential
// areas", "stormed the town", "killed 10 people in the capital"), a place in the
// document's country, or nil. A report about one country names its towns and
// areas that way once it has said where it is; where the document names no one
// country clearly (docCountry) the place is nobody's. A named place ("the capital
// Damascus", "the town of Douma") is the gazetteer's to find. "Capital" needs
// "the": "a capital" is any.
func (t *tree) unnamedPlaceIn(k int) *sitrep.Place {
	if t.docCountry == nil {
		return nil
	}
	for x := range t.toks {
		if !groundNoun(t.lemma[x]) || t.toks[x].UPOS != "NOUN" || !t.phraseReaches(k, x) {
			continue
		}
		if t.lemma[x] == "CAPITAL" {
			if d := t.child(x, "det"); d < 0 || t.upper[d] != "THE" {
				continue
			}
		}
		named, whose := false, t.demonymOf(x) // "a Lebanese town", "the Turkish territory"
		for _, c := range t.kids[x] {
			if r := t.rel(c); (r == "appos" || r == "flat" || r == "compound" || r == "nmod") && t.toks[c].UPOS == "PROPN" {
				named = true // "the capital Damascus", "the capital of Syria"
			}
		}
		if x+1 < len(t.toks) && t.toks[x+1].UPOS == "PROPN" {
			named = true
		}
		if named {
			continue
		}
		if whose == "" {
			whose = t.docCountry()
		}
		if whose != "" {
			return &sitrep.Place{Name: t.toks[x].Text, Country: whose, Text: t.toks[x].Text, Span: t.toks[x].Span}
		}
	}
	return nil
}

// unknownPlaceIn returns, for a noun phrase headed by k that names a place the
// tagger found and the gazetteer does not know ("the raids hit Hass", "shelled
// al-Mallah Farms"), a place in the document's country, or nil: a village too
// small for the gazetteer, in a report about one country, is most often of that
// country, as a town with no name is (unnamedPlaceIn). A name an actor code or
// the gazetteer claims is theirs to read.
func (t *tree) unknownPlaceIn(k int) *sitrep.Place {
	if t.docCountry == nil || t.placeCountry == nil {
		return nil
	}
	for _, e := range t.locs {
		if e.Start < 0 || e.End > len(t.toks) || e.Start >= e.End {
			continue
		}
		reached, claimed := false, false
		for x := e.Start; x < e.End; x++ {
			if t.phraseReaches(k, x) {
				reached = true
			}
			if m := t.actor[x]; m >= 0 && t.ms[m].Code != "" {
				claimed = true
			}
			for _, p := range t.places {
				if p.Span.Start <= t.toks[x].Span.Start && t.toks[x].Span.End <= p.Span.End {
					claimed = true
				}
			}
		}
		if !reached || claimed {
			continue
		}
		cc := t.placeNounDemonym(e.End - 1) // "the Iraqi town of Bashiqa"
		if cc == "" {
			cc = t.placeCountry()
		}
		if cc == "" {
			cc = t.docCountry()
		}
		if cc != "" {
			st, en := t.toks[e.Start].Span.Start, t.toks[e.End-1].Span.End
			return &sitrep.Place{Name: e.Text, Country: cc, Text: e.Text, Span: sitrep.Span{Start: st, End: en}}
		}
	}
	return nil
}

// verbAims reports whether noun i is the subject of a verb that names what it
// hits: an object, or a place phrase that is no time.
func (t *tree) verbAims(i int) bool {
	h := t.head[i]
	if h < 0 || !strings.HasPrefix(t.toks[i].DepRel, "nsubj") || t.toks[h].UPOS != "VERB" || inList(t.lemma[h], "AIM", "INTEND", "DESIGN", "MEAN") {
		return false // ("air attacks by regime forces on al-Bab are aimed at foiling IS": a purpose)
	}
	if t.child(h, "obj") >= 0 {
		return true
	}
	for _, k := range t.kids[h] {
		if t.rel(k) == "obl" && inList(t.toks[k].UPOS, "NOUN", "PROPN") && inList(t.caseOf(k), targetPlacePreps...) && !t.timePhrase(k) {
			return true // (not "are aimed at forcing …": a purpose)
		}
	}
	return false
}

// nounAgent returns the "by" phrase of noun i that names who carries out its
// act ("strikes by the Syrian military"), or -1.
func (t *tree) nounAgent(i int) int {
	for _, k := range t.kids[i] {
		if t.rel(k) == "nmod" && t.caseOf(k) == "BY" {
			return k
		}
	}
	return -1
}

// namedByPlaceNoun returns, as place entities, the names that a noun of
// unnamedPlaces or namedPostNouns says are places, "the Haas village", "the
// town of al-Fouaa", "the Atme border crossing", where the tagger found them
// but gave another type (Haas as a person) or none: the noun is surer of the
// type than a tagger that has not seen the name. Names the tagger already typed
// as places (t.locs) are not repeated.
func (t *tree) namedByPlaceNoun() []sitrep.Entity {
	var out []sitrep.Entity
	for x, h := range t.head {
		if h < 0 || t.toks[x].UPOS != "PROPN" || t.toks[h].UPOS != "NOUN" || !inList(t.lemma[h], unnamedPlaces...) && !inList(t.lemma[h], namedPostNouns...) {
			continue
		}
		if !(x < h && t.rel(x) == "compound" || x > h && t.rel(x) == "nmod" && t.caseOf(x) == "OF") {
			continue
		}
		start, end := x, x+1
		for k := x - 1; k >= 0 && t.head[k] == x && t.toks[k].UPOS == "PROPN" && t.rel(k) == "compound"; k-- {
			start = k
		}
		for end < len(t.toks) && (t.head[end] == x || t.head[end] == end-1) && (t.toks[end].UPOS == "PROPN" && t.rel(end) == "flat" ||
			t.toks[end].UPOS == "PUNCT" && t.toks[end].Text == "-" && end+1 < len(t.toks) && t.toks[end+1].UPOS == "PROPN") {
			end++
		}
		if slices.ContainsFunc(t.locs, func(e sitrep.Entity) bool { return e.Start < end && start < e.End }) {
			continue
		}
		out = append(out, sitrep.Entity{Start: start, End: end, Type: "LOC", Text: t.text(start, end)})
	}
	return out
}

// namedPostNouns are the posts and works that take the name of the place they
// are at: "the Atme border crossing", "the Shayrat airbase", "the Tishreen dam"
// (installationNouns, and "border" where the parser made "crossing" its
// participle).
var namedPostNouns = append([]string{"BORDER"}, installationNouns...)

// placeNounDemonym returns the country a demonym gives the place noun that
// name token x hangs from or that stands in apposition to it ("the Iraqi town
// of Bashiqa", "Bashiqa, an Iraqi town"), or "".
func (t *tree) placeNounDemonym(x int) string {
	if t.demonym == nil || x < 0 || x >= len(t.toks) {
		return ""
	}
	nouns := slices.Clone(t.kids[x])
	if h := t.head[x]; h >= 0 {
		nouns = append(nouns, h)
	}
	for _, n := range nouns {
		if inList(t.lemma[n], unnamedPlaces...) {
			if cc := t.demonymOf(n); cc != "" {
				return cc
			}
		}
	}
	return ""
}

// demonymOf returns the country of a demonym modifying noun n ("a Lebanese
// town"), the last one read, or "".
func (t *tree) demonymOf(n int) string {
	if t.demonym == nil {
		return ""
	}
	whose := ""
	for _, c := range t.kids[n] {
		if t.rel(c) == "amod" {
			if cc, ok := t.demonym(t.toks[c].Text); ok {
				whose = cc
			}
		}
	}
	return whose
}

// unnamedPlaces are the nouns of a place that unnamedPlaceIn reads.
var unnamedPlaces = []string{"CAPITAL", "AREA", "DISTRICT", "NEIGHBORHOOD", "NEIGHBOURHOOD", "TOWN", "CITY", "VILLAGE", "SUBURB",
	"OUTSKIRTS", "COUNTRYSIDE", "PROVINCE", "REGION", "TERRITORY"}

// text returns tokens [start, end) as the sentence spells them.
func (t *tree) text(start, end int) string {
	var b strings.Builder
	for k := start; k < end; k++ {
		b.WriteString(t.toks[k].Text)
		if k < end-1 && t.toks[k].SpaceAfter {
			b.WriteByte(' ')
		}
	}
	return b.String()
}

// phraseReaches reports whether token x lies in the noun phrase headed by k, at most
// four steps down through nominal relations.
func (t *tree) phraseReaches(k, x int) bool {
	for steps := 0; steps <= 4 && x >= 0; steps++ {
		if x == k {
			return true
		}
		switch t.rel(x) {
		case "nmod", "appos", "flat", "compound", "amod", "conj", "nummod", "det":
		default:
			return false
		}
		x = t.head[x]
	}
	return false
}

// span returns the token range [start, end) of the phrase headed by k, without
// clauses, for a mention's text.
func (t *tree) span(k int) (start, end int) {
	start, end = k, k+1
	var walk func(i int)
	walk = func(i int) {
		for _, c := range t.kids[i] {
			switch t.rel(c) {
			case "acl", "advcl", "parataxis", "punct", "ccomp", "dep":
				continue
			}
			start, end = min(start, c), max(end, c+1)
			walk(c)
		}
	}
	walk(k)
	return start, end
}

// names reports whether the sentence names an actor the code stands for, in a
// role other than a place ("The YPG said the attacks targeted Kurdish-held
// districts"); a mention judgedForce added refers to one, it does not name it.
func (t *tree) names(code string) bool {
	for m := range t.ms {
		if t.namesActor(m, code) {
			return true
		}
	}
	return false
}

// namesActor reports whether mention m names the actor code stands for, in a
// role other than a place, and not as a referent judgedForce added.
func (t *tree) namesActor(m int, code string) bool {
	return t.ms[m].Rule != judgedForceRule && !t.placeMention(m) && sameActor(t.ms[m].Code, code)
}

// placeMention reports whether mention m names a place rather than an actor: a
// target placeTarget made, or a city or region the locator finds under it (a city
// the country dictionaries list is coded as its country).
func (t *tree) placeMention(m int) bool {
	mm := t.ms[m]
	if mm.Rule == placeTargetRule {
		return true
	}
	if len(mm.Code) != 3 {
		return false // a place's actor is its country: a city coded as the state's seat is no place here
	}
	if h := t.mentionHead(m); h >= 0 && h < len(t.toks) && t.toks[h].UPOS == "NOUN" && inList(t.lemma[h], unnamedPlaces...) {
		return true // "Aleppo's provincial capital", a country's bare code on a place noun
	}
	return t.inNamedPlace(mm.Span)
}

// inNamedPlace reports whether span sp lies inside a city or region the place
// locator found (not a country).
func (t *tree) inNamedPlace(sp sitrep.Span) bool {
	for _, p := range t.places {
		if p.Span.Start <= sp.Start && sp.End <= p.Span.End && (t.isCountry == nil || !t.isCountry(p)) {
			return true
		}
	}
	return false
}

// documentNouns name an agreement, a law or a meeting that a city lends its name
// to: "the Geneva Conventions", "the Minsk agreements", "the Oslo Accords", "the
// Rome Statute", "the Kyoto Protocol", "the Astana process", "the Vienna talks".
var documentNouns = []string{"CONVENTION", "CONVENTIONS", "ACCORD", "ACCORDS", "AGREEMENT", "AGREEMENTS", "PROTOCOL",
	"COMMUNIQUE", "COMMUNIQUÉ", "DECLARATION", "CHARTER", "STATUTE", "TREATY", "PROCESS", "FORMAT", "TALKS", "CONFERENCE"}

// unnameDocuments unmaps a city's name that only names a document or a meeting
// ("in violation of the Geneva Conventions", "talks under the Astana process"):
// the city is neither a party nor a place where anything happens, and as an
// actor (its country) it became the target of the act the document is cited
// about. Only a city or region the place locator finds, or a name before a
// document's proper name: "the US-Russia agreement" names its parties.
func (t *tree) unnameDocuments() {
	for i := range t.toks {
		m := t.actor[i]
		if m < 0 || t.ms[m].Start != i || len(t.ms[m].Code) != 3 {
			continue
		}
		end := min(t.ms[m].End, len(t.toks))
		// the mention's top word modifies a document noun after it
		top := i
		for t.head[top] >= i && t.head[top] < end {
			top = t.head[top]
		}
		h := t.head[top]
		if h < end || t.rel(top) != "compound" && t.rel(top) != "amod" ||
			!inList(t.lemma[h], documentNouns...) && !inList(t.upper[h], documentNouns...) {
			continue
		}
		if !t.placeMention(m) && !capitalized(t.toks[h].Text) {
			// a country's name before a common noun may name a party ("the
			// US-Russia agreement"); before a document's proper name ("the
			// Fourth Geneva Convention", which the tagger may make one
			// entity that the place locator then does not see) a city's never
			continue
		}
		for k := i; k < end; k++ {
			if t.actor[k] == m {
				t.actor[k] = -1
				delete(t.also, k)
			}
		}
	}
}

// countryNameModifier reports whether a source of the force noun tr is a
// country's name compounded with it ("Syria air strikes", "Iraq bombing"),
// which headlines use for where the force fell as often as for who used it; a
// demonym ("Syrian air strikes") or an organ ("regime air strikes") says who.
func countryNameModifier(t *tree, tr *trigger, src []int) bool {
	if !tr.noun {
		return false
	}
	for _, m := range src {
		if len(t.ms[m].Code) != 3 || t.ms[m].Start < 0 || t.ms[m].Start >= len(t.toks) {
			continue
		}
		h := t.mentionHead(m)
		if t.toks[h].UPOS == "PROPN" && t.rel(h) == "compound" && t.dominates(tr.tok, h) {
			return true
		}
	}
	return false
}

// sourceReliable reports whether the sources src of trigger tr were read from the
// event's own agent, so that a place or victims may complete the event (or, for
// UntargetedCodes, the event stand alone without either). The coder
// reads sources more loosely where a target confirms the reading; an event whose
// other side is only a place has no such check, so sources found in the ways that
// most often misread one are refused here:
//   - a news outlet or monitor (a MED or NGO sector), which reports violence and,
//     at the head of a dateline glued to the sentence, reads as its subject, and
//     civilians (CVL), who suffer it;
//   - the noun of a prepositional phrase that a participle hangs on ("fired
//     rockets into the stronghold of <city>, killing one": the city is no agent);
//   - the subject of a report verb reached from a participle ("the monitor said
//     strikes killed 22 people") or a noun a report verb governs ("the Observatory
//     reported 26 airstrikes"), unless every source is named inside the noun's
//     own phrase ("reported strikes by Russian warplanes": ownAgents);
//   - a place: a source inside a locative phrase ("an attack in northern Syria
//     killed three");
//   - the "of" phrase of an event noun of force, which is what was hit ("the
//     bombing of a convoy");
//   - a subject event noun that names its own target ("strikes on Damascus
//     killed ten people" is one event, the noun's);
//   - the parties a subject event noun borrows from a verb that governs it and is
//     not a light verb ("condemned the bombing that targeted the headquarters").
func (c *Coder) sourceReliable(t *tree, tr *trigger, src []int) bool {
	for _, m := range src {
		if hasSector(t.ms[m].Code, "MED", "NGO", "CVL", "LAB", "EDU", "HLH", "BUS") {
			return false
		}
		if t.ms[m].Start >= 0 && t.ms[m].Start < len(t.toks) && t.inPlacePhrase(t.mentionHead(m), tr.tok) {
			return false
		}
	}
	i := tr.tok
	if tr.noun {
		if h := t.head[i]; h >= 0 && inList(t.lemma[h], reportVerbs...) && !t.ownAgents(i, src) && t.claimVerb(i) < 0 {
			return false // (a claim of the act names who did it: "ISIS claimed the bombing")
		}
		for _, k := range t.kids[i] {
			if t.rel(k) == "nmod" && t.caseOf(k) == "OF" {
				for _, m := range t.actorsOf(k) {
					if inList2(m, src) {
						return false
					}
				}
			}
		}
		return true
	}
	if h := t.head[i]; h >= 0 && t.toks[i].DepRel == "acl" && inList(t.rel(h), "obl", "nmod") {
		return false
	}
	s, _ := t.subject(i)
	if s < 0 {
		return true
	}
	if h := t.head[s]; h >= 0 && !t.dominates(i, s) && inList(t.lemma[h], reportVerbs...) {
		return false
	}
	if c.eventNoun(t, s) && c.codesItself(t, s) && !(len(src) == 0 && c.agentlessSubject(t, tr)) {
		// (a noun that names no agent, "a bomb blast in Qamishli killed 48
		// people", leaves the agentless event to the verb)
		for _, k := range t.kids[s] {
			if t.rel(k) == "nmod" && inList(t.caseOf(k), append([]string{"OF"}, targetPlacePreps...)...) {
				// "strikes on Damascus killed ten people": the noun's own event,
				// aimed where it says, is the one the verb restates (a noun the
				// dictionary leaves uncoded there, "a US strike in Raqqa killed
				// 18 civilians", leaves the event to the verb)
				return false
			}
		}
	}
	if len(t.actorsOf(s)) == 0 && c.eventNoun(t, s) {
		// the sources came from eventParties: only the noun's own agent counts
		own := map[int]bool{}
		for _, k := range t.kids[s] {
			if t.agentModifier(k) {
				for _, m := range t.actorOrModifiers(k) {
					own[m] = true
				}
			}
		}
		if a := t.carriedOutBy(s); a >= 0 {
			for _, m := range append(t.actorOrModifiers(a), t.actorsOf(a)...) {
				own[m] = true // "the strikes conducted by Russian jets", "by regime or Russian jets"
			}
		}
		for _, m := range src {
			if !own[m] && t.ms[m].Rule != judgedForceRule { // (the noun's referent is its own)
				return false
			}
		}
	}
	return true
}

// codesItself reports whether the noun at k is an event trigger with a code of
// its own, so that the sentence's event is coded from it.
func (c *Coder) codesItself(t *tree, k int) bool {
	tr := c.nounTrigger(t, k)
	return tr != nil && tr.code != "" && tr.code != "---" && nounAsSubjectOK(t, tr)
}

// inPlacePhrase reports whether token k heads, or is a modifier of, a phrase of
// place: "in northern Syria", "near Damascus"; the modifiers of the trigger tr
// itself are its agents wherever it stands ("killed in U.S. air strikes").
func (t *tree) inPlacePhrase(k, tr int) bool {
	for steps := 0; k >= 0 && k != tr && steps < 3; steps++ {
		if c := t.caseOf(k); c != "" {
			return inList(c, "IN", "NEAR", "AT", "INSIDE", "ACROSS", "THROUGHOUT", "AROUND", "WITHIN", "OUTSIDE")
		}
		switch t.rel(k) {
		case "compound", "amod", "flat", "nmod":
			if t.toks[k].DepRel == "nmod:poss" {
				return false
			}
			k = t.head[k]
		default:
			return false
		}
	}
	return false
}

// ForceNoun reports whether word is an event noun of force: its dictionary entry's
// code is CAMEO 18–20 ("raid", "siege"), or one of its patterns is that needs no
// word before the noun ("strikes on"). A noun that names force only with a word
// before it ("military operations") is not one: "Israeli operations" may be anything.
// The actor resolver asks it which nouns make their modifier an agent ("U.S. air
// strikes").
func (c *Coder) ForceNoun(word string) bool {
	for _, b := range c.dict.Nouns(word) {
		if violent(b.Code) {
			return true
		}
		for _, p := range b.Patterns {
			if violent(p.Code) && !hasWords(p.Pre) {
				return true
			}
		}
	}
	return false
}

// hasWords reports whether pattern elements es include a word, phrase or synset.
func hasWords(es []verbdict.Element) bool {
	for _, e := range es {
		switch e.Kind {
		case verbdict.Source, verbdict.Target, verbdict.Compound, verbdict.Skip:
		default:
			return true
		}
	}
	return false
}

// capitalized reports whether word begins with an upper-case letter.
func capitalized(word string) bool {
	for _, r := range word {
		return unicode.IsUpper(r)
	}
	return false
}

// ownAgents reports whether every source in src is named inside the phrase of
// event noun i ("reported Syrian military strikes", "documented strikes by
// Russian warplanes"): the noun's own agents, not the reporter whose verb
// governs it.
func (t *tree) ownAgents(i int, src []int) bool {
	for _, m := range src {
		if m < 0 || t.ms[m].Start < 0 || t.ms[m].Start >= len(t.toks) {
			return false
		}
		if h := t.mentionHead(m); h == i || !t.dominates(i, h) {
			return false
		}
	}
	return len(src) > 0
}

// simultaneous reports whether adverbial clause i is introduced by "when",
// "as" or "while": what it reports happened with its head's event ("were
// killed when jets struck"), where "after" may name what came before ("killed
// in airstrikes after rebels launched an offensive").
func (t *tree) simultaneous(i int) bool {
	for _, k := range t.kids[i] {
		if r := t.rel(k); (r == "mark" || r == "advmod") && inList(t.upper[k], "WHEN", "AS", "WHILE") {
			return true
		}
	}
	return false
}

// coded returns the mentions of ms that carry an actor code: a name the
// resolver could not code ("Hass", a village) is no actor that keeps a
// phrase's place from being read.
func (t *tree) coded(ms []int) []int {
	var out []int
	for _, m := range ms {
		if m >= 0 && t.ms[m].Code != "" {
			out = append(out, m)
		}
	}
	return out
}
