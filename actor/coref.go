package actor

import (
	"slices"
	"strings"

	"github.com/sitrep-dev/sitrep"
	"github.com/sitrep-dev/sitrep/country"
)

// corefer resolves, in document order, the mentions that point back: a surname after
// the full name, "the general" and "officials" after a mention with the same role,
// "the group" after an organisation, and pronouns after the nearest compatible
// mention; "its" and "itself" last, by their sentence's dependency tree
// (neuterAntecedent). Each takes its antecedent's code; what finds none stays
// unresolved. docCountry, when not nil, gives the document's dominant country
// ("" for none clear).
func corefer(recs []*rec, countries map[string]bool, war *warCoalition, docCountry func() string) {
	for i, rc := range recs {
		switch rc.pending {
		case "surname":
			if rc.m.Code != "" {
				continue
			}
			if a := findBack(recs, i, 1<<30, func(a *rec) bool { return a.person && hasSurname(a, rc.words) }); a != nil {
				link(rc, a, "coref:surname")
				continue
			}
			// A sentence opener glued to a surname ("Later Cooper said"): try the
			// name without its first word.
			if rc.m.Start == 0 && len(rc.words) >= 2 && len(rc.wspans) == len(rc.words) {
				rest := rc.words[1:]
				if a := findBack(recs, i, 1<<30, func(a *rec) bool { return a.person && hasSurname(a, rest) }); a != nil {
					rc.trimFirst()
					link(rc, a, "coref:surname")
				}
			}
		case "agent":
			if rc.organPlatform || rc.possessed {
				continue // "regime warplanes": organs gives them their state, not an earlier air force
			}
			if rc.agent.kingdom() {
				// "Syria thanked the Kingdom": the kingdom named last, not a
				// state of the sentence (organs leaves it uncoded when none was)
				if cc := lastKingdom(recs[:i]); cc != "" {
					rc.m.Code, rc.m.Rule = rc.agent.apply(cc, countries), "agent:kingdom"
				}
				continue
			}
			window := 5
			personal := rc.agent.personal()
			// "Russian and regime air strikes": a role noun coordinated with a
			// state's mention names another party, so it refers to no mention of
			// that state ("Russia regime strikes kill 47", the headline above).
			apart := conjoinedStates(recs, i)
			notApart := func(a *rec) bool { return len(a.m.Code) < 3 || !apart[a.m.Code[:3]] }
			if !personal && !rc.plural && !rc.samePhrase && stateOrgans[rc.agent.Code] && !rc.agent.platform() {
				// "the army" said again is the army named so just before ("army
				// units had taken control ... Ortagus commended the army's work"),
				// whoever else the sentence names
				if a := findBack(recs, i, 10, func(a *rec) bool {
					if governmentRole(rc.agent) && (docCountry == nil || len(a.m.Code) < 3 || a.m.Code[:3] != docCountry()) {
						return false // "the regime" said of another state before is the document's state's still
					}
					// (a dictionary name ending in the role, "the Lebanese army",
					// is named so as much as a demonym and role noun are)
					same := a.agent != nil && a.agent.Phrase == rc.agent.Phrase || a.agent == nil && endsWithRole(a, rc.agent)
					return same && !a.plural && !a.person && notApart(a) &&
						len(a.m.Code) >= 3 && countries[a.m.Code[:3]] && a.m.Sentence < rc.m.Sentence
				}); a != nil {
					link(rc, a, "coref:agent")
					continue
				}
				// "Iraqi Defense Minister X said the army plans": the state of the
				// sentence's first state actor.
				if a := findFirst(recs, i, rc.m.Sentence, func(a *rec) bool {
					return countries[a.m.Code[:min(3, len(a.m.Code))]] && (a.agent == nil || !a.agent.platform()) && !conjoined(rc, a)
				}); a != nil {
					link(rc, a, "coref:agent")
					rc.m.Code = rc.agent.apply(a.m.Code[:3], countries)
					continue
				}
			}
			if a := findBack(recs, i, window, func(a *rec) bool {
				if !notApart(a) {
					return false
				}
				if governmentRole(rc.agent) && !(countries[a.m.Code[:min(3, len(a.m.Code))]] && stateCode(a.m.Code)) {
					return false // "government forces" are no group's but a state's
				}
				if governmentRole(rc.agent) && !governmentRole(a.agent) && (docCountry == nil || a.m.Code[:3] != docCountry()) {
					// nor any state's forces: in a report on Syria, "Russian forces
					// … regime forces" are Syria's (organs); only the document's
					// own state's, or a government named so before ("Turkish
					// government forces … government forces")
					return false
				}
				if rc.samePhrase {
					return a.agent != nil && a.agent.Phrase == rc.agent.Phrase
				}
				if rc.plural {
					return a.agent != nil && a.agent.Code == rc.agent.Code && a.plural
				}
				if personal {
					// "the general" needs an antecedent introduced with that role.
					return a.person && strings.Contains(foldText(a.m.Text), rc.words[len(rc.words)-1])
				}
				// "the army" is no aircraft: "Backed by Russian airpower, the army".
				return a.agent != nil && a.agent.Code == rc.agent.Code && !a.plural && !a.person && !a.agent.platform()
			}); a != nil {
				link(rc, a, "coref:agent")
			}
		case "short":
			if a := shortAntecedent(recs, i); a != nil {
				link(rc, a, "coref:short")
				rc.kind = a.kind // "its" may refer to it as to the full name
			} else {
				war.resolve(recs, i)
			}
		case "group":
			if a := groupAntecedent(recs, i); a != nil {
				link(rc, a, "coref:group")
			}
		case "pronoun":
			if rc.neuter || rc.it || rc.first {
				continue // after the others: "In its statement, the ministry said"
			}
			if rc.plural {
				plural := func(a *rec) bool {
					return (a.plural && a.agent != nil) || (a.kind == KindOrg && a.agent == nil && looksPlural(a.m.Text))
				}
				var a *rec
				if rc.them {
					a = themAntecedent(recs, i, plural)
				} else if rc.initial {
					// "They" opening a sentence is most often the previous subject: the
					// first plural group of the sentence before.
					a = findFirst(recs, i, rc.m.Sentence-1, plural)
				} else {
					a = findBack(recs, i, 0, plural)
				}
				if a != nil {
					link(rc, a, "coref:pronoun")
				}
				continue
			}
			if rc.cataphor {
				continue // after the others, whose antecedents it may need
			}
			person := func(a *rec) bool { return a.person && a.pending != "pronoun" }
			var a *rec
			if rc.initial {
				a = findFirst(recs, i, rc.m.Sentence-1, person)
			}
			if a == nil {
				a = findBack(recs, i, 2, person)
			}
			if a != nil {
				link(rc, a, "coref:pronoun")
			}
		}
	}
	for i, rc := range recs {
		if !rc.cataphor || rc.m.Code != "" {
			continue
		}
		for j := i + 1; j < len(recs) && recs[j].m.Sentence == rc.m.Sentence; j++ {
			if a := recs[j]; a.person && a.m.Code != "" && a.pending != "pronoun" {
				link(rc, a, "coref:pronoun")
				break
			}
		}
	}
	resolveNeuters(recs)
	for i, rc := range recs {
		if rc.first && rc.m.Code == "" {
			if a := quoteSpeaker(recs, i); a != nil {
				link(rc, a, "coref:speaker")
			}
		}
	}
	// "Syria denied that its forces had attacked": a role noun after "its" is
	// that state's organ, or that group's own ("IS said its militants"),
	// whatever an earlier "forces" was.
	for i, rc := range recs {
		if rc.pending != "agent" || rc.agent == nil || i == 0 {
			continue
		}
		p := recs[i-1]
		if !p.neuter || p.m.Sentence != rc.m.Sentence || p.m.End != rc.m.Start || len(p.m.Code) < 3 ||
			p.ante == nil || p.ante.m.Sentence != rc.m.Sentence {
			continue // (an "its" that reaches into an earlier sentence is too often wrong to name an organ by)
		}
		code := p.m.Code
		if countries[code[:3]] && stateCode(code) {
			code = rc.agent.apply(code[:3], countries)
		}
		if code != "" {
			rc.m.Code, rc.m.Name, rc.m.Rule = code, p.m.Name, "coref:possessive"
			rc.ante = p
		}
	}
}

