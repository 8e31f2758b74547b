package event

import (
	"cmp"
	"slices"
	"strings"

	"github.com/sitrep-dev/sitrep"
	"github.com/sitrep-dev/sitrep/country"
	"github.com/sitrep-dev/sitrep/event/codebook"
)

// notPartner are the prepositions whose object is no partner of a cooperative
// event: cooperation against X is against a common enemy, talks about X and
// intelligence shared on X are about a topic.
var notPartner = []string{"AGAINST", "REGARDING", "ABOUT", "OVER", "CONCERNING", "ON"}

// targetPreps are the prepositions whose object can be an event's target, in order
// of preference; locations count ("struck targets in Syria": Syria is the target,
// as PETRARCH codes it).
var targetPreps = []string{"WITH", "AGAINST", "ON", "TO", "INTO", "TOWARD", "TOWARDS", "AT", "UPON", "OVER", "ABOUT", "REGARDING", "AMONG", "IN", "INSIDE", "ACROSS", "NEAR", "FROM", "FOR"}

// events turns a trigger into events: its sources and targets, its mode.
func (c *Coder) events(doc *sitrep.Document, s *sitrep.Sentence, t *tree, tr *trigger) []sitrep.Event {
	t.ofForce = violent(tr.code)
	defer func() { t.ofForce = false }()
	var src, tgt []int
	if tr.noun {
		src, tgt = c.nounRoles(t, tr)
	} else {
		src, tgt = c.verbRoles(t, tr)
	}
	// A name is not its own act: where the trigger is a capitalized word inside
	// the source's or the target's name ("the draft Popular Mobilization Forces
	// law", the headline "Kurdish Forces Kill 16 ISIL Terrorists" with "Forces"
	// read as a verb), the tagger or the dictionary took a word of the name for
	// an event. (A lower-case word a mention spans, "Syria's newly established
	// administration", may still be one.)
	inName := func(m int) bool {
		return m >= 0 && m < len(t.ms) && t.ms[m].Start <= tr.tok && tr.tok < t.ms[m].End && capitalized(t.toks[tr.tok].Text)
	}
	if slices.ContainsFunc(src, inName) || slices.ContainsFunc(tgt, inName) {
		return nil
	}
	if cl := t.clauseOf(tr); t.askedHow(cl) || t.abilityOnly(cl) || t.anonymity(cl) {
		return nil
	}
	code := tr.code
	if tr.brokered {
		code = "045" // "US-mediated talks with Israel": the broker mediates
	}
	if !tr.noun && strings.HasPrefix(code, "07") && !c.opts.PhraseWords && t.receivedFrom(tr.tok, tgt) {
		// "rebels received ammunition from the coalition": the coalition gave it
		src, tgt = tgt, src
	}
	if code == "060" && c.inForce(t, tr) {
		code = "062" // "struck ISIS in coordination with the SDF": military cooperation
	}
	if code == "050" && !tr.noun && !c.opts.PhraseWords && inList(t.lemma[tr.tok], "BACK", "SUPPORT") && militaryBackers(t, src) {
		// "backed by Russian airpower, the troops entered", "the Syrian army,
		// backed by Russian air strikes": a military backing an armed side
		// cooperates militarily (062), not diplomatically
		code = "062"
	}
	if violent(code) {
		// "attacked a town on Syria's border with Turkey": the country across a
		// border locates the act and is not hit by it
		tgt = slices.DeleteFunc(slices.Clone(tgt), func(m int) bool { return m >= 0 && t.acrossBorder(t.ms[m].End-1, tr.tok) })
		tgt = t.dropWhereCountry(tgt)
	}
	if code == "202" && !tr.noun && !c.opts.KeepCodes && !c.opts.PhraseWords {
		code = c.outcomeOfForce(t, tr.tok, code)
	}
	modeAt := tr.tok
	if d := t.halted(tr); d >= 0 && violent(code) && !c.opts.KeepCodes && !c.opts.PhraseWords {
		// "Russia halted its air strikes on Aleppo", "reduced air raids", "a halt
		// to Moscow's bombing": force stopped or lessened is de-escalation, with
		// the mode of what stops it
		code, modeAt = "087", d
	}
	needTarget := c.needsTarget(code)
	if len(tgt) == 0 && len(src) > 0 && !tr.noun && !c.opts.PhraseWords && strings.HasPrefix(code, "04") {
		tgt = t.host(tr.tok, src)
	}
	// the outlet's own accusation (accuse.go), checked only where it can matter
	accused := !c.opts.PhraseWords && !tr.noun && len(src) > 0 && c.accusation(t, tr.tok)
	if accused && len(tgt) == 0 && len(src) == 1 && objectOf(t, tr.tok) >= 0 {
		needTarget = false // "freeing extremists": the act is the charge, whoever it served
	}
	if len(tgt) == 0 && needTarget && len(src) > 0 && !tr.noun && strings.HasPrefix(code, "04") && inList(t.lemma[tr.tok], arrivalVerbs...) && !c.opts.PhraseWords {
		// "arrived in Baghdad for a two-day visit"; before the pairing of
		// conjoined sources below: "the US and French ambassadors visited
		// Hama" visit Hama together, not each other
		tgt = t.visitHost(tr.tok, src)
	}
	var pairs [][2]int // source, target mention pairs, when not src × tgt
	if tr.compound && len(tgt) == 0 && len(src) > 1 {
		// PETRARCH-1 "% * ": the members of a compound subject act on each other
		for _, a := range src {
			for _, b := range src {
				if a != b {
					pairs = append(pairs, [2]int{a, b})
				}
			}
		}
	}
	// (Mediators named together, "a deal brokered by Moscow and Washington",
	// mediate together: 045 pairs nobody; nor does a denial, "Syria and its
	// ally Russia deny Damascus carried out the attack": 016 stands alone.)
	if len(tgt) == 0 && len(src) > 1 && needTarget && (c.opts.PhraseWords || !violent(tr.code) || inList(t.lemma[tr.tok], reciprocal...)) &&
		(tr.noun || t.gerundMark(tr.tok) == "" && !actsOnThing(t, tr) && !c.forceSubject(t, tr.tok) && !t.intendsDeed(tr.tok) && !(violent(tr.code) && t.foughtToAct(tr.tok, src))) && !strings.HasPrefix(code, "045") && code != "016" {
		// "Washington and Damascus have engaged in coordinated operations": the
		// coordinated sides act with each other; but "Damascus and its allies
		// bombed" is no fight between them, while "the two sides clashed" is; nor
		// does a gerund adjunct that borrows the clause's subject ("accused the
		// US and Turkey of orchestrating the unrest") say they act on each other,
		// nor a verb whose object is a thing they act on together (actsOnThing),
		// nor a pledge or vow of a deed ("Qatar and Saudi Arabia pledged to pay
		// Syria's debt": the deed is the event, as for one who pledges; where two
		// agree, they agree with each other)
		src, tgt = src[:1], src[1:]
	}
	// force with no agent in reach (agentless.go): reported with an empty source
	agentless := len(src) == 0 && !c.opts.NoAgentless && !c.opts.PhraseWords && c.agentlessForce(t, tr)
	if len(tgt) == 0 && needTarget && !c.opts.PhraseWords {
		tgt = t.deniedCharge(tr, src) // "Turkey has denied those accusations"
	}
	if len(tgt) == 0 && needTarget {
		tgt = c.placeTarget(t, tr, src) // a place or unnamed victims (target.go)
	}
	if len(tgt) == 0 && needTarget && len(src) > 0 && !tr.noun && strings.HasPrefix(code, "05") && !c.opts.PhraseWords {
		tgt = t.hostCountry(tr.tok, src) // "reopened its embassy in Damascus"
	}
	if len(tgt) == 0 && needTarget && len(src) > 0 && !c.opts.PhraseWords && (sanctionCode(code) || aidCode(code)) {
		// "The U.S. has extended temporary sanctions relief", "Paris
		// announced 250 million euros in grants"
		tgt = t.sanctioned(src)
	}
	if agentless && len(tgt) == 0 {
		// "The strikes targeted weapons storage sites": nobody hit that the
		// sentence names, but the strikes are those just reported, whose
		// agents stand alone as any named agent of such force does
		if src = c.referredForce(t, tr); len(src) == 0 {
			return nil // nobody hit that the sentence names: nothing to report
		}
		agentless = false
	}
	if len(src) == 0 && !agentless {
		return nil
	}
	alone := c.alone(t, tr, code)
	if needTarget && len(tgt) == 0 && !(alone && !agentless && !c.opts.PhraseWords && c.sourceReliable(t, tr, src) && !countryNameModifier(t, tr, src)) {
		// force named by its means stands alone when its agent is one the
		// coder would trust to aim it (sourceReliable: not a reporter; not a
		// country's name before the noun, "Syria air strikes", which may say
		// where as well as who)
		return nil
	}
	if !c.opts.AllPairs {
		src, tgt = oneStatePerSide(t, src), oneStatePerSide(t, tgt)
	}
	md := c.mode(t, modeAt, s.Heading)
	if modeAt != tr.tok && t.toks[modeAt].UPOS == "NOUN" {
		// "called for the cessation of the strikes", "demanded an end to":
		// a halt asked for has not happened
		if h := t.head[modeAt]; h >= 0 && (inList(t.lemma[h], askVerbs...) || inList(t.lemma[h], mandVerbs...) || inList(t.lemma[h], "SEEK", "WANT")) {
			if modeStrength[sitrep.ModeConditional] > modeStrength[md.mode] {
				md.mode = sitrep.ModeConditional
			}
		}
	}
	if agentless {
		if md.mode != sitrep.ModeOccurred && md.mode != sitrep.ModeClaimed {
			return nil // planned, denied, feared force with no agent says too little
		}
		src = []int{-1}
	}
	if v := t.vowedBy(t.clauseOf(tr)); v >= 0 && violent(code) && !c.opts.KeepCodes && !c.opts.PhraseWords && !agentless {
		// "Assad vowed to recapture Aleppo": what happened is the vow, a threat
		// of force (CAMEO 138, as the dictionary's "vowed revenge"), not an
		// intended recapture; the vow has the mode of its own clause
		code, md = threatCode(code), c.mode(t, v, s.Heading)
	}
	if !tr.noun && md.mode == sitrep.ModeNegated && inList(t.lemma[tr.tok], "ALLOW", "PERMIT", "TOLERATE") && t.willNot(tr.tok) &&
		!c.opts.KeepCodes && !c.opts.PhraseWords {
		// "We will not allow southern Syria to become another southern
		// Lebanon", "Israel has said it will not allow government forces to
		// threaten the Druze": refusing to let a party act, from now on, is a
		// warning to it (CAMEO 130), made when it was said
		code, md = "130", modeInfo{mode: sitrep.ModeOccurred, by: -1}
		if h := t.head[tr.tok]; h >= 0 && inList(t.rel(tr.tok), "ccomp", "parataxis") {
			md = c.mode(t, h, s.Heading)
		}
	}
	if tr.adjunct >= 0 && md.mode == sitrep.ModeOccurred {
		// "will sign a deal after talks": the talks are no more certain than the
		// clause they time (unless a past date says otherwise; see adjunctDated);
		// "officials said they met after talks": the report covers them too. A
		// negated clause does not negate its time adjunct.
		switch mm := c.mode(t, tr.adjunct, s.Heading); {
		case future(mm.mode):
			if !c.adjunctDated(doc, s, t, tr.tok) {
				md = mm
			}
		case mm.mode == sitrep.ModeClaimed:
			md = mm
		}
	}
	var outlet *sitrep.EventActor
	if accused && md.mode == sitrep.ModeOccurred && md.by < 0 {
		md.mode = sitrep.ModeClaimed
		outlet = &sitrep.EventActor{Name: doc.Outlet, Text: cmp.Or(doc.Outlet, "the outlet")}
	} else if accused && len(tgt) == 0 && needTarget != c.needsTarget(code) {
		return nil // reported, planned or denied: not the outlet's charge, and no target
	}
	if !c.opts.KeepCodes && (md.mode == sitrep.ModeIntended || md.mode == sitrep.ModePlanned && c.cooperative(code)) {
		if ic, ok := c.book.Intent(code); ok {
			code = ic
		}
	}
	if len(tgt) == 0 && !agentless && needTarget && !c.alone(t, tr, code) {
		return nil // force that stood alone, recoded as a threat or an intention, needs its target again
	}
	cb, ok := c.book.Lookup(code)
	if !ok {
		// A user's dictionary may use codes outside CAMEO (the PETRARCH suite's
		// WEIS codes): keep them, without CAMEO's scores.
		cb = codebook.Code{Code: code, Root: code[:min(2, len(code))]}
	}
	var out []sitrep.Event
	if len(tgt) == 0 {
		tgt = []int{-1}
	}
	if pairs == nil {
		for _, a := range src {
			for _, b := range tgt {
				pairs = append(pairs, [2]int{a, b})
				if tr.mutual && a >= 0 && b >= 0 {
					// "clashes between X and Y": Y fights X as X fights Y
					pairs = append(pairs, [2]int{b, a})
				}
			}
		}
	}
	if tr.reversed {
		// the event is the target phrase's party's, to the subject; without
		// that party there is no event
		var rev [][2]int
		for _, ab := range pairs {
			if ab[0] >= 0 && ab[1] >= 0 {
				rev = append(rev, [2]int{ab[1], ab[0]})
			}
		}
		pairs = rev
	}
	{
		for _, ab := range pairs {
			a, b := ab[0], ab[1]
			if a >= 0 && (a == b || b >= 0 && !c.opts.PhraseWords && sameActor(t.ms[a].Code, t.ms[b].Code) && !(violent(tr.code) && len(t.ms[a].Code) > 3 && t.placeMention(b)) ||
				b >= 0 && t.ms[a].Code == t.ms[b].Code || b >= 0 && ownOrgan(tr.code, t.ms[a].Code, t.ms[b].Code)) {
				// PETRARCH-1 drops only an actor acting on itself; sitrep also
				// drops one acting on its own country ("SYRGOV" on "SYR"), but not
				// force a part of the state uses on a place of it ("SYRMIL"
				// shelling a Syrian town; the bare "SYR" attacking one is the
				// place misread as the agent: "Syria air strikes kill ... in <town>");
				// nor the threat of such force ("vowed to recapture <town>")
				continue
			}
			var source sitrep.EventActor // empty: force with no agent in reach
			if a >= 0 {
				source = eventActor(t, a)
			}
			ev := sitrep.Event{Source: source, Mode: md.mode, Verb: t.toks[tr.tok].Text, Rule: tr.rule}
			setCode(&ev, cb)
			if b >= 0 {
				ev.Target = eventActor(t, b)
			}
			if md.by >= 0 {
				at := eventActor(t, md.by)
				ev.AttributedTo = &at
			} else if outlet != nil {
				at := *outlet
				ev.AttributedTo = &at
			}
			out = append(out, ev)
			// The reciprocal event: Options.Paired gives each pattern's paired
			// code; without it only hosting is paired, since a host's
			// receiving a guest is the guest's visit (CAMEO pairs 042 with
			// 043): "al-Shaibani received the US envoy in Damascus" tells that
			// the envoy visited Syria, which news as often reports from the
			// host's side as from the guest's.
			paired := ""
			switch {
			case c.opts.Paired && tr.paired != "---":
				paired = tr.paired
			case !c.opts.Paired && ev.CAMEO == "043":
				paired = "042"
			}
			if paired != "" && b >= 0 {
				rev := ev
				rev.Source, rev.Target = ev.Target, ev.Source
				pc, ok := c.book.Lookup(paired)
				if !ok {
					pc = codebook.Code{Code: paired, Root: paired[:min(2, len(paired))]}
				}
				setCode(&rev, pc)
				out = append(out, rev)
			}
		}
	}
	return out
}

// sourcePreps end in a target preposition ("to") but name a source, a cause or a
// time: "according to SANA", "due to", "prior to", "thanks to".
var sourcePreps = []string{"ACCORDING TO", "DUE TO", "PRIOR TO", "THANKS TO", "OWING TO", "AS TO", "IN ADDITION TO", "IN RESPONSE TO", "CLOSE TO"}

// supportNouns head a phrase that names an ally's help: "with the support of",
// "with assistance from", "under cover of". (For cooperation the helper is the
// partner, and stays a target.)
var supportNouns = []string{"SUPPORT", "BACKING", "HELP", "ASSISTANCE", "COVER"}

