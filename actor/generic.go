package actor

import (
	"slices"
	"strings"

	"github.com/sitrep-dev/sitrep"
	"github.com/sitrep-dev/sitrep/country"
)

// Generic group nouns: "rebels", "militants", "terrorists", "the opposition",
// "gunmen". News names them without a country when the article is about one
// ("Rebels shelled the town"), and a CAMEO coder gives them that country (SYRREB,
// SYRUAF). A generic noun is a role noun with no actor before it whose sector is a
// non-state armed or opposition one (genericSectors); it takes, in order:
//
//  1. the code of the nearest earlier mention with the same noun and an actor
//     ("Syrian rebels" … "rebels"), or of the same sector where the ordinary
//     role-noun coreference would take it ("ISIS fighters" … "the militants"),
//     within five sentences; else of the same noun anywhere before;
//  2. for "militants", "terrorists", "jihadists", "extremists" (militantNoun), the
//     one international armed group the document names at least twice (soleGroup:
//     "Islamic State cells … four militants were killed"); not for "rebels" or
//     "the opposition", which news keeps apart from such groups;
//  3. the country of a place attached to it: "rebels in Idlib", "terrorists
//     positioned in the Eastern Ghouta", "Aleppo rebels";
//  4. the document's dominant country (docCountry), when there is a clear one.
//
// Otherwise it stays uncoded, as before.

// genericSectors are the CAMEO sectors of the role nouns that name a non-state
// group: rebels (REB), insurgents (INS), unaligned armed forces (UAF: militias,
// gunmen, terrorists), the opposition (OPP) and radicals (RAD).
var genericSectors = setOf("REB INS UAF OPP RAD")

// generic reports whether the role noun names a non-state group generically.
func (a *Agent) generic() bool {
	return a != nil && !a.Prefix && len(a.Code) >= 3 && genericSectors[a.Code[:3]]
}

// proGovernment are words before a generic noun that put it on the state's side
// ("pro-government militias", "regime fighters", "allied fighters"): not rebels.
var proGovernment = setOf("PRO GOVERNMENT REGIME LOYALIST LOYALISTS ALLIED STATE ARMY")

// possessives before a generic noun make it someone's ("its fighters"): whose, the
// resolver does not know.
var possessives = setOf("ITS THEIR HIS HER OUR MY YOUR WHOSE 'S")

// genericAt reports whether the role noun at item k is a generic group noun used as
// an actor: not a modifier of another noun ("rebel positions", "rebel fighters",
// where the second noun is the head) unless that noun names a use of force ("rebel
// shelling", "terrorist attacks": the group is its agent), not someone's ("its
// fighters"), not on the state's side ("pro-government militias").
func (b *builder) genericAt(k int) bool {
	it := b.items[k]
	ag := it.agent
	if !ag.generic() {
		return false
	}
	if b.loyaltyWords(k + 1) {
		// "fighters loyal to President Bashar Assad", "gunmen loyal to the
		// Islamic State": whose they are follows, and it is not the
		// document's rebels
		return false
	}
	// The words right before the noun, through its modifiers ("its own fighters",
	// "pro-government militias", "Iranian-backed Shiite militias").
	for x, steps := it.i-1, 0; x >= 0 && steps < 3; x, steps = x-1, steps+1 {
		w := b.ws[x]
		compound := x > 0 && b.ws[x-1].tok == w.tok
		anti := compound && b.ws[x-1].w == "ANTI" // "anti-regime rebels" are rebels
		if possessives[w.w] || (proGovernment[w.w] && !anti) {
			return false
		}
		if !compound && w.upos != "ADJ" && w.w != "OWN" {
			break
		}
	}
	if (b.modifiesForce(k) || b.modifiesUnit(k)) && !b.hyphenNext(it.i, it.j) {
		// "rebel shelling", "terrorist rocket attacks": the group is the agent of
		// the force the noun names, as a country is in "Russian air strikes".
		return true
	}
	if n := len(b.out); n > 0 && b.out[n-1].m.Code != "" && b.out[n-1].m.Start >= 0 {
		// "ISIS Takfiri terrorist group": the head of a phrase whose actor ("ISIS
		// Takfiri") ends right before it.
		if gap := b.ws[it.i].start - b.out[n-1].m.Span.End; gap >= 0 && gap <= 1 {
			return false
		}
	}
	if b.hyphenNext(it.i, it.j) {
		return false // "rebel-held", "anti-rebel": part of a compound
	}
	// "Islamic State (IS) extremists": the actor before the parenthesis owns the
	// noun, as it would right before it.
	if b.isWord(k-1, ")") {
		for p := k - 2; p >= 0 && p >= k-5; p-- {
			if b.items[p].kind == itActor || b.items[p].kind == itName {
				return false
			}
			if b.isWord(p, "(") {
				if p > 0 && (b.items[p-1].kind == itActor || b.items[p-1].kind == itName) {
					return false
				}
				break
			}
		}
	}
	if b.isWord(k+1, "OF", "FROM") {
		// "militants of the Takfiri group ISIL", "terrorists from ISIL": the
		// group's, not the country's.
		n := k + 2
		if b.isWord(n, "THE") {
			n++
		}
		for ; n < len(b.items) && n <= k+5; n++ {
			if kind := b.items[n].kind; kind == itActor || kind == itName {
				return false
			}
			if w := b.ws[b.items[n].i]; b.items[n].kind == itWord && !w.cap && !groupNouns[w.w] {
				break
			}
		}
	}
	if !ag.plural && k+1 < len(b.items) && (b.items[k+1].kind == itActor || b.items[k+1].kind == itName) {
		return false // "terrorist group Al-Nusra Front": a title of the name after it
	}
	if ag.plural || it.j >= len(b.ws) {
		return true
	}
	if k+1 < len(b.items) && b.items[k+1].kind == itAgent {
		return false // "rebel fighters", "Takfiri terrorists": the next noun is the head
	}
	next := b.ws[it.j]
	if next.punct || next.cap || stopLower[next.w] || !hasLetter(next.w) {
		return true
	}
	if next.upos != "" {
		return next.upos != "NOUN" && next.upos != "ADJ"
	}
	// Without tags: a lower-case word after a singular noun is a verb only if it
	// looks like one ("the opposition rejected", "the opposition says"; not
	// "terrorist networks").
	return strings.HasSuffix(next.w, "ED") || (strings.HasSuffix(next.w, "S") && b.isWord(k-1, "THE"))
}

