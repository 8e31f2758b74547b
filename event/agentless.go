package event

import (
	"slices"
	"strings"

	"github.com/sitrep-dev/sitrep"
)

// Agentless force: "air strikes killed 22 people in Douma", "shelling killed three
// children in <town>", "a car bomb exploded in <city>". The sentence names the
// weapon or the kind of force, not who used it. CAMEO coders (and the FA-KES gold,
// docs/eval/fakes-events.md class DYAD) code such an event with an unknown source;
// sitrep reports it with an empty source code (sitrep.EventActor{}), as GDELT leaves
// Actor1Code empty and as sitrep already leaves the target of an untargeted MOBILIZE
// empty. Readers that group by actor skip an empty code (Tally, frames, claims).
//
// Only where nothing in reach is an agent:
//   - the trigger is a verb of force (CAMEO 18–20) in the active voice whose subject
//     is a force noun ("strikes", "shelling", "barrage") or a weapon or platform
//     noun (weaponNouns), with no actor in the subject phrase ("Russian jets" and
//     "regime shelling" have one: the coder reads them as agents);
//   - the sentence reports that it took place: mode occurred, or claimed by a
//     reporter; not planned, intended, conditional, thwarted or negated;
//   - there is a target: an actor, or a located place or unnamed victims
//     (placeTarget), so that the event says who or what was hit.
// A passive with no agent ("22 people were killed in Douma") is not one: it does
// not say that force was used, and "killed in air strikes" is the noun's event
// (agentlessIn).

// weaponNouns name the instrument or the platform of force, not its user.
var weaponNouns = []string{"BOMB", "SHELL", "ROCKET", "MISSILE", "MORTAR", "EXPLOSION", "BLAST", "EXPLOSIVE", "MINE",
	"LANDMINE", "IED", "DEVICE", "WARPLANE", "JET", "AIRCRAFT", "PLANE", "HELICOPTER", "DRONE", "GUNFIRE", "ARTILLERY",
	"SHRAPNEL", "PROJECTILE", "GRENADE", "AIRSTRIKE", "RAID", "SHELLFIRE", "BARRAGE",
	// the one who set it off, unnamed: "a motorcycle bomber killed 16 civilians"
	"BOMBER", "ATTACKER",
	// armour whose crew is not named: "tanks shelled a district of Hama"
	"TANK"}

// agentlessSubject reports whether verb trigger tr has as subject a force or weapon
// noun that names no actor, so that nobody in reach is its agent.
func (c *Coder) agentlessSubject(t *tree, tr *trigger) bool {
	if tr.noun || !violent(tr.code) || t.toks[tr.tok].UPOS != "VERB" {
		return false
	}
	s := t.weaponOf(tr.tok)
	// a sentence's first word may be tagged a name ("Warplanes struck ...")
	if s < 0 || t.toks[s].UPOS != "NOUN" && t.toks[s].UPOS != "PROPN" || !c.weaponOrForce(t.lemma[s], t.upper[s]) {
		return false
	}
	if t.lemma[s] == "FIRE" && !c.weaponBefore(t, s) {
		// "a fire killed three people", "fire on the ferry killed five": a
		// blaze, unless a weapon before the noun says otherwise ("artillery fire")
		return false
	}
	if len(t.actorsOf(s)) > 0 || len(t.actorOrModifiers(s)) > 0 || inList(t.lemma[s], reciprocal...) || inList(t.upper[s], reciprocal...) {
		// "clashes killed 40 fighters": the sides that clashed are the agents
		return false
	}
	for m := range t.ms {
		h := t.mentionHead(m)
		if t.ms[m].Code != "" && h >= 0 && h != s && t.dominates(s, h) && !(t.dominates(s, tr.tok) && t.dominates(tr.tok, h)) && !t.placeMention(m) && !t.inPlacePhrase(h, s) {
			// "missiles fired from a Syrian warplane": an actor in the subject
			// phrase, its clauses included (not "the explosion in Syria", nor the
			// trigger's own object where the trigger is the subject's relative
			// clause: "an airstrike which killed 12 volunteers")
			return false
		}
	}
	if c.agentNearby(t, tr.tok) {
		return false
	}
	// a modifier that may name the user, even one the actor resolver left
	// uncoded ("the rebel barrage", "regime shelling", "Israeli jets", "the group's
	// rockets", "strikes by the coalition"), is an agent in reach
	for _, k := range t.kids[s] {
		switch r := t.rel(k); {
		case t.toks[k].DepRel == "nmod:poss":
			return false
		case r == "nmod" && inList(t.caseOf(k), "BY", "FROM", "OF"):
			return false
		case r == "compound" || r == "amod":
			if inList(t.upper[k], weaponModifiers...) {
				continue // "Air strikes" opening a sentence may be tagged a name
			}
			if t.toks[k].UPOS == "PROPN" && (k > 0 || t.actor[k] >= 0) || t.toks[k].UPOS == "ADJ" && k > 0 && t.toks[k].Text != strings.ToLower(t.toks[k].Text) ||
				inList(t.lemma[k], agentModifiers...) || inList(t.upper[k], agentModifiers...) {
				return false
			}
			if t.toks[k].UPOS == "NOUN" && !c.weaponOrForce(t.lemma[k], t.upper[k]) && !inList(t.lemma[k], weaponModifiers...) {
				return false
			}
		}
	}
	return true
}