// judgedForce returns, for the object o of a judgement ("Damascus condemned the
// strikes", "Russia criticized the operation"), a definite noun of force that
// names no party of its own, a mention it adds to t for the agent of the force
// the two sentences before reported: the strikes meant are those. The judge
// itself, or an actor the sentence names, is no such agent.
func (c *Coder) judgedForce(t *tree, o int, src []int) []int {
	if !(c.forceWord(t, o) || inList(t.lemma[o], "OPERATION", "OFFENSIVE", "RAID", "CAMPAIGN")) {
		return nil
	}
	if d := t.child(o, "det"); d < 0 || !inList(t.upper[d], definiteDets...) {
		return nil
	}
	for _, k := range t.kids[o] {
		if r := t.rel(k); r == "nmod" || r == "amod" || r == "compound" || t.toks[k].DepRel == "nmod:poss" {
			if len(t.actorsOf(k)) > 0 {
				return nil // its own parties said otherwise
			}
		}
	}
	if a := c.others(t, c.forceBefore(t, o), src); len(a) > 0 {
		return a // "Israel struck sites near Damascus, the ministry said, condemning the attack"
	}
	if t.earlierForce == nil {
		return nil
	}
	as := t.earlierForce(judgedWindow)
	for _, a := range as {
		if t.namesUnder(a.Code, o) {
			return nil // named in the judged phrase: its own role decides
		}
		if slices.ContainsFunc(src, func(m int) bool { return sameActor(t.ms[m].Code, a.Code) }) {
			return nil
		}
	}
	return t.addReferents(as, o)
}

// namesUnder reports whether a mention of code's actor (not a place) heads a
// word of the phrase under o: "condemned the strikes, which Israel says hit
// arms depots" names the agent in the judged phrase itself, while "condemned
// the strikes and called on Israel to halt its attacks" names it elsewhere,
// and the strikes are still the ones just reported.
func (t *tree) namesUnder(code string, o int) bool {
	for k := range t.toks {
		if m := t.actor[k]; m >= 0 && t.namesActor(m, code) && t.dominates(o, k) {
			return true
		}
	}
	return false
}

// schemeNouns name a scheme whose "for" gerund is what it would have done:
// "a timetable for disarming Hezbollah", "a plan for withdrawing troops".
var schemeNouns = []string{"PLAN", "TIMETABLE", "TIMELINE", "ROADMAP", "PROPOSAL", "FRAMEWORK", "MECHANISM",
	"SCHEDULE", "STRATEGY", "BLUEPRINT", "PROGRAMME", "PROGRAM", "ARRANGEMENT", "FORMULA", "VISION"}

// aidPurposes are the verbs of a purpose infinitive whose object aid is for
// (clauseAddressee): "to rebuild Syria", "to help the Syrian government".
var aidPurposes = []string{"HELP", "ASSIST", "SUPPORT", "AID", "REBUILD", "RECONSTRUCT", "BOLSTER", "STRENGTHEN", "PROTECT",
	"FEED", "RELIEVE", "SUSTAIN", "STABILIZE", "STABILISE", "BACK", "EQUIP", "TRAIN", "ARM", "SAVE", "RESTORE", "REVIVE", "RESETTLE", "HOUSE", "SHELTER"}

// dropWhereCountry removes from tgt a country's bare name compounded with a
// noun that another target names the holder of ("raids on IS Syria
// stronghold": IS's stronghold in Syria, not an attack on Syria), as a
// country's name before a force noun may say where (countryNameModifier).
func (t *tree) dropWhereCountry(tgt []int) []int {
	if len(tgt) < 2 {
		return tgt
	}
	modifies := func(m int) int { // the noun mention m's name is a compound of, or -1
		if m < 0 || m >= len(t.ms) || t.ms[m].Start < 0 || t.ms[m].Start >= len(t.toks) {
			return -1
		}
		h := t.mentionHead(m)
		if t.rel(h) != "compound" || t.toks[h].UPOS != "PROPN" {
			return -1
		}
		return t.head[h]
	}
	return slices.DeleteFunc(slices.Clone(tgt), func(m int) bool {
		n := modifies(m)
		if n < 0 || len(t.ms[m].Code) != 3 {
			return false
		}
		return slices.ContainsFunc(tgt, func(o int) bool { return o != m && len(t.ms[o].Code) > 3 && modifies(o) == n })
	})
}

// phrasesOf returns the prep phrases of verb v, of its object and of the
// object's own phrases: where the parser hangs a "from" or "to" that belongs to
// the verb ("took control of the Tishreen dam from the SDF").
func (t *tree) phrasesOf(v int, prep string) []int {
	phrases := slices.Clone(t.kids[v])
	if o := t.child(v, "obj"); o >= 0 {
		for _, k := range t.kids[o] {
			phrases = append(phrases, k)
			if t.rel(k) == "nmod" {
				phrases = append(phrases, t.kids[k]...)
			}
		}
	}
	return slices.DeleteFunc(phrases, func(k int) bool { return !inList(t.rel(k), "obl", "nmod") || t.caseOf(k) != prep })
}

// intendsDeed reports whether verb i states an intention (intendVerbs: pledge,
// vow, offer, seek) to do what its infinitive says.
func (t *tree) intendsDeed(i int) bool {
	x := t.child(i, "xcomp")
	// ("promised to work together" is a promise to each other)
	return inList(t.lemma[i], intendVerbs...) && x >= 0 && !t.hasWord(x, []string{"advmod"}, "TOGETHER", "JOINTLY")
}

// foughtToAct reports whether verb i has a purpose clause that acts on a party
// other than the subjects src ("Syrian troops and Kurdish fighters battled to
// push the militants out of the city", "fought to recapture Qusair from the
// rebels"): those who fight to do it together fight whoever they act on, not
// each other. Fighting "to control the road" is still fighting each other.
func (t *tree) foughtToAct(i int, src []int) bool {
	other := func(k int) bool { // a party named at k that is none of the subjects
		return slices.ContainsFunc(t.actorsOf(k), func(m int) bool { return !inList2(m, src) })
	}
	for _, k := range t.kids[i] {
		if !inList(t.rel(k), "advcl", "xcomp") || t.toks[k].XPOS != "VB" || !t.hasWord(k, []string{"mark"}, "TO") {
			continue
		}
		if o := t.child(k, "obj"); o >= 0 && other(o) {
			return true
		}
		for _, p := range t.kids[k] {
			if t.rel(p) == "obl" && inList(t.caseOf(p), "FROM", "OUT OF", "OF") && other(p) {
				return true // "fought to recapture Qusair from the rebels"
			}
		}
	}
	return false
}

// deployVerbs move a force, and patrols cover ground: their object is the
// force or the ground, not whom it faces.
// (Surrounding or encircling fighters, also CAMEO 15, is done to them.)
var deployVerbs = []string{"DEPLOY", "SEND", "DISPATCH", "MOBILIZE", "MOBILISE", "STATION", "MASS", "MOVE", "RUSH",
	"POSITION", "REINFORCE", "BRING", "AMASS", "PATROL", "PATROLL"} // (the lemmatizer gives "patrolled" as "patroll")

// topicVerbs take what is talked about as their object: "Erdogan and Putin
// discussed Syria", "discussed the fate of foreign fighters held in SDF
// prisons" name a topic, not a party; the parties are the subject's members
// or the "with" phrase.
var topicVerbs = []string{"DISCUSS", "DEBATE"}

// receiveVerbs take what a "from" phrase's party gives: aid received is the
// giver's act (CAMEO codes the provider).
var receiveVerbs = []string{"RECEIVE", "OBTAIN", "GET", "ACQUIRE", "ACCEPT", "GAIN"}

// receivedFrom reports whether verb v is one of receiving and every mention of
// tgt lies in its "from" phrase (or its object's): the giver.
func (t *tree) receivedFrom(v int, tgt []int) bool {
	if !inList(t.lemma[v], receiveVerbs...) || len(tgt) == 0 {
		return false
	}
	from := t.phrasesOf(v, "FROM")
	for _, m := range tgt {
		if m < 0 || m >= len(t.ms) || t.ms[m].Start < 0 {
			return false
		}
		h := t.mentionHead(m)
		if !slices.ContainsFunc(from, func(k int) bool { return t.dominates(k, h) }) {
			return false
		}
	}
	return len(from) > 0
}

// handOverVerbs give up what their object names to the party of a "to" phrase.
var handOverVerbs = []string{"HAND", "TRANSFER", "CEDE", "SURRENDER", "RETURN", "RELINQUISH"}

// forceBefore returns the agents of force that a verb before token o reports in
// the active voice ("Israel struck military sites …, condemning the attack"):
// the attack judged in the sentence that reports it is that one, not the force
// of the sentences before.
func (c *Coder) forceBefore(t *tree, o int) []int {
	for k := 0; k < o; k++ {
		if t.toks[k].UPOS != "VERB" {
			continue
		}
		if tr := c.verbTrigger(t, k); tr == nil || !violent(tr.code) {
			continue
		}
		if m := c.mode(t, k, false).mode; m != sitrep.ModeOccurred && m != sitrep.ModeClaimed {
			continue // "Israel did not strike the convoy", "threatened to strike": not the attack judged
		}
		if s, passive := t.subject(k); s >= 0 && !passive {
			if a := t.actorsOf(s); len(a) > 0 {
				return a
			}
		}
	}
	return nil
}

// addReferents adds to t a mention for each of the actors as that the phrase
// headed by k refers to ("the strikes" for the force just reported), with the
// phrase's text, and returns their indexes.
func (t *tree) addReferents(as []sitrep.EventActor, k int) []int {
	st, en := t.span(k)
	var out []int
	for _, a := range as {
		t.ms = append(t.ms, sitrep.Mention{Code: a.Code, Name: a.Name, Text: t.text(st, en), Start: -1, End: -1,
			Span: sitrep.Span{Start: t.toks[st].Span.Start, End: t.toks[en-1].Span.End}, Rule: judgedForceRule, Antecedent: -1})
		out = append(out, len(t.ms)-1)
	}
	return out
}

// sanctionCode reports whether code imposes or eases sanctions (163, 081, 085):
// acts that always weigh on someone.
func sanctionCode(code string) bool {
	return inList(code, "163", "081", "085")
}

// aidCode reports whether code gives or pledges economic or humanitarian aid
// (0331, 0333, 071, 073): aid goes to someone, as sanctions weigh on someone.
// (Military aid and protection, 072 and 074, and aid in general, 070, which
// the dictionaries give "intervened" and "help prop up", are left to the
// sentence: on FA-KES their unnamed parties were most often rebels or none.)
func aidCode(code string) bool {
	return inList(code, "0331", "0333", "071", "073")
}

// sanctioned returns, for sanctions imposed or eased, or aid given or pledged,
// by a state with no party named ("The U.S. has extended temporary sanctions
// relief, but a full repeal … depends on Syria's progress"; "Paris announced
// 250 million euros in grants"), a mention it adds to t for the country the
// document names most other than the source's own: sanctions weigh on someone,
// aid goes to someone, and a report that leaves the party unnamed has named it
// around the sentence.
// None where the document names no such country clearly (otherCountry) or the
// source is no state.
func (t *tree) sanctioned(src []int) []int {
	if t.otherCountry == nil || !country.Organ(t.ms[src[0]].Code) {
		return nil
	}
	own := country.Of(t.ms[src[0]].Code)
	cc := t.otherCountry(own)
	if cc == "" {
		return nil
	}
	t.ms = append(t.ms, sitrep.Mention{Code: cc, Name: country.Name(cc), Start: -1, End: -1,
		Sentence: t.ms[src[0]].Sentence, Rule: sanctionedRule, Antecedent: -1})
	return []int{len(t.ms) - 1}
}

// sanctionedRule marks the mentions sanctioned adds: a party the document, not
// the sentence, names.
const sanctionedRule = "sanctioned:document"

// referredForce returns, for agentless force whose subject is a definite noun
// ("the strikes", "the raid"), mentions it adds to t for the sources of the force
// the two sentences before reported (recentForce), or nil: where the sentence
// names no target, earlierForce has no event to give them to.
func (c *Coder) referredForce(t *tree, tr *trigger) []int {
	s, srcs := t.definiteForce(tr)
	if s < 0 {
		return nil
	}
	// an actor the sentence names in another role is not the one meant, but
	// for one reporting its own strikes ("CENTCOM said", "Hegseth said the
	// strikes hit more than 70 targets")
	reporters := t.reporters(tr.tok)
	for _, a := range srcs {
		for m := range t.ms {
			if t.ms[m].Rule != judgedForceRule && !t.placeMention(m) && sameActor(t.ms[m].Code, a.Code) &&
				!(slices.Contains(reporters, m) && country.Of(t.ms[m].Code) == country.Of(a.Code)) {
				return nil
			}
		}
	}
	return t.addReferents(srcs, s)
}

// judgedForceRule marks the mentions judgedForce adds: an actor the sentence
// refers to, not one it names.
const judgedForceRule = "earlier-force"

// drawVerbs bring a reaction on their subject: "the strikes drew condemnation
// from Turkey", "the move sparked criticism from Moscow".
var drawVerbs = []string{"DRAW", "PROMPT", "SPARK", "TRIGGER", "ATTRACT", "PROVOKE", "EARN", "RECEIVE", "FACE", "ELICIT", "GARNER", "WIN"}

// drawnReaction reads a judgement noun that is the object of a drawVerbs verb:
// who judges is its "from" phrase, and what is judged the verb's subject, an
// actor or the parties of an event ("the Israeli strikes" → Israel's military).
// ok is false when tr is no such noun.
func (c *Coder) drawnReaction(t *tree, tr *trigger) (src, tgt []int, ok bool) {
	i := tr.tok
	h := t.head[i]
	if c.opts.PhraseWords || !judgement(tr.code) || h < 0 || t.rel(i) != "obj" || !inList(t.lemma[h], drawVerbs...) {
		return nil, nil, false
	}
	for _, x := range []int{i, h} {
		for _, k := range t.kids[x] {
			if r := t.rel(k); (r == "obl" || r == "nmod") && t.caseOf(k) == "FROM" {
				src = append(src, t.actorsOf(k)...)
			}
		}
	}
	if len(src) == 0 {
		return nil, nil, false
	}
	if t.rel(h) == "acl" && t.head[h] >= 0 && !c.eventNoun(t, t.head[h]) {
		// "mistaking them for terrorists, triggering criticism": a participle
		// hung on a noun that names no event is the parser's guess at what
		// triggered it; what did is not said for certain
		return src, nil, true
	}
	if subj, passive := t.subject(h); subj >= 0 && !passive {
		tgt = c.others(t, t.actorsOf(subj), src)
		if len(tgt) == 0 {
			tgt = c.others(t, c.eventParties(t, subj), src)
		}
	}
	return src, tgt, true
}

// courtsOf reports whether every actor of a is the judiciary (a JUD sector) of
// a source's own country.
func courtsOf(t *tree, a, src []int) bool {
	if len(a) == 0 || len(src) == 0 {
		return false
	}
	for _, m := range a {
		code := t.ms[m].Code
		if len(code) <= 3 || !strings.HasSuffix(code, "JUD") {
			return false
		}
		own := false
		for _, s := range src {
			if sc := t.ms[s].Code; len(sc) >= 3 && strings.HasPrefix(code, sc[:3]) {
				own = true
			}
		}
		if !own {
			return false
		}
	}
	return true
}

// outcomeOfForce returns, for mass killing (202) coded at verb i, the code of the
// force or weapon its subject names, or code. "A US strike killed 18 civilians"
// matches "KILL: * CIVILIAN", mass killing, but what the sentence reports is the
// strike, whose outcome the deaths are (as in "18 civilians were killed in a US
// strike"): the noun's own code where it has one ("shelling", 194), else force
// (190, "regime rockets killed 18 civilians"). A subject that names no force or
// weapon keeps the verb's code ("gunmen killed 18 civilians"); other codes of
// unconventional mass violence ("used chemical weapons", 2041) are no killing.
func (c *Coder) outcomeOfForce(t *tree, i int, code string) string {
	s, passive := t.subject(i)
	if passive {
		// "civilians were killed in strikes by the coalition", "killed by
		// rebel rocket fire": the force is the passive's "in" or "by" phrase,
		// the deaths again its outcome
		s = -1
		for _, k := range t.kids[i] {
			if t.rel(k) == "obl" && inList(t.caseOf(k), "IN", "DURING") && t.toks[k].UPOS == "NOUN" && c.weaponOrForce(t.lemma[k], t.upper[k]) {
				s = k
				break
			}
		}
		if s < 0 {
			s = t.agentPhrase(i)
		}
	}
	if s < 0 || t.toks[s].UPOS != "NOUN" || !c.weaponOrForce(t.lemma[s], t.upper[s]) {
		return code
	}
	if n := c.nounTrigger(t, s); n != nil && violent(n.code) && !strings.HasPrefix(n.code, "20") {
		return n.code
	}
	if code := t.forceOfHarm(s); code != "" {
		return code
	}
	return "190"
}

// dashedSubject returns, for a subject set between dashes right after an
// actor's name ("Israel—America's top regional ally—has continued to conduct
// air strikes"), the name: the dashes enclose an apposition, and the parser,
// reading it as the subject, hangs the name elsewhere (a conjunct of the clause
// before). -1 when the subject is no such apposition.
func (t *tree) dashedSubject(s int) int {
	start, end := t.span(s)
	dash := func(k int) bool { return k >= 0 && k < len(t.toks) && inList(t.toks[k].Text, "\u2014", "\u2013", "--") }
	if !dash(start-1) || !dash(end) {
		return -1
	}
	x := start - 2
	if x < 0 || t.actor[x] < 0 || t.dominates(s, x) || t.toks[x].UPOS != "PROPN" {
		return -1
	}
	return x
}

