package actor

import (
	"strings"
	"time"

	"github.com/sitrep-dev/sitrep"
)

// builder assembles one sentence's dictionary items into mentions: an actor with the
// role nouns that follow it ("Iraqi officials"), titles before names ("Syrian
// President Ahmed al-Sharaa"), coordinated modifiers ("American and Syrian
// officials"), appositions ("X, the Iraqi Foreign Minister") and bare names.
type builder struct {
	r     *Resolver
	text  string
	si    int
	s     *sitrep.Sentence
	ws    []word
	items []item
	at    time.Time
	out   []*rec
	// places are names this sentence uses as places ("in Kefraya", "the town of
	// Urum al-Kubra"): discovery counts them against the same name's actor-like uses.
	places []string
}

func (b *builder) build() {
	for k := 0; k < len(b.items); {
		k = b.step(k)
	}
}

func (b *builder) step(k int) int {
	it := b.items[k]
	switch it.kind {
	case itActor:
		if it.entry.Kind == KindPerson {
			return b.person(k)
		}
		return b.modifier(k)
	case itAgent:
		return b.agentFirst(k)
	case itName:
		if b.shortName(k) && (k == 0 || b.isWord(k-1, ",", "AND") || b.modifiesForce(k)) {
			return b.shortName2(k)
		}
		return b.name(k)
	}
	w := b.ws[it.i].w
	switch {
	case personPronouns[w]:
		rc := b.add(it.i, it.j, "", "", "")
		rc.pending, rc.initial = "pronoun", k == 0
		// "In his statement, al-Sharaa said": a possessive in an opening phrase
		// points to the subject that follows the comma.
		if (w == "HIS" || w == "HER") && k == 1 && b.isWord(0, "IN", "ON", "AT", "DURING", "AFTER", "BEFORE") {
			rc.cataphor = true
		}
	case neuterPronouns[w] && !b.ws[it.i].upper:
		// "its", "itself": a state or an organisation, chosen in corefer from the
		// sentence's dependency tree (not "ITS", an acronym in running text).
		rc := b.add(it.i, it.j, "", "", "")
		rc.pending, rc.neuter, rc.sent = "pronoun", true, b.s
	case w == "IT" && !b.ws[it.i].upper:
		// "it": a state or an organisation when it is a clause's subject and the
		// tree names one (itAntecedent); never the expletive "it is clear that".
		rc := b.add(it.i, it.j, "", "", "")
		rc.pending, rc.it = "pronoun", true
	case (w == "WE" || w == "OUR") && !b.ws[it.i].upper:
		// "“We will keep striking ISIS,” Cooper said": the speaker's side,
		// when a quote's speaker is named (quoteSpeaker); none otherwise
		rc := b.add(it.i, it.j, "", "", "")
		rc.pending, rc.first, rc.sent = "pronoun", true, b.s
	case pluralPronouns[w]:
		rc := b.add(it.i, it.j, "", "", "")
		rc.pending, rc.plural = "pronoun", true
		rc.initial = k == 0
	case w == "THEM":
		// "them": a plural group or force named before it in the sentence, not the
		// subject of its own clause (themAntecedent).
		rc := b.add(it.i, it.j, "", "", "")
		rc.pending, rc.plural, rc.them = "pronoun", true, true
	case w == "THE" && b.shortName(k+1):
		return b.shortName2(k + 1)
	case b.shortName(k) && b.modifiesForce(k):
		// "a coalition air strike", "coalition strikes": the coalition named
		// before is the agent, as a country is of "Russian air strikes"
		return b.shortName2(k)
	case b.shortName(k) && k+1 < len(b.items) && b.items[k+1].kind == itAgent && !b.modifiesNoun(k+1):
		// "coalition warplanes", "Coalition forces said": the units of the
		// coalition named before, as "Coalition war planes" is when the tagger
		// reads the word as a name
		return b.shortName2(k)
	case w == "THE" && k+1 < len(b.items) && b.items[k+1].kind == itWord && groupNouns[b.ws[b.items[k+1].i].w]:
		rc := b.add(it.i, b.items[k+1].j, "", "", "")
		rc.pending, rc.sent = "group", b.s
		return k + 2
	}
	return k + 1
}

// isWord reports whether item k is a plain word in set.
func (b *builder) isWord(k int, set ...string) bool {
	if k < 0 || k >= len(b.items) || b.items[k].kind != itWord {
		return false
	}
	w := b.ws[b.items[k].i].w
	for _, s := range set {
		if w == s {
			return true
		}
	}
	return false
}

func (b *builder) isModifier(k int) bool {
	return k < len(b.items) && b.items[k].kind == itActor && b.items[k].entry.Kind != KindPerson
}

