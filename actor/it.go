package actor

import (
	"slices"
	"strings"

	"github.com/sitrep-dev/sitrep"
)

// itAntecedent finds the state or organisation that the subject "it" at recs[i]
// refers to, by its sentence's dependency tree: the subject of the nearest clause
// that governs the pronoun's ("The ministry said it had arrested", "Washington
// claims …, and on the other hand it has been"), else the subject of the nearest
// earlier clause of the sentence ("While the army advanced, it lost"), else the
// main subject of the sentence before ("The ministry issued a statement. It
// said"). The first subject found decides: a thing, a person or a plural there
// means "it" is not an actor, and the search stops. It returns nil without a tree
// (words alone do not tell "it said" from "it is clear"), for an "it" that is no
// clause subject ("condemned it": most often the act just told), and for the
// expletive, extraposed and cleft "it" (expletiveIt).
func itAntecedent(recs []*rec, i int) *rec {
	rc := recs[i]
	s, p := rc.sent, rc.m.Start
	if s == nil || p < 0 || p >= len(s.Tokens) || s.Tokens[p].DepRel == "" {
		return nil
	}
	toks := s.Tokens
	if !inSet(toks[p].DepRel, "nsubj", "nsubj:pass") || expletiveIt(toks, p) {
		return nil
	}
	si := rc.m.Sentence
	// at returns the longest mention of sentence si over token k.
	at := func(si, k int) *rec {
		var best *rec
		for _, a := range recs {
			if a.m.Sentence == si && a != rc && a.m.Start <= k && k < a.m.End && (best == nil || a.m.End-a.m.Start > best.m.End-best.m.Start) {
				best = a
			}
		}
		return best
	}
	t := newDepTree(toks)
	verdict := func(t depTree, si, k int) *rec {
		atS := func(k int) *rec { return at(si, k) }
		switch subjectKind(t.toks, k, atS, t.child) {
		case subjActor:
			return atS(k)
		case subjIt:
			// an earlier "it" of the sentence, resolved before this one
			if a := atS(k); a != nil && a.m.Code != "" {
				return a
			}
		}
		return nil
	}
	// The clauses that govern the pronoun's, nearest first.
	prev, cur := p, t.head(p)
	inNoun := false // the pronoun's clause describes a noun
	for steps := 0; cur >= 0 && steps < len(toks); steps++ {
		if r := strings.SplitN(toks[prev].DepRel, ":", 2)[0]; inSet(r, "acl", "nmod") {
			inNoun = true
		}
		if t.child(cur, "cop") >= 0 && inNoun {
			// "Mosul is the capital of the areas it controls": the copula's
			// subject is what the predicate describes, not who acts in it.
			return nil
		}
		if strings.HasPrefix(toks[prev].DepRel, "acl") {
			// "the areas it holds": the noun the clause describes is what "it"
			// acts on, not what it is; the noun's own clause is looked at next.
			prev, cur = cur, t.head(cur)
			continue
		}
		sj := t.child(cur, "nsubj", "nsubj:pass")
		if ag := t.agent(cur); ag >= 0 && ag < p {
			// "the caliphate declared by the group in territories it controls":
			// the doer of a passive, not its subject, is who acts on.
			sj = ag
		}
		if o := t.child(cur, "obj", "iobj"); toks[prev].DepRel == "xcomp" && o >= 0 && o < prev {
			sj = o // "urged Damascus to say it would": the object does what follows
		}
		if sj >= 0 && sj < p && !t.dominates(sj, p) {
			if inSet(strings.ToUpper(toks[sj].Text), "WHICH", "THAT", "WHO") {
				return nil // a relative clause's own subject: "the group, which said it"
			}
			if toks[prev].DepRel != "ccomp" && t.rivalThing(cur, sj, p, func(k int) *rec { return at(si, k) }) {
				return nil // "Damascus rejected the plan because it lacks backing"
			}
			return verdict(t, si, sj)
		}
		prev, cur = cur, t.head(cur)
	}
	// No governing clause has a subject before the pronoun: the nearest earlier
	// subject of another clause of the sentence, unless the pronoun's clause
	// describes a noun, which that subject need not be about.
	if inNoun {
		return nil
	}
	for k := p - 1; k >= 0; k-- {
		if inSet(toks[k].DepRel, "nsubj", "nsubj:pass") && !t.inRelative(k) {
			if inSet(strings.ToUpper(toks[k].Text), "WHICH", "THAT", "WHO") {
				return nil
			}
			if h := t.head(k); h >= 0 && t.rivalThing(h, k, p, func(k int) *rec { return at(si, k) }) {
				return nil // "While the army shelled the town, it"
			}
			return verdict(t, si, k)
		}
	}
	// "It" with nothing before it in its sentence: the main subject of the one before.
	var ps *sitrep.Sentence
	for _, a := range recs {
		if a.m.Sentence == si-1 && a.sent != nil {
			ps = a.sent
			break
		}
	}
	if ps == nil || len(ps.Tokens) == 0 || ps.Tokens[0].DepRel == "" {
		return nil
	}
	pt := newDepTree(ps.Tokens)
	for k := range ps.Tokens {
		if ps.Tokens[k].Head == 0 {
			if sj := pt.child(k, "nsubj", "nsubj:pass"); sj >= 0 {
				return verdict(pt, si-1, sj)
			}
			break
		}
	}
	return nil
}