// hostCountry returns, for a diplomatic act (05) on an object located "in" a
// place of another country ("reopened its embassy in Damascus", "opened a
// consulate in Erbil"), a mention it adds to t for that country: the host. The
// capital of a locative phrase is a place, not its government, so the act had
// no target.
func (t *tree) hostCountry(v int, src []int) []int {
	o := t.child(v, "obj")
	if o < 0 {
		return nil
	}
	// the phrase hangs on the object or, as the parser often has it, on the verb
	for _, k := range append(slices.Clone(t.kids[o]), t.kids[v]...) {
		if r := t.rel(k); r != "nmod" && r != "obl" || t.caseOf(k) != "IN" {
			continue
		}
		if host, own := t.hostPlace(k, src); own || host != nil {
			return host
		}
	}
	return nil
}

// hostPlace returns, for the phrase headed by k, a mention it adds to t for the
// country of the located place the phrase names: the host of an act of src
// there. own is true, and host nil, when that country is a source's own (no
// host); both are zero when k names no located place.
func (t *tree) hostPlace(k int, src []int) (host []int, own bool) {
	p := t.placeIn(k)
	if p == nil || p.Country == "" {
		return nil, false
	}
	for _, m := range src {
		if code := t.ms[m].Code; len(code) >= 3 && code[:3] == p.Country {
			return nil, true
		}
	}
	return []int{t.addPlaceTarget(k, p.Country, p.Name)}, false
}

// militaryBackers reports whether every source is a state's military or the
// coalition: backing by them is military support.
func militaryBackers(t *tree, src []int) bool {
	if len(src) == 0 {
		return false
	}
	for _, m := range src {
		c := t.ms[m].Code
		if !(len(c) >= 6 && c[3:6] == "MIL" || c == "COALITION") {
			return false
		}
	}
	return true
}

// arrivalVerbs say that someone came to a place: where an envoy arrives, lands or
// travels in another country, that country hosts the visit.
var arrivalVerbs = []string{"ARRIVE", "TRAVEL", "VISIT", "COME", "FLY"}

// visitHost returns, for a consultation (04) whose verb says that its agent came
// "in", "to" or "at" a place of another country, or visited one ("the minister arrived in
// Baghdad on Monday for a two-day visit"), a mention it adds to t for that
// country: the host. The capital of a locative phrase is a place, not its
// government, so the visit had no target.
func (t *tree) visitHost(v int, src []int) []int {
	for _, k := range t.kids[v] {
		// "arrived in Baghdad", or the place visited: "visited Hama"
		// (the place object only for visitors named together, whom the
		// coder would otherwise pair with each other: one visiting alone
		// usually meets someone there too, "visited Washington and met
		// President Trump", one happening)
		if !(t.rel(k) == "obl" && inList(t.caseOf(k), "IN", "TO", "AT") || t.rel(k) == "obj" && t.lemma[v] == "VISIT" && t.actor[k] < 0 && len(src) > 1) {
			continue
		}
		if host, own := t.hostPlace(k, src); own || host != nil {
			return host
		}
	}
	return nil
}

// judgement reports whether code is a verbal judgement of others: approval
// (05), disapproval (11) or rejection (12).
func judgement(code string) bool {
	return len(code) >= 2 && inList(code[:2], "05", "11", "12")
}

// partnerNouns head the phrases that name who acts with the clause's agent:
// "conducted the raid in coordination with Syrian forces", "in cooperation
// with", "in partnership with", "in conjunction with".
var partnerNouns = []string{"COORDINATION", "COOPERATION", "CO-OPERATION", "COLLABORATION", "PARTNERSHIP", "CONJUNCTION", "TANDEM", "CONCERT", "CONCERTATION"}

// companionWords before "with" make its phrase a companion: "attacked the town
// together with Syrian rebels", "jointly with the army".
var companionWords = []string{"TOGETHER", "JOINTLY", "ALONG"}

// partnerPhrase returns the "in coordination" phrase that governs a "with"
// phrase hung on h (the parser hangs "with X" on the verb, or on its object,
// rather than on the partner noun), or -1.
func (t *tree) partnerPhrase(h int) int {
	heads := []int{h}
	if o := t.child(h, "obj"); o >= 0 {
		heads = append(heads, o)
	}
	if p := t.head[h]; p >= 0 && t.rel(h) == "obj" {
		heads = append(heads, p)
	}
	for _, x := range heads {
		for _, k := range t.kids[x] {
			if r := t.rel(k); (r == "obl" || r == "nmod") && t.caseOf(k) == "IN" && inList(t.lemma[k], partnerNouns...) && t.child(k, "nmod") < 0 {
				return k
			}
		}
	}
	return -1
}

// inForce reports whether the partner noun of tr ("in coordination") qualifies
// a use of force: the verb it hangs on codes force, or the noun of force the
// verb carries ("conducted the raid").
func (c *Coder) inForce(t *tree, tr *trigger) bool {
	i := tr.tok
	if !tr.noun || t.caseOf(i) != "IN" || !inList(t.lemma[i], partnerNouns...) {
		return false
	}
	for h, steps := t.head[i], 0; h >= 0 && steps < 2; h, steps = t.head[h], steps+1 {
		switch t.toks[h].UPOS {
		case "NOUN":
			if c.forceWord(t, h) {
				return true
			}
		case "VERB":
			if v := c.verbTrigger(t, h); v != nil && violent(v.code) {
				return true
			}
			return false
		}
	}
	return false
}

// partnerTarget returns, for a partner noun i in an "in" phrase ("in
// coordination"), the actors of the "with" phrase the parser hung on the verb or
// its object instead of on the noun: the partner.
func (c *Coder) partnerTarget(t *tree, i int, src []int) []int {
	if !inList(t.lemma[i], partnerNouns...) || t.caseOf(i) != "IN" {
		return nil
	}
	h := t.head[i]
	if h < 0 {
		return nil
	}
	for _, x := range []int{h, t.head[h]} {
		if x < 0 || x != h && t.rel(h) != "obj" {
			continue
		}
		for _, k := range t.kids[x] {
			if r := t.rel(k); (r == "obl" || r == "nmod") && t.caseOf(k) == "WITH" {
				if a := c.others(t, t.actorsOf(k), src); len(a) > 0 {
					return a
				}
			}
		}
	}
	return nil
}

// companion reports whether the "with" phrase k, a dependent of h, names who
// acted alongside the agent rather than whom the act was aimed at ("in
// coordination with", "together with").
func (t *tree) companion(h, k int) bool {
	if t.caseOf(k) != "WITH" {
		return false
	}
	for _, c := range t.kids[k] {
		if t.toks[c].DepRel == "case" && c > 0 && inList(t.upper[c-1], companionWords...) {
			return true
		}
	}
	return t.partnerPhrase(h) >= 0
}

// vowVerbs make force they govern a threat: "vowed to crush", "threatened to
// bomb", "pledged to retake", "swore to avenge".
var vowVerbs = []string{"VOW", "THREATEN", "PLEDGE", "SWEAR", "PROMISE"}

// vowedBy returns the vow verb whose to-infinitive complement token i heads, or -1.
func (t *tree) vowedBy(i int) int {
	if h := t.head[i]; h >= 0 && t.rel(i) == "xcomp" && t.toks[h].UPOS == "VERB" && inList(t.lemma[h], vowVerbs...) && t.child(i, "mark") >= 0 {
		return h
	}
	return -1
}

// clauseOf returns the predicate that carries trigger tr: the light verb whose
// object the event noun is ("threatened to launch an offensive"), else the trigger.
func (t *tree) clauseOf(tr *trigger) int {
	if h := t.lightVerbOf(tr.tok); tr.noun && h >= 0 {
		return h
	}
	return tr.tok
}

// askedHow reports whether clause v is an indirect question about what may
// come: "asked Hegseth to brief Congress on how U.S. forces would carry out
// counterterrorism missions", "talks on how the SDF's fighters would join the
// army have stalled". Such a clause, opened by "how" or "whether" and with a
// modal, says what is asked or discussed, not that anything happened or will.
func (t *tree) askedHow(v int) bool {
	if t.rel(v) == "conj" && t.head[v] >= 0 {
		v = t.head[v] // "how they would join the army and serve"
	}
	wh, modal := false, false
	for _, k := range t.kids[v] {
		switch {
		case k < v && inList(t.upper[k], "HOW", "WHETHER") && inList(t.rel(k), "advmod", "mark"):
			wh = true
		case k < v && t.rel(k) == "aux" && t.toks[k].XPOS == "MD":
			modal = true
		}
	}
	return wh && modal
}

// willNot reports whether verb v is in the future with "will", "would" or
// "shall" ("will not allow").
func (t *tree) willNot(v int) bool {
	for _, k := range t.kids[v] {
		if k < v && t.rel(k) == "aux" && (inList(t.upper[k], planAux...) || t.upper[k] == "WOULD") {
			return true
		}
	}
	return false
}

// anonymity reports whether verb v is a source's request not to be named, the
// formula by which news explains an anonymous source ("a Syrian military
// official who asked not to be named", "requested not to be identified"): a
// request about the report itself, not an appeal between parties.
func (t *tree) anonymity(v int) bool {
	if !inList(t.lemma[v], "ASK", "REQUEST") {
		return false
	}
	for _, x := range t.kids[v] {
		if t.rel(x) != "xcomp" || !inList(t.lemma[x], "NAME", "IDENTIFY", "QUOTE") || t.child(x, "aux:pass") < 0 {
			continue
		}
		for _, k := range t.kids[x] {
			if k < x && inList(t.upper[k], negWords...) {
				return true
			}
		}
	}
	return false
}

// abilityWords say what a party could do: "have become capable of
// confronting", "the capacity to strike".
var abilityWords = []string{"CAPABLE", "INCAPABLE", "CAPABILITY", "CAPABILITIES", "CAPACITY"}

// abilityOnly reports whether clause v says only what its subject is able to
// do: "Iraq's security forces have become capable of confronting the remnants
// of ISIS and protecting the border" reports a capability, not a
// confrontation. (Not "able to", which in the past says it was done: "the army
// was able to repel the attack".)
func (t *tree) abilityOnly(v int) bool {
	if t.rel(v) == "conj" && t.head[v] >= 0 {
		v = t.head[v]
	}
	h := t.head[v]
	if h < 0 || h > v || !inList(t.lemma[h], abilityWords...) && !inList(t.upper[h], abilityWords...) {
		return false
	}
	for _, k := range t.kids[v] {
		if k < v && t.rel(k) == "mark" && inList(t.upper[k], "OF", "TO") {
			return true
		}
	}
	return false
}

// lightVerbOf returns the light verb whose object noun i is ("conducted a
// strike", "launched an offensive"), or -1.
func (t *tree) lightVerbOf(i int) int {
	if h := t.head[i]; h >= 0 && t.rel(i) == "obj" && (inList(t.lemma[h], lightVerbs...) || inList(t.upper[h], lightVerbs...)) {
		return h
	}
	return -1
}

// threatCode is CAMEO's threat (138x) of the force coded code: a blockade
// (1381), occupation (1382), unconventional violence (1383), weapons of mass
// destruction (1385), any other attack (1384).
func threatCode(code string) string {
	switch {
	case strings.HasPrefix(code, "191"):
		return "1381"
	case strings.HasPrefix(code, "192"):
		return "1382"
	case strings.HasPrefix(code, "204"):
		return "1385"
	case strings.HasPrefix(code, "18"), strings.HasPrefix(code, "20"):
		return "1383"
	}
	return "1384"
}

// normNouns head a phrase that names a rule an act breaks or keeps: "in violation
// of UN resolutions", "in breach of the truce with Turkey", "in defiance of
// Washington's warnings", "in accordance with the Russian plan". Whoever wrote the
// rule is not the act's target.
var normNouns = []string{"VIOLATION", "BREACH", "DEFIANCE", "CONTRAVENTION", "ACCORDANCE", "COMPLIANCE", "CONFORMITY"}

// seatNouns name where a government sits without naming the government: "visited
// the presidential palace", "arrived at the chancellery".
var seatNouns = []string{"RESIDENCE", "PALACE", "CAPITAL", "HEADQUARTERS", "CHANCELLERY", "MINISTRY"}

// host resolves the unnamed host of a visit or meeting at verb i, whose object is a
// seat of government with no actor ("became the first Jordanian leader to visit the
// presidential palace, Egyptian officials said"): the one state the
// sentence names besides the visitor's. Two or more other states leave it open.
func (t *tree) host(i int, src []int) []int {
	o := t.child(i, "obj")
	if o < 0 || !inList(t.lemma[o], seatNouns...) || len(t.actorsOf(o)) > 0 {
		return nil
	}
	own := map[string]bool{}
	for _, m := range src {
		own[country.Of(t.ms[m].Code)] = true
	}
	found, state := -1, ""
	for m, mm := range t.ms {
		c := country.Of(mm.Code)
		if c == "" || own[c] {
			continue
		}
		if state != "" && c != state {
			return nil
		}
		if found < 0 {
			found, state = m, c
		}
	}
	if found < 0 {
		return nil
	}
	return []int{found}
}

// reciprocal words of violence name a fight between their coordinated subjects.
var reciprocal = []string{"CLASH", "FIGHT", "BATTLE", "SKIRMISH", "FIGHTING", "CLASHES", "EXCHANGE", "WAR", "CONFLICT", "HOSTILITY", "HOSTILITIES"}

// violent reports whether code is a use of force (CAMEO 18–20).
func violent(code string) bool {
	return len(code) >= 2 && inList(code[:2], "18", "19", "20")
}

// eventParties returns the parties of the event noun k: when one event brings
// about another ("cooperation with the Interior Ministry led to the destruction of
// weapon sites"), those who cooperated are those who destroyed.
func (c *Coder) eventParties(t *tree, k int) []int {
	if !c.eventNoun(t, k) {
		return nil
	}
	// the event noun's own parties, without climbing further (one level only)
	var out []int
	for _, m := range t.kids[k] {
		if a := t.actor[m]; a >= 0 && t.placeOwner(m, a) {
			continue // "Syria's war has killed": where the war is fought
		}
		if r := t.rel(m); r == "nmod" || r == "amod" || r == "compound" || t.toks[m].DepRel == "nmod:poss" {
			out = append(out, t.actorsOf(m)...)
		}
	}
	if h := t.head[k]; h >= 0 && t.rel(k) == "obj" {
		if s, passive := t.subject(h); s >= 0 && !passive && s != k {
			out = append(t.actorsOf(s), out...)
		}
	}
	if s := t.responsible(k); s >= 0 {
		// "IS claimed responsibility for a bombing that killed 30 rebels"
		out = append(t.actorsOf(s), out...)
	}
	if a := t.carriedOutBy(k); a >= 0 {
		// "air strikes led by the coalition have killed dozens"
		out = append(t.actorsOf(a), out...)
	}
	if len(out) > 1 {
		out = out[:1] // the principal party: the others are not each other's targets
	}
	return out
}

// forceSubject reports whether verb i's subject is a noun of force: "Russian and
// government air strikes have intensified" says what the strikes did, and the two
// that strike together do not act on each other (where "US-Syria talks resumed"
// are talks between the two).
func (c *Coder) forceSubject(t *tree, i int) bool {
	s, _ := t.subject(i)
	return s >= 0 && t.toks[s].UPOS == "NOUN" && c.forceWord(t, s)
}

// eventNoun reports whether token k is a noun that names an event.
func (c *Coder) eventNoun(t *tree, k int) bool {
	return (t.toks[k].UPOS == "NOUN") && (len(c.dict.Nouns(t.upper[k])) > 0 || len(c.dict.Nouns(t.lemma[k])) > 0)
}

// coop reports whether events of code are cooperation (quad classes 1 and 2).
func (c *Coder) coop(code string) bool {
	cb, ok := c.book.Lookup(code)
	return ok && (cb.Quad == 1 || cb.Quad == 2)
}

// partnered reports whether code is cooperation done with a partner, whose
// "against" and "on" phrases name a common enemy or a topic ("cooperation against
// ISIS", "talks on Syria"), not the partner. Easing sanctions and restrictions
// (CAMEO 081, 085) and de-escalation the dictionary codes (087: "withdrew its
// forces from", "called a truce with") are cooperation too, but done to the party
// they weigh on, and those phrases name it: "eased sanctions on Syria", "lifted
// restrictions against Iran". (Force that halted makes 087 from a violent
// trigger, whose roles are found as force's: halted.) (All of yielding, 08, was measured: on FA-KES it added three wrong
// events, "operations against Daesh" among them, and lost a right one.)
func (c *Coder) partnered(code string) bool {
	return c.coop(code) && !strings.HasPrefix(code, "081") && !strings.HasPrefix(code, "085") && !strings.HasPrefix(code, "087")
}