func (b *builder) personLike(k int) bool {
	if k >= len(b.items) {
		return false
	}
	it := b.items[k]
	switch it.kind {
	case itActor:
		return it.entry.Kind == KindPerson
	case itName:
		return it.entity == "" || it.entity == "PER"
	}
	return false
}

// alone reports whether words [i, j) are all the sentence has besides punctuation
// and "By": a byline ("By Jane Doe"), a credit or a caption, where a name is no
// actor taking part in the news.
func (b *builder) alone(i, j int) bool {
	for x, w := range b.ws {
		if (x >= i && x < j) || w.punct || w.w == "BY" || w.w == "AND" {
			continue
		}
		// "Jane Doe / John Roe": a line of names with no verb is a credit too.
		if !w.cap || b.s.Tokens[w.tok].UPOS == "VERB" || b.s.Tokens[w.tok].UPOS == "AUX" {
			return false
		}
	}
	return true
}

// furniture reports whether the sentence is a run of page links ("Festival | Episode
// | Showcase"): prose separates with words, menus and breadcrumbs with bars.
func (b *builder) furniture() bool {
	bars := 0
	for _, w := range b.ws {
		if w.w == "|" {
			bars++
		}
	}
	return bars >= 2
}

// add appends a mention over words [i, j).
func (b *builder) add(i, j int, code, name, rule string) *rec {
	st, en := b.ws[i].start, b.ws[j-1].end
	txt := ""
	if st >= 0 && en <= len(b.text) && st <= en {
		txt = b.text[st:en]
	} else {
		var parts []string
		for t := b.ws[i].tok; t <= b.ws[j-1].tok; t++ {
			parts = append(parts, b.s.Tokens[t].Text)
		}
		txt = strings.Join(parts, " ")
	}
	rc := &rec{m: sitrep.Mention{
		Sentence: b.si, Start: b.ws[i].tok, End: b.ws[j-1].tok + 1,
		Span: sitrep.Span{Start: st, End: en}, Text: txt,
		Code: code, Name: name, Rule: rule, Antecedent: -1,
	}, sent: b.s}
	for x := i; x < j; x++ {
		rc.words = append(rc.words, b.ws[x].w)
	}
	b.out = append(b.out, rc)
	return rc
}

func (b *builder) code(k int) string { return b.items[k].entry.CodeAt(b.at) }

// modifier handles a country, capital, building or organisation, alone or as the
// modifier of role nouns.
func (b *builder) modifier(k int) int {
	mods := []int{k}
	j := k + 1
	for b.isWord(j, "AND", ",", "OR") && b.isModifier(j+1) {
		mods = append(mods, j+1)
		j += 2
	}
	p := j
	poss := b.isWord(p, "'S")
	if poss {
		p++
	}
	civil, backer := false, false
	for adj := 0; adj < 2 && p < len(b.items) && b.items[p].kind == itWord && (b.adjLike(p) || b.portfolio(p)); adj++ {
		w := b.ws[b.items[p].i]
		civil = civil || civilWords[w.w]
		// "US-backed rebels", "Russian-backed forces": the state is the backer,
		// not the group's own.
		backer = backer || (adj == 0 && backedWords[w.w] && b.hyphenNext(b.items[p].i, b.items[p].j))
		p++
	}
	if backer && len(mods) == 1 && p < len(b.items) && b.items[p].kind == itAgent {
		return k + 1 // a name inside a hyphenated modifier is no mention
	}
	if civil && p < len(b.items) && b.items[p].kind == itAgent && b.items[p].agent.Code == "MIL" {
		// "a Russian passenger jet": a civilian craft, not the state's military.
		b.bare(k, false)
		return k + 1
	}
	if len(mods) == 1 && b.items[k].entry.Kind == KindOrg && b.personLike(j) && personRoles[b.ws[b.items[k].j-1].w] {
		return b.title(k, k, -1, j)
	}
	if p >= len(b.items) || b.items[p].kind != itAgent || b.modifiesNoun(p) && !b.modifiesForce(p) && !b.modifiesUnit(p) ||
		b.hyphenNext(b.items[p].i, b.items[p].j) && !b.hyphenNext(b.items[k].i, b.items[k].j) {
		// (a role noun that opens a hyphenated adjective is none: "Syria's
		// rebel-held Idlib province" names a province)
		b.bare(k, poss && len(mods) == 1)
		return k + 1
	}
	// "Syrian Islamist rebels", "ISIS Takfiri terrorist group": a generic group
	// noun right after the role noun is the head of the phrase.
	for p+1 < len(b.items) && b.items[p+1].kind == itAgent && b.items[p+1].agent.generic() && !b.hyphenNext(b.items[p+1].i, b.items[p+1].j) {
		p++
	}
	ags := []int{p}
	e := p + 1
	for b.isWord(e, "AND", ",") {
		next := e + 1
		if b.isWord(e, ",") && b.isWord(next, "AND") {
			next++ // "elites, people, and forces"
		}
		if next >= len(b.items) || b.items[next].kind != itAgent {
			break
		}
		ags = append(ags, next)
		e = next + 1
	}
	if len(ags) == 1 && len(mods) == 1 && b.personLike(e) && b.items[p].agent.personal() {
		return b.title(k, mods[0], p, e)
	}
	if len(ags) == 1 && len(mods) == 1 && !b.items[p].agent.personal() && b.personalRole(e) && b.personLike(e+1) {
		// "Iranian Foreign Ministry spokesman Esmaeil Baghaei": an organ, then a
		// person's role in it; the organ says whose the person is.
		return b.title(k, mods[0], p, e+1)
	}
	if poss && len(mods) > 1 {
		// "the US and Syria's new administration": the role is the last one's only.
		for _, m := range mods[:len(mods)-1] {
			b.bare(m, false)
		}
		mods, k = mods[len(mods)-1:], mods[len(mods)-1]
	}
	last := b.items[ags[len(ags)-1]].agent
	if len(mods) > 1 {
		for n, m := range mods {
			end := b.items[m].j
			if n == len(mods)-1 {
				end = b.items[ags[len(ags)-1]].j
			}
			rc := b.add(b.items[m].i, end, last.apply(b.code(m), b.r.countries), b.items[m].entry.Name, "coordination")
			rc.agent, rc.plural = last, last.plural
		}
		return e
	}
	for n, a := range ags {
		start := b.items[k].i
		rule := "agent"
		if n > 0 {
			start, rule = b.items[a].i, "coordination"
		}
		ag := b.items[a].agent
		code := b.code(k)
		if n > 0 && governmentRole(ag) && (len(code) < 3 || !b.r.countries[code[:3]]) {
			// "SDF units and government forces": a group that is no state has
			// no government; the conjunct is a state's organ, whose state
			// coreference and organs find as for a bare "government forces"
			rc := b.add(b.items[a].i, b.items[a].j, "", "", "")
			rc.pending, rc.agent, rc.plural = "agent", ag, ag.plural
			continue
		}
		if b.items[k].entry.Kind == KindCapital && ag.generic() && len(code) > 3 && b.r.countries[code[:3]] {
			// "Damascus rebels", "Kabul gunmen": a capital before a generic group
			// noun says where the group is, and the group is of the country, not
			// of the government the capital stands for elsewhere
			code = code[:3]
		}
		rc := b.add(start, b.items[a].j, ag.apply(code, b.r.countries), b.items[k].entry.Name, rule)
		rc.agent, rc.plural = ag, ag.plural
		rc.kind = b.items[k].entry.Kind
	}
	return e
}

