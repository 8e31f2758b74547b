package event

import "strings"

// An outlet's own accusation. News reports an act; an editorial, or a report that
// takes sides, also charges someone with it in its own voice: "the regime has
// deepened the crisis by freeing extremists from its jails". No
// reporting verb names a speaker, so the claim is the outlet's, and the act is coded
// with mode claimed, attributed to the outlet (the event contract's attributed_to,
// with the outlet's name and no actor code). Three ways of writing it are
// recognised, all in the sentence itself, since a document says nothing of its genre:
//
//   - a blame predicate governs the act: "X is responsible for releasing", "complicit
//     in the transfer of", "guilty of supporting", "to blame for";
//   - the act is the means of a harm: "deepened the crisis by freeing", "destabilised
//     the region by arming", "fuelling violence by funding";
//   - the act's object is a loaded label for those it helps: "supporting terrorism",
//     "arming terrorists", "funding extremists" (a neutral report names the group),
//     and acts that are wrongs by their very name: "plundering", "looting".
//
// It is not an accusation when a party is quoted or reported ("officials said",
// "according to"): mode already attributes the act to that party. Violence reported
// in the outlet's voice stays an occurrence: "the army shelled the town" is a report,
// however one-sided. An accused act may lack a target ("freeing extremists" names
// no actor): it is reported with its source alone, where an occurred act would not be.

var (
	blamePreds = []string{"RESPONSIBLE", "COMPLICIT", "GUILTY", "CULPABLE", "BLAME", "CULPRIT"}
	// harmVerbs do harm by themselves; causeVerbs do it with a harm noun as object
	harmVerbs  = []string{"DESTABILIZE", "DESTABILISE", "UNDERMINE", "SABOTAGE", "ENDANGER", "INFLAME", "WORSEN", "EXACERBATE", "PROLONG"}
	causeVerbs = []string{"CREATE", "CAUSE", "PROVOKE", "SPARK", "FUEL", "STOKE", "FOMENT", "SPREAD", "SOW", "TRIGGER", "FOSTER", "BREED",
		"DEEPEN", "AGGRAVATE", "ESCALATE", "INTENSIFY"}
	harmNouns = []string{"CRISIS", "CHAOS", "INSTABILITY", "TERRORISM", "TERROR", "VIOLENCE", "TENSION", "TENSIONS", "WAR", "SUFFERING",
		"BLOODSHED", "INSECURITY", "UNREST", "EXTREMISM", "SECTARIANISM", "STRIFE", "DISORDER", "TURMOIL", "CONFLICT"}
	// loadedLabels name a side as criminals rather than by its name
	loadedLabels = []string{"TERRORIST", "TERRORISTS", "TERRORISM", "EXTREMIST", "EXTREMISTS", "TAKFIRI", "TAKFIRIS", "MERCENARY", "MERCENARIES", "JIHADIST", "JIHADISTS"}
	// helpVerbs help those they act on: with a loaded label as object they accuse
	// (not "release" or "transfer": a state's own press calls the prisoners it
	// releases or moves "terrorists" too)
	helpVerbs = []string{"SUPPORT", "BACK", "ARM", "FUND", "FINANCE", "SPONSOR", "HARBOR", "HARBOUR", "SHELTER", "PROTECT", "EQUIP",
		"TRAIN", "SMUGGLE", "AID", "ASSIST", "SUPPLY"}
	// wrongVerbs name a wrong in themselves
	wrongVerbs = []string{"PLUNDER", "LOOT", "PILLAGE", "STEAL"}
)