// cooperative reports whether code is consultation or cooperation, which PLOVER
// codes as an intention (AGREE) when it is only announced for the future.
func (c *Coder) cooperative(code string) bool {
	return len(code) >= 2 && inList(code[:2], "04", "05", "06", "07")
}

func eventActor(t *tree, m int) sitrep.EventActor {
	mm := t.ms[m]
	return sitrep.EventActor{Code: mm.Code, Name: mm.Name, Text: mm.Text}
}

func (c *Coder) verbRoles(t *tree, tr *trigger) (src, tgt []int) {
	src, tgt = c.clauseRoles(t, tr)
	if by := t.gerundAgent(tr.tok); by >= 0 && violent(tr.code) {
		// "the town is under continued shelling by Hezbollah": a gerund's "by"
		// phrase is its agent, and the subject it borrowed is what it hits
		if a := t.actorsOf(by); len(a) > 0 && !slices.Equal(a, src) {
			if len(src) > 0 && !inList2(src[0], a) {
				tgt = src // an object the parser gives it is the agent's apposition
			}
			src = a
		}
	}
	if tr.seqSrc < 0 && tr.seqTgt < 0 {
		return src, tgt
	}
	// PETRARCH-1: a pattern's "$" and "+" say where the source and target are
	group := func(m int) []int {
		if a := t.actorsOf(t.mentionHead(m)); len(a) > 0 && inList2(m, a) {
			return a
		}
		return []int{m}
	}
	if tr.seqTgt >= 0 {
		tgt = group(tr.seqTgt)
	}
	if tr.seqSrc >= 0 {
		src = group(tr.seqSrc)
	} else if inList2(tr.seqTgt, src) {
		// "NOTED + *": the clause's subject is the target; the source is who
		// reports it, else the first other actor of the sentence
		src = t.speaker(tr.tok)
		if len(src) == 0 {
			for m := range t.ms {
				if !inList2(m, tgt) && t.ms[m].Code != "" {
					src = []int{m}
					break
				}
			}
		}
	}
	return src, tgt
}

// gerundAgent returns the "by" phrase of gerund i with no subject of its own
// ("shelling by government forces"), or -1. A gerund a "by" marks ("responded by
// shelling") has the preposition on itself, not as a phrase below it.
func (t *tree) gerundAgent(i int) int {
	if t.toks[i].XPOS != "VBG" || t.child(i, "nsubj") >= 0 {
		return -1
	}
	for _, k := range t.kids[i] {
		if t.rel(k) == "obl" && t.caseOf(k) == "BY" {
			return k
		}
	}
	return -1
}

func inList2(x int, xs []int) bool {
	for _, y := range xs {
		if x == y {
			return true
		}
	}
	return false
}

// clauseRoles finds a verb's source and target from the clause around it.
func (c *Coder) clauseRoles(t *tree, tr *trigger) (src, tgt []int) {
	i := tr.tok
	subj, passive := t.subject(i)
	if passive {
		agent := t.agentPhrase(i)
		for _, k := range t.kids[i] {
			if agent >= 0 || !c.opts.PhraseWords {
				break
			}
			if t.rel(k) == "advmod" {
				// PETRARCH-1 reads "by" in sequence: "was opposed earlier by
				// Osgiliath" however the parser attached it
				for _, m := range t.kids[k] {
					if t.rel(m) == "obl" && t.caseOf(m) == "BY" && agent < 0 {
						agent = m
					}
				}
			}
		}
		switch {
		case agent >= 0:
			src = t.actorsOf(agent)
			if a := t.carriedOutBy(agent); len(src) == 0 && a >= 0 && !c.opts.PhraseWords {
				// "killed by a roadside bomb planted by ISIS militants": the
				// weapon's own agent
				src = t.actorsOf(a)
			}
			if subj >= 0 && !(violent(tr.code) && inList(t.lemma[i], backerVerbs...) && !c.opts.PhraseWords) {
				// (those "backed by Russian warplanes" are the planes' allies,
				// not their target: the support pattern's force has no target here)
				tgt = t.actorsOf(subj)
				if len(tgt) == 0 && !c.opts.PhraseWords && !c.partnered(tr.code) && !violent(tr.code) {
					// "Sanctions on Syria's oil sector were lifted by the EU": the
					// patient's phrases name the party, as an object's do (force
					// reads its places as placeTarget does)
					tgt = c.prepTarget(t, subj, false, src)
				}
			}
		case c.opts.PhraseWords && subj >= 0:
			// PETRARCH-1 reads a passive without an agent as it reads an
			// active clause: "The Philippines was criticized over its dispute
			// with Eriador" codes the Philippines against Eriador
			src = t.actorsOf(subj)
		case !c.needsTarget(tr.code) && subj >= 0:
			// "Iraqi forces were deployed to the border": with no agent, those
			// deployed are the actors of a force posture.
			src = t.actorsOf(subj)
		case subj >= 0 && c.agentlessPassive(t, tr):
			// "their positions were targeted in Haas": force named by an act
			// of force, with no agent (agentless.go); those it was aimed at
			// are the target, or the place or victims placeTarget finds
			return nil, t.actorsOf(subj)
		default:
			return nil, nil
		}
	} else if subj >= 0 {
		src = t.actorsOf(subj)
		if h := t.hedgedOwner(subj); h >= 0 && !c.opts.PhraseWords && c.weaponOrForce(t.lemma[subj], t.upper[subj]) {
			// "fighter jets also believed to be Russian struck the town": what
			// the sentence says of the weapon's owner, not whose the document's
			// jets most often are
			if a := t.believedNation(h); len(a) > 0 {
				src = a // "believed to be Russian or Syrian": each nation's military
			} else if a := t.actorsOf(h); len(a) > 0 {
				src = a
			}
		}
		if len(src) == 0 {
			src = c.eventParties(t, subj)
		}
		if len(src) == 0 && !c.opts.PhraseWords && (c.weaponOrForce(t.lemma[subj], t.upper[subj]) || c.eventNoun(t, subj)) {
			// "a rocket fired by terrorists hit the school", "a shell belonging
			// to opposition forces struck a school": the weapon's user; "the
			// bombing carried out by the coalition targeted the village": the
			// act's agent
			if a := t.carriedOutBy(subj); a >= 0 {
				src = t.actorsOf(a)
			}
		}
		if len(src) == 0 && t.toks[subj].UPOS == "PRON" {
			src = t.speaker(i)
			if len(src) == 0 {
				src = t.earlierSubject(subj)
			}
		}
	}
	if len(tgt) > 0 {
		return src, tgt
	}
	// "the US plans to reduce its military footprint in Syria": the source's own
	// "its" is no participant; the other one is looked for further on.
	if tr.target >= 0 && !(c.partnered(tr.code) && t.caseOf(tr.target) == "AGAINST") && !c.eventNoun(t, tr.target) {
		a := t.actorsOf(tr.target)
		own := !c.opts.PhraseWords && strings.HasPrefix(tr.code, "043") && len(a) > 0 && t.actorObject(i, src, c) && !slices.ContainsFunc(a, func(m int) bool {
			return !slices.ContainsFunc(src, func(s int) bool { return sameActor(t.ms[s].Code, t.ms[m].Code) })
		})
		placePreps := []string{"AT", "IN"}
		if strings.HasPrefix(tr.code, "04") && !c.opts.PhraseWords {
			placePreps = append(placePreps, "TO") // "welcomed al-Sharaa to the Elysee Palace"
		}
		if o := c.others(t, a, src); !own && (len(o) > 0 || len(a) == 0 && !(inList(t.caseOf(tr.target), placePreps...) && t.actorObject(i, src, c))) {
			// (the host's own place of a visit, "welcomed al-Sharaa to the
			// White House", leaves the target to an actor object too, whether
			// the place is an actor or not)
			// (a place the pattern points at, "met X at the White House", leaves
			// the target to an actor object; other phrases naming nobody were
			// measured falling through too: on FA-KES every event that added was
			// wrong)
			return src, o
		}
	}
	if (strings.HasPrefix(tr.code, "192") || strings.HasPrefix(tr.code, "080") && inList(t.lemma[i], handOverVerbs...) ||
		strings.HasPrefix(tr.code, "0841") && !inList(t.lemma[i], "RELEASE", "FREE")) && !c.opts.PhraseWords {
		// "recaptured Raqqa from the SDF": territory is taken from a party, and
		// the party, not the place's country, is the target; the parser may
		// hang the phrase inside the object ("took control of the Tishreen dam
		// from the SDF"). What is yielded goes "to" a party, hung there too
		// ("handed over control of the al-Hol camp to the Syrian government").
		// (detainees moved "to" a state go into its custody: "moved 5,700
		// ISIS detainees from Syria to Iraq"; the detainees are what is moved)
		prep := "FROM"
		if !strings.HasPrefix(tr.code, "192") {
			prep = "TO"
		}
		for _, k := range t.phrasesOf(i, prep) {
			if a := c.others(t, t.actorsOf(k), src); len(a) > 0 {
				return src, a
			}
		}
		if strings.HasPrefix(tr.code, "0841") {
			// "moved detainees from prisons in north-east Syria to Iraq": the
			// parser may hang "to Iraq" inside the "from" phrase
			for _, f := range t.phrasesOf(i, "FROM") {
				for k := range t.toks {
					if k != f && t.rel(k) == "nmod" && t.caseOf(k) == "TO" && t.phraseReaches(f, k) {
						if a := c.others(t, t.actorsOf(k), src); len(a) > 0 {
							return src, a
						}
					}
				}
			}
		}
		if inList(t.lemma[i], clearVerbs...) {
			// "cleared the towns of Daesh": who is driven out
			for _, k := range t.drivenOut(i) {
				if a := c.others(t, t.actorsOf(k), src); len(a) > 0 {
					return src, a
				}
			}
		}
	}
	if strings.HasPrefix(tr.code, "1711") && !c.opts.PhraseWords {
		if a := c.others(t, t.boundFor(i), src); len(a) > 0 {
			return src, a // "intercepted weapons shipments destined for Hezbollah"
		}
	}
	for _, rel := range []string{"obj", "iobj"} {
		if k := t.child(i, rel); k >= 0 && !(inList(t.lemma[i], topicVerbs...) && !c.opts.PhraseWords) &&
			!(strings.HasPrefix(tr.code, "15") && rel == "obj" && inList(t.lemma[i], deployVerbs...) && !c.opts.PhraseWords) {
			// (what a show of force deploys or sends, "deployed troops and PMF
			// fighters to the border", is the force shown, not whom it faces)
			a := c.others(t, t.actorsOf(k), src)
			if !c.opts.PhraseWords {
				// "lifted most U.S. sanctions on Syria": the source's own state
				// modifying the object says whose the thing is; the party is
				// further on (prepTarget reads the object's phrases)
				a = slices.DeleteFunc(a, func(m int) bool { return t.ownModifier(m, k, src) })
			}
			if len(a) > 0 {
				return src, a
			}
		}
	}
	if o := t.child(i, "obj"); o >= 0 && !c.opts.PhraseWords && judgement(tr.code) && c.eventNoun(t, o) {
		// "Iran criticized the agreement between Washington and Damascus",
		// "welcomed the talks with Ankara": a judgement of an event is a
		// judgement of its parties
		var parties []int
		for _, k := range t.kids[o] {
			if t.rel(k) == "nmod" && inList(t.caseOf(k), "BETWEEN", "WITH", "AMONG") {
				parties = append(parties, t.actorsOf(k)...)
			}
		}
		if a := c.others(t, parties, src); len(a) > 0 {
			return src, a
		}
		if a := c.judgedForce(t, o, src); len(a) > 0 {
			return src, a
		}
	}
	if o := t.child(i, "obj"); o >= 0 && !c.opts.PhraseWords && (judgement(tr.code) || violent(tr.code)) && c.eventNoun(t, o) {
		// "army units repelled an attack launched by ISIS terrorists",
		// "condemned the bombing carried out by the group": what is judged
		// or fought back is the act, and so its agent
		a := t.carriedOutBy(o)
		if a < 0 {
			a = t.nounAgent(o)
		}
		if a >= 0 {
			if a := c.others(t, t.actorsOf(a), src); len(a) > 0 {
				return src, a
			}
		}
	}
	if c.opts.PhraseWords {
		// PETRARCH-1 takes the first actor after the verb, in whatever phrase
		if tgt := t.firstActorAfter(i, subj); len(tgt) > 0 {
			return src, tgt
		}
	}
	tgt = c.prepTarget(t, i, c.partnered(tr.code), src)
	if len(tgt) == 0 && !c.opts.PhraseWords && strings.HasPrefix(tr.code, "04") {
		tgt = c.others(t, t.callPartner(i), src)
	}
	if len(tgt) == 0 && !c.opts.PhraseWords {
		tgt = clauseAddressee(t, i, tr.code, src, c)
	}
	if len(tgt) == 0 && !c.opts.PhraseWords {
		tgt = c.calledForTarget(t, i, src)
	}
	if len(tgt) > 0 || !c.opts.PhraseWords {
		return src, tgt
	}
	// PETRARCH-1 takes the first actor after the verb, however deep: "cordoned off
	// the roads leading into Mordor".
	return src, t.firstActorAfter(i, subj)
}

// callNouns name the line a consultation is held over: "spoke by telephone
// with", "talked in a video call with".
var callNouns = []string{"TELEPHONE", "PHONE", "CALL", "CONVERSATION", "VIDEOCONFERENCE", "VIDEO", "LINK"}

// callPartner returns the party of a "with" phrase that the parser hung on the
// noun of verb i's "by", "in", "over" or "via" phrase of a call rather than on
// the verb: "spoke by telephone with the Kurdistan Region's president".
func (t *tree) callPartner(i int) []int {
	for _, k := range t.kids[i] {
		if t.rel(k) != "obl" || !inList(t.caseOf(k), "BY", "IN", "OVER", "VIA") || !inList(t.lemma[k], callNouns...) {
			continue
		}
		for _, w := range t.kids[k] {
			if t.rel(w) == "nmod" && t.caseOf(w) == "WITH" {
				if a := t.actorsOf(w); len(a) > 0 {
					return a
				}
			}
		}
	}
	return nil
}

// boundFor returns the party that the object of verb i was on its way to:
// "intercepted a shipment of weapons bound for Hezbollah", "seized arms
// destined for the rebels", "a consignment intended for ISIS". Property seized
// on its way is seized from whom it would have gone to.
func (t *tree) boundFor(i int) []int {
	o := t.child(i, "obj")
	if o < 0 {
		return nil
	}
	mods := slices.Clone(t.kids[o])
	for _, k := range t.kids[o] {
		if t.rel(k) == "nmod" && t.caseOf(k) == "OF" {
			mods = append(mods, t.kids[k]...) // "a shipment of weapons bound for"
		}
	}
	for _, v := range mods {
		if t.rel(v) != "acl" && t.rel(v) != "amod" || !inList(t.lemma[v], "DESTINE", "BIND", "BOUND", "INTEND", "HEAD", "EARMARK") {
			continue
		}
		for _, k := range t.kids[v] {
			if t.rel(k) == "obl" && inList(t.caseOf(k), "FOR", "TO") {
				return t.actorsOf(k)
			}
		}
	}
	return nil
}

// calledForTarget returns, for a call (call, press, push, lobby, appeal) whose
// subject is its source and whose "for" phrase names an event noun ("called
// for new sanctions on Turkey", "pressed for strikes against the group"), the
// party that noun's own "on" or "against" phrase names: what is called for
// falls on it. The object's phrases are prepTarget's.
func (c *Coder) calledForTarget(t *tree, i int, src []int) []int {
	if !inList(t.lemma[i], "CALL", "PRESS", "PUSH", "LOBBY", "APPEAL") {
		return nil // ("preparing for an attack on Turkey" is no call)
	}
	if s := t.child(i, "nsubj"); s < 0 || !slices.ContainsFunc(src, func(m int) bool { return m >= 0 && t.dominates(s, t.mentionHead(m)) }) {
		return nil // the caller named as the verb's own subject, not one borrowed
	}
	for _, k := range t.kids[i] {
		if t.rel(k) != "obl" || t.caseOf(k) != "FOR" || !c.eventNoun(t, k) {
			continue
		}
		for _, n := range t.kids[k] {
			if t.rel(n) == "nmod" && inList(t.caseOf(n), "ON", "AGAINST") {
				if a := c.others(t, t.actorsOf(n), src); len(a) > 0 {
					return a
				}
			}
		}
	}
	return nil
}

// actorObject reports whether verb i has a direct object that names an actor other
// than its sources.
func (t *tree) actorObject(i int, src []int, c *Coder) bool {
	k := t.child(i, "obj")
	return k >= 0 && len(c.others(t, t.actorsOf(k), src)) > 0
}