// governmentRole reports whether a role phrase names a government or its organs by
// that word ("government forces", "regime troops").
func governmentRole(a *Agent) bool {
	if a == nil {
		return false
	}
	for _, w := range normWords(a.Phrase) {
		if w == "GOVERNMENT" || w == "REGIME" {
			return true
		}
	}
	return false
}

// modifiesNoun reports whether the role noun at item k is used as an adjective
// ("the U.S.-led military campaign", "the intelligence-sharing agreement"), so that
// the phrase is about something else. It needs tags, or a hyphen.
func (b *builder) modifiesNoun(k int) bool {
	last, next, ok := b.adjectivalRole(k)
	if !ok {
		return false
	}
	if next.w == "-" || next.tok == last.tok {
		return true
	}
	return next.upos == "NOUN" && !next.cap
}

// mayModify reports whether the role word at item k, in a sentence with no
// tags, may modify the word after it as modifiesNoun finds with tags: "its
// military footprint".
func (b *builder) mayModify(k int) bool {
	last, next, ok := b.adjectivalRole(k)
	return ok && last.upos == "" && !next.punct && !next.cap && hasLetter(next.w)
}

// adjectivalRole returns, for a singular role noun at item k that also
// modifies nouns (adjectivalRoles: "military", "security"), its last word and
// the word after it.
func (b *builder) adjectivalRole(k int) (last, next word, ok bool) {
	it := b.items[k]
	if it.agent == nil || it.agent.plural || it.j >= len(b.ws) || !adjectivalRoles[b.ws[it.j-1].w] {
		return word{}, word{}, false
	}
	return b.ws[it.j-1], b.ws[it.j], true
}

// portfolio reports whether the capitalised word at item k names a minister's
// portfolio between a state and the role: "Saudi Investment Minister Khalid
// al-Falih", "Iraqi Oil Minister", "Turkish Energy Ministry". The dictionaries
// list a few portfolios with the role (FOREIGN_MINISTER); the others are
// capitalised nouns, which adjLike refuses as the start of a name.
func (b *builder) portfolio(k int) bool {
	w := b.ws[b.items[k].i]
	if !w.cap || w.punct || w.upos != "" && !inSet(w.upos, "NOUN", "PROPN") {
		return false
	}
	n := k + 1
	if n < len(b.items) && b.items[n].kind == itWord && b.ws[b.items[n].i].cap {
		n++ // "Foreign Trade Minister"
	}
	if n >= len(b.items) || b.items[n].kind != itAgent || b.items[n].j-b.items[n].i != 1 {
		return false
	}
	last := b.ws[b.items[n].j-1].w
	return last == "MINISTER" || last == "MINISTRY"
}