// sameNoun reports whether two role nouns are the same word, singular or plural.
func sameNoun(a, b *Agent) bool {
	return a != nil && b != nil && singular(a.Phrase) == singular(b.Phrase)
}

func singular(p string) string {
	p = strings.ToUpper(strings.ReplaceAll(p, "_", " "))
	switch {
	case strings.HasSuffix(p, "IES"):
		return p[:len(p)-3] + "Y"
	case strings.HasSuffix(p, "MEN"):
		return p[:len(p)-3] + "MAN"
	case strings.HasSuffix(p, "S") && !strings.HasSuffix(p, "SS"):
		return p[:len(p)-1]
	}
	return p
}

// generics gives the generic group nouns of a document their codes (see the top of
// this file), before the other coreference runs, so that "they" after "rebels" can
// take the same code. places are the document's places by sentence, or nil;
// doc gives the document's country (docCountry), computed on first use.
func (r *Resolver) generics(recs []*rec, places [][]sitrep.Place, text string, doc func() string) {
	var group *rec
	groupDone := false
	for i, rc := range recs {
		if !rc.generic || rc.m.Code != "" {
			continue
		}
		rc.pending = ""
		// 1. An antecedent with the same noun anywhere before, or the ordinary
		// role-noun antecedent within five sentences.
		// The nearest first: "ISIS fighters … the militants" within five sentences
		// before "Nusra militants" further back.
		a := findBack(recs, i, 5, func(a *rec) bool {
			if a.generic || a.agent == nil {
				return false
			}
			if sameNoun(a.agent, rc.agent) {
				return true
			}
			// "the militants" after "ISIS fighters", but rebels are not the
			// Islamic State's.
			return rc.lead && a.agent.Code == rc.agent.Code && a.plural && !a.person &&
				(militantNoun(rc.agent) || !strings.HasPrefix(a.m.Code, "IMG"))
		})
		if a == nil {
			a = findBack(recs, i, 1<<30, func(a *rec) bool { return !a.generic && a.agent != nil && sameNoun(a.agent, rc.agent) })
		}
		if a != nil {
			link(rc, a, "coref:agent")
			continue
		}
		// "Kataib Hezbollah condemned the decision. … the faction accused": a
		// singular group noun after "the" is the organisation named just before,
		// as "the group" is (corefer), though the agent dictionary makes
		// "faction" and "militia" role nouns.
		if rc.lead && !rc.plural && groupNouns[singular(rc.agent.Phrase)] {
			if a := groupAntecedent(recs, i); a != nil {
				link(rc, a, "coref:group")
				continue
			}
		}
		// 2. "militants", "terrorists" in a report on one named armed group.
		if militantNoun(rc.agent) {
			if !groupDone {
				group, groupDone = soleGroup(recs), true
			}
			if group != nil {
				link(rc, group, "generic:group")
				rc.ante = nil
				continue
			}
		}
		// 3. A place attached to the noun.
		var country string
		if rc.m.Sentence < len(places) {
			country = attachedPlace(text, rc.m.Span, places[rc.m.Sentence])
		}
		rule := "generic:place"
		// 4. The document's country.
		if country == "" {
			country, rule = doc(), "generic:document"
		}
		if country == "" || !r.countries[country] {
			continue
		}
		rc.m.Code, rc.m.Rule = rc.agent.apply(country, r.countries), rule
	}
}