// clauseAddressee is, for aid given or promised (CAMEO 07, 033) with no target,
// the object of its purpose infinitive; for a demand, a complaint or a threat
// (CAMEO 10, 11, 13) with no object, the subject of its that-clause: "Turkey demanded that Russia stop
// the strikes", "Israel warned that Syria would pay a price"; for a threat, also
// the subject of the condition of what it threatens ("threatened to intervene if
// the SDF did not withdraw"). The clause says what
// the party addressed is to do or will suffer; the source's own "it" is no
// addressee ("warned that it would respond").
func clauseAddressee(t *tree, i int, code string, src []int, c *Coder) []int {
	if strings.HasPrefix(code, "033") || strings.HasPrefix(code, "07") {
		// "pledged $500 million in aid to rebuild Syria", "sent supplies to
		// help the Syrian government": aid given or promised for a purpose
		// is for the party the purpose names
		for _, k := range t.kids[i] {
			// (help takes a bare infinitive too: "offered to help rebuild Syria")
			marked := t.hasWord(k, []string{"mark"}, "TO") || t.lemma[i] == "HELP" && t.rel(k) == "xcomp" && t.toks[k].XPOS == "VB"
			if !inList(t.rel(k), "advcl", "xcomp") || !marked || !inList(t.lemma[k], aidPurposes...) {
				continue // ("to contain Hezbollah", "to defeat the Islamic State": no aid to them)
			}
			if o := t.child(k, "obj"); o >= 0 {
				return c.others(t, t.actorsOf(o), src)
			}
		}
		return nil
	}
	if len(code) < 2 || !inList(code[:2], "02", "10", "11", "13") {
		return nil
	}
	if code[:2] == "02" && !inList(t.lemma[i], askVerbs...) && !inList(t.lemma[i], mandVerbs...) {
		return nil
	}
	for _, k := range t.kids[i] {
		if t.rel(k) != "ccomp" || code[:2] == "02" && (!t.mandative(k) && !t.baseForm(k) || t.question(k)) {
			// (an appeal's clause in the base form asks its subject to act:
			// "demanded that Israel withdraw", whatever tense the tagger gives
			// the form; "suggests the opposition were responsible" asks nobody)
			continue
		}
		if s, _ := t.subject(k); s >= 0 {
			o := c.others(t, t.actorsOf(s), src)
			if !strings.HasPrefix(code, "13") {
				return o
			}
			// a threat of one's own act ("warned that it would reimpose
			// sanctions if …") is made against the condition's party
			o = slices.DeleteFunc(o, func(m int) bool {
				return slices.ContainsFunc(src, func(x int) bool { return t.ms[x].Code == t.ms[m].Code })
			})
			if len(o) > 0 {
				return o
			}
		}
	}
	if strings.HasPrefix(code, "13") {
		// "threatened to intervene militarily if the SDF did not withdraw",
		// "warned that sanctions could return if Damascus fails to protect
		// minorities": the threat's condition names whom it is made against
		for _, x := range t.kids[i] {
			if !inList(t.rel(x), "xcomp", "ccomp") {
				continue
			}
			if o := t.child(x, "obj"); o >= 0 && (t.rel(x) == "xcomp" || len(t.actorsOf(o)) > 0) {
				continue // ("threatened to strike Syria if Iran did not withdraw": Syria is the target)
			}
			for _, k := range append([]int{x}, t.kids[x]...) {
				for _, a := range t.kids[k] {
					if t.rel(a) != "advcl" || !t.hasWord(a, []string{"mark"}, "IF", "UNLESS") {
						continue
					}
					if s, passive := t.subject(a); s >= 0 && !passive {
						if o := c.others(t, t.actorsOf(s), src); len(o) > 0 {
							return o
						}
					}
				}
			}
		}
	}
	return nil
}

// question reports whether the clause headed by k is an indirect question
// ("asked why Russia hit the convoy", "whether Russia put troops"): it asks
// about its subject, not of it.
func (t *tree) question(k int) bool {
	for _, c := range t.kids[k] {
		if t.rel(c) == "mark" && inList(t.upper[c], "IF", "WHETHER") || inList(t.toks[c].XPOS, "WRB", "WP", "WDT") {
			return true
		}
	}
	return false
}

// baseForm reports whether the clause headed by k has its verb in the base
// form ("that Israel withdraw", "that the talks be held"), by the word
// itself: the tagger reads "withdraw" after a past verb as past tense.
func (t *tree) baseForm(k int) bool {
	if c := t.child(k, "cop"); c >= 0 {
		return t.upper[c] == "BE"
	}
	return t.toks[k].UPOS == "VERB" && strings.EqualFold(t.toks[k].Text, t.toks[k].Lemma)
}

// firstActorAfter returns the first mention inside i's subtree that follows i and
// lies outside the subject's subtree.
func (t *tree) firstActorAfter(i, subj int) []int {
	for k := i + 1; k < len(t.toks); k++ {
		m := t.actor[k]
		if m < 0 || !t.dominates(i, k) || subj >= 0 && t.dominates(subj, k) || t.inClause(i, k) {
			continue
		}
		// the phrase's head, so that its conjuncts come too
		h := k
		for t.head[h] >= 0 && t.actor[t.head[h]] == m {
			h = t.head[h]
		}
		if a := t.actorsOf(h); len(a) > 0 {
			return a
		}
		return []int{m}
	}
	return nil
}

// inClause reports whether k lies in an adverbial clause or parenthetical of i
// ("after a hafling was reported on the pass of Cirith Ungol").
func (t *tree) inClause(i, k int) bool {
	for steps := 0; k >= 0 && k != i && steps <= len(t.toks); steps++ {
		if r := t.rel(k); r == "advcl" || r == "parataxis" {
			return true
		}
		k = t.head[k]
	}
	return false
}

// dominates reports whether a is k or one of its ancestors.
func (t *tree) dominates(a, k int) bool {
	for steps := 0; k >= 0 && steps <= len(t.toks); steps++ {
		if k == a {
			return true
		}
		k = t.head[k]
	}
	return false
}

// prepTarget finds the target among the prepositional phrases of i and of its
// object; the source's own possessive ("cooperation with its partners") is none.
func (c *Coder) prepTarget(t *tree, i int, coop bool, src []int) []int {
	type cand struct {
		rank int
		tok  int
	}
	best := cand{rank: len(targetPreps)}
	look := func(h int) {
		for _, k := range t.kids[h] {
			if r := t.rel(k); r != "obl" && r != "nmod" {
				continue
			}
			p := t.caseOf(k)
			if inList(p, sourcePreps...) {
				// "according to SANA": who reports the event, not whom it hit
				continue
			}
			if inList(t.lemma[k], normNouns...) {
				continue
			}
			if !coop && inList(t.lemma[k], supportNouns...) {
				// "recaptured the city with support from Russian air strikes":
				// who helps is an ally, not the target
				continue
			}
			if inList(p, "IN", "BEFORE") && courtsOf(t, t.actorsOf(k), src) {
				// "would prosecute the detainees in Iraqi courts": the source's
				// own courts are where it acts, not whom it acts on
				continue
			}
			if !coop && t.companion(h, k) {
				// "conducted the raid in coordination with Syrian forces",
				// "attacked the town together with rebels": an ally too
				continue
			}
			if coop && inList(p, notPartner...) {
				// cooperation against X is against a common enemy, and talks
				// about X are about a topic: neither is the partner
				continue
			}
			// "led to the destruction of X": an event is not a participant, though
			// one may be named inside it ("engage in dialogue with Washington")
			ev := c.eventNoun(t, k)
			for r, want := range targetPreps {
				if !prepMatches(p, want) || r >= best.rank {
					continue
				}
				if !ev && len(c.others(t, t.actorsOf(k), src)) > 0 {
					best = cand{r, k}
				} else if n := t.actorNmod(k); n >= 0 && (!ev || inList(t.caseOf(n), "WITH", "BETWEEN", "AMONG")) && !(coop && inList(t.caseOf(n), notPartner...)) {
					// "on the borders with Syria", "in dialogue with Washington";
					// but "cooperation in the campaign against X" names the
					// common enemy one phrase down, as "cooperation against X"
					// does on the noun (a parser that hangs "against X" on
					// "campaign" rather than on the verb brings it here)
					best = cand{r, n}
				}
			}
		}
	}
	look(i)
	for _, k := range t.kids[i] {
		// "provided 2.5 billion euros in aid to Syria", the "in aid" phrase
		// hung on the verb: the recipient hangs on the aid noun
		if t.rel(k) == "obl" && t.caseOf(k) == "IN" && inList(t.lemma[k], "AID", "ASSISTANCE", "FUNDING", "LOAN", "GRANT") {
			look(k)
		}
	}
	if o := t.child(i, "obj"); o >= 0 {
		look(o)
		// "pledged 500 million dollars in aid to Syria": the recipient hangs on the
		// object's "in" noun. (Its "of" noun too was measured: on FA-KES half the
		// events it added were wrong.)
		for _, k := range t.kids[o] {
			if t.rel(k) == "nmod" && t.caseOf(k) == "IN" {
				look(k)
			}
		}
	}
	if best.rank == len(targetPreps) {
		return nil
	}
	return c.others(t, t.actorsOf(best.tok), src)
}

// borderNouns name a border, whose "with" phrase is the country across it.
var borderNouns = []string{"BORDER", "FRONTIER", "BOUNDARY"}

// acrossBorder reports whether token x lies, within the phrase headed by k, in the
// "with" phrase of a border noun: "on Syria's border with Turkey", "a village near
// the border with Israel".
func (t *tree) acrossBorder(x, k int) bool {
	for steps := 0; x >= 0 && x != k && steps < 8; steps++ {
		h := t.head[x]
		if h >= 0 && t.caseOf(x) == "WITH" && inList(t.lemma[h], borderNouns...) {
			return true
		}
		x = h
	}
	return false
}

// others drops from ms the mentions that are the source itself under another
// name: a possessive or reflexive pronoun ("its", "their", "his" as nmod:poss;
// "itself") resolved to a source's actor. Such a word is part of the source's own
// phrase ("reduce its military footprint"), not a participant, and as a target it
// would turn the event into the source acting on itself, which is dropped. A
// possessive naming someone else stays ("shelled their positions"). PETRARCH-1's
// reading (PhraseWords) knows no coreference and is left as it is.
func (c *Coder) others(t *tree, ms, src []int) []int {
	if c.opts.PhraseWords || len(src) == 0 {
		return ms
	}
	var out []int
	for _, m := range ms {
		if !t.selfPronoun(m, src) {
			out = append(out, m)
		}
	}
	return out
}

// ownModifier reports whether mention m modifies the noun k (a compound, an
// adjective or a possessive of it, not its head) and names one of src or its
// state (sameActor), the source being a state or its organ: "U.S. sanctions"
// after a U.S. source; "their positions" after another part of the state is
// someone else's.
func (t *tree) ownModifier(m, k int, src []int) bool {
	h := t.mentionHead(m)
	if h < 0 || h == k || t.head[h] != k || !inList(t.rel(h), "compound", "amod") && t.toks[h].DepRel != "nmod:poss" {
		return false
	}
	if !country.Organ(t.ms[m].Code) {
		return false // "Syria shelled rebel positions": the rebels are not Syria's own
	}
	return slices.ContainsFunc(src, func(s int) bool { return country.Organ(t.ms[s].Code) && sameActor(t.ms[s].Code, t.ms[m].Code) })
}

// selfPronoun reports whether mention m is a possessive or reflexive pronoun with
// the code of one of src, as pairs in events drop it (sameActor).
func (t *tree) selfPronoun(m int, src []int) bool {
	mm := t.ms[m]
	if mm.Rule == "coref:possessive" {
		// "Russia built up its forces in Syria": the organ its "its" names
		// is the source's own, as "its" is
		for _, s := range src {
			if s != m && sameActor(t.ms[s].Code, mm.Code) {
				return true
			}
		}
		return false
	}
	if mm.End-mm.Start != 1 || mm.Start < 0 || mm.Start >= len(t.toks) {
		return false
	}
	k := mm.Start
	tok := t.toks[k]
	poss := tok.DepRel == "nmod:poss" || tok.DepRel == "det:poss" || tok.XPOS == "PRP$"
	refl := strings.HasSuffix(t.upper[k], "SELF") || strings.HasSuffix(t.upper[k], "SELVES")
	if tok.UPOS != "PRON" && tok.UPOS != "DET" || !poss && !refl {
		return false
	}
	for _, s := range src {
		if s != m && sameActor(t.ms[s].Code, mm.Code) {
			return true
		}
	}
	return false
}