// depTree reads a sentence's dependency tree.
type depTree struct{ toks []sitrep.Token }

func newDepTree(toks []sitrep.Token) depTree { return depTree{toks} }

func (t depTree) head(k int) int {
	h := t.toks[k].Head - 1
	if h < 0 || h >= len(t.toks) || h == k {
		return -1
	}
	return h
}

// child returns the first dependent of k with one of rels, or -1.
func (t depTree) child(k int, rels ...string) int {
	for c := range t.toks {
		if t.head(c) == k && inSet(t.toks[c].DepRel, rels...) {
			return c
		}
	}
	return -1
}

func (t depTree) dominates(a, k int) bool {
	for steps := 0; k >= 0 && steps <= len(t.toks); steps++ {
		if k == a {
			return true
		}
		k = t.head(k)
	}
	return false
}

// agent returns the noun of the "by" phrase of passive verb k, or -1.
func (t depTree) agent(k int) int {
	return t.child(k, "obl:agent")
}

// rivalThing reports whether clause head h has an object or oblique, between its
// subject sj and the pronoun at p, that is a singular thing or another actor: a
// later "it" may as well be that one ("Damascus rejected the plan because it
// lacks backing"). A report's "it" ("Damascus said it") has no such rival.
func (t depTree) rivalThing(h, sj, p int, at func(int) *rec) bool {
	for c := sj + 1; c < p; c++ {
		if t.head(c) != h || t.dominates(c, p) {
			// "the attack which it says killed 1,400": the noun of the pronoun's own
			// relative clause is what the clause is about, not who speaks in it
			continue
		}
		rel, sub, _ := strings.Cut(t.toks[c].DepRel, ":")
		if !inSet(rel, "obj", "iobj", "obl") || inSet(sub, "tmod", "npmod") || timePredicates[strings.ToUpper(t.toks[c].Lemma)] {
			continue // "on Monday", "last week": times are no rivals
		}
		if a := at(c); a != nil {
			if neuterOK(a) {
				return true
			}
			continue
		}
		if inSet(t.toks[c].UPOS, "NOUN", "PROPN") && !inSet(t.toks[c].XPOS, "NNS", "NNPS") {
			return true
		}
	}
	return false
}

// inRelative reports whether token k lies in a relative or other clause that
// describes a noun ("the town the army took"): its subject is not what a later
// "it" continues.
func (t depTree) inRelative(k int) bool {
	for steps := 0; k >= 0 && steps <= len(t.toks); steps++ {
		if strings.HasPrefix(t.toks[k].DepRel, "acl") {
			return true
		}
		k = t.head(k)
	}
	return false
}

var (
	// weatherVerbs take an "it" that is nothing: "it rained".
	weatherVerbs = setOf("RAIN SNOW POUR DRIZZLE HAIL THUNDER STORM FREEZE")
	// raisingVerbs take an "it" that stands for a clause: "it seems that", "it
	// turned out", "it emerged that", "it does not matter".
	raisingVerbs = setOf("SEEM APPEAR HAPPEN TRANSPIRE EMERGE TURN MATTER FOLLOW")
	// reportPassives are the verbs of "it was reported that", "it is believed",
	// "it was agreed".
	reportPassives = setOf("SAY REPORT BELIEVE EXPECT CLAIM KNOW THINK ESTIMATE UNDERSTAND ALLEGE ANNOUNCE CONFIRM FEAR RUMOR RUMOUR SUGGEST NOTE DECIDE AGREE LEARN REVEAL FEEL ASSUME HOPE PLAN CONSIDER REMEMBER STRESS EMPHASIZE EMPHASISE ADD STATE")
	// timePredicates make "it was night", "it is time to", "it is a matter of".
	timePredicates = setOf("TIME DAY NIGHT MORNING EVENING AFTERNOON WEEK MONTH YEAR HOUR MATTER SECRET SHAME PITY QUESTION CASE FACT WONDER SURPRISE")
	// clauseMarks introduce what an extraposed or cleft "it" stands for.
	clauseMarks = setOf("THAT TO WHETHER IF FOR WHO WHOM WHICH WHEN WHERE WHY HOW BECAUSE")
)