// agentlessForce reports whether trigger tr is force with no agent in reach:
// a verb whose subject names only the weapon (agentlessSubject), or a force
// noun in the "in" or "during" phrase of a passive verb of harm that names no
// agent ("twenty people were killed in air strikes on the town", "in a car
// bomb blast"): the noun reports the force, its victims are the passive's
// subject, and nobody is said to have used it.
func (c *Coder) agentlessForce(t *tree, tr *trigger) bool {
	return c.agentlessSubject(t, tr) || c.agentlessNoun(t, tr) || c.agentlessPassive(t, tr)
}

// passiveForceVerbs name an act of force, not its outcome: "the town was
// shelled", "the convoy was attacked" say that someone used force, where "22
// people were killed" does not.
var passiveForceVerbs = []string{"TARGET", "SHELL", "BOMB", "BOMBARD", "STRIKE", "RAID", "ATTACK", "AMBUSH", "STORM", "SHOOT", "AIRSTRIKE"}

// agentlessPassive is agentlessForce's third case: a passive verb of force
// whose agent no phrase or nearby word names ("their positions were targeted
// in Haas", "a checkpoint was attacked near Rutba").
func (c *Coder) agentlessPassive(t *tree, tr *trigger) bool {
	i := tr.tok
	if tr.noun || !violent(tr.code) || t.toks[i].UPOS != "VERB" || !inList(t.lemma[i], passiveForceVerbs...) || c.opts.PhraseWords {
		return false
	}
	if s, passive := t.subject(i); s < 0 || !passive || t.head[s] != i {
		return false // (a passive borrowed from a clause above is that clause's)
	}
	return t.agentPhrase(i) < 0 && !c.agentNearby(t, i)
}

// agentlessNoun is agentlessForce's second case.
func (c *Coder) agentlessNoun(t *tree, tr *trigger) bool {
	i := tr.tok
	if !tr.noun || !violent(tr.code) || inList(t.lemma[i], reciprocal...) || inList(t.upper[i], reciprocal...) {
		return false // "killed in clashes": the sides are the agents, named or not
	}
	if t.lemma[i] == "FIRE" && !c.weaponBefore(t, i) {
		return false // "killed in a fire", "during a general strike": no force unless its words say so
	}
	h := t.harmVerb(i)
	if h < 0 || !agentlessIn(t, tr, h) {
		return false
	}
	if _, passive := t.subject(h); !passive {
		return false
	}
	if len(t.actorsOf(i)) > 0 || len(t.actorOrModifiers(i)) > 0 {
		return false
	}
	for _, k := range t.kids[i] {
		switch r := t.rel(k); {
		case r == "det" && inList(t.upper[k], definiteDets...):
			return false // "killed in the attack": one reported before, whoever made it
		case t.toks[k].DepRel == "nmod:poss":
			return false
		case r == "nmod" && inList(t.caseOf(k), "BY", "FROM"):
			return false
		case (r == "compound" || r == "amod") && (inList(t.lemma[k], agentModifiers...) || inList(t.upper[k], agentModifiers...) ||
			t.toks[k].UPOS == "PROPN"):
			return false // "regime airstrikes", "Syria strikes": whose, or where
		}
	}
	for _, v := range t.kids[h] {
		if t.rel(v) != "advcl" || !t.simultaneous(v) {
			continue
		}
		if vt := c.verbTrigger(t, v); vt == nil || !violent(vt.code) {
			continue // "killed in an air raid as he was trying to treat the wounded"
		}
		if s, _ := t.subject(v); s >= 0 && (len(t.actorsOf(s)) > 0 || len(t.actorOrModifiers(s)) > 0) {
			return false // "killed in air strikes when regime jets struck": the clause's event
		}
	}
	return !c.agentNearby(t, h)
}