// accusation reports whether the act at verb i is charged in the sentence's own
// voice (see above); the caller checks that no party is reported as saying it.
func (c *Coder) accusation(t *tree, i int) bool {
	if t.toks[i].UPOS != "VERB" || t.reported(i) {
		return false
	}
	if inList(t.lemma[i], wrongVerbs...) {
		return true
	}
	if inList(t.lemma[i], helpVerbs...) {
		if o := objectOf(t, i); o >= 0 && (inList(t.upper[o], loadedLabels...) || inList(t.lemma[o], loadedLabels...)) {
			return true
		}
	}
	cur := i
	for steps := 0; steps < 6; steps++ {
		h := t.head[cur]
		if h < 0 {
			return false
		}
		r := t.rel(cur)
		switch r {
		case "advcl", "xcomp", "obl", "acl", "nmod":
		case "conj":
			// "transferring and releasing": the act's own conjuncts; a clause
			// joined higher up ("X was responsible, but Y denied it") is another
			// statement
			if steps > 0 || t.toks[h].UPOS != "VERB" {
				return false
			}
		default:
			return false
		}
		if inList(t.lemma[h], blamePreds...) || inList(t.upper[h], blamePreds...) {
			return true
		}
		if r == "advcl" && t.hasWord(cur, []string{"mark"}, "BY") && harmful(t, h) {
			return true
		}
		cur = h
	}
	return false
}

// chargeNouns name a party's charge: "the accusation that X released", "claims of".
var chargeNouns = []string{"ACCUSATION", "ALLEGATION", "CLAIM", "CHARGE", "REPORT", "ASSERTION"}

// reported reports whether someone other than the outlet voices the act at i: a
// reporting or accusing verb or noun governs it, however deep ("accused the US of
// backing", "said it had deepened the crisis by", "allegations that it armed").
//
// A conjunct's head is its sibling ("Ankara says it fights smugglers, but it has
// freed their leaders"), and so is the verb above a subjectless complement that a
// conjunct with a subject of its own hangs on ("X vows to fight smugglers, but it
// has freed their leaders", parsed with "freed" coordinated to "fight"): neither
// reports it.
func (t *tree) reported(i int) bool {
	cur := i
	for steps := 0; steps < 10; steps++ {
		k := t.head[cur]
		if k < 0 {
			return false
		}
		if t.rel(cur) == "conj" {
			// a conjunct's head is its sibling, not its reporter: "officials
			// said so and accused X" is the officials' own act
			if t.child(cur, "nsubj", "nsubj:pass") >= 0 && t.rel(k) == "xcomp" && t.head[k] >= 0 {
				k = t.head[k]
			}
			cur = k // go on from the sibling, unread
			continue
		}
		if inList(t.lemma[k], reportVerbs...) || inList(t.lemma[k], accuseVerbs...) || inList(t.lemma[k], chargeNouns...) {
			return true
		}
		cur = k
	}
	return false
}

// harmful reports whether verb h does harm: "destabilised", "deepened the crisis".
func harmful(t *tree, h int) bool {
	if verbIn(t, h, harmVerbs) {
		return true
	}
	if !verbIn(t, h, causeVerbs) {
		return false
	}
	o := t.child(h, "obj")
	return o >= 0 && (inList(t.lemma[o], harmNouns...) || inList(t.upper[o], harmNouns...))
}

// verbIn reports whether verb k is one of words, by its lemma or, where a lemmatiser
// missed the doubled consonant ("fuelled" → "fuell"), by its inflected form.
func verbIn(t *tree, k int, words []string) bool {
	if inList(t.lemma[k], words...) {
		return true
	}
	for _, w := range words {
		if strings.HasPrefix(t.upper[k], w) && inList(t.upper[k][len(w):], "S", "D", "ED", "ING", "LED", "LING", "ES") {
			return true
		}
	}
	return false
}

// objectOf returns verb i's object, or its first conjunct's where i has none of its
// own ("arming and funding militias"), or -1.
func objectOf(t *tree, i int) int {
	if o := t.child(i, "obj"); o >= 0 {
		return o
	}
	if t.rel(i) == "conj" && t.head[i] >= 0 {
		return t.child(t.head[i], "obj")
	}
	return -1
}