// groupAntecedent returns the organisation "the group" (or "the faction",
// generics) at recs[i] refers to: the nearest within five sentences that is no
// state (a group's three-letter code, SDF, PMF, HTS, is none: country.Organ)
// nor the subject of the noun's own clause ("the SDF is fighting to recapture
// Tabqa from the group" means one named before).
func groupAntecedent(recs []*rec, i int) *rec {
	rc := recs[i]
	return findBack(recs, i, 5, func(a *rec) bool {
		return a.kind == KindOrg && !stateCode(a.m.Code) && !clauseSubject(a, rc)
	})
}

// resolveNeuters resolves the "it", "its" and "itself" left uncoded, "it" before
// "its": "Damascus said it had lost its grip" may then take the resolved "it" as
// the subject of its clause. corefer runs it, and the resolver again after
// organs: "The ministry accused the SDF … It warned", with the ministry coded
// only by the document's country, has an antecedent only then.
func resolveNeuters(recs []*rec) {
	for i, rc := range recs {
		if rc.it && rc.m.Code == "" {
			if a := itAntecedent(recs, i); a != nil {
				link(rc, a, "coref:pronoun")
			}
		}
	}
	for i, rc := range recs {
		if rc.neuter && rc.m.Code == "" {
			if a := neuterAntecedent(recs, i); a != nil {
				link(rc, a, "coref:pronoun")
			}
		}
	}
}