// nounRoles finds who did what to whom for an event noun: "Israeli strikes on
// Damascus", "the warning of the Iraqi Foreign Minister to European countries",
// "clashes between SDF units and government forces", or, through the verb that governs
// it, "Iraqi officials began negotiations with American officials".
func (c *Coder) nounRoles(t *tree, tr *trigger) (src, tgt []int) {
	i := tr.tok
	if s, g, ok := c.drawnReaction(t, tr); ok {
		return s, g
	}
	// "between X and Y": both sides named by the noun itself, or by the verb that
	// says it happened ("clashes broke out between X and Y", the parser hanging
	// the phrase on "broke")
	between := t.kids[i]
	if h := t.head[i]; h >= 0 && t.rel(i) == "nsubj" && (inList(t.lemma[h], aspectual...) || occurrence(t, h)) {
		between = append(slices.Clone(between), t.kids[h]...)
	}
	for _, k := range between {
		if r := t.rel(k); (r == "nmod" || r == "obl") && inList(t.caseOf(k), "BETWEEN", "AMONG") {
			sides := t.actorsOf(k)
			if len(sides) >= 2 {
				tr.mutual = len(sides) == 2 && (inList(t.lemma[i], reciprocal...) || inList(t.upper[i], reciprocal...))
				return sides[:1], sides[1:]
			}
		}
	}
	var of int = -1
	var broker []int
	for _, k := range t.kids[i] {
		switch {
		case (t.rel(k) == "amod" || t.rel(k) == "compound") && t.toks[k].XPOS == "VBN" && inList(t.lemma[k], backerVerbs...):
			// "a U.S.-backed offensive", "US-brokered negotiations with
			// Damascus": the name is the participle's agent, who backs or
			// brokers the act, not a party to it (as modifierActors reads it);
			// a broker of talks or a deal mediates them
			if inList(t.lemma[k], mediateVerbs...) && !violent(tr.code) {
				broker = t.actorOrModifiers(k)
			}
		case t.toks[k].DepRel == "nmod:poss" || t.rel(k) == "amod" || t.rel(k) == "compound":
			a := t.actorOrModifiers(k)
			if t.actor[k] >= 0 {
				a = t.actorsOf(k) // with its conjuncts: "Russian and Syrian strikes"
			}
			named := len(src) > 0 // (by an earlier modifier, not by this one's conjuncts: "US and UK strikes")
			for _, m := range a {
				if violent(tr.code) && t.placeMention(m) {
					continue // "Idleb strikes", "Aleppo shelling": a town's name says where, not who
				}
				if strings.HasPrefix(tr.code, "18") && t.ms[m].Rule == "metonymy" {
					continue // "the central Damascus blast": a bombing's capital is where, not the government
				}
				if named && violent(tr.code) && t.toks[k].UPOS == "PROPN" && len(t.ms[m].Code) == 3 {
					// "Russian Syria air strikes": once an agent is named, a
					// country's name before the noun says where (countryNameModifier)
					continue
				}
				if !slices.Contains(src, m) {
					src = append(src, m) // every modifier that names one: "Russian and Syrian regime air raids"
				}
			}
		case t.rel(k) == "nmod" && t.caseOf(k) == "OF":
			of = k
		case t.rel(k) == "nmod" && t.caseOf(k) == "BY":
			if a := t.actorsOf(k); len(a) > 0 {
				src = a
			}
		case t.rel(k) == "nmod" && t.caseOf(k) == "FROM" && violent(tr.code) && t.rel(i) == "obl" && t.caseOf(i) == "UNDER":
			// "came under attack from Turkish troops": who attacks
			if a := t.actorsOf(k); len(a) > 0 && len(src) == 0 {
				src = a
			}
		}
	}
	if len(src) == 0 && len(broker) > 0 {
		src, tr.brokered = broker, true
	}
	if a := t.carriedOutBy(i); a >= 0 && len(src) == 0 {
		src = t.actorsOf(a) // "the strikes conducted by Russian jets on X"
	}
	if a := t.underAttackBy(i); a >= 0 && len(src) == 0 {
		src = t.actorsOf(a) // "the town came under shelling by government forces"
	}
	if len(src) > 0 && t.rel(i) == "obl" && t.caseOf(i) == "UNDER" && t.lemma[i] == "ATTACK" && wordsOnly(t, src) {
		src = nil // "the government came under attack from the opposition": criticism
	}
	if len(src) > 0 && violent(tr.code) && t.rel(i) == "obl" && t.caseOf(i) == "UNDER" {
		// "Kurdish fighters came under attack from Turkish troops": who came
		// under it is what was attacked
		if s, passive := t.subject(t.head[i]); s >= 0 && !passive {
			tgt = t.actorsOf(s)
		}
	}
	if d := t.halted(tr); d >= 0 && len(src) == 0 && t.toks[d].UPOS == "VERB" {
		// "Russia and the regime reduced air raids": who lessens its force
		if s, passive := t.subject(d); s >= 0 && !passive {
			src = t.actorsOf(s)
		}
	}
	if of >= 0 {
		if tr.ofRole == '+' {
			tgt = t.actorsOf(of)
		} else if len(src) == 0 {
			src = t.actorsOf(of)
		}
	}
	if len(tgt) == 0 && tr.target >= 0 && !(c.partnered(tr.code) && t.caseOf(tr.target) == "AGAINST") {
		tgt = t.actorsOf(tr.target)
	}
	if len(tgt) == 0 && violent(tr.code) {
		// "an Islamic State leader was killed in a US raid": who the passive
		// says was harmed is the target of the force that harmed them ("killed
		// by Turkish fire" is the killing's own agent: one event, the verb's)
		if s := t.harmedIn(i); s >= 0 {
			tgt = t.actorsOf(s)
		}
		if len(src) == 0 && len(tgt) > 0 && (inList(t.lemma[i], reciprocal...) || inList(t.upper[i], reciprocal...)) {
			// "rebels were killed in clashes with regime troops": the other
			// side of the clash is who killed them
			for _, k := range t.kids[i] {
				if t.rel(k) == "nmod" && t.caseOf(k) == "WITH" {
					src = c.others(t, t.actorsOf(k), tgt)
					break
				}
			}
		}
	}
	if len(tgt) == 0 {
		tgt = c.prepTarget(t, i, c.partnered(tr.code), src)
	}
	if len(tgt) == 0 {
		tgt = c.partnerTarget(t, i, src)
	}
	if len(tgt) == 0 && strings.HasPrefix(tr.code, "11") {
		// "accusations that Turkey was supporting the group": the charge's
		// clause names the accused as its subject
		for k := i + 1; k < len(t.toks) && len(tgt) == 0; k++ {
			if t.chargeOf(k) == i {
				if s, passive := t.subject(k); s >= 0 && !passive && t.head[s] == k {
					tgt = c.others(t, t.actorsOf(s), src)
				}
			}
		}
	}
	if len(tgt) == 0 && t.responsible(i) >= 0 {
		// "claimed responsibility for the attack on X" with "on X" hung on the
		// claim (context reads it the same way)
		for _, k := range t.claimVerbPhrases(i) {
			if a := t.actorsOf(k); len(a) > 0 {
				tgt = a
				break
			}
		}
	}
	if len(tgt) == 0 && of >= 0 && len(t.actorsOf(of)) == 0 && !c.coop(tr.code) {
		// "a barrage of rockets on the city": the "of" noun names what was
		// fired, and where it fell may hang on it rather than on the event
		tgt = c.prepTarget(t, of, false, src)
	}
	// Climb to the governing predicate for what the noun leaves unsaid: "engaged in
	// operations", "a new phase of cooperation", "reported cooperation with".
	h, steps := i, 0
	for len(src) == 0 && steps < 4 {
		steps++
		r := t.rel(h)
		p := t.head[h]
		if p < 0 {
			break
		}
		if h == i && t.caseOf(h) == "IN" && inList(t.lemma[h], partnerNouns...) {
			// "U.S. forces conducted the raid in coordination with Syrian
			// forces": who acts in coordination is the agent of the act it
			// qualifies, the verb's or its object's
			if a := t.actorsOf(p); len(a) > 0 {
				// "army units in cooperation with allied forces advanced"
				src = a
				break
			}
			v := p
			if t.toks[v].UPOS != "VERB" && inList(t.rel(v), "obj", "obl") {
				v = t.head[v]
			}
			if v >= 0 && t.toks[v].UPOS == "VERB" {
				if s, passive := t.subject(v); s >= 0 && !passive {
					src = t.actorsOf(s)
				} else if a := t.agentPhrase(v); a >= 0 {
					src = t.actorsOf(a)
				}
			}
			break
		}
		if r == "obl" && (inList(t.caseOf(h), adjunctPreps...) || inList(t.caseOf(h), "IN", "OVER") && inList(t.lemma[h], callNouns...)) &&
			c.cooperative(tr.code) && (t.toks[p].UPOS == "VERB" || t.toks[p].UPOS == "AUX") {
			// "The two leaders announced a deal after talks at the palace", "during
			// a visit to Cairo, the minister said": those who act in the clause took
			// part in the meeting, talks or visit it is timed by; so do those who
			// speak "in a telephone call with" someone. Not for attacks
			// ("after the attack, the army withdrew": who attacked is not said), and
			// the clause's own target is not the meeting's.
			if s, _ := t.subject(p); s >= 0 && s != h {
				src = t.actorsOf(s)
				tr.adjunct = p
			}
			break
		}
		if r == "obl" && t.caseOf(h) == "WITH" && (inList(t.lemma[p], responseVerbs...) || t.lemma[p] == "HIT" && t.hasWord(p, []string{"compound:prt", "advmod"}, "BACK")) {
			// "the US responded with strikes on IS targets", "retaliated with
			// shelling": who responds carries out the response
			if s, passive := t.subject(p); s >= 0 && !passive {
				src = t.actorsOf(s)
			}
			break
		}
		if r == "obl" && !inList(t.caseOf(h), "IN", "INTO", "TO", "TOWARD", "TOWARDS", "ON") {
			// "engaged in talks", "working toward cooperation" carry the event;
			// "built a framework for cooperation", "despite the collaboration" do not
			break
		}
		switch r {
		case "obj", "obl", "xcomp":
			if t.toks[p].UPOS == "VERB" || t.toks[p].UPOS == "AUX" {
				if !carrier(t, p) {
					// "praised its cooperation", "marking a development in their
					// cooperation": the verb's subject is not the event's party;
					// but an event that brings this one about shares its parties
					// ("cooperation ... led to the destruction of")
					if s, _ := t.subject(p); s >= 0 && c.eventNoun(t, s) {
						src = c.eventParties(t, s)
					}
					steps = 4
					break
				}
				if s, passive := t.subject(p); s >= 0 && !passive {
					src = t.actorsOf(s)
					if len(src) == 0 {
						src = c.eventParties(t, s)
					}
				}
				if len(tgt) == 0 {
					tgt = c.prepTarget(t, p, c.partnered(tr.code), src)
				}
			}
			h = p
		case "nmod", "conj":
			if a := t.responsible(h); a >= 0 {
				// "IS claimed responsibility for the bombing": who claims (or
				// denies, or is said to bear) it names the one who did it
				src = t.actorsOf(a)
				steps = 4
				break
			}
			if t.rel(h) == "nmod" && t.caseOf(h) != "OF" || t.rel(h) == "conj" && t.toks[p].UPOS != "NOUN" && t.toks[p].UPOS != "PROPN" {
				// "a phase of cooperation" is the cooperation; "a framework for
				// cooperation" is not
				steps = 4
				break
			}
			h = p
			if a := t.actorOrModifiers(p); len(a) > 0 {
				src = a
			}
		case "nsubj":
			// "cooperation ... led to", "clashes persist": nothing more to learn.
			steps = 4
		default:
			steps = 4
		}
	}
	return src, tgt
}

// wordsOnly reports whether every actor of src is of a sector that attacks
// with words (parties, parliaments, media, NGOs, unions); not the opposition
// or elites, which in a civil war's reports are often armed or command arms.
func wordsOnly(t *tree, src []int) bool {
	for _, m := range src {
		code := t.ms[m].Code
		if len(code) <= 3 || !hasSector(code[3:], "PTY", "LEG", "MED", "NGO", "HRI", "EDU", "LAB", "CVL", "JUD", "BUS") {
			return false // (after the country: a bare "NGO" is no sector)
		}
	}
	return true
}

// injuryVerbs report harm done to their object (or passive subject).
var injuryVerbs = []string{"KILL", "WOUND", "INJURE", "DESTROY", "HIT", "DAMAGE", "TARGET", "STRIKE", "ELIMINATE"}

// forceOfHarm returns, for noun i, a strike or fire its modifiers and phrases
// left uncoded, in the "in" or "during" phrase of a verb of harm ("killed in
// US-led coalition strikes", "wounded in an Israeli strike", "killed in rebel
// fire"), the force it is: a strike that kills is force from the air as news
// uses the word (195), not a stoppage of work, and fire that kills is fire
// from weapons (190). "" for other nouns. (A blaze that kills has no agent:
// the noun's event needs one.)
func (t *tree) forceOfHarm(i int) string {
	code := ""
	switch {
	case t.lemma[i] == "STRIKE" || t.upper[i] == "STRIKES":
		if t.caseOf(i) != "IN" && len(t.actorOrModifiers(i)) == 0 || t.hasWord(i, []string{"amod", "compound"}, "GENERAL", "HUNGER", "LABOUR", "LABOR", "WORKERS", "NATIONWIDE") {
			// "killed during a general strike", "hit during a strike at the
			// refinery": a stoppage of work ("during the army strikes" is
			// the army's)
			return ""
		}
		code = "195"
	case t.lemma[i] == "FIRE":
		code = "190"
	default:
		return ""
	}
	if t.harmVerb(i) >= 0 {
		return code
	}
	return ""
}

// harmVerb returns the verb of harm whose "in" or "during" phrase noun i is
// ("killed in a US raid", "wounded during shelling"), or -1.
func (t *tree) harmVerb(i int) int {
	h := t.head[i]
	if h < 0 || t.rel(i) != "obl" || !inList(t.caseOf(i), "IN", "DURING") || !inList(t.lemma[h], injuryVerbs...) {
		return -1
	}
	return h
}

// harmedIn returns the passive subject of harmVerb(i), whom the force noun i
// harmed ("an Islamic State leader was killed in a US raid"), or -1.
func (t *tree) harmedIn(i int) int {
	if h := t.harmVerb(i); h >= 0 {
		if s, passive := t.subject(h); passive && s >= 0 {
			return s
		}
	}
	return -1
}

// haltVerbs stop or lessen the act their object names, and haltNouns the act
// their "to", "of" or "in" phrase names: force so named is de-escalation (087).
var (
	haltVerbs = []string{"HALT", "STOP", "SUSPEND", "REDUCE", "CEASE", "END", "PAUSE", "FREEZE", "CURB", "DECREASE", "LESSEN"}
	haltNouns = []string{"HALT", "PAUSE", "END", "REDUCTION", "SUSPENSION", "CESSATION", "FREEZE", "LULL", "DECREASE"}
)

// halted returns the verb (haltVerbs) or noun (haltNouns) that stops or lessens
// the event noun of trigger tr ("halted its air strikes", "a halt to the
// bombing", "a reduction in air raids"), or -1.
func (t *tree) halted(tr *trigger) int {
	if !tr.noun {
		return -1
	}
	i := tr.tok
	h := t.head[i]
	if h < 0 {
		return -1
	}
	switch {
	case t.rel(i) == "obj" && t.toks[h].UPOS == "VERB" && inList(t.lemma[h], haltVerbs...):
		return h
	case t.rel(i) == "nmod" && inList(t.caseOf(i), "TO", "OF", "IN") && t.toks[h].UPOS == "NOUN" && inList(t.lemma[h], haltNouns...):
		return h
	}
	return -1
}

// executeVerbs carry out an act: their agent is the act's.
var executeVerbs = append(slices.Clone(performVerbs), "LEAD", "ORCHESTRATE", "UNLEASH", "SPEARHEAD",
	// and those that deliver a weapon: "a roadside bomb planted by ISIS", "a
	// rocket fired by terrorists", "barrel bombs dropped by regime helicopters"
	"PLANT", "DETONATE", "FIRE", "DROP", "LOB")

// carriedOutBy returns the agent phrase of a participle of a verb of carrying out
// that modifies the event noun k ("strikes led by the coalition", "the raid
// carried out by US forces", "attacks launched by the group"), or the owner of a
// weapon "belonging to" one, or -1. Not of the light verbs at large: "territory
// held by the group" names who holds it. The same verb in the passive with the
// noun its subject says it as well: "the raids were carried out by Syrian
// warplanes", "the bomb was planted by ISIS".
func (t *tree) carriedOutBy(k int) int {
	if a := t.hedgedOwner(k); a >= 0 {
		return a
	}
	if h := t.head[k]; h >= 0 && t.toks[k].DepRel == "nsubj:pass" && t.toks[h].XPOS == "VBN" && inList(t.lemma[h], executeVerbs...) {
		if a := t.agentPhrase(h); a >= 0 {
			return a
		}
	}
	for _, v := range t.kids[k] {
		if t.rel(v) == "acl" && t.lemma[v] == "BELONG" {
			if o := t.belongsTo(v); o >= 0 {
				return o // "a shell belonging to opposition forces": its owner used it
			}
		}
		if t.rel(v) != "acl" || t.toks[v].XPOS != "VBN" || !inList(t.lemma[v], executeVerbs...) {
			continue
		}
		if a := t.agentPhrase(v); a >= 0 {
			return a
		}
	}
	return -1
}

// belongsTo returns the "to" phrase of verb v ("belonging to opposition
// forces", "thought to belong to the government"): whose the thing is; or -1.
func (t *tree) belongsTo(v int) int {
	for _, o := range t.kids[v] {
		if t.rel(o) == "obl" && t.caseOf(o) == "TO" {
			return o
		}
	}
	return -1
}

// believedNation returns, for the predicate adjective a of a hedge on a weapon
// or a force ("jets believed to be Russian", "raids thought to be Syrian"), a
// mention of that nation's military, as "Russian jets" is (the actor overlay's
// platforms); nil if a is no demonym.
func (t *tree) believedNation(a int) []int {
	if t.demonym == nil || t.toks[a].UPOS != "ADJ" {
		return nil
	}
	var out []int
	for _, x := range append([]int{a}, t.kids[a]...) {
		if x != a && (t.rel(x) != "conj" || t.toks[x].UPOS != "ADJ") {
			continue // "Russian or Syrian": each conjunct
		}
		cc, ok := t.demonym(t.toks[x].Text)
		if !ok || cc == "" {
			continue
		}
		out = append(out, t.addMention(x, x+1, cc+"MIL", t.toks[x].Text, "hedged-demonym"))
	}
	return out
}

// hedgedOwner returns, for noun k qualified by a hedge (hedgeVerbs, as rehedge
// leaves it), what the hedge says the noun is or whose: "jets believed to be
// Russian" (the adjective), "planes thought to be from the coalition", "raids
// suspected to be by regime jets", "jets thought to belong to the government",
// "the attack believed to have been carried out by regime jets"; or -1.
func (t *tree) hedgedOwner(k int) int {
	for _, v := range t.kids[k] {
		if t.rel(v) != "acl" || !inList(t.lemma[v], hedgeVerbs...) {
			continue
		}
		if x := t.child(v, "xcomp"); x >= 0 {
			if t.lemma[x] == "BELONG" {
				if o := t.belongsTo(x); o >= 0 {
					return o
				}
			} else if inList(t.lemma[x], executeVerbs...) && t.agentPhrase(x) >= 0 {
				return t.agentPhrase(x) // "believed to have been carried out by regime jets"
			} else if t.child(x, "cop") >= 0 && (t.toks[x].UPOS == "ADJ" || inList(t.caseOf(x), "FROM", "BY")) {
				return x
			}
		}
	}
	return -1
}

// underAttackBy returns, for force noun k in the "under" phrase of a verb
// ("the town came under shelling by government forces", "the convoy came
// under attack from militants"), the verb's "by" or "from" phrase, which the
// parser hangs on the verb though it names who attacks; or -1.
func (t *tree) underAttackBy(k int) int {
	h := t.head[k]
	if h < 0 || t.rel(k) != "obl" || t.caseOf(k) != "UNDER" {
		return -1
	}
	if a := t.agentPhrase(h); a >= 0 {
		return a
	}
	for _, v := range t.kids[h] {
		if t.rel(v) == "obl" && t.caseOf(v) == "FROM" {
			return v
		}
	}
	return -1
}

// inquiryWords name an investigation.
var inquiryWords = []string{"INVESTIGATE", "INVESTIGATION", "PROBE", "INQUIRY", "ENQUIRY"}

// alone reports whether an event of code, which its type says needs a target,
// may be reported without one: force named by its means (standsAlone), an
// inquiry or an appeal by its very word.
func (c *Coder) alone(t *tree, tr *trigger, code string) bool {
	return c.standsAlone(code) || inquiry(t, tr, code) || appeal(t, tr, code) || seizure(t, tr, code)
}