// adjLike reports whether the word at item k can sit between an actor and its role
// noun ("Syria's new government", "the Syrian transitional government").
func (b *builder) adjLike(k int) bool {
	w := b.ws[b.items[k].i]
	if w.punct || w.cap || stopLower[w.w] || !hasLetter(w.w) {
		return false
	}
	if w.upos != "" {
		xpos := b.s.Tokens[w.tok].XPOS
		switch w.upos {
		case "ADJ", "ADV":
			return true
		case "VERB": // "newly established", not "initiates"
			return xpos == "" || xpos == "VBN" || xpos == "VBG"
		case "NOUN": // "the transition government", not "prisons"
			return xpos == "" || xpos == "NN"
		}
		return false
	}
	// Without tags, accept the adjectives news writing puts there.
	if modifierWords[w.w] {
		return true
	}
	for _, suf := range []string{"AL", "IC", "IVE", "ED", "LY", "ARY", "OUS", "ENT", "ANT", "IAN", "ISM", "ION"} {
		if strings.HasSuffix(w.w, suf) && len(w.w) > len(suf)+2 {
			return true
		}
	}
	return false
}

// bare emits a modifier actor on its own, unless it is a place ("in Damascus") or a
// demonym describing a thing ("Syrian prisons").
func (b *builder) bare(k int, poss bool) {
	it := b.items[k]
	e := it.entry
	code := b.code(k)
	if code == "" {
		return
	}
	rule := "dictionary"
	switch e.Kind {
	case KindCapital, KindBuilding:
		rule = "metonymy"
	case KindCountry:
		if b.demonym(it) {
			rule = "demonym"
		}
	}
	// A state's position, base or patrol is its military's ("Iranian
	// positions"); its targets are the state's ("Russian targets", which may be
	// an airliner); a den, hideout, stronghold or gathering is a group's, and
	// a demonym before one says where it is ("a Syrian stronghold of ISIS").
	targets := rule == "demonym" && b.modifiesHead(k, func(w string) bool { return w == "TARGET" || w == "TARGETS" })
	unit := rule == "demonym" && !targets && b.modifiesHead(k, func(w string) bool { return unitNouns[w] && !groupUnits[w] })
	force := b.modifiesForce(k) || unit
	if !poss && e.Kind.placeLike() && !force && !targets {
		if b.isPlace(k) {
			return
		}
		if rule == "demonym" && b.describesThing(k) {
			return
		}
	}
	if force && rule == "demonym" && len(code) == 3 && b.r.countries[code] {
		// "Syrian air strikes", "Turkish shelling": a state's force is its
		// military's. (Not "Syria air strikes", where the name is as often
		// where they fell.)
		code += "MIL"
	}
	rc := b.add(it.i, it.j, code, e.Name, rule)
	rc.kind = e.Kind
}

func (b *builder) demonym(it item) bool {
	if it.j-it.i != 1 {
		return false
	}
	w := b.ws[it.i]
	if w.upos == "ADJ" {
		return true
	}
	for _, suf := range []string{"IAN", "ISH", "ESE", "ICAN", "EAN", "CH"} {
		if strings.HasSuffix(w.w, suf) {
			return true
		}
	}
	return len(w.w) >= 5 && strings.HasSuffix(w.w, "I")
}

// describesThing reports whether the demonym at item k modifies a common noun
// ("Syrian prisons", "American and regional security", "American-Zionist").
func (b *builder) describesThing(k int) bool {
	n := k + 1
	if n >= len(b.items) {
		return false
	}
	it := b.items[k]
	if it.j < len(b.ws) && (b.ws[it.j].tok == b.ws[it.j-1].tok || b.ws[it.j].w == "-") {
		return true // first part of a hyphenated compound
	}
	if b.isWord(n, "AND", "OR") && n+1 < len(b.items) {
		n++
	}
	nx := b.items[n]
	if nx.kind != itWord {
		return false
	}
	w := b.ws[nx.i]
	return !w.punct && !w.cap && !stopLower[w.w]
}