// attachWords may stand between a generic noun and the place that says where the
// group is: "rebels in Idlib", "terrorists positioned in the Eastern Ghouta",
// "militants based in the town of X", "fighters from the provinces of Aleppo".
var attachWords = setOf(`IN FROM OF AT INSIDE NEAR AROUND POSITIONED LOCATED BASED STATIONED DEPLOYED
ENTRENCHED HOLED UP THE PROVINCE PROVINCES CITY TOWN TOWNS AREA AREAS COUNTRYSIDE DISTRICT
DISTRICTS NEIGHBORHOOD NEIGHBORHOODS NEIGHBOURHOOD NEIGHBOURHOODS VILLAGE VILLAGES SUBURBS OUTSKIRTS
NORTHERN SOUTHERN EASTERN WESTERN RURAL`)

// attachedPlace returns the country of the place attached to the generic noun at
// span: one right after it through attachWords (at most six words), or one right
// before it ("Aleppo rebels"). It returns "" when there is none.
func attachedPlace(text string, span sitrep.Span, places []sitrep.Place) string {
	for _, p := range places {
		if p.Country == "" || p.Span.Start < 0 || p.Span.End > len(text) {
			continue
		}
		switch {
		case p.Span.Start >= span.End:
			gap := strings.Fields(text[span.End:p.Span.Start])
			if len(gap) == 0 || len(gap) > 6 {
				continue
			}
			ok := true
			for _, w := range gap {
				if !attachWords[foldText(w)] {
					ok = false
					break
				}
			}
			// "rebels in Idlib", but not "rebels the town": a preposition or a
			// participle of position starts the gap.
			if ok && !inSet(foldText(gap[0]), "THE", "PROVINCE", "CITY", "TOWN") {
				return p.Country
			}
		case p.Span.End <= span.Start:
			if gap := text[p.Span.End:span.Start]; gap == " " || gap == "-" {
				return p.Country
			}
		}
	}
	return ""
}

// docCountry returns the country a document is about, for its generic group
// nouns and its state organs (one answer serves both: it counts neither generic
// nor coreferent mentions, the only ones coded between the two): the country
// with the most places and actor mentions, if it has at least three and at
// least twice as many as any other; "" otherwise. Places count as
// they are; an actor mention counts for its country prefix (SYRGOV for SYR), and
// only mentions resolved on their own, not by coreference.
func (r *Resolver) docCountry(recs []*rec, places [][]sitrep.Place) string {
	n := map[string]int{}
	for _, ps := range places {
		for _, p := range ps {
			if p.Country != "" {
				n[p.Country]++
			}
		}
	}
	for _, rc := range recs {
		if rc.generic || rc.m.Code == "" || strings.HasPrefix(rc.m.Rule, "coref") || len(rc.m.Code) < 3 {
			continue
		}
		if c := rc.m.Code[:3]; r.countries[c] {
			n[c]++
		}
	}
	return country.Dominant(n)
}

// organSectors are the state organs a role noun names without its state ("the
// regime", "government forces", "the army", "police"): the document's country is
// theirs when nothing earlier says whose they are (organs).
var organSectors = setOf("GOV MIL COP")

// organ reports whether rc is a role noun of a state organ waiting for coreference:
// not a person ("the minister", "officials"), whose country news names, nor a weapon
// platform ("warplanes"), which many states fly over one war.
func (rc *rec) organ() bool {
	if rc.organPlatform {
		return rc.pending == "agent"
	}
	if rc.pending != "agent" || rc.generic || rc.agent == nil || rc.agent.Prefix || !organSectors[rc.agent.Code] {
		return false
	}
	ws := normWords(rc.agent.Phrase)
	return len(ws) > 0 && !personRoles[singular(ws[len(ws)-1])] && !rc.agent.platform()
}