// weaponBefore reports whether noun i has a modifier that one of its
// dictionary patterns makes force ("artillery fire": the overlay's FIRE_
// block, "- ARTILLERY *"), not only a target phrase ("fire on the ferry").
func (c *Coder) weaponBefore(t *tree, i int) bool {
	for _, w := range []string{t.upper[i], t.lemma[i]} {
		for _, b := range c.dict.Nouns(w) {
			for _, p := range b.Patterns {
				if violent(p.Code) && len(p.Pre) == 1 && len(p.Pre[0].Words) == 1 && t.hasWord(i, []string{"compound", "amod"}, p.Pre[0].Words[0]) {
					return true
				}
			}
		}
	}
	return false
}

// weaponOf returns what may name the weapon of verb i: its subject in the
// active voice ("air strikes killed 22 people"), its "by" phrase in the
// passive ("a hospital was hit by rockets"); or -1.
func (t *tree) weaponOf(i int) int {
	s, passive := t.subject(i)
	if passive {
		return t.agentPhrase(i)
	}
	return s
}

// agentModifiers are adjectives that name a weapon's user without naming an actor
// the resolver codes: "terrorist rocket attacks", "regime shelling", "jihadist
// car bombs".
var agentModifiers = []string{"TERRORIST", "REBEL", "JIHADIST", "ISLAMIST", "MILITANT", "INSURGENT", "GOVERNMENT",
	"REGIME", "OPPOSITION", "LOYALIST", "ENEMY", "ALLIED", "COALITION", "EXTREMIST", "TAKFIRI", "SEPARATIST", "MILITARY", "ARMY"}

// weaponModifiers are nouns that say what kind of weapon a weapon noun is, not
// whose: "air strikes", "car bomb", "barrel bombs", "suicide attack".
var weaponModifiers = []string{"AIR", "CAR", "TRUCK", "ROADSIDE", "BARREL", "CLUSTER", "SUICIDE", "SURFACE", "GROUND",
	"TANK", "FIGHTER", "GAS", "CHLORINE", "CHEMICAL", "NAIL", "PIPE", "VEHICLE", "MOTORCYCLE", "BICYCLE", "BOOBY", "TRAP",
	"CRUISE", "BALLISTIC", "WAR", "SNIPER", "MACHINE", "GUN", "NIGHT", "DAWN", "MORNING", "WEEKEND"}

// weaponOrForce reports whether any of words (upper case) is a weapon noun, its
// plural, or a force noun.
func (c *Coder) weaponOrForce(words ...string) bool {
	for _, w := range words {
		if inList(w, weaponNouns...) || inList(strings.TrimSuffix(w, "S"), weaponNouns...) || c.ForceNoun(w) {
			return true
		}
	}
	return false
}

// mayBeAgentless reports whether a sentence's tokens hold a subject that
// agentlessSubject could accept, so that a sentence without actor mentions is walked
// only then. The tree's repairs may make one ("Air raid kills 20 civilians":
// reverb makes "raid" the subject of "kills"), so where a weapon or force word
// stands anywhere, the repaired tree is asked too.
func (c *Coder) mayBeAgentless(toks []sitrep.Token) bool {
	subject := func(toks []sitrep.Token) bool {
		for _, tok := range toks {
			// a force noun as a subject, as the "in" phrase of a passive
			// (agentlessNoun: "killed in air strikes") or as its agent ("hit
			// by rockets")
			if (tok.UPOS == "NOUN" || tok.UPOS == "PROPN") && (tok.DepRel == "nsubj" || tok.DepRel == "obl" || tok.DepRel == "obl:agent") &&
				c.weaponOrForce(strings.ToUpper(tok.Lemma), strings.ToUpper(tok.Text)) {
				return true
			}
		}
		return false
	}
	if subject(toks) {
		return true
	}
	for _, tok := range toks {
		if (tok.UPOS == "NOUN" || tok.UPOS == "PROPN" || tok.UPOS == "ADJ") && c.weaponOrForce(strings.ToUpper(tok.Lemma), strings.ToUpper(tok.Text)) {
			return subject(newTree(toks, nil).toks)
		}
	}
	return false
}

// reactionVerbs comment on an attack without saying who made it: "leaders condemned
// the attacks which killed 58 people".
var reactionVerbs = []string{"CONDEMN", "DENOUNCE", "DEPLORE", "CRITICIZE", "CRITICISE", "MOURN", "INVESTIGATE", "DOCUMENT"}

