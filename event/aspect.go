package event

import (
	"strings"

	"github.com/sitrep-dev/sitrep"
)

// DateFrom values of events whose clause is not about one day (see aspect).
const (
	// DateSince: the event began at Date ("has been battling X since June 9") and
	// goes on; DateText is the bound's expression.
	DateSince = "since"
	// DateOngoing: the event stretches over a period the text does not date ("for
	// months", "in recent weeks", "has been shelling"); Date is empty and DateText
	// the frame, when there is one.
	DateOngoing = "ongoing"
	// DateHabitual: the event is one of a series ("regularly bomb", "in the past");
	// Date is empty and DateText the word that says so.
	DateHabitual = "habitual"
)

// useGenericPresent makes a simple present of a material event in a body sentence
// habitual ("warplanes bomb the town"); measured, not adopted (see NOTES.md, "Aspect").
var useGenericPresent = false

// useEpithet makes the fighting of an actor described by it ongoing: "the US-led
// coalition fighting the Islamic State", "regime forces battling militants" say
// who the actor is, not what it did on one day (see epithet). Measured, not
// adopted (NOTES.md, "Aspect", on epithets): TestEpithet turns it on.
var useEpithet = false

// epithetVerbs are the verbs of standing conflict that describe an actor when
// they modify it as a participle.
var epithetVerbs = []string{"FIGHT", "BATTLE", "COMBAT"}

// habitualAdverbs make a clause's event one of a series.
var habitualAdverbs = []string{"REGULARLY", "REPEATEDLY", "ROUTINELY", "FREQUENTLY", "OFTEN", "USUALLY",
	"DAILY", "CONSTANTLY", "CONTINUALLY", "CONTINUOUSLY", "HABITUALLY", "PERIODICALLY",
	"SOMETIMES", "OCCASIONALLY", "PERSISTENTLY", "NIGHTLY", "WEEKLY"}

// habitualModifiers of an event noun make it a series: "daily raids", "repeated
// attacks", "near-constant shelling".
var habitualModifiers = []string{"DAILY", "REPEATED", "REGULAR", "FREQUENT", "CONSTANT", "ROUTINE", "NIGHTLY",
	"WEEKLY", "PERSISTENT", "INCESSANT", "CONTINUOUS", "CONTINUAL", "RELENTLESS", "ONGOING", "PERIODIC",
	"SPORADIC", "NEAR-CONSTANT", "NEAR-DAILY", "ALMOST-DAILY", "CONTINUING"}

// spanWords are the plural period words of a durative frame; hours and days are
// left out: "killed in the past 24 hours" or "in recent days" is news of the
// publication day or the one before.
var spanWords = []string{"WEEKS", "MONTHS", "YEARS", "DECADES"}