// conjoinedStates returns the states (code prefixes) of the mentions that are
// conjuncts of recs[i] in its sentence's tree: "Russian" for "regime" in
// "Russian and regime air strikes".
func conjoinedStates(recs []*rec, i int) map[string]bool {
	var out map[string]bool
	rc := recs[i]
	for j := i - 1; j >= 0 && recs[j].m.Sentence == rc.m.Sentence; j-- {
		if a := recs[j]; len(a.m.Code) >= 3 && conjoined(rc, a) {
			if out == nil {
				out = map[string]bool{}
			}
			out[a.m.Code[:3]] = true
		}
	}
	return out
}

// endsWithRole reports whether mention a's words end with the words of role
// noun ag: "Lebanese army" with "army".
func endsWithRole(a *rec, ag *Agent) bool {
	ws := normWords(ag.Phrase)
	return len(ws) > 0 && len(a.words) > len(ws) && slices.Equal(a.words[len(a.words)-len(ws):], ws)
}

// neuterOK reports whether a can be what "its" or "itself" refers to: a state, a
// government body or an organisation, one and not a person.
func neuterOK(a *rec) bool {
	if a.m.Code == "" || a.person || a.plural {
		return false
	}
	switch {
	case a.neuter, a.it, a.pending == "group":
		return true
	case a.pending == "pronoun":
		return false // "he", "they"
	case a.agent != nil:
		return !a.agent.personal() // "the army", not "the minister"
	}
	return a.kind == KindCountry || a.kind == KindCapital || a.kind == KindBuilding || a.kind == KindOrg
}

// neuterAntecedent finds the mention that the "its" or "itself" at recs[i] refers
// to, in its own sentence: the one the dependency tree points at (the subject of
// the pronoun's clause, the possessor of the plan it is part of, the phrase it is
// coordinated with), else the nearest suitable mention before it. It returns nil
// when the tree says the pronoun refers to a thing ("the campaign ... enters its
// next chapter", "the agreement and its terms").
func neuterAntecedent(recs []*rec, i int) *rec {
	rc := recs[i]
	si := rc.m.Sentence
	var same []*rec
	for j := i - 1; j >= 0 && recs[j].m.Sentence == si; j-- {
		same = append(same, recs[j])
	}
	for j := i + 1; j < len(recs) && recs[j].m.Sentence == si; j++ {
		same = append(same, recs[j])
	}
	// at returns the longest mention of the sentence over token k.
	at := func(k int) *rec {
		var best *rec
		for _, a := range same {
			if a.m.Start <= k && k < a.m.End && (best == nil || a.m.End-a.m.Start > best.m.End-best.m.Start) {
				best = a
			}
		}
		return best
	}
	tok, blocked := treeAntecedent(rc.sent, rc.m.Start, at)
	if blocked {
		return nil
	}
	if tok >= 0 {
		if a := at(tok); a != nil && a != rc && neuterOK(a) {
			return a
		}
	}
	a := findBack(recs, i, 0, neuterOK)
	if a != nil && !a.neuter && rc.sent != nil && rc.sent.Tokens[rc.m.Start].DepRel == "" && insideThing(rc.sent.Tokens, a, at) {
		return nil
	}
	return a
}

// thingPreps attach a phrase to the noun before it ("the campaign against the
// Islamic State group").
var thingPreps = setOf("OF AGAINST WITH FOR FROM BY ON TO ABOUT OVER BETWEEN AMONG IN NEAR AT")