// isPlace reports whether the place-like actor at item k stands for a location:
// governed by a locative preposition ("in", "near", "across northern"), or followed
// by a place noun ("Nineveh province").
func (b *builder) isPlace(k int) bool {
	it := b.items[k]
	if tok := b.ws[it.i].tok; b.s.Tokens[tok].DepRel != "" {
		for _, t := range b.s.Tokens {
			if t.Head == tok+1 && t.DepRel == "case" && locPreps[foldText(t.Text)] {
				return true
			}
		}
	}
	for p := k - 1; p >= 0 && p >= k-4; p-- {
		if b.items[p].kind != itWord {
			break
		}
		x := b.items[p].i
		w := b.ws[x].w
		if locPreps[w] {
			return true
		}
		// Skip determiners, directions and hyphenated modifiers ("in a post-Assad
		// Syria").
		compound := (x+1 < len(b.ws) && b.ws[x+1].tok == b.ws[x].tok) ||
			(x > 0 && b.ws[x-1].tok == b.ws[x].tok) || w == "-"
		if w != "THE" && w != "A" && w != "AN" && !directions[w] && !compound {
			break
		}
	}
	if n := k + 1; n < len(b.items) && b.items[n].kind == itWord && placeNouns[b.ws[b.items[n].i].w] {
		return true
	}
	// "the town of Khan Tuman", "the outskirts of Jobar"
	if b.isWord(k-1, "OF") && k >= 2 && b.items[k-2].kind == itWord && placeNouns[b.ws[b.items[k-2].i].w] {
		return true
	}
	// "in Foaa and Kefraya": a conjunct of a place is a place.
	if b.isWord(k-1, "AND") && k >= 2 && b.items[k-2].kind != itWord && b.isPlace(k-2) {
		return true
	}
	// "the border with Syria"
	if b.isWord(k-1, "WITH") && b.isWord(k-2, "BORDER", "BORDERS", "FRONTIER") {
		return true
	}
	// "Washington, DC", "Qaim, Iraq": a place qualified by a larger one.
	if b.isWord(k+1, ",") && k+2 < len(b.items) && b.ws[b.items[k+2].i].w == "DC" {
		return true
	}
	if b.isWord(k-1, ",") && k >= 2 && b.items[k-2].kind == itActor && b.items[k-2].entry.Kind.placeLike() && b.isPlace(k-2) {
		return true
	}
	return false
}

// person handles a known individual.
func (b *builder) person(k int) int {
	it := b.items[k]
	code := b.code(k)
	if code == "" {
		// Known but without a role on this date: treat as a name, so that a title or
		// apposition can still place it.
		b.items[k].kind = itName
		return b.name(k)
	}
	rc := b.add(it.i, it.j, code, it.entry.Name, "dictionary")
	rc.person, rc.kind, rc.surnames = true, KindPerson, it.entry.surnames
	return k + 1
}

// title handles role words before a person: "Syrian President Ahmed al-Sharaa",
// "US Central Command chief Brad Cooper", "President Donald Trump". mod is the
// modifier item or -1, agent the role noun item or -1, pk the person.
func (b *builder) title(start, mod, agent, pk int) int {
	suggest := ""
	if mod >= 0 {
		suggest = b.code(mod)
		if agent >= 0 {
			suggest = b.items[agent].agent.apply(suggest, b.r.countries)
		}
	}
	pi := b.items[pk]
	roles := b.textOf(b.items[start].i, b.items[pk-1].j)
	if pi.kind == itActor {
		code := b.code(pk)
		// A title with its country says what the person is on the day the article
		// was written; "former" sends us back to the dictionary's dated role.
		if suggest != "" && !b.pastTitle(start, pk) {
			code = suggest
		}
		if code != "" {
			rc := b.add(b.items[start].i, pi.j, code, pi.entry.Name, "title")
			rc.person, rc.kind, rc.surnames = true, KindPerson, pi.entry.surnames
			return pk + 1
		}
	}
	nameWords := b.ws[pi.i:pi.j]
	name := b.textOf(pi.i, pi.j)
	rc := b.add(b.items[start].i, pi.j, suggest, name, "title")
	rc.person, rc.kind = true, KindPerson
	rc.surnames = textSurnames(nameWords)
	rc.words = wordsOf(nameWords)
	rc.cand = &Candidate{
		Name: name, Type: "PER", Roles: []string{roles},
		Suggest: suggest, Sentence: b.si, Span: sitrep.Span{Start: nameWords[0].start, End: nameWords[len(nameWords)-1].end},
	}
	if suggest == "" {
		rc.m.Rule = "unknown"
		rc.pending = "surname"
	}
	return pk + 1
}

// pastTitle reports whether the title words between start and pk say the role is
// over ("former President").
func (b *builder) pastTitle(start, pk int) bool {
	for x := b.items[start].i; x < b.items[pk].i; x++ {
		switch b.ws[x].w {
		case "FORMER", "EX", "LATE", "THEN", "OUSTED", "DEPOSED", "TOPPLED":
			return true
		}
	}
	return false
}

func wordsOf(ws []word) []string {
	out := make([]string, len(ws))
	for i, w := range ws {
		out[i] = w.w
	}
	return out
}