// aspect reads whether the clause that reports the trigger's events speaks of one
// occasion or of a stretch or series of them, and re-dates the events that are not
// about one day. Events keep a date of their own from the text, except a "since"
// bound, which becomes their start (DateSince); the others — dated by publication,
// or undated — are left undated with DateOngoing or DateHabitual and the words
// that say so in DateText:
//
//   - a resolved date after "since" in the clause: DateSince, Date the bound
//     (at the precision timex gives it); "since" before anything else that is no
//     date ("since the start of the war"): DateOngoing;
//   - a durative frame: "for" with a plural period ("for months", "for the past
//     three years"), or "in", "over", "during" or "throughout" with one that
//     "recent", "past", "last" or "previous" bound to publication ("in recent
//     weeks", "in the last several weeks", "over the past two years"): DateOngoing;
//   - the present perfect progressive ("has been battling"): DateOngoing;
//   - a habitual adverb of the predicate ("regularly", "repeatedly"...), "used to",
//     "in the past", or a habitual modifier of an event noun ("daily raids",
//     "repeated attacks"): DateHabitual.
//
// Headings are left alone: headlines put past events in the present.
func (c *Coder) aspect(doc *sitrep.Document, s *sitrep.Sentence, t *tree, tr *trigger, evs []sitrep.Event, found *located) {
	if len(evs) == 0 || s.Heading {
		return
	}
	p := predicate(t, tr)
	if p < 0 {
		return
	}
	var dates []Date
	if found != nil {
		dates = found.dates
	}
	kind, cue, since, clause := c.clauseAspect(doc, t, p, tr, dates, evs)
	if kind == "" {
		// a bare participle adjunct ("has been carrying out strikes, targeting
		// rebels") tells of the time of the clause it hangs on
		if h := t.head[p]; h >= 0 && t.toks[p].XPOS == "VBG" && inList(t.rel(p), "advcl", "acl") && t.child(p, "aux") < 0 && (t.toks[h].UPOS == "VERB" || t.toks[h].UPOS == "AUX") {
			kind, cue, since, clause = c.clauseAspect(doc, t, h, nil, dates, evs)
		}
	}
	if kind == "" && useEpithet && tr.tok == p && t.epithet(p) {
		kind, clause = DateOngoing, clauseHead(t, p)
	}
	switch {
	case kind == "":
		return
	case since != nil:
		setAspect(evs, since.Date, since.Text, DateSince)
		return
	}
	// A date of the clause's own wins over the aspect ("regularly bombed the
	// town on Monday" is Monday's); a date the sentence lends from another clause
	// ("said on Saturday that IS has been battling the tribe") does not.
	own := map[string]bool{}
	for _, d := range dates {
		if k := t.tokenAt(d.Span.Start); d.Date != "" && k >= 0 && (clauseHead(t, k) == clause || clauseHead(t, k) == clauseHead(t, p)) {
			own[d.Text] = true
		}
	}
	for k := range evs {
		if evs[k].Date != "" && evs[k].DateText != "" && own[evs[k].DateText] {
			continue
		}
		if d := sinceLent(doc.Text, dates, evs[k]); d != nil {
			// the parser hung "since January" outside the clause, and the sentence
			// lent it to the event: still its start
			setAspect(evs[k:k+1], d.Date, d.Text, DateSince)
			continue
		}
		setAspect(evs[k:k+1], "", cue, kind)
	}
}

// sincePhraseDate returns the resolved date, not after publication, that follows
// the "since" of the bound whose noun is k within its phrase: at most eight words
// on and no punctuation between ("since the war began in 2011", "since an
// uprising broke out in March 2011"); nil when none.
func sincePhraseDate(doc *sitrep.Document, t *tree, k int, dates []Date) *Date {
	from := t.toks[k].Span.Start
	for _, c := range t.kids[k] {
		if t.rel(c) == "case" && t.upper[c] == "SINCE" {
			from = t.toks[c].Span.Start
		}
	}
	for i := range dates {
		d := &dates[i]
		if d.Date == "" || d.Span.Start < from || d.Span.Start > len(doc.Text) || doc.Published != "" && after(d.Date, doc.Published) {
			continue
		}
		between := doc.Text[from:d.Span.Start]
		if !strings.ContainsAny(between, ",.;:") && len(strings.Fields(between)) <= 8 {
			return d
		}
	}
	return nil
}

// sinceLent returns the "since" bound among dates that ev took as its date, or nil.
func sinceLent(text string, dates []Date, ev sitrep.Event) *Date {
	for i := range dates {
		if d := &dates[i]; d.Date != "" && d.Date == ev.Date && d.Text == ev.DateText && sinceBefore(text, d.Span) {
			return d
		}
	}
	return nil
}

// clauseAspect reads the aspect of the clause of predicate p (see aspect): its
// kind ("" when the clause is about one occasion), the words that say so, the
// "since" bound that dates its start (nil when none) and the clause's head. tr is
// the trigger whose event noun may carry a habitual modifier (nil: none).
func (c *Coder) clauseAspect(doc *sitrep.Document, t *tree, p int, tr *trigger, dates []Date, evs []sitrep.Event) (kind, cue string, since *Date, clause int) {
	clause = clauseHead(t, p)
	inClause := func(k int) bool { return k >= 0 && clauseHead(t, k) == clause }
	// "since" bounds first: they are the event's start, not its day
	for i := range dates {
		d := &dates[i]
		k := t.tokenAt(d.Span.Start)
		if !inClause(k) || !sinceBefore(doc.Text, d.Span) {
			continue
		}
		if d.Date == "" || doc.Published != "" && after(d.Date, doc.Published) {
			return DateOngoing, "since " + d.Text, nil, clause
		}
		return DateSince, d.Text, d, clause
	}
	for k := range t.toks {
		if !inClause(k) {
			continue
		}
		if kd, cu := t.frame(k); kd != "" {
			if t.caseOf(k) == "SINCE" {
				// "since the war began in 2011": a date within the bound's phrase
				// is the start
				if d := sincePhraseDate(doc, t, k, dates); d != nil {
					return DateSince, d.Text, d, clause
				}
			}
			return kd, cu, nil, clause
		}
	}
	if kd, cu := t.habitualAt(p, tr); kd != "" {
		return kd, cu, nil, clause
	}
	if t.perfectProgressive(p) {
		return DateOngoing, "", nil, clause
	}
	if useGenericPresent && t.genericPresent(p) && (evs[0].Mode == sitrep.ModeOccurred || evs[0].Mode == sitrep.ModeClaimed) {
		return DateHabitual, "", nil, clause
	}
	return "", "", nil, clause
}