// insideThing reports, for a sentence without a tree, whether mention a is the
// object of a preposition hung on a common noun ("the campaign against the Islamic
// State group enters its next chapter"): the noun, a thing, is then the likelier
// owner of what follows. A possessor ("the United States' strategy") is not inside.
func insideThing(toks []sitrep.Token, a *rec, at func(int) *rec) bool {
	if e := a.m.End; e < len(toks) && (inSet(foldText(toks[e].Text), "'S", "'") || toks[e].XPOS == "POS") {
		return false
	}
	k := a.m.Start - 1
	for k >= 0 && inSet(foldText(toks[k].Text), "THE", "A", "AN") {
		k--
	}
	if k < 1 || !thingPreps[foldText(toks[k].Text)] {
		return false
	}
	w := toks[k-1].Text
	return hasLetter(w) && w == strings.ToLower(w) && !stopLower[foldText(w)] && at(k-1) == nil
}

// treeAntecedent walks up the dependency tree from the neuter pronoun at token p.
// It returns the token of the antecedent the tree names, or -1 to take the nearest
// suitable mention; blocked when the antecedent is a thing. A sentence without a
// tree is read by its words: "the agreement and its terms" still blocks.
func treeAntecedent(s *sitrep.Sentence, p int, at func(int) *rec) (tok int, blocked bool) {
	if s == nil || p < 0 || p >= len(s.Tokens) {
		return -1, false
	}
	toks := s.Tokens
	n := len(toks)
	head := func(k int) int {
		h := toks[k].Head - 1
		if h < 0 || h >= n || h == k {
			return -1
		}
		return h
	}
	if toks[p].DepRel == "" {
		// No tree: "the agreement and its terms", "the text of the deal and its
		// annexes": a common noun right before "and its" owns what follows.
		if p >= 2 && inSet(foldText(toks[p-1].Text), "AND", "OR") {
			w := toks[p-2].Text
			if hasLetter(w) && w == strings.ToLower(w) && !stopLower[foldText(w)] && at(p-2) == nil {
				return -1, true
			}
		}
		return -1, false
	}
	dominates := func(a, k int) bool {
		for steps := 0; k >= 0 && steps <= n; steps++ {
			if k == a {
				return true
			}
			k = head(k)
		}
		return false
	}
	child := func(k int, rels ...string) int {
		for c := range toks {
			if head(c) == k && inSet(toks[c].DepRel, rels...) {
				return c
			}
		}
		return -1
	}
	nominal := func(k int) bool { return inSet(toks[k].UPOS, "NOUN", "PROPN", "PRON") }
	prev, cur := p, head(p)
	// viaIt: the clause's subject was "it", which only a reporting clause's
	// subject can tell ("Damascus said it had lost its grip").
	viaIt := false
	for steps := 0; cur >= 0 && steps < n; steps++ {
		rel, _, _ := strings.Cut(toks[prev].DepRel, ":")
		switch {
		case rel == "conj" && nominal(cur) && nominal(prev):
			// "the army and its allies" is the army's; "the agreement and its terms"
			// the agreement's.
			if a := at(cur); a != nil {
				if neuterOK(a) {
					return cur, false
				}
			} else if toks[cur].UPOS == "NOUN" {
				return -1, true
			}
		case rel == "acl" && nominal(cur):
			// "the United States' strategy to destabilize and impose its policies",
			// "the US decision to cut its aid": the plan's owner does what it says.
			if o := child(cur, "nmod:poss", "compound"); o >= 0 {
				if a := at(o); a != nil && neuterOK(a) {
					return o, false
				}
			}
		}
		if rel == "obj" && toks[cur].UPOS == "VERB" && strings.HasPrefix(toks[cur].DepRel, "conj") && child(cur, "nsubj", "nsubj:pass") < 0 {
			// "dismantled an ISIS cell and arrested its members": a verb
			// that shares its subject with the one before it, and whose
			// object holds "its", speaks of that verb's object
			if o := child(head(cur), "obj"); o >= 0 && o < p {
				if a := at(o); a != nil && neuterOK(a) {
					return o, false
				}
			}
		}
		sj := child(cur, "nsubj", "nsubj:pass")
		if o := child(cur, "obj", "iobj"); rel == "xcomp" && o >= 0 && o < prev && !strings.EqualFold(toks[cur].Lemma, "promise") {
			// "urged Damascus to reopen its embassy", "preventing the YPG to extend
			// its control": the object does what the infinitive says
			sj = o
		}
		if sj >= 0 && !dominates(sj, p) {
			if inSet(strings.ToUpper(toks[sj].Text), "WHICH", "THAT") && toks[cur].DepRel == "acl:relcl" && head(cur) >= 0 {
				sj = head(cur) // "the coalition, which expanded its operations"
			}
			switch k := subjectKind(toks, sj, at, child); {
			case k == subjActor:
				return sj, false
			case k == subjThing || viaIt:
				return -1, true
			case k == subjIt:
				if toks[cur].DepRel != "ccomp" {
					return -1, true // "it" is something the tree does not name
				}
				viaIt = true
			}
			// a person or a plural: "its" is someone else, further up or before
		}
		prev, cur = cur, head(cur)
	}
	return -1, viaIt
}