// seizure reports whether trigger tr takes ground (192) as an event, which
// news tells whether or not it names whose the ground was: "the SDF had
// seized the silos", "the army units took control of al-Karima town". A
// standing occupation is no event ("the five hills it still occupies",
// "positions they have occupied since December"), and "take part" takes
// nothing.
func seizure(t *tree, tr *trigger, code string) bool {
	i := tr.tok
	if !strings.HasPrefix(code, "192") || tr.noun || t.toks[i].UPOS != "VERB" || inList(t.toks[i].XPOS, "VBZ", "VBP", "VBG") {
		return false
	}
	if o := t.child(i, "obj"); o >= 0 && t.lemma[o] == "PART" {
		return false
	}
	perfect := false
	for _, k := range t.kids[i] {
		if t.rel(k) == "aux" && inList(t.upper[k], "HAVE", "HAS") {
			perfect = true
		}
	}
	if perfect {
		for _, k := range t.kids[i] {
			if inList(t.rel(k), "obl", "advcl") && (t.caseOf(k) == "SINCE" || t.hasWord(k, []string{"mark"}, "SINCE")) {
				return false
			}
		}
	}
	return true
}

// appeal reports whether trigger tr is an appeal (02x) by its very word ("called
// on the international community to act", "urged all parties to avoid
// escalation", "appealed for help"), which is news whether or not the sentence
// names whom it asks: annotators code it with no target. Verbs the dictionaries
// also give 02x that ask nothing by themselves ("hoped", "suggested",
// "proposed") still need a target.
func appeal(t *tree, tr *trigger, code string) bool {
	i := tr.tok
	if t.lemma[i] == "CALL" && t.toks[i].XPOS == "VBN" && t.rel(i) == "acl" {
		return false // "an operation called the Rage of Euphrates": a name
	}
	if t.lemma[i] == "ASK" && t.child(i, "ccomp") >= 0 {
		return false // "asked whether Russia put troops in Idlib": a question
	}
	return strings.HasPrefix(code, "02") && (inList(t.lemma[i], appealWords...) || inList(t.upper[i], appealWords...))
}

// appealWords ask by their very word (appeal).
var appealWords = []string{"CALL", "CALLS", "URGE", "APPEAL", "APPEALS", "ASK", "REQUEST", "REQUESTS", "PLEAD", "PLEA",
	"IMPLORE", "EXHORT", "PETITION", "SEEK"}

// inquiry reports whether trigger tr opens or conducts an investigation (09x,
// by its very word: "the coalition is investigating", "opened a formal
// investigation", "US probes civilian casualties"), which is news whether or
// not the sentence says whom it looks into. Inspecting damage, checking or
// searching (the same codes in the dictionaries) is not.
func inquiry(t *tree, tr *trigger, code string) bool {
	i := tr.tok
	if !strings.HasPrefix(code, "09") || !inList(t.lemma[i], inquiryWords...) && !inList(t.upper[i], inquiryWords...) {
		return false
	}
	// an inquiry asked for, wanted or owed ("demanded that the United States
	// investigate", "wants the UN to investigate", "the coalition must
	// investigate") is the demand's content, not an inquiry under way
	if h := t.head[i]; h >= 0 && inList(t.rel(i), "ccomp", "xcomp") &&
		(inList(t.lemma[h], askVerbs...) || inList(t.lemma[h], mandVerbs...) || inList(t.lemma[h], intendVerbs...) || inList(t.lemma[h], infObjectControl...)) {
		return false
	}
	return !t.hasWord(i, []string{"aux"}, "MUST", "SHOULD", "OUGHT")
}

// deniedCharge returns, for a verb whose object is a charge that the
// sentence leaves unsaid ("Turkey has denied those accusations", "rejected
// the allegations"), a mention it adds for whoever accused or blamed someone
// in the two sentences before: a denial answers its accuser. None where no
// one did, or only the verb's own source.
func (t *tree) deniedCharge(tr *trigger, src []int) []int {
	if tr.noun || t.earlierCharge == nil || !inList(t.lemma[tr.tok], dismissVerbs...) {
		return nil // ("Iraq echoed the allegations" echoes the accuser, not answers it)
	}
	o := t.child(tr.tok, "obj")
	// ("denied this": the charge just made, as "those accusations" are)
	if o < 0 || o != t.deniedPronoun(tr.tok) && (t.toks[o].UPOS != "NOUN" || !inList(t.lemma[o], chargeNouns...) || len(t.actorsOf(o)) > 0) {
		return nil
	}
	for k := o + 1; k < len(t.toks); k++ {
		if t.chargeOf(k) == o {
			return nil // "denied accusations that it armed them": the clause says whose
		}
	}
	for _, a := range t.earlierCharge() {
		if !slices.ContainsFunc(src, func(m int) bool { return sameActor(t.ms[m].Code, a.Code) }) {
			return t.addReferents([]sitrep.EventActor{a}, o)
		}
	}
	return nil
}

// deniedPronoun returns the demonstrative pronoun that is verb v's only object
// ("denied this", "rejected that"), or -1: what it denies is what the text has
// just said. Not a verb with a second object ("denied them entry").
func (t *tree) deniedPronoun(v int) int {
	o := t.child(v, "obj")
	if o < 0 || t.child(v, "iobj") >= 0 || t.toks[o].UPOS != "PRON" || len(t.kids[o]) > 0 ||
		!inList(t.upper[o], "THIS", "THAT", "THESE", "THOSE") || len(t.actorsOf(o)) > 0 {
		return -1
	}
	return o
}

// chargeOf returns the charge noun whose "that" clause k is ("accusations
// that Turkey was supporting the group"), or -1. A parser may hang the clause
// on the verb whose object the noun is ("repeated its accusations that …",
// the clause a ccomp of "repeated").
func (t *tree) chargeOf(k int) int {
	h := t.head[k]
	if h < 0 || !t.hasWord(k, []string{"mark"}, "THAT") {
		return -1
	}
	switch t.rel(k) {
	case "acl":
		if t.toks[h].UPOS == "NOUN" && inList(t.lemma[h], chargeNouns...) {
			return h
		}
	case "ccomp":
		if n := t.child(h, "obj", "iobj"); n >= 0 && n < k && t.toks[n].UPOS == "NOUN" && inList(t.lemma[n], chargeNouns...) {
			return n
		}
	}
	return -1
}

// agentModifier reports whether k, a dependent of a noun of an act or a
// charge, is where the noun names its own agent: an adjective or a compound
// ("Russian claims", "US strikes"), a possessor ("their assertions") or its
// "by" phrase ("claims by Moscow").
func (t *tree) agentModifier(k int) bool {
	r := t.rel(k)
	return r == "amod" || r == "compound" || t.toks[k].DepRel == "nmod:poss" || r == "nmod" && t.caseOf(k) == "BY"
}

// chargedBy returns the mention that makes charge n, the subject of the verb
// whose object it is or its possessor; or -1.
func (t *tree) chargedBy(n int) int {
	// the noun's own: "Russian claims", "their assertions", "claims by Moscow"
	for _, k := range t.kids[n] {
		if t.agentModifier(k) {
			if a := t.actorsOf(k); len(a) > 0 {
				return a[0]
			}
		}
	}
	if h := t.head[n]; h >= 0 && (t.rel(n) == "obj" || t.rel(n) == "iobj") && !inList(t.lemma[h], dismissVerbs...) {
		// (who denies or rejects a charge is not who makes it)
		if s, passive := t.subject(h); s >= 0 && !passive {
			if a := t.actorsOf(s); len(a) > 0 {
				return a[0]
			}
		}
	}
	return -1
}

// dismissVerbs deny or reject what their object says.
var dismissVerbs = []string{"DENY", "REJECT", "DISMISS", "REFUTE", "DISPUTE", "CONTEST", "DISCOUNT", "RUBBISH", "QUESTION"}

// agentPhrase returns the agent ("by") phrase of verb v, or -1.
func (t *tree) agentPhrase(v int) int {
	for _, k := range t.kids[v] {
		if t.toks[k].DepRel == "obl:agent" || t.rel(k) == "obl" && t.caseOf(k) == "BY" {
			return k
		}
	}
	return -1
}

// concludeVerbs bring about the agreement their object names: "signed a deal with
// Syria", "reached an agreement with", "sealed a pact".
var concludeVerbs = []string{"SIGN", "REACH", "CONCLUDE", "SEAL", "INK", "FINALIZE", "FINALISE", "CLINCH", "STRIKE"}

// responseVerbs answer one act with another, named in their "with" phrase.
var responseVerbs = []string{"RESPOND", "RETALIATE", "REACT", "REPLY", "COUNTER"} // and "hit back"

// responsibilityNouns are what a party claims, denies or bears for an act, and
// responsibilityVerbs what it does with them.
var (
	responsibilityNouns = []string{"RESPONSIBILITY", "CREDIT", "BLAME"}
	responsibilityVerbs = []string{"CLAIM", "TAKE", "ACCEPT", "ASSUME", "BEAR", "ADMIT", "ACKNOWLEDGE", "DENY", "DISCLAIM", "REJECT"}
)

// responsible returns the subject of the clause that gives the act at h (the "for"
// phrase of "responsibility") a party: "IS claimed responsibility for the attack",
// "the group denied responsibility for", "the regime bears responsibility for",
// "took credit for"; -1 if there is none. The clause's own mode (a denial, a
// claim) then says how the act is reported.
func (t *tree) responsible(h int) int {
	v := t.claimVerb(h)
	if v < 0 || t.hasWord(v, []string{"advmod", "neg"}, negWords...) {
		return -1 // "Elbonia has not claimed responsibility": no one's act by it
	}
	s, passive := t.subject(v)
	if s >= 0 && !passive {
		return s
	}
	if passive && t.lemma[v] == "CLAIM" {
		return t.agentPhrase(v) // "the attack was claimed by the Islamic State"
	}
	return -1
}

// claimVerb returns the verb of "claimed (denied, bears) responsibility for" whose
// "for" phrase h is, or -1.
func (t *tree) claimVerb(h int) int {
	if v := t.head[h]; v >= 0 && t.lemma[v] == "CLAIM" && t.toks[v].UPOS == "VERB" && (t.rel(h) == "obj" || t.toks[h].DepRel == "nsubj:pass") &&
		t.toks[h].UPOS == "NOUN" && inList(t.lemma[h], claimedActs...) {
		// "ISIS claimed the attack", "the bombing was claimed by": a claim of
		// responsibility without the word
		return v
	}
	n := t.head[h]
	if n < 0 || t.rel(h) != "nmod" || t.caseOf(h) != "FOR" || !inList(t.upper[n], responsibilityNouns...) && !inList(t.lemma[n], responsibilityNouns...) {
		return -1
	}
	v := t.head[n]
	if v < 0 || t.rel(n) != "obj" || t.toks[v].UPOS != "VERB" || !inList(t.lemma[v], responsibilityVerbs...) {
		return -1
	}
	return v
}

// claimedActs are the acts a group claims by name ("claimed the attack"); what
// else is claimed — lives, victory, territory — is no claim of responsibility.
var claimedActs = []string{"ATTACK", "ATTACKS", "BOMBING", "BOMBINGS", "BLAST", "BLASTS", "EXPLOSION", "KILLING", "KILLINGS",
	"ASSASSINATION", "AMBUSH", "RAID", "STRIKE", "STRIKES", "SHOOTING", "BOMBARDMENT", "ABDUCTION", "KIDNAPPING", "MASSACRE", "ASSAULT", "OPERATION"}

// claimVerbPhrases returns the "on", "upon" and "against" phrases of the claim verb
// that governs event noun i ("claimed responsibility for the attack on X", the
// parser having hung "on X" on "claimed"), for the target the noun leaves unsaid.
func (t *tree) claimVerbPhrases(i int) []int {
	v := t.claimVerb(i)
	if v < 0 {
		return nil
	}
	var out []int
	for _, k := range t.kids[v] {
		if t.rel(k) == "obl" && inList(t.caseOf(k), "ON", "UPON", "AGAINST") {
			out = append(out, k)
		}
	}
	return out
}

// adjunctDated reports whether the event noun at i names its own date, on or before
// the publication date: "will sign a deal after a meeting on Monday" in
// Monday's paper reports a meeting that took place, whatever the announcement's mode.
func (c *Coder) adjunctDated(doc *sitrep.Document, s *sitrep.Sentence, t *tree, i int) bool {
	if c.opts.Locators.Dates == nil || doc.Published == "" {
		return false
	}
	for _, d := range c.opts.Locators.Dates(doc, *s) {
		if k := t.tokenAt(d.Span.Start); d.Date != "" && k >= 0 && t.dominates(i, k) && !after(d.Date, doc.Published) {
			return true
		}
	}
	return false
}

// adjunctPreps mark a time adjunct that an event noun can fill: "after a meeting",
// "during talks", "at a summit", "following negotiations", "amid talks".
var adjunctPreps = []string{"AFTER", "FOLLOWING", "DURING", "AT", "AMID", "AMIDST"}

// actorNmod returns the first prepositional modifier of k that names an actor, or -1.
// A possessive is none ("resistance to its control in eastern Syria").
func (t *tree) actorNmod(k int) int {
	for _, n := range t.kids[k] {
		if t.rel(n) == "nmod" && t.toks[n].DepRel != "nmod:poss" && len(t.actorsOf(n)) > 0 {
			return n
		}
	}
	return -1
}

// carrier reports whether verb p passes its subject to the event noun it governs:
// light verbs ("engaged in", "held"), reports ("reported cooperation with"),
// verbs that conclude an agreement ("signed a deal with") and verbs that call the
// event off ("cancelled talks with").
func carrier(t *tree, p int) bool {
	return inList(t.lemma[p], lightVerbs...) || inList(t.upper[p], lightVerbs...) || inList(t.lemma[p], reportVerbs...) ||
		inList(t.lemma[p], concludeVerbs...) ||
		cancelled(t, p) // "Jordan cancelled its talks with Egypt": negated by mode
}

// speaker resolves an unresolved pronoun subject of a reported clause to the one who
// reports it: "Iran said it would attack", "Ethiopia indicated it would act".
func (t *tree) speaker(i int) []int {
	for steps := 0; i >= 0 && steps < 8; steps++ {
		h := t.head[i]
		if h < 0 {
			return nil
		}
		switch t.rel(i) {
		case "ccomp":
			if s, passive := t.subject(h); s >= 0 && !passive {
				return t.actorsOf(s)
			}
			return nil
		case "conj", "xcomp":
			i = h
		default:
			return nil
		}
	}
	return nil
}

// reporters returns the actors who report the clause of token i: the subject of
// the report verb it is the content of (speaker), or of a report verb hung on it
// ("The strikes targeted weapons sites, CENTCOM said").
func (t *tree) reporters(i int) []int {
	if a := t.speaker(i); len(a) > 0 {
		return a
	}
	for _, k := range t.kids[i] {
		if inList(t.rel(k), "parataxis", "ccomp") && inList(t.lemma[k], reportVerbs...) {
			if s, passive := t.subject(k); s >= 0 && !passive {
				return t.actorsOf(s)
			}
		}
	}
	return nil
}

// earlierSubject resolves "it" or "they", subject at k, to the actors of the
// subject of a clause that governs or precedes the pronoun's clause in the same
// sentence, where the actor resolver left it open: "Ankara says it fights smugglers,
// but it has freed their leaders", "the ministry has said nothing since it closed the
// border". A relative clause stops the search ("the areas it holds": which "it" is
// not said by the tree), and a personal pronoun is the resolver's: it knows people.
func (t *tree) earlierSubject(k int) []int {
	if !inList(t.upper[k], "IT", "THEY") || t.head[k] < 0 {
		return nil
	}
	cur := t.head[k]
	for steps := 0; steps < 6; steps++ {
		if !inList(t.rel(cur), "conj", "advcl", "xcomp", "ccomp") || strings.HasSuffix(t.toks[cur].DepRel, ":relcl") {
			return nil
		}
		h := t.head[cur]
		if h < 0 || strings.HasSuffix(t.toks[h].DepRel, ":relcl") {
			return nil
		}
		if s, _ := t.subject(h); s >= 0 && s < k && s != k && t.toks[s].UPOS != "PRON" {
			return t.actorsOf(s)
		}
		cur = h
	}
	return nil
}

// actorOrModifiers is the mention covering k, or those among its modifiers.
func (t *tree) actorOrModifiers(k int) []int {
	if m := t.actor[k]; m >= 0 {
		return []int{m}
	}
	var out []int
	t.modifierActors(k, func(m int) {
		for _, x := range out {
			if x == m {
				return
			}
		}
		out = append(out, m)
	}, 0)
	return out
}

// modeInfo is how the text presents an event, and who asserts it.
type modeInfo struct {
	mode string
	by   int // mention index of the party the event is attributed to, or -1
}

