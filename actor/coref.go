package actor

import (
	"slices"
	"strings"
)

// corefer resolves, in document order, the mentions that point back: a surname after
// the full name, "the general" and "officials" after a mention with the same role,
// "the group" after an organisation, and pronouns after the nearest compatible
// mention. Each takes its antecedent's code; what finds none stays unresolved.
func corefer(recs []*rec, countries map[string]bool) {
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
			window := 5
			personal := rc.agent.personal()
			if !personal && !rc.plural && !rc.samePhrase && stateOrgans[rc.agent.Code] {
				// "Iraqi Defense Minister X said the army plans": the state of the
				// sentence's first state actor.
				if a := findFirst(recs, i, rc.m.Sentence, func(a *rec) bool { return countries[a.m.Code[:min(3, len(a.m.Code))]] }); a != nil {
					link(rc, a, "coref:agent")
					rc.m.Code = rc.agent.apply(a.m.Code[:3], countries)
					continue
				}
			}
			if a := findBack(recs, i, window, func(a *rec) bool {
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
				return a.agent != nil && a.agent.Code == rc.agent.Code && !a.plural && !a.person
			}); a != nil {
				link(rc, a, "coref:agent")
			}
		case "group":
			if a := findBack(recs, i, 5, func(a *rec) bool { return a.kind == KindOrg && !stateCode(a.m.Code) }); a != nil {
				link(rc, a, "coref:group")
			}
		case "pronoun":
			if rc.plural {
				plural := func(a *rec) bool {
					return (a.plural && a.agent != nil) || (a.kind == KindOrg && a.agent == nil && looksPlural(a.m.Text))
				}
				var a *rec
				if rc.initial {
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

// stateCode reports whether code names a state or one of its branches, which "the
// group" does not refer to: a bare country, or a country with a state sector.
func stateCode(code string) bool {
	if len(code) == 3 {
		return true
	}
	if len(code) < 6 {
		return false
	}
	switch code[3:6] {
	case "GOV", "MIL", "COP", "LEG", "JUD", "SPY", "MED", "ELI":
		return true
	}
	return false
}