type subjVerdict uint8

const (
	subjOther subjVerdict = iota // a person, a plural: not what "its" means
	subjActor                    // a state or an organisation
	subjThing                    // a singular thing or an unknown name
	subjIt                       // "it": whatever it is, "its" is the same
)

// subjectKind says what the clause subject at token k is, for a neuter pronoun in
// the clause.
func subjectKind(toks []sitrep.Token, k int, at func(int) *rec, child func(int, ...string) int) subjVerdict {
	if child(k, "conj") >= 0 {
		return subjOther // "Washington and Damascus": two
	}
	// An "it" left unresolved is read as the word it is, below.
	if a := at(k); a != nil && !(a.it && a.m.Code == "") {
		switch {
		case neuterOK(a):
			return subjActor
		case a.person || a.plural || a.pending == "pronoun":
			return subjOther
		}
		return subjThing // an unknown name
	}
	t := toks[k]
	switch t.UPOS {
	case "PRON":
		if strings.EqualFold(t.Text, "it") {
			return subjIt
		}
		return subjOther
	case "NOUN":
		if t.XPOS == "NNS" || t.XPOS == "NNPS" {
			return subjOther
		}
		return subjThing
	case "PROPN":
		return subjThing
	}
	return subjOther
}

func inSet(s string, set ...string) bool {
	for _, x := range set {
		if s == x {
			return true
		}
	}
	return false
}

// findBack returns the nearest earlier resolved mention, at most window sentences
// back, that ok accepts.
func findBack(recs []*rec, i, window int, ok func(*rec) bool) *rec {
	si := recs[i].m.Sentence
	for j := i - 1; j >= 0; j-- {
		a := recs[j]
		if si-a.m.Sentence > window {
			break
		}
		if a.m.Code != "" && ok(a) {
			return a
		}
	}
	return nil
}

// covers reports whether token k of the mention's sentence is one of its words.
func (rc *rec) covers(k int) bool { return k >= rc.m.Start && k < rc.m.End }

// conjoined reports whether two mentions of a sentence are conjuncts of each
// other in its dependency tree: "Russian and government air strikes" names two
// parties, and the second is not the first's government.
func conjoined(a, b *rec) bool {
	if a.m.Sentence != b.m.Sentence || a.sent == nil {
		return false
	}
	toks := a.sent.Tokens
	for x := a.m.Start; x < a.m.End && x < len(toks); x++ {
		if h := toks[x].Head - 1; strings.HasPrefix(toks[x].DepRel, "conj") && b.covers(h) {
			return true
		}
	}
	for y := b.m.Start; y < b.m.End && y < len(toks); y++ {
		if h := toks[y].Head - 1; strings.HasPrefix(toks[y].DepRel, "conj") && a.covers(h) {
			return true
		}
	}
	return false
}

func link(rc, a *rec, rule string) {
	rc.m.Code, rc.m.Name, rc.m.Rule = a.m.Code, a.m.Name, rule
	rc.ante = a
	rc.person = rc.person || a.person
	if rc.agent == nil {
		rc.agent = a.agent
	}
	if len(rc.surnames) == 0 {
		rc.surnames = a.surnames
	}
}

func hasSurname(a *rec, words []string) bool {
	for _, s := range a.surnames {
		if slices.Equal(s, words) {
			return true
		}
	}
	return false
}

// sector reports whether code has the agent's sector after its country ("USAMIL",
// "MIL").
func sector(code, agent string) bool {
	if len(code) <= 3 {
		return false
	}
	for i := 3; i+len(agent) <= len(code); i += 3 {
		if code[i:i+len(agent)] == agent {
			return true
		}
	}
	return false
}