func hasOrgan(recs []*rec) bool {
	for _, rc := range recs {
		if rc.organ() {
			return true
		}
	}
	return false
}

// organs gives the state organs that coreference left uncoded ("Government forces
// shelled the town", "regime air strikes", "the army" with no army before it) the
// document's dominant country (docCountry), as generics does for "rebels": a
// report on Syria that says "the regime" means Syria's. It runs after corefer, so
// an organ named before ("Turkish troops … the troops") keeps that state.
func (r *Resolver) organs(recs []*rec, doc func() string) {
	// gov is read over the mentions before rc, and noted only when a government
	// organ needs it: a mention is final once its own turn is past, so noting it
	// late gives the same answer, and most documents never ask.
	var gov namedGovernment
	noted := 0
	for i, rc := range recs {
		if rc.m.Code != "" || !rc.organ() || rc.possessed || rc.agent.envoys() {
			continue // ("its forces" are its state's or nobody's: corefer; a delegation is a visitor's)
		}
		cc, rule := doc(), "agent:document"
		if rc.agent.kingdom() {
			// "The Kingdom also welcomed the decision" in a report on Syria
			// with no kingdom named before it (corefer codes the others): not
			// the document's republic
			continue
		}
		if cc == "" && governmentRole(rc.agent) {
			for ; noted < i; noted++ {
				gov.note(r, recs[noted])
			}
			cc, rule = gov.country(), "agent:government"
		}
		if cc == "" || !r.countries[cc] {
			continue
		}
		rc.m.Code, rc.m.Rule = rc.agent.apply(cc, r.countries), rule
	}
}

// kingdom reports whether the role noun is "kingdom": "the Kingdom" refers to
// the kingdom named last (lastKingdom).
func (a *Agent) kingdom() bool { return singular(a.Phrase) == "KINGDOM" }

// kingdoms are the states whose formal name makes them a kingdom, which news
// calls "the Kingdom" after naming them.
var kingdoms = setOf("SAU JOR BHR MAR GBR ESP NLD BEL SWE NOR DNK THA KHM BTN LSO SWZ TON")

// lastKingdom returns the kingdom the last of recs names, or "".
func lastKingdom(recs []*rec) string {
	for j := len(recs) - 1; j >= 0; j-- {
		if c := recs[j].m.Code; len(c) >= 3 && kingdoms[c[:3]] {
			return c[:3]
		}
	}
	return ""
}

// namedGovernment finds, over the mentions noted in order, the one state whose
// government they named as such ("the Syrian government", "Syrian government
// forces"): in a report on US–Syrian cooperation whose country is unclear,
// "clashes between SDF units and government forces" are the forces of the only
// government the report has called one. With two such states, none.
type namedGovernment struct {
	cc    string
	split bool
}

// note counts mention a.
func (g *namedGovernment) note(r *Resolver, a *rec) {
	if a.m.Code == "" || len(a.m.Code) < 3 || !r.countries[a.m.Code[:3]] || !stateCode(a.m.Code) {
		return
	}
	if !governmentRole(a.agent) && !slices.Contains(normWords(a.m.Text), "GOVERNMENT") {
		return
	}
	switch c := a.m.Code[:3]; {
	case g.cc == "":
		g.cc = c
	case g.cc != c:
		g.split = true
	}
}

// country returns the one state's code, or "" when none or several were named.
func (g *namedGovernment) country() string {
	if g.split {
		return ""
	}
	return g.cc
}

func hasGeneric(recs []*rec) bool {
	for _, rc := range recs {
		if rc.generic {
			return true
		}
	}
	return false
}

// loyalTo returns, for a generic group noun or a state's forces at item k
// followed by "loyal to" (or loyaltyWords' "affiliated with", "linked to") and an actor (a title before a name skipped: "loyal to President Bashar
// Assad"), that actor's item and the code the noun takes: a state's leader or
// organ makes them the state's forces (SYRMIL), a group its own members. m is
// -1 when the noun is no such phrase; fromGroup reads the same noun "from" an
// organisation.
func (b *builder) loyalTo(k int) (m int, code string) {
	ag := b.items[k].agent
	if !ag.generic() && (ag.Code != "MIL" || ag.Prefix) || !b.loyaltyWords(k+1) {
		return -1, ""
	}
	m = k + 3
	if b.isWord(m, "THE") {
		m++
	}
	if m+1 < len(b.items) && b.items[m].kind == itAgent && b.items[m+1].kind == itActor {
		m++ // "President", "Prime Minister"
	}
	if m >= len(b.items) || b.items[m].kind != itActor {
		return -1, ""
	}
	code = b.code(m)
	if cc := country.Of(code); cc != "" && country.Organ(code) {
		code = cc + "MIL" // a state's leader or organ: its forces; a group (SYRREB): its own
	}
	if code == "" {
		return -1, ""
	}
	return m, code
}