func textSurnames(ws []word) [][]string {
	if len(ws) < 2 {
		return nil
	}
	return surnameOf(wordsOf(ws))
}

func (b *builder) textOf(i, j int) string {
	st, en := b.ws[i].start, b.ws[j-1].end
	if st >= 0 && en <= len(b.text) && st <= en {
		return b.text[st:en]
	}
	return strings.Join(wordsOf(b.ws[i:j]), " ")
}

// agentFirst handles a role noun with no actor before it.
func (b *builder) agentFirst(k int) int {
	it := b.items[k]
	ag := it.agent
	if !ag.plural && ag.personal() && b.personLike(k+1) {
		return b.title(k, -1, k, k+1)
	}
	if b.isWord(k+1, "OF") {
		// "officials of Syria", "officials of the Autonomous Administration"
		n := k + 2
		if b.isWord(n, "THE") && b.isModifier(n+1) && b.items[n+1].entry.Kind == KindOrg && !b.hyphenNext(b.items[n+1].i, b.items[n+1].j) {
			// (an organisation's name takes "the"; a country's seldom does, a
			// place's often; "the al-Qaeda-linked Nusra Front" is Nusra's)
			n++
		}
		if b.isModifier(n) {
			m := b.items[n]
			rc := b.add(it.i, m.j, ag.apply(b.code(n), b.r.countries), m.entry.Name, "agent")
			rc.agent, rc.plural = ag, ag.plural
			return n + 1
		}
	}
	if n := k + 1; n < len(b.items) && b.items[n].kind == itAgent && b.items[n].agent.platform() &&
		ag.Code == "GOV" && !ag.Prefix && !ag.personal() && !b.hyphenNext(it.i, it.j) {
		// "regime warplanes", "government helicopters": the state's military,
		// whose state is the organ's (organs), not the last state that flew.
		// Only the government's: "military jets" are a kind of jet, whoever
		// flies them.
		pl := b.items[n]
		rc := b.add(it.i, pl.j, "", "", "")
		rc.pending, rc.agent, rc.plural, rc.organPlatform = "agent", pl.agent, pl.agent.plural, true
		return n + 1
	}
	// "regime shelling", "an army patrol" (or the phrase "army patrol" itself)
	force := b.modifiesForce(k) || b.modifiesUnit(k) || ag.unit()
	if b.modifiesNoun(k) && !force {
		return k + 1
	}
	m, code := b.loyalTo(k)
	if m < 0 {
		m, code = b.fromGroup(k)
	}
	if m >= 0 {
		// "fighters loyal to President Bashar Assad", "gunmen loyal to the
		// Islamic State", "militants from Nusra": the party they serve names them
		b.add(it.i, b.items[m].j, code, b.items[m].entry.Name, "loyal")
		return m + 1
	}
	lead := b.isWord(k-1, "THE") || (ag.plural && (k == 0 || b.isWord(k-1, ",")))
	if b.genericAt(k) {
		// "rebels", "the opposition", "terrorists": generics codes them.
		rc := b.add(it.i, it.j, "", "", "")
		rc.pending, rc.agent, rc.plural, rc.generic, rc.lead = "agent", ag, ag.plural, true, lead
		return k + 1
	}
	// A bare role noun refers back: "Officials said", "the general", "the army".
	// Only in positions where it names someone already met: after "the", at the start
	// of a sentence or clause; "two officials" or "troops" in a list are new people.
	// A plural role of several words repeated word for word ("government forces")
	// refers back wherever it stands, as does the agent of a use of force ("under
	// government siege", "in government air strikes").
	// "its forces" names the forces of the state "its" refers to (corefer).
	possessed := b.isWord(k-1, "ITS") && !b.mayModify(k)
	lead = lead || force
	repeated := ag.plural && it.j-it.i >= 2
	if ag.Code != "" && (lead || repeated || possessed) {
		rc := b.add(it.i, it.j, "", "", "")
		rc.pending, rc.agent, rc.plural = "agent", ag, ag.plural
		// "the delegation" is a state's envoys to another: it is the one
		// named so before, never the state of whoever received it ("al-Sharaa
		// met the delegation").
		rc.samePhrase = (!lead && !possessed) || ag.envoys()
		rc.possessed = possessed && !lead
	}
	return k + 1
}