// expletiveIt reports whether the subject "it" at p stands for nothing ("it
// rained"), for a clause said later (extraposition: "it is clear that", "it was
// reported that", "it seems", "it took years to") or for the focus of a cleft ("it
// was the army that"): such an "it" is never an actor. A copular "it" without a
// clause ("it has been instrumental in creating a crisis", "it is a member of the
// alliance") is left to refer.
func expletiveIt(toks []sitrep.Token, p int) bool {
	t := newDepTree(toks)
	h := t.head(p)
	if h < 0 {
		return true
	}
	lemma := strings.ToUpper(toks[h].Lemma)
	if lemma == "" {
		lemma = strings.ToUpper(toks[h].Text)
	}
	// clause reports whether k has a clause that an extraposed "it" may stand
	// for: a complement or subject clause, or one introduced by a word of marks
	// (not "in creating", "by arming").
	clause := func(k int, marks map[string]bool) bool {
		for c := range toks {
			if t.head(c) != k {
				continue
			}
			rel, _, _ := strings.Cut(toks[c].DepRel, ":")
			switch rel {
			case "ccomp", "csubj":
				return true
			case "advcl", "xcomp", "acl":
				for m := 0; m < c; m++ {
					if t.head(m) == c && inSet(toks[m].DepRel, "mark", "nsubj", "nsubj:pass", "obj", "advmod") && marks[strings.ToUpper(toks[m].Text)] {
						return true
					}
				}
			}
		}
		return false
	}
	evaluativeX := func(k int) bool {
		x := t.child(k, "xcomp")
		return x >= 0 && toks[x].UPOS == "ADJ" && evaluative[strings.ToUpper(toks[x].Lemma)]
	}
	switch {
	case weatherVerbs[lemma], raisingVerbs[lemma]:
		return true
	case (lemma == "TAKE" || lemma == "COST") && clause(h, infinitiveMarks):
		// "it took years to rebuild" (not "it took control of the town")
		return true
	case (lemma == "REMAIN" || lemma == "BECOME") && (clause(h, thatMarks) || evaluativeX(h)):
		// "it remains to be seen", "it became clear that"
		return true
	case toks[p].DepRel == "nsubj:pass" && (reportPassives[lemma] || clause(h, whetherMarks)):
		// "it was reported that", "it is believed" (not "it was forced to")
		return true
	case lemma == "BE" && t.child(h, "cop") < 0:
		// "it is because", "it was not until": "be" as the clause's own verb
		return true
	}
	if t.child(h, "cop") >= 0 {
		// "it is clear that", "it was the army that struck", "it is time to"
		if clause(h, clauseMarks) || timePredicates[lemma] || toks[h].UPOS == "NUM" {
			return true
		}
		if toks[h].UPOS == "ADJ" && evaluative[lemma] {
			return true // "it is unclear.", "it was not easy"
		}
	}
	return false
}

var (
	infinitiveMarks = setOf("TO THAT")
	thatMarks       = setOf("TO THAT WHETHER IF")
	whetherMarks    = setOf("THAT WHETHER IF")
)

// humanPlurals are people that are no actor of their own: a "them" after them is
// as likely theirs.
var humanPlurals = setOf("CIVILIAN PEOPLE PERSON CHILD WOMAN MAN RESIDENT PRISONER HOSTAGE REFUGEE VILLAGER INHABITANT OFFICER PILOT MEMBER WORKER STUDENT PATIENT JOURNALIST ACTIVIST VICTIM FAMILY DETAINEE PROTESTER DEMONSTRATOR CAPTIVE PASSENGER DOCTOR NURSE BODY PEOPLES")

// evaluative adjectives judge a proposition, which an "it" before them stands
// for: "it is likely", "it was unclear".
var evaluative = setOf("CLEAR UNCLEAR LIKELY UNLIKELY POSSIBLE IMPOSSIBLE PROBABLE IMPORTANT NECESSARY TRUE FALSE OBVIOUS EVIDENT APPARENT DIFFICULT EASY HARD WORTH VITAL ESSENTIAL CRUCIAL CERTAIN UNCERTAIN SURE NOTABLE NOTEWORTHY IRONIC STRANGE ODD SURPRISING UNFORTUNATE FORTUNATE TIME TOO LATE EARLY WORTHWHILE ENOUGH")