// loyaltyWords reports whether items k and k+1 tie a group to whom it serves:
// "loyal to", "affiliated with", "linked to", "allied with", "aligned with".
func (b *builder) loyaltyWords(k int) bool {
	switch {
	case b.isWord(k, "LOYAL", "LINKED", "TIED"):
		return b.isWord(k+1, "TO")
	case b.isWord(k, "AFFILIATED", "ALLIED", "ALIGNED"):
		return b.isWord(k+1, "WITH", "TO")
	}
	return false
}

// fromGroup returns, for a generic group noun at item k "from" an organisation
// ("jihadists from the Islamic State of Iraq and the Levant", "militants from
// Nusra"), that organisation's item and code: they are its members. "From" a
// country or a place says where they come from, not whom they serve. m is -1
// when the noun is no such phrase.
func (b *builder) fromGroup(k int) (m int, code string) {
	if !b.items[k].agent.generic() || !b.isWord(k+1, "FROM") {
		return -1, ""
	}
	m = k + 2
	if b.isWord(m, "THE") {
		m++
	}
	if m >= len(b.items) || b.items[m].kind != itActor || b.items[m].entry.Kind != KindOrg {
		return -1, ""
	}
	// the name must end the phrase: "militants from the United Nations list of
	// terrorist groups" come from a list, "fighters from al-Qaeda affiliate
	// Nusra Front" from the affiliate
	if n := m + 1; n < len(b.items) {
		if w := b.ws[b.items[n].i]; b.items[n].kind != itWord || w.upos == "NOUN" || w.upos == "PROPN" {
			return -1, ""
		}
	}
	return m, b.code(m)
}

// hyphenNext reports whether words [i, j) are joined by a hyphen to the word before
// or after them ("rebel-held", "anti-rebel"), whether the tokenizer kept the
// compound whole or split the hyphen off.
func (b *builder) hyphenNext(i, j int) bool {
	if (i > 0 && b.ws[i-1].tok == b.ws[i].tok) || (j < len(b.ws) && b.ws[j].tok == b.ws[j-1].tok) {
		return true
	}
	if st := b.ws[i].start; st > 0 && st <= len(b.text) && b.text[st-1] == '-' {
		return true
	}
	if en := b.ws[j-1].end; en >= 0 && en < len(b.text) && b.text[en] == '-' {
		return true
	}
	return false
}

// militantNouns are the generic nouns news also uses for the members of a named
// armed group.
var militantNouns = setOf("MILITANT JIHADIST EXTREMIST TERRORIST TAKFIRI")

func militantNoun(a *Agent) bool {
	for _, w := range strings.Fields(singular(a.Phrase)) {
		if militantNouns[w] {
			return true
		}
	}
	return false
}

// soleGroup returns a mention of the one international militarized group (IMG
// code) that the document names, by itself, at least twice; nil if it names none,
// or more than one.
func soleGroup(recs []*rec) *rec {
	var first *rec
	n := 0
	for _, rc := range recs {
		if rc.generic || rc.m.Code == "" || strings.HasPrefix(rc.m.Rule, "coref") || !strings.HasPrefix(rc.m.Code, "IMG") {
			continue
		}
		if first != nil && rc.m.Code != first.m.Code {
			return nil
		}
		if first == nil {
			first = rc
		}
		n++
	}
	if n < 2 {
		return nil
	}
	return first
}

// platformNouns are weapon platforms: a state's military in "Russian jets", but
// not what "the army" refers back to.
var platformNouns = setOf(`JET JETS PLANE PLANES AIRCRAFT AIRPOWER POWER HELICOPTER HELICOPTERS GUNSHIP
GUNSHIPS DRONE DRONES TANK TANKS WARPLANE WARPLANES BOMBER BOMBERS FIGHTER F-16 F-16S ARTILLERY WARSHIP WARSHIPS`)

func (a *Agent) platform() bool {
	ws := strings.Fields(strings.ReplaceAll(a.Phrase, "_", " "))
	return len(ws) > 0 && platformNouns[strings.ToUpper(ws[len(ws)-1])]
}