// agentNearby reports whether an actor that is no place stands where a user of the
// force at verb i would: in the verb's own "by" or "from" phrase ("missiles fired
// from a Syrian warplane"), as the agent of a force noun among its phrases ("after
// air strikes by Russian warplanes"), or as the subject of a clause that governs it
// other than a report or a reaction ("IS claimed responsibility for a bombing that
// killed",
// "the regime bears responsibility for an attack that killed", "terrorist groups
// targeted the quarter with shells, killing a woman").
func (c *Coder) agentNearby(t *tree, i int) bool {
	actor := func(k int) bool {
		for _, m := range t.actorsOf(k) {
			if t.ms[m].Code != "" && !t.placeMention(m) && !t.inPlacePhrase(t.mentionHead(m), i) {
				return true
			}
		}
		return false
	}
	for _, k := range t.kids[i] {
		if r := t.rel(k); r != "obl" && r != "nmod" {
			continue
		}
		if inList(t.caseOf(k), "BY", "FROM") && actor(k) {
			return true
		}
		if c.weaponOrForce(t.lemma[k], t.upper[k]) && len(t.actorOrModifiers(k)) > 0 {
			return true
		}
		for _, n := range t.kids[k] {
			if t.rel(n) == "nmod" && t.caseOf(n) == "BY" && actor(n) {
				return true
			}
		}
	}
	cur := i
	for steps := 0; steps < 8; steps++ {
		h := t.head[cur]
		if h < 0 {
			break
		}
		// "claimed responsibility for" is no report: it names the agent
		owns := t.hasWord(h, []string{"obj"}, "RESPONSIBILITY", "CREDIT")
		if (t.toks[h].UPOS == "VERB" || t.toks[h].UPOS == "AUX") && (owns || !inList(t.lemma[h], reportVerbs...) && !inList(t.lemma[h], reactionVerbs...)) {
			if s, passive := t.subject(h); s >= 0 && !passive && !t.dominates(i, s) && actor(s) {
				return true
			}
		}
		cur = h
	}
	return false
}

// definiteForce returns, for force whose subject is a definite noun ("the
// strikes", "the raid"), the subject and the sources of the force the two
// sentences before reported (t.earlierForce), or -1 and none.
func (t *tree) definiteForce(tr *trigger) (int, []sitrep.EventActor) {
	if t.earlierForce == nil {
		return -1, nil
	}
	s := t.weaponOf(tr.tok)
	if s < 0 {
		return -1, nil
	}
	if d := t.child(s, "det"); d < 0 || !inList(t.upper[d], definiteDets...) {
		return -1, nil
	}
	srcs := t.earlierForce(earlierWindow)
	if len(srcs) == 0 {
		return -1, nil
	}
	return s, srcs
}

// definiteDets make a noun phrase refer to something already named.
var definiteDets = []string{"THE", "THIS", "THESE", "THAT", "THOSE"}

// earlierForce gives agentless force whose subject is a definite force noun ("The
// strikes killed 20 people", "The attack destroyed a school") the sources of the
// use of force the previous two sentences coded last, and returns evs so given: "Russian jets bombed
// Idlib on Monday. The raids killed 20 civilians." A definite article says the
// raids were named before; a bare or indefinite noun ("Air strikes killed",
// "a bomb exploded") introduces force whose agent the text does not give, and
// stays agentless. The actor's text is the noun phrase that refers to it.
func (c *Coder) earlierForce(t *tree, tr *trigger, evs []sitrep.Event) []sitrep.Event {
	if !slices.ContainsFunc(evs, func(ev sitrep.Event) bool { return ev.Source.Code == "" }) || !c.agentlessSubject(t, tr) {
		return evs // (the common case, an event with its source, asks nothing of the tree)
	}
	s, srcs := t.definiteForce(tr)
	if s < 0 || slices.ContainsFunc(srcs, func(a sitrep.EventActor) bool { return t.names(a.Code) }) {
		// "The YPG said the attacks targeted Kurdish-held districts": an
		// actor the sentence names in another role is not the one meant
		return evs
	}
	text := t.text(t.span(s))
	var out []sitrep.Event
	for _, ev := range evs {
		if ev.Source.Code != "" {
			out = append(out, ev)
			continue
		}
		// a bare country as the target is where the force fell, not an actor;
		// force several used together is each one's ("the raid" of "US and
		// Syrian forces")
		given := false
		for _, src := range srcs {
			if tgt := ev.Target.Code; len(tgt) > 3 && sameActor(src.Code, tgt) {
				continue
			}
			e := ev
			e.Source = sitrep.EventActor{Code: src.Code, Name: src.Name, Text: text}
			out, given = append(out, e), true
		}
		if !given {
			out = append(out, ev)
		}
	}
	return out
}