func setAspect(evs []sitrep.Event, date, text, from string) {
	for k := range evs {
		evs[k].Date, evs[k].DateText, evs[k].DateFrom = date, text, from
	}
}

// predicate returns the verb that carries the trigger's clause: the trigger, the
// verb that governs an event noun, and up through "xcomp" ("agreed to join",
// "continued to shell"); -1 when there is none.
func predicate(t *tree, tr *trigger) int {
	p := tr.tok
	for steps := 0; tr.noun && p >= 0 && steps < 4 && t.toks[p].UPOS != "VERB" && t.toks[p].UPOS != "AUX"; steps++ {
		p = t.head[p]
	}
	if p < 0 || t.toks[p].UPOS != "VERB" && t.toks[p].UPOS != "AUX" {
		return -1
	}
	for steps := 0; t.rel(p) == "xcomp" && t.head[p] >= 0 && steps < 4; steps++ {
		p = t.head[p]
	}
	return p
}

// clauseHead returns the head of the clause token k is in: the nearest ancestor
// (or k) that heads a clause of its own (the root, a complement, adverbial or
// relative clause, a parataxis, a coordinated verb). "xcomp" stays in its
// governor's clause.
func clauseHead(t *tree, k int) int {
	for steps := 0; k >= 0 && steps < len(t.toks); steps++ {
		h := t.head[k]
		if h < 0 {
			return k
		}
		switch t.rel(k) {
		case "ccomp", "advcl", "acl", "parataxis", "csubj":
			return k
		case "conj":
			if t.toks[k].UPOS == "VERB" {
				return k
			}
		}
		k = h
	}
	return k
}

// sinceBefore reports whether the word right before the expression at sp is
// "since" (the expression may carry "early", "late", "mid-" itself).
func sinceBefore(text string, sp sitrep.Span) bool {
	if sp.Start <= 0 || sp.Start > len(text) {
		return false
	}
	words := strings.Fields(strings.ToLower(text[max(0, sp.Start-20):sp.Start]))
	return len(words) > 0 && words[len(words)-1] == "since"
}

// frame reads token k as the noun of a durative or iterative frame and returns its
// kind and text: "for months", "in recent weeks", "over the past two years"
// (DateOngoing), "in the past" (DateHabitual), "since the start of the war"
// (DateOngoing: a bound that is no date).
func (t *tree) frame(k int) (kind, cue string) {
	cs := t.caseOf(k)
	if cs == "" {
		return "", ""
	}
	lo := k
	for _, c := range t.kids[k] {
		if c < lo && (t.rel(c) == "case" || t.rel(c) == "det" || t.rel(c) == "amod" || t.rel(c) == "nummod" || t.rel(c) == "advmod") {
			lo = c
		}
	}
	text := func() string {
		var ws []string
		for i := lo; i <= k; i++ {
			ws = append(ws, t.toks[i].Text)
		}
		return strings.Join(ws, " ")
	}
	bounded := false // "recent", "past", "last", "previous" tie the span to publication
	for _, c := range t.kids[k] {
		if inList(t.upper[c], "RECENT", "PAST", "LAST", "PREVIOUS") {
			bounded = true
		}
	}
	switch {
	case cs == "SINCE" && !inList(t.toks[k].UPOS, "NUM", "PROPN") && t.lemma[k] != "THEN":
		// "since the start of the war"; a date after "since" is timex's, and "since
		// then" points back at a date the narrative gave
		return DateOngoing, text()
	case inList(t.upper[k], spanWords...) && (cs == "FOR" || bounded && inList(cs, "IN", "OVER", "DURING", "THROUGHOUT")):
		return DateOngoing, text()
	case t.upper[k] == "PAST" && cs == "IN" && t.child(k, "nmod") < 0 && t.hasWord(k, []string{"det"}, "THE"):
		return DateHabitual, text()
	}
	return "", ""
}