// name handles capitalised words no dictionary knows.
func (b *builder) name(k int) int {
	it := b.items[k]
	nw := b.ws[it.i:it.j]
	name := b.textOf(it.i, it.j)
	typ := it.entity
	if typ == "" {
		typ = "PER"
		if orgWords(name) {
			typ = "ORG"
		}
	}
	// A single unknown capitalised word without NER is too often a place or a
	// sentence opener to report; it is kept only if it turns out to be a surname.
	weak := it.entity == "" && it.j-it.i == 1
	if b.isPlace(k) {
		b.places = append(b.places, name)
		return k + 1 // "in Khan Sheikhoun", whatever NER made of it
	}
	if b.alone(it.i, it.j) || b.furniture() {
		return k + 1 // a byline, a photo credit or a menu, not a mention
	}
	rc := b.add(it.i, it.j, "", "", "unknown")
	rc.words = wordsOf(nw)
	for _, w := range nw {
		rc.wspans = append(rc.wspans, wordSpan{tok: w.tok, start: w.start})
	}
	rc.person = typ == "PER"
	if rc.person {
		rc.surnames = textSurnames(nw)
	}
	rc.pending = "surname"
	if !weak {
		rc.cand = &Candidate{Name: name, Type: typ, Sentence: b.si, Span: rc.m.Span}
	}
	// Apposition: "NAME, the Iraqi Foreign Minister" / "NAME, a Syrian general".
	p := k + 1
	if b.isWord(p, ",") {
		p++
		if b.isWord(p, "THE", "A", "AN") {
			p++
		}
		mod := -1
		if b.isModifier(p) {
			mod = p
			p++
		}
		if mod >= 0 && p < len(b.items) && b.items[p].kind == itAgent {
			ag := b.items[p].agent
			if code := ag.apply(b.code(mod), b.r.countries); code != "" {
				rc.m.Code, rc.m.Rule = code, "apposition"
				if rc.cand != nil {
					rc.cand.Roles = append(rc.cand.Roles, b.textOf(b.items[mod].i, b.items[p].j))
					rc.cand.Suggest = code
				}
			}
		}
	}
	return k + 1
}

var (
	personPronouns = setOf("HE HIM HIS SHE HER")
	pluralPronouns = setOf("THEY")
	neuterPronouns = setOf("ITS ITSELF")
	groupNouns     = setOf("GROUP ORGANIZATION ORGANISATION MOVEMENT MILITIA FACTION NETWORK")
	locPreps       = setOf("IN NEAR AT OUTSIDE AROUND ACROSS INSIDE THROUGHOUT WITHIN INTO TOWARD TOWARDS VIA")
	directions     = setOf(`NORTH SOUTH EAST WEST NORTHERN SOUTHERN EASTERN WESTERN NORTHWEST NORTHEAST
SOUTHWEST SOUTHEAST NORTHWESTERN NORTHEASTERN SOUTHWESTERN SOUTHEASTERN CENTRAL RURAL GREATER DOWNTOWN
BROADER WIDER ENTIRE WHOLE`)
	modifierWords = setOf("NEW OLD TOP INTERIM CURRENT LOCAL OWN FEDERAL STATE CARETAKER")
	// civilWords make a craft civilian: "a Russian passenger jet" is no RUSMIL.
	// backedWords make a hyphenated actor the backer of the group after it.
	// "Kurdish-led forces" and "al-Qaeda-linked militants" stay the leader's and
	// the affiliate's.
	backedWords = setOf("BACKED SUPPORTED SPONSORED TRAINED ARMED FUNDED FORMED CREATED EQUIPPED")
	civilWords  = setOf("PASSENGER CIVILIAN CIVIL COMMERCIAL CARGO PRIVATE AIRLINE AIRLINER")
	// adjectivalRoles are role nouns that also modify other nouns.
	adjectivalRoles = setOf("MILITARY INTELLIGENCE SECURITY GOVERNMENT POLICE DEFENSE DEFENCE NAVAL")
	// personRoles are role nouns that stand before a name as a title and that "the
	// general" uses to refer back to a person.
	personRoles = setOf(`PRESIDENT MINISTER GENERAL ADMIRAL COMMANDER CHIEF ENVOY AMBASSADOR SENATOR
SECRETARY SPOKESMAN SPOKESWOMAN SPOKESPERSON LEADER KING PRINCE DIRECTOR HEAD GOVERNOR MAYOR
LAWMAKER REPRESENTATIVE DIPLOMAT OFFICER COLONEL LIEUTENANT CAPTAIN MAJOR SERGEANT CLERIC SHEIKH
AYATOLLAH JUDGE PROSECUTOR EMIR SULTAN PREMIER CHAIRMAN SPEAKER DEPUTY ADVISER ADVISOR
NEGOTIATOR COMMISSIONER MP OFFICIAL COORDINATOR AIDE`)
	placeNouns = setOf(`PROVINCE PROVINCES GOVERNORATE CITY CITIES COUNTRYSIDE DISTRICT DISTRICTS TOWN TOWNS
VILLAGE VILLAGES AIRPORT NEIGHBORHOOD NEIGHBORHOODS NEIGHBOURHOOD NEIGHBOURHOODS SUBURB SUBURBS OUTSKIRTS
AREA AREAS CAMP VALLEY RIVER DAM CROSSING`)
	// stopLower are function words that never sit between an actor and its role noun.
	stopLower = setOf(`AND OR BUT OF TO IN ON AT BY FOR FROM WITH AS THAT WHICH WHO THE A AN IS ARE WAS
WERE BE BEEN HAS HAVE HAD WILL WOULD CAN COULD MAY MIGHT SHOULD MUST NOT ITS THEIR HIS HER THIS
THESE THOSE SAID SAYS SAY ALSO`)
)