// findFirst returns the first resolved mention of sentence si, before index i, that
// ok accepts.
func findFirst(recs []*rec, i, si int, ok func(*rec) bool) *rec {
	for j := 0; j < i; j++ {
		a := recs[j]
		if a.m.Sentence == si && a.m.Code != "" && ok(a) {
			return a
		}
	}
	return nil
}

// trimFirst drops the first word of a name mention.
func (rc *rec) trimFirst() {
	ws := rc.wspans[1]
	rc.m.Start = ws.tok
	rc.m.Span.Start = ws.start
	if cut := ws.start - rc.wspans[0].start; cut > 0 && cut <= len(rc.m.Text) {
		rc.m.Text = strings.TrimLeft(rc.m.Text[cut:], " ")
	}
	rc.words, rc.wspans = rc.words[1:], rc.wspans[1:]
	if rc.cand != nil {
		rc.cand.Name, rc.cand.Span.Start = rc.m.Text, ws.start
	}
}

var stateOrgans = setOf("GOV MIL COP LEG JUD SPY")

// clauseSubject reports whether mention a is the subject of a clause that
// holds mention rc in the same sentence (rc's path to the root reaches a's verb
// before any word of a): "the SDF is fighting to recapture Tabqa from the
// group". An apposition, "ISIS — the group — claimed", hangs on a itself.
func clauseSubject(a, rc *rec) bool {
	if rc.sent == nil || a.m.Sentence != rc.m.Sentence {
		return false
	}
	toks := rc.sent.Tokens
	v := -1
	for x := a.m.Start; x < a.m.End && x < len(toks); x++ {
		if strings.HasPrefix(toks[x].DepRel, "nsubj") && !a.covers(toks[x].Head-1) {
			v = toks[x].Head - 1
		}
	}
	if v < 0 {
		return false
	}
	for k, steps := rc.m.Start, 0; k >= 0 && k < len(toks) && steps <= len(toks); k, steps = toks[k].Head-1, steps+1 {
		if a.covers(k) {
			return false
		}
		if k == v {
			return true
		}
	}
	return false
}

// stateCode reports whether code names a state or one of its branches, which "the
// group" does not refer to: a state organ (country.Organ), its media or its
// elites.
func stateCode(code string) bool {
	return country.Organ(code) || len(code) >= 6 && (code[3:6] == "MED" || code[3:6] == "ELI")
}

// speechVerbs introduce a quote's speaker: "“…,” Cooper said".
var speechVerbs = setOf("SAY TELL ADD STATE DECLARE INSIST WRITE ANNOUNCE WARN NOTE STRESS EXPLAIN ASSERT")

// quoteSpeaker returns, for "we" or "our" at recs[i] inside quotation marks,
// the speaker of the quote: the subject, outside the quote, of a verb of
// saying in the same sentence ("“We will continue to strike ISIS,” Cooper
// said"; "“Israel has attacked our sovereignty,” al-Shaibani told the
// Council"). A speaker's "we" is the side the speaker speaks for, which
// sitrep codes as the speaker's own code (a general as the military). Outside
// quotes, or with no speaker named in the sentence, "we" stays unresolved.
func quoteSpeaker(recs []*rec, i int) *rec {
	rc := recs[i]
	if rc.sent == nil || rc.m.Start < 0 || rc.m.Start >= len(rc.sent.Tokens) {
		return nil
	}
	toks := rc.sent.Tokens
	open, close := -1, -1 // the quote around the pronoun
	for k := rc.m.Start - 1; k >= 0 && open < 0; k-- {
		switch toks[k].Text {
		case "“", "\"", "``":
			open = k
		case "”", "''":
			return nil // a closing quote before it: not inside one
		}
	}
	if open < 0 {
		return nil
	}
	for k := rc.m.Start + 1; k < len(toks); k++ {
		if t := toks[k].Text; t == "”" || t == "\"" || t == "''" {
			close = k
			break
		}
	}
	if close < 0 {
		return nil
	}
	for v, t := range toks {
		if v > open && v < close || !speechVerbs[strings.ToUpper(t.Lemma)] {
			continue
		}
		for s, st := range toks {
			if st.Head-1 != v || !strings.HasPrefix(st.DepRel, "nsubj") || s > open && s < close {
				continue
			}
			for _, a := range recs {
				if a != rc && a.m.Sentence == rc.m.Sentence && a.m.Code != "" && a.m.Start <= s && s < a.m.End {
					return a
				}
			}
		}
	}
	return nil
}