// habitualAt finds a habitual adverb of the predicate p ("regularly bomb"), "used
// to" governing it, or a habitual modifier of the trigger's event noun ("daily
// raids").
func (t *tree) habitualAt(p int, tr *trigger) (kind, cue string) {
	for _, k := range t.kids[p] {
		if t.rel(k) == "advmod" && inList(t.upper[k], habitualAdverbs...) {
			return DateHabitual, t.toks[k].Text
		}
	}
	// "used to bomb": the event verb is the xcomp (or, misparsed, the advcl) of
	// "used", with "to"
	if t.lemma[p] == "USE" && t.toks[p].XPOS == "VBD" && t.child(p, "obj") < 0 {
		for _, k := range t.kids[p] {
			if inList(t.rel(k), "xcomp", "advcl") && t.hasWord(k, []string{"mark"}, "TO") && (tr == nil || t.dominates(k, tr.tok)) {
				return DateHabitual, "used to"
			}
		}
	}
	if h := t.head[p]; h >= 0 && t.rel(p) == "advcl" && t.lemma[h] == "USE" && t.toks[h].XPOS == "VBD" && t.child(h, "obj") < 0 && t.hasWord(p, []string{"mark"}, "TO") {
		return DateHabitual, "used to"
	}
	if tr != nil && tr.noun {
		for _, k := range t.kids[tr.tok] {
			if t.rel(k) == "amod" && inList(t.upper[k], habitualModifiers...) {
				if inList(t.upper[k], "ONGOING", "CONTINUING") {
					return DateOngoing, t.toks[k].Text // "the ongoing assault": one stretch, not a series
				}
				return DateHabitual, t.toks[k].Text
			}
		}
	}
	return "", ""
}

// perfectProgressive reports whether p is in the present perfect progressive:
// "has been battling", "have been shelling".
func (t *tree) perfectProgressive(p int) bool {
	if t.toks[p].XPOS != "VBG" {
		return false
	}
	have, been := false, false
	for _, k := range t.kids[p] {
		if t.rel(k) != "aux" {
			continue
		}
		if t.lemma[k] == "HAVE" && t.toks[k].XPOS != "VBD" {
			have = true
		}
		if t.upper[k] == "BEEN" {
			been = true
		}
	}
	return have && been
}

// genericPresent reports whether p is a simple present with no auxiliary: "bomb",
// "bombs" (the tagger also gives the base form VB to a plural present).
func (t *tree) genericPresent(p int) bool {
	x := t.toks[p].XPOS
	if x != "VBZ" && x != "VBP" && x != "VB" {
		return false
	}
	for _, k := range t.kids[p] {
		if r := t.rel(k); r == "aux" || r == "mark" || r == "cop" {
			return false
		}
	}
	return t.rel(p) != "xcomp" && t.rel(p) != "ccomp"
}

// epithet reports whether p is a participle of standing conflict that modifies a
// noun with no auxiliary of its own: "the coalition fighting the Islamic State",
// "rebels battling the army". Other participles on a noun often tell one
// occasion ("air strikes targeting a market"), and are left alone; so is an event
// whose trigger only hangs on the participle ("rebels fighting to overthrow
// him", aspect checks that the trigger is the participle itself), since a parser
// that hangs a clause of its own there ("urged the rebels fighting … to
// cooperate") would make it a description too.
func (t *tree) epithet(p int) bool {
	h := t.head[p]
	return h >= 0 && t.toks[p].XPOS == "VBG" && t.rel(p) == "acl" && t.child(p, "aux") < 0 &&
		(t.toks[h].UPOS == "NOUN" || t.toks[h].UPOS == "PROPN") && inList(t.lemma[p], epithetVerbs...)
}