var (
	intendVerbs = []string{"SEEK", "AIM", "WANT", "TRY", "ATTEMPT", "HOPE", "STRIVE", "INTEND", "WISH", "PUSH", "ASPIRE", "OFFER", "PROPOSE", "VOW", "PLEDGE", "PROMISE", "EAGER",
		"READY", "WILLING", "KEEN", "DETERMINED"}
	planVerbs    = []string{"PLAN", "SET", "PREPARE", "SCHEDULE", "EXPECT", "GO", "DUE", "POISE", "DECIDE", "THREATEN", "VOTE"}
	negVerbs     = []string{"REFUSE", "DENY", "DECLINE", "FAIL", "REJECT", "HALT", "STOP", "CEASE", "AVOID", "ABANDON", "UNABLE"}
	thwartVerbs  = []string{"THWART", "FOIL", "PREVENT", "DISRUPT", "AVERT", "FRUSTRATE", "BLOCK", "INTERCEPT", "STOP", "PREEMPT"}
	plotNouns    = []string{"PLOT", "PLAN", "ATTEMPT", "BID", "CONSPIRACY", "SCHEME"}
	condVerbs    = []string{"DEPEND", "HINGE", "REST"}
	reportVerbs  = []string{"SAY", "CLAIM", "ALLEGE", "REPORT", "STATE", "TELL", "ASSERT", "INSIST", "ANNOUNCE", "CONFIRM", "ADD", "NOTE", "ACCUSE", "ARGUE", "MAINTAIN", "WRITE", "DECLARE"}
	negWords     = []string{"NOT", "N'T", "NEVER", "NO", "NOR", "NEITHER", "WITHOUT"}
	planAux      = []string{"WILL", "SHALL", "'LL", "WO"}
	condAux      = []string{"COULD", "MIGHT", "MAY", "WOULD", "SHOULD"}
	condMarks    = []string{"IF", "UNLESS", "WHETHER", "PROVIDED", "LEST"}
	modeStrength = map[string]int{sitrep.ModeNegated: 6, sitrep.ModeThwarted: 5, sitrep.ModeConditional: 4, sitrep.ModePlanned: 3, sitrep.ModeIntended: 2, sitrep.ModeClaimed: 1}
)

// futureInPast reports whether clause v, with "would", is what a past report
// verb says will happen ("announced it would withdraw", "said they would meet"):
// the future seen from the report, a plan, not a condition — unless an "if" or
// "unless" clause makes it one.
func (t *tree) futureInPast(v int) bool {
	h := t.head[v]
	if h < 0 || t.rel(v) != "ccomp" || t.toks[h].XPOS != "VBD" || !inList(t.lemma[h], reportVerbs...) {
		return false
	}
	for _, k := range t.kids[v] {
		if t.rel(k) == "advcl" && t.hasWord(k, []string{"mark"}, "IF", "UNLESS") {
			return false
		}
	}
	return true
}

// mode reads how the sentence presents the event at token i: walking up from the
// trigger through the predicates that govern it, each may negate it ("will not
// change", "refused to meet"), put it in the future ("plans to reduce", "set to
// announce"), make it an intention ("seeks to cooperate"), a condition ("if",
// "depends on"), a thwarted plot ("thwarting an ISIS plot to attack"), or a party's
// claim ("officials said", "according to").
func (c *Coder) mode(t *tree, i int, heading bool) modeInfo {
	mi := modeInfo{mode: sitrep.ModeOccurred, by: -1}
	keepNeg := false // above a time adjunct: the clause's negation is not the event's
	set := func(m string) {
		if keepNeg && m == sitrep.ModeNegated {
			return
		}
		if modeStrength[m] > modeStrength[mi.mode] {
			mi.mode = m
		}
	}
	inPlot := false
	// "held no talks": the negation sits on the event noun the verb governs.
	if o := t.child(i, "obj"); o >= 0 && t.hasWord(o, []string{"det"}, "NO") {
		set(sitrep.ModeNegated)
	}
	cur := i
	for steps := 0; cur >= 0 && steps < 16; steps++ {
		for _, k := range t.kids[cur] {
			r := t.rel(k)
			switch {
			case (r == "advmod" || r == "neg" || r == "det" || r == "cc:preconj") && inList(t.upper[k], negWords...):
				set(sitrep.ModeNegated)
			case r == "aux" && inList(t.lemma[k], planAux...) || r == "aux" && inList(t.upper[k], planAux...):
				set(sitrep.ModePlanned)
			case r == "aux" && t.upper[k] == "WOULD" && t.futureInPast(cur):
				set(sitrep.ModePlanned) // "Washington announced it would withdraw troops"
			case r == "aux" && inList(t.upper[k], condAux...):
				set(sitrep.ModeConditional)
			case r == "obl" && strings.HasPrefix(t.caseOf(k), "ACCORDING"):
				if a := t.actorsOf(k); len(a) > 0 && mi.by < 0 {
					mi.by = a[0]
				}
				set(sitrep.ModeClaimed)
			case (r == "acl" || r == "advcl") && t.upper[k] == "ACCORDING":
				// "according to SANA" that the parser made a participle
				for _, o := range t.kids[k] {
					if t.rel(o) == "obl" && t.caseOf(o) == "TO" {
						if a := t.actorsOf(o); len(a) > 0 && mi.by < 0 {
							mi.by = a[0]
						}
						set(sitrep.ModeClaimed)
					}
				}
			}
		}
		h := t.head[cur]
		rel := t.toks[cur].DepRel
		if h < 0 {
			if heading && cur == i && t.child(cur, "mark") >= 0 && t.hasWord(cur, []string{"mark"}, "TO") {
				set(sitrep.ModePlanned) // headline "US to cut troops"
			}
			break
		}
		hl := t.lemma[h]
		if s := t.responsible(cur); s >= 0 && len(t.actorsOf(s)) > 0 {
			// "IS claimed responsibility for the attack": the act is the
			// claimer's own claim; "Hezbollah denied responsibility for": denied;
			// "the regime bears responsibility for": whoever says so claims it.
			// Nobody's claim ("no group claimed responsibility for the bombing")
			// leaves the act as the outlet reports it.
			v := t.claimVerb(cur)
			switch {
			case inList(t.lemma[v], negVerbs...) || inList(t.lemma[v], "DISCLAIM"):
				set(sitrep.ModeNegated)
				return mi
			case t.lemma[v] == "BEAR":
				cur = v // the one who says it bears it
				continue
			}
			if mi.by < 0 {
				mi.by = t.actorsOf(s)[0]
			}
			set(sitrep.ModeClaimed)
			return mi
		}
		if n := t.chargeOf(cur); n >= 0 {
			// "repeated its accusations that Turkey was arming the militants":
			// what the charge says is the accuser's claim
			if a := t.chargedBy(n); a >= 0 && mi.by < 0 {
				mi.by = a
			}
			set(sitrep.ModeClaimed)
			return mi
		}
		switch t.rel(cur) {
		case "xcomp", "ccomp", "csubj":
			switch {
			case inList(hl, thwartVerbs...) && inPlot:
				set(sitrep.ModeThwarted)
			case inList(hl, negVerbs...):
				set(sitrep.ModeNegated)
			case inList(hl, intendVerbs...):
				set(sitrep.ModeIntended)
			case rel == "xcomp" && inList(hl, askVerbs...):
				// "urged Damascus to withdraw": asked for, not done; whether it
				// happens depends on the one asked
				set(sitrep.ModeConditional)
			case rel == "ccomp" && (inList(hl, askVerbs...) || inList(hl, mandVerbs...)) && t.mandative(cur):
				// "demanded that Russia withdraw", "insisted that the troops
				// should leave": a that-clause in the subjunctive is asked for too
				set(sitrep.ModeConditional)
			case inList(hl, planVerbs...):
				set(sitrep.ModePlanned)
			case inList(hl, reportVerbs...) && rel != "xcomp":
				if s, _ := t.subject(h); s >= 0 {
					if a := t.actorsOf(s); len(a) > 0 && mi.by < 0 {
						mi.by = a[0]
					}
				}
				set(sitrep.ModeClaimed)
				return mi
			}
		case "acl":
			if inList(t.lemma[h], plotNouns...) {
				inPlot = true
			}
			if t.gerundMark(cur) == "OF" && t.rel(h) == "obj" && t.head[h] >= 0 && inList(t.lemma[t.head[h]], accuseVerbs...) {
				// "accused Washington of attacking", the gerund hung on the object
				a := t.head[h]
				if s, passive := t.subject(a); s >= 0 && !passive && t.toks[a].XPOS != "VBN" {
					if ac := t.actorsOf(s); len(ac) > 0 && mi.by < 0 {
						mi.by = ac[0]
					}
				}
				set(sitrep.ModeClaimed)
				return mi
			}
			if t.gerundMark(cur) == "FOR" && inList(t.lemma[h], schemeNouns...) {
				// "presented a timetable for disarming Hezbollah": the scheme's
				// content, not a deed done
				set(sitrep.ModePlanned)
			} else if t.intentionOf(cur) >= 0 {
				if inList(t.lemma[h], "PLAN", "DECISION") {
					set(sitrep.ModePlanned)
				} else {
					set(sitrep.ModeIntended)
				}
			} else if t.purpose(cur) {
				// "collaboration with the government to counter threats"
				set(sitrep.ModeIntended)
			}
		case "obj", "nsubj":
			if inList(hl, thwartVerbs...) && (inPlot || inList(t.lemma[cur], plotNouns...) || cur == i && t.rel(cur) == "obj" && t.toks[i].UPOS == "NOUN") {
				// (the event noun itself foiled: "foiled an ISIS attack on a shrine")
				set(sitrep.ModeThwarted)
			}
			if t.rel(cur) == "nsubj" && inList(hl, condVerbs...) {
				set(sitrep.ModeConditional)
			}
			if inList(t.lemma[cur], plotNouns...) {
				inPlot = true
			}
			noun := cur == i && (t.toks[i].UPOS == "NOUN" || t.toks[i].UPOS == "PROPN")
			if noun && (t.rel(cur) == "obj" || t.toks[cur].DepRel == "nsubj:pass") && cancelled(t, h) {
				// "cancelled the visit", "talks were called off"
				set(sitrep.ModeNegated)
			}
			if t.rel(cur) == "nsubj" {
				if noun && (occurrence(t, h) || inList(t.lemma[h], aspectual...)) {
					// "the meeting could take place", "clashes did not resume": the
					// verb that says the event happens carries its mode
					cur = h
					continue
				}
				return mi
			}
		case "advcl":
			if n := t.intentionOf(cur); n >= 0 {
				if inList(t.lemma[n], "PLAN", "DECISION") {
					set(sitrep.ModePlanned)
				} else {
					set(sitrep.ModeIntended)
				}
				cur = h // the holder's own mode governs too: "did not announce its plan to"
				continue
			}
			if t.purpose(cur) {
				// "deployed troops to fight ISIS", "in order to counter the
				// threat": what the act is for has not happened; who says so,
				// or foils it, still counts
				set(sitrep.ModeIntended)
				cur = h
				continue
			}
			for _, k := range t.kids[cur] {
				if t.rel(k) == "mark" && inList(t.upper[k], condMarks...) {
					set(sitrep.ModeConditional)
				}
				if t.rel(k) == "mark" && t.upper[k] == "WITHOUT" {
					set(sitrep.ModeNegated) // "entered without consulting Amman"
				}
			}
			if mk := t.gerundMark(cur); mk != "" {
				switch {
				case inList(hl, accuseVerbs...):
					// "accused Washington of backing the militias": the accuser's
					// claim ("stands accused of": nobody's in particular)
					if s, passive := t.subject(h); s >= 0 && !passive && t.toks[h].XPOS != "VBN" {
						if a := t.actorsOf(s); len(a) > 0 && mi.by < 0 {
							mi.by = a[0]
						}
					}
					set(sitrep.ModeClaimed)
					return mi
				case mk == "FROM":
					set(sitrep.ModeNegated) // "prevented the militia from entering"
					return mi
				}
				// "will sign after meeting the envoy", "aim to win by bombing": a
				// gerund that shares the clause's subject shares its modality, but a
				// time adjunct is not negated with it ("did not comment after
				// meeting the envoy": the meeting took place)
				if !inList(mk, "BY", "IN", "THROUGH", "FOR") {
					keepNeg = true
				}
				cur = h
				continue
			}
			if t.child(cur, "mark") < 0 && inList(t.toks[cur].XPOS, "VBG", "VBN") {
				// "said its forces, working with the coalition, had arrested":
				// a participle clause with no marker shares its clause's report
				// and plan, not its negation
				keepNeg = true
				cur = h
				continue
			}
			return mi // an adverbial clause keeps its own mode otherwise
		case "obl":
			if inList(t.caseOf(cur), "ON", "ABOUT", "OVER", "REGARDING", "CONCERNING") && !c.forceWord(t, i) &&
				(inList(t.lemma[h], talkVerbs...) || t.hasWord(h, []string{"obj"}, talkNouns...)) {
				// "held talks in Paris on a security agreement", "negotiated on a
				// ceasefire": the parser hangs the topic on the verb
				set(sitrep.ModeIntended)
				return mi
			}
			// "after a historic meeting": an adjunct keeps its own time and mode;
			// "engaged in operations" is the predicate's content
			if !inList(t.caseOf(cur), "IN", "INTO") {
				return mi
			}
		case "conj", "nmod", "acl:relcl":
			if t.rel(cur) == "nmod" && inList(t.caseOf(cur), "ON", "ABOUT", "OVER", "REGARDING", "CONCERNING") && inList(t.lemma[h], talkNouns...) && !c.forceWord(t, i) {
				// "talks on a security agreement", "negotiations over a
				// ceasefire": what is talked about is sought, not done
				set(sitrep.ModeIntended)
			}
			if t.rel(cur) == "conj" && t.child(cur, "nsubj", "nsubj:pass") >= 0 && t.rel(h) == "xcomp" && t.head[h] >= 0 {
				// a clause with its own subject hung on a subjectless complement
				// ("vows to fight smugglers, but it has freed their leaders",
				// parsed with "freed" under "fight") is the governing verb's
				// sibling: the vow is not its mode
				cur = t.head[h]
				continue
			}
		case "parataxis":
			if inList(hl, reportVerbs...) {
				if s, _ := t.subject(h); s >= 0 {
					if a := t.actorsOf(s); len(a) > 0 && mi.by < 0 {
						mi.by = a[0]
					}
				}
				set(sitrep.ModeClaimed)
			}
			return mi
		default:
			return mi
		}
		if t.rel(cur) == "acl:relcl" {
			return mi
		}
		cur = h
	}
	return mi
}

// forceWord reports whether token i names force ("talks on Russian strikes"
// are about strikes that happened, not sought ones).
func (c *Coder) forceWord(t *tree, i int) bool {
	return c.ForceNoun(t.upper[i]) || c.ForceNoun(t.lemma[i])
}

// talkNouns name talks, and talkVerbs hold them; their "on" phrase is their
// topic.
var talkVerbs = []string{"DISCUSS", "NEGOTIATE", "TALK", "CONSULT", "CONFER", "DEBATE"}
var talkNouns = []string{"TALK", "TALKS", "NEGOTIATION", "NEGOTIATIONS", "DISCUSSION", "DISCUSSIONS", "CONSULTATION", "CONSULTATIONS", "DIALOGUE", "MEETING", "CONVERSATION"}

// sameActor reports whether two codes name one actor, or one is a bare country
// and the other a part of it ("SYRGOV" and "SYR"): an actor acting on its own
// country is a misreading far more often than a report. Distinct parts of one
// country differ, also when one code extends the other: "SYRREBMUS" (Islamist
// rebels, al-Nusra) attacking "SYRREB" (the Free Syrian Army) is two groups.
func sameActor(a, b string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	return a == b || len(a) == 3 && strings.HasPrefix(b, a)
}

// ownOrgan reports whether an event of code is a threat (CAMEO 13) by a state's
// organ against another organ of the same state: "It warned that the army will
// respond firmly", said of the ministry, names what its own forces will do, not
// whom it threatens; a state threatens others, never itself. (The bare state,
// often a place of it, is left to sameActor: "vowed to recapture <town>".)
func ownOrgan(code, a, b string) bool {
	return strings.HasPrefix(code, "13") && len(a) > 3 && len(b) > 3 &&
		country.Organ(a) && country.Organ(b) && country.Of(a) == country.Of(b)
}

// oneStatePerSide keeps one actor per state on one side of an event: "Iraqi
// military and security forces were deployed" is one Iraqi deployment, not two;
// groups are told apart by their own codes (forceKey: "ISIS and al-Qaeda
// fighters" are two).
func oneStatePerSide(t *tree, side []int) []int {
	if len(side) < 2 {
		return side
	}
	var out []int
	seen := map[string]bool{}
	for _, m := range side {
		key := forceKey(t.ms[m].Code)
		if seen[key] {
			continue
		}
		seen[key] = true
		out = append(out, m)
	}
	return out
}

// actsOnThing reports whether verb trigger tr, coded by the verb alone (no pattern
// word matched), has a direct object that names no actor: "the army and the
// militia were mobilised to manage the crisis" manage the crisis, not each other.
// Before the parser read such a subject as coordinated (the left-to-right parser
// often makes the second conjunct an appos) the question did not arise.
func actsOnThing(t *tree, tr *trigger) bool {
	if tr.score > 0 {
		return false // "signed * AGREEMENT": the pattern made the object the event
	}
	if strings.HasPrefix(tr.code, "04") {
		return false // "Syria and the US discussed cooperation": what is discussed is a topic
	}
	o := t.child(tr.tok, "obj")
	return o >= 0 && len(t.actorsOf(o)) == 0
}