// themAntecedent finds the plural group or force that "them" at recs[i] refers to:
// the nearest one before it in its sentence that plural accepts, and that is not
// in the subject of the pronoun's own clause ("Syrian troops attacked them" is no
// self-attack; a shared subject counts: "the warplanes struck the village and
// killed civilians among them") nor what that subject was resolved to ("they
// released them"). "among them" picks out of the noun just named ("60 civilians,
// children among them") and takes nothing, as does a "them" with people who are
// no actor between it and the candidate ("killed 25 civilians, six of them
// children"); an acronym in capitals is no plural ("IS"). It needs the
// sentence's tree to know the clause.
func themAntecedent(recs []*rec, i int, plural func(*rec) bool) *rec {
	rc := recs[i]
	s, p := rc.sent, rc.m.Start
	if s == nil || p < 0 || p >= len(s.Tokens) || s.Tokens[p].DepRel == "" {
		return nil
	}
	toks := s.Tokens
	t := newDepTree(toks)
	if c := t.child(p, "case"); c >= 0 && strings.EqualFold(toks[c].Text, "among") {
		return nil
	}
	// the clause: "some of them" and "them" in "against them" hang on a noun or
	// go through a case marker to the verb
	h := t.head(p)
	for steps := 0; h >= 0 && steps < 3 && !inSet(toks[h].UPOS, "VERB", "AUX", "ADJ"); steps++ {
		h = t.head(h)
	}
	// The subject of the pronoun's clause, or of the clause it shares its
	// subject with ("struck the village and killed them", "ambushed the troops,
	// killing dozens of them", "pounded their positions to stop them"), and the
	// noun a participle describes on the way ("troops mobilising against
	// them") are not what "them" is.
	var subjs []int
	for x, steps := h, 0; x >= 0 && steps < 8; x, steps = t.head(x), steps+1 {
		if sj := t.child(x, "nsubj", "nsubj:pass"); sj >= 0 {
			// the first clause with a subject of its own: "Rebels fled after
			// the troops shelled them" leaves the rebels to "them"
			subjs = append(subjs, sj)
			break
		} else if toks[x].DepRel == "acl" && t.head(x) >= 0 {
			n := t.head(x)
			for k := 0; k < 4 && toks[n].DepRel == "conj" && t.head(n) >= 0; k++ {
				n = t.head(n) // "Kurdish fighters and regime troops"
			}
			subjs = append(subjs, n)
		}
		if inSet(toks[x].DepRel, "ccomp", "parataxis", "root", "acl:relcl") {
			break
		}
	}
	// inSubj: a is one of those subjects' own phrase or a conjunct of it, not a
	// phrase hung on it ("forces in cooperation with the militia, which
	// surrounded the terrorists").
	inSubj := func(a *rec) bool {
		for _, sj := range subjs {
			for k := a.m.Start; k < a.m.End; k++ {
				for x, steps := k, 0; x >= 0 && steps < len(toks); x, steps = t.head(x), steps+1 {
					if x == sj {
						return true
					}
					if r, _, _ := strings.Cut(toks[x].DepRel, ":"); !inSet(r, "amod", "compound", "det", "flat", "conj", "nummod", "cc", "punct", "case") && toks[x].DepRel != "nmod:poss" {
						break
					}
				}
			}
		}
		return false
	}
	var codes []string
	for j := i - 1; j >= 0 && recs[j].m.Sentence == rc.m.Sentence; j-- {
		if a := recs[j]; inSubj(a) && a.m.Code != "" && a.pending == "pronoun" {
			codes = append(codes, a.m.Code)
		}
	}
	// covered reports whether token k lies in a mention of the sentence.
	covered := func(k int) bool {
		for j := i - 1; j >= 0 && recs[j].m.Sentence == rc.m.Sentence; j-- {
			if recs[j].m.Start <= k && k < recs[j].m.End {
				return true
			}
		}
		return false
	}
	a := findBack(recs, i, 0, func(a *rec) bool {
		if !plural(a) || inSubj(a) || (a.agent == nil && isUpperWord(a.m.Text)) {
			return false
		}
		return !slices.Contains(codes, a.m.Code)
	})
	if a == nil || a.m.Sentence != rc.m.Sentence {
		return nil
	}
	// "killed 25 civilians, six of them children", "forced the prisoners to
	// kneel": people who are no actor, named between the candidate and the
	// pronoun, are as likely what "them" is. (Any plural noun there, "positions",
	// "gatherings", lost more right links than wrong ones: NOTES.md,
	// section Subject "it" and "them" (it.go).)
	for k := a.m.End; k < p; k++ {
		if inSet(toks[k].XPOS, "NNS", "NNPS") && humanPlurals[strings.ToUpper(toks[k].Lemma)] && !covered(k) {
			return nil
		}
	}
	return a
}