// personal reports whether the role noun names a person, so that it can title a name.
// personalRole reports whether item k is a role noun a person holds
// ("spokesman", "minister") standing alone, not the start of a hyphenated word.
func (b *builder) personalRole(k int) bool {
	return k < len(b.items) && b.items[k].kind == itAgent && b.items[k].agent.personal() &&
		!b.hyphenNext(b.items[k].i, b.items[k].j)
}

func (a *Agent) personal() bool {
	ws := normWords(a.Phrase)
	return len(ws) > 0 && personRoles[ws[len(ws)-1]]
}

// envoys reports whether the role noun names a body a state sends to others
// ("delegation"), which refers back only to one named with the same phrase.
func (a *Agent) envoys() bool {
	ws := normWords(a.Phrase)
	return len(ws) > 0 && envoyNouns[ws[len(ws)-1]]
}

var envoyNouns = setOf("DELEGATION DELEGATIONS")

// modifiesForce reports whether the country, demonym or role noun at item k modifies
// a noun that names a use of force ("U.S. air strikes", "Russian air raids",
// "government siege"), which makes it the agent: it stands as the noun's compound or
// adjective in the dependency tree.
func (b *builder) modifiesForce(k int) bool {
	if b.r.force == nil {
		return false
	}
	return b.modifiesHead(k, b.r.force)
}

// unitNouns name a unit, a post or a position of an armed group or a state
// organ: "an army patrol", "regime checkpoints", "rebel positions". What is done
// to them is done to the group (CAMEO codes "shelled army positions" as force
// against the army), so a role noun that modifies one is a mention of the group,
// as one that modifies a noun of force is.
var unitNouns = setOf(`PATROL PATROLS CONVOY CONVOYS CHECKPOINT CHECKPOINTS POST POSTS POSITION POSITIONS
OUTPOST OUTPOSTS BASE BASES UNIT UNITS COLUMN COLUMNS HEADQUARTERS BARRACKS GARRISON GARRISONS STRONGHOLD
STRONGHOLDS HIDEOUT HIDEOUTS STATION STATIONS DEN DENS GATHERING GATHERINGS TARGET TARGETS`)

// groupUnits are the unit nouns that name an armed group's places, not a
// state's: a demonym before them says where they are.
var groupUnits = setOf(`DEN DENS HIDEOUT HIDEOUTS STRONGHOLD STRONGHOLDS GATHERING GATHERINGS`)

// unit reports whether the role phrase names a unit ("army patrol", "military
// base": Phoenix lists some), by its last word.
func (a *Agent) unit() bool {
	ws := normWords(a.Phrase)
	return len(ws) > 1 && unitNouns[ws[len(ws)-1]]
}

// modifiesUnit reports whether the role noun at item k modifies a noun of
// unitNouns.
func (b *builder) modifiesUnit(k int) bool {
	return b.modifiesHead(k, func(w string) bool { return unitNouns[w] })
}

// modifiesHead reports whether the word at item k stands as a compound or
// adjective (through a chain of them, or as a conjunct of one) of a noun after it
// for which head holds, given the noun's text or lemma in upper case.
func (b *builder) modifiesHead(k int, head func(string) bool) bool {
	if k >= len(b.items) {
		return false
	}
	it := b.items[k]
	tok := b.ws[it.j-1].tok
	t := b.s.Tokens[tok]
	if r, _, _ := strings.Cut(t.DepRel, ":"); r == "conj" && t.Head-1 < tok && t.Head >= 1 {
		// "Russian and Syrian air strikes": a conjunct modifies what the first
		// conjunct does
		tok = t.Head - 1
		t = b.s.Tokens[tok]
	}
	if r, _, _ := strings.Cut(t.DepRel, ":"); r != "amod" && r != "compound" {
		return false
	}
	// through a chain of modifiers: "government aerial assault", parsed with
	// "government" on "aerial"
	for steps := 0; steps < 3; steps++ {
		h := t.Head - 1
		if h <= tok || h >= len(b.s.Tokens) {
			return false // the noun follows its modifier
		}
		ht := b.s.Tokens[h]
		if ht.UPOS == "NOUN" && (head(strings.ToUpper(ht.Text)) || ht.Lemma != "" && head(strings.ToUpper(ht.Lemma))) {
			return true
		}
		if r, _, _ := strings.Cut(ht.DepRel, ":"); r != "amod" && r != "compound" {
			return false
		}
		tok, t = h, ht
	}
	return false
}
