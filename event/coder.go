package event

import (
	"fmt"
	"io/fs"
	"log/slog"
	"os"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/sitrep-dev/sitrep"
	"github.com/sitrep-dev/sitrep/country"
	"github.com/sitrep-dev/sitrep/event/codebook"
	"github.com/sitrep-dev/sitrep/event/data"
	"github.com/sitrep-dev/sitrep/event/verbdict"
)

// Options configure a Coder. The zero value codes with the embedded PETRARCH-2
// dictionary and sitrep's overlay.
type Options struct {
	// VerbFiles are verb dictionaries read instead of the embedded ones (the
	// PETRARCH validation dictionaries, a user's own).
	VerbFiles []string
	// ExtraVerbFiles are read after the dictionaries, extending them.
	ExtraVerbFiles []string
	// Statements keeps bare "make a statement" events (CAMEO 010), which say only
	// that someone spoke; the statement's content is coded on its own.
	Statements bool
	// Untargeted lists the PLOVER types reported without a target. PLOVER allows
	// most types without one, but a coder that reports every targetless "attacked"
	// or "agreed" floods the analyst; by default only force posture (MOBILIZE:
	// "troops were deployed") stands alone.
	Untargeted []string
	// UntargetedCodes lists CAMEO codes (prefixes) reported without a target
	// whatever their PLOVER type. By default force named by its means — a
	// bombing (183), shelling (194), an air strike (195) — stands alone, as an
	// analyst reads "Russian air strikes killed 22 people" even when the coder
	// cannot tell whom they were aimed at; "fought" and "attacked" (190) without
	// a target are most often a war named in passing ("the fight against ISIL").
	// So do a denial (016: "Russia denied any involvement") and an arrest (173:
	// "Israeli forces arrested three men"), whose targets news seldom names.
	UntargetedCodes []string
	// PhraseWords gives verb patterns PETRARCH-1's meaning: their words are read
	// in sequence around the verb, any words between two of them unless an
	// underscore ties them ("* DIPLOMATIC TIES" matches "full diplomatic ties",
	// "IN_*" needs "in" right before the verb), and the actor markers $ + % ^ place
	// the source and target; a passive without an agent reads as active and the
	// target is the first actor after the verb. By default, as in PETRARCH-2, a
	// bare pattern noun is the head of the subject or object phrase.
	PhraseWords bool
	// KeepCodes leaves the dictionary's code as it is whatever the mode; by
	// default an intended or planned cooperation is coded as the intention
	// ("seeks to cooperate": 060 → 031), as PLOVER asks.
	KeepCodes bool
	// Paired also reports the reciprocal event a pattern's paired code names
	// ("[042:043]": A visits B, so B hosts A), as PETRARCH does. Without it
	// only hosting is paired: a host's receiving a guest (043) is always also
	// the guest's visit (042), which the seeds' and the written sets' gold
	// code from either side; pairing every pattern lost precision on the
	// seeds (docs/eval/written-events.md, "Stop 32").
	Paired bool
	// AllPairs reports every source–target pair, as PETRARCH does, instead of one
	// actor per country on each side.
	AllPairs bool
	// Dyadless reports events of every type without a target, as PETRARCH does
	// when its require_dyad option is false; Untargeted is then ignored.
	Dyadless bool
	// NoAgentless leaves out force whose agent the sentence does not name ("air
	// strikes killed 22 people in <town>"), which is otherwise reported with an
	// empty source (agentless.go).
	NoAgentless bool
	// Locators find places, dates and quantities; see Locators.
	Locators Locators
	Log      *slog.Logger
}

// Coder codes events from parsed sentences. It is safe for concurrent use.
type Coder struct {
	dict *verbdict.Dictionary
	book *codebook.Book
	opts Options
	log  *slog.Logger
	// rank orders blocks: a later dictionary (the overlay) wins ties.
	rank map[*verbdict.Block]int
}

// Load builds a Coder.
func Load(opts Options) (*Coder, error) {
	book, err := codebook.Default()
	if err != nil {
		return nil, err
	}
	c := &Coder{book: book, opts: opts, log: opts.Log, dict: verbdict.New(), rank: map[*verbdict.Block]int{}}
	if c.log == nil {
		c.log = slog.New(slog.DiscardHandler)
	}
	if c.opts.Untargeted == nil {
		c.opts.Untargeted = []string{"MOBILIZE"}
	}
	if c.opts.UntargetedCodes == nil {
		c.opts.UntargetedCodes = []string{"183", "194", "195", "016", "173"}
	}
	read := func(name string, open func() (fs.File, error)) error {
		f, err := open()
		if err != nil {
			return fmt.Errorf("event: open %s: %w", name, err)
		}
		defer f.Close()
		n := len(c.dict.Warnings)
		if err := c.dict.Read(f); err != nil {
			return fmt.Errorf("event: read %s: %w", name, err)
		}
		for _, w := range c.dict.Warnings[n:] {
			c.log.Debug("verb dictionary line skipped", "file", name, "warning", w)
		}
		return nil
	}
	files := opts.VerbFiles
	if len(files) == 0 {
		for _, name := range []string{"CAMEO.2.0.txt", "overlay.txt"} {
			if err := read(name, func() (fs.File, error) { return data.FS.Open(name) }); err != nil {
				return nil, err
			}
		}
	}
	for _, p := range append(append([]string{}, files...), opts.ExtraVerbFiles...) {
		if err := read(p, func() (fs.File, error) { return os.Open(p) }); err != nil {
			return nil, err
		}
	}
	for i, b := range c.dict.Blocks {
		c.rank[b] = i
	}
	return c, nil
}

// needsTarget reports whether events of code are reported only with a target.
func (c *Coder) needsTarget(code string) bool {
	if c.opts.Dyadless {
		return false
	}
	cb, ok := c.book.Lookup(code)
	return !ok || !inList(cb.PLOVER, c.opts.Untargeted...)
}

// standsAlone reports whether an event of code that needs a target by its
// PLOVER type is reported without one when none is found (UntargetedCodes).
// Only the last step asks: a target is looked for as for any other force, and
// an agentless passive's subject is still its target, never its agent.
func (c *Coder) standsAlone(code string) bool {
	for _, p := range c.opts.UntargetedCodes {
		if strings.HasPrefix(code, p) {
			return true
		}
	}
	return false
}

// Dictionary returns the verb dictionary the coder uses.
func (c *Coder) Dictionary() *verbdict.Dictionary { return c.dict }

// Code codes the events of doc's sentences. mentions are the actor mentions of the
// document (Mention.Sentence indexes sents); events without a coded source actor, or
// without a target where the event type needs one, are not reported.
func (c *Coder) Code(doc *sitrep.Document, sents []sitrep.Sentence, mentions []sitrep.Mention) []sitrep.Event {
	bySent := make(map[int][]sitrep.Mention)
	for _, m := range mentions {
		// a mention past its sentence's tokens (bad input) is none; one that
		// runs past the end ends there
		if m.Sentence < 0 || m.Sentence >= len(sents) || m.Start >= len(sents[m.Sentence].Tokens) {
			continue
		}
		m.End = min(m.End, len(sents[m.Sentence].Tokens))
		bySent[m.Sentence] = append(bySent[m.Sentence], m)
	}
	var out []sitrep.Event
	ds := &docState{doc: doc, sents: sents, bySent: bySent, dates: map[int][]Date{}, countries: map[string]bool{},
		force: map[int][]sitrep.EventActor{}, charges: map[int][]sitrep.EventActor{}}
	for _, ms := range bySent {
		for _, m := range ms {
			if cc := country.Of(m.Code); cc != "" {
				ds.countries[cc] = true
			}
		}
	}
	for si := range sents {
		s := &sents[si]
		if len(s.Tokens) == 0 {
			continue
		}
		ms := bySent[si]
		if pm := pairMentions(sents, si, bySent); len(pm) > 0 {
			ms = append(append([]sitrep.Mention(nil), ms...), pm...)
		}
		if len(ms) == 0 && (c.opts.NoAgentless || c.opts.PhraseWords || !c.mayBeAgentless(s.Tokens)) {
			continue // no actor, no event (but agentless force): skip the parse walk entirely
		}
		if !c.opts.PhraseWords && headlineRun(s.Tokens) {
			continue // a list of other articles' headlines glued into one "sentence"
		}
		evs := c.codeSentence(doc, s, ms, ds, si)
		for k := range evs {
			evs[k].ID = fmt.Sprintf("%s-%d-%d", doc.ID, si, k)
			evs[k].Doc = doc.ID
			evs[k].Sentence = sentenceText(doc, s)
			evs[k].Span = s.Span
			evs[k].Outlet = doc.Outlet
			evs[k].URL = doc.URL
			evs[k].SetCharSpan(doc.Text)
		}
		out = append(out, evs...)
	}
	return out
}

func sentenceText(doc *sitrep.Document, s *sitrep.Sentence) string {
	if s.Start >= 0 && s.End <= len(doc.Text) && s.Start < s.End {
		return doc.Text[s.Start:s.End]
	}
	var b strings.Builder
	for i, t := range s.Tokens {
		b.WriteString(t.Text)
		if t.SpaceAfter && i < len(s.Tokens)-1 {
			b.WriteByte(' ')
		}
	}
	return b.String()
}

// trigger is a word that may express an event, with the code its patterns gave it.
type trigger struct {
	tok     int
	noun    bool
	code    string
	rule    string
	paired  string // the reciprocal event's code, "" for none
	score   int    // how many pattern elements matched; 0 = the word's default code
	target  int    // token of the target phrase a pattern pointed at, or -1
	ofRole  byte
	covered bool // a light verb whose noun carries the event
	// compound: the pattern's "%" matched a coordinated subject ("% HAVE *"), whose
	// members act on each other (PETRARCH-1)
	compound bool
	// subjectOnly: the pattern that won names only words before the verb
	// ("MILITANTS *"), nothing of its object
	subjectOnly bool
	// seqSrc and seqTgt are the mentions a PETRARCH-1 pattern's "$" and "+" fell
	// on, -1 for none
	seqSrc, seqTgt int
	// adjunct is the predicate an event noun in a time adjunct ("after a meeting",
	// "during talks with") took its parties from, -1 for none
	adjunct int
	// mutual: a reciprocal noun whose "between" phrase named its two sides
	// ("clashes between X and Y"): each side acts on the other
	mutual bool
	// reversed: the pattern's event goes from the target phrase's party to the
	// subject ("received support from Turkey"), who must both be named
	reversed bool
	// brokered: the noun's source is the broker a participle before it names
	// ("US-mediated talks with Israel"), who mediates (045)
	brokered bool
}

// codeSentence codes sentence si of doc; ds, when not nil, gives the sentences before
// it (for dates the narrative carries over).
func (c *Coder) codeSentence(doc *sitrep.Document, s *sitrep.Sentence, ms []sitrep.Mention, ds *docState, si int) []sitrep.Event {
	var found *located
	if c.opts.Locators.Places != nil && c.opts.Locators.IsCountry != nil {
		found = c.findAt(doc, s, ds, si)
		ms = withPlaces(s, ms, found.places, c.opts.Locators.IsCountry)
	}
	if ds != nil && found != nil {
		ds.dates[si] = found.dates
	}
	if found == nil && c.opts.Locators.Places != nil {
		found = c.findAt(doc, s, ds, si)
	}
	t := newTree(s.Tokens, ms)
	t.demonym = c.opts.Locators.Demonym
	for _, e := range s.Entities {
		if e.Type == "LOC" || e.Type == "GPE" {
			t.locs = append(t.locs, e)
		}
	}
	t.locs = append(t.locs, t.namedByPlaceNoun()...)
	if found != nil {
		t.places, t.isCountry = found.places, c.opts.Locators.IsCountry
		t.unnameDocuments()
	}
	if ds != nil {
		t.knownCountry = func(cc string) bool { return ds.knownCountry(c, si, cc) }
		t.docCountry = ds.dominant
		t.placeCountry = func() string { return ds.placeCountry(c) }
		t.otherCountry = ds.mostNamedBut
		t.earlierForce = func(back int) []sitrep.EventActor { return ds.recentForce(si, back) }
		t.earlierCharge = func() []sitrep.EventActor { return ds.recentCharge(si) }
	}
	var trigs []*trigger
	byTok := map[int]*trigger{}
	for i := range t.toks {
		var tr *trigger
		switch t.toks[i].UPOS {
		case "VERB":
			tr = c.verbTrigger(t, i)
		case "NOUN", "PROPN":
			tr = c.nounTrigger(t, i)
			if tr != nil && !nounAsSubjectOK(t, tr) {
				tr = nil
			}
			if tr != nil && tr.code == "---" {
				if code := t.forceOfHarm(i); code != "" {
					tr.code, tr.rule = code, tr.rule+" (force that harms)"
				}
			}
			if tr != nil && violent(tr.code) && !c.opts.PhraseWords {
				if t.hasWord(i, []string{"det"}, "ANY") && (t.rel(i) == "nsubj" || c.mode(t, i, s.Heading).mode != sitrep.ModeNegated) {
					// "warned that any American attack ... will not go
					// unanswered", "reprisals for any military strike": an
					// attack supposed, not reported (the warning is the event);
					// "denied carrying out any strikes" is a strike denied, its
					// mode negated
					tr = nil
				}
			}
		}
		if tr != nil {
			trigs = append(trigs, tr)
			byTok[i] = tr
		}
	}
	// What a verb's object is recodes it. A place seized is territory taken
	// (192, occupy territory), not property (171): PETRARCH's 192 patterns need
	// a word such as "town" or "territory" in the object, but news names the
	// place ("took <town> from <group>"). A place handed over is yielded (080) to
	// whom it goes "to" ("the SDF handed over Raqqa to Damascus"), as control of
	// it is (the overlay's "hand over * CONTROL"); the dictionary's HAND_OVER has
	// no default code. A person or a group captured or seized is detained (173),
	// not property confiscated (1711): PETRARCH-2 merged SEIZE's "* (IN RAID)"
	// into the block of CAPTURE and ARREST ("the SDF captured a senior ISIS
	// official in a raid"); the object's own head must be the actor ("ISIS
	// weapons" are things).
	for _, tr := range trigs {
		o := t.child(tr.tok, "obj")
		if tr.noun || o < 0 {
			continue
		}
		if tr.code == "1711" {
			if t.actor[o] >= 0 && t.ms[t.actor[o]].Code != "" {
				tr.code = "173"
				tr.rule += " (a party)"
			}
			continue
		}
		if inList(t.lemma[tr.tok], liberateVerbs...) || inList(t.lemma[tr.tok], clearVerbs...) {
			if found == nil {
				found = c.findAt(doc, s, ds, si)
			}
			if t.liberates(tr.tok, placeObject(s, t, o, found.places)) {
				tr.code, tr.rule = "192", tr.rule+" (ground taken)"
			}
			continue
		}
		handOver := (tr.code == "" || tr.code == "---") && inList(t.lemma[tr.tok], "HAND") && t.hasWord(tr.tok, []string{"compound:prt"}, "OVER")
		// A pattern that names only who seizes ("MILITANTS *": an abduction, 181)
		// says nothing of what was seized: a place seized is ground, as it is
		// for the verb's own code.
		subjectOnly := tr.code == "181" && tr.subjectOnly && inList(t.lemma[tr.tok], seizeVerbs...)
		if (tr.score > 0 || tr.code != "171" && !handOver) && !subjectOnly {
			continue
		}
		if found == nil {
			found = c.findAt(doc, s, ds, si)
		}
		if placeObject(s, t, o, found.places) {
			if handOver {
				tr.code = "080"
			} else {
				tr.code = "192"
			}
			tr.rule += " (a place)"
		}
	}
	// A verb and the event noun it governs express one event. A light verb whose
	// code is only its default ("engaged in", "carried out") yields to the noun; a
	// verb whose pattern named the noun ("began * &NEGOTIATION") keeps it.
	for _, tr := range trigs {
		if !tr.noun {
			continue
		}
		// only the verb's object or "in" phrase is its content: "engaged in
		// operations", "held talks", not "alongside negotiations, forces deployed"
		k := tr.tok
		if t.rel(k) == "conj" && t.head[k] >= 0 && t.rel(t.head[k]) == "obj" {
			k = t.head[k] // a conjunct of the object is an object too ("escalated aerial and artillery bombardment")
		}
		light := t.rel(k) == "obj" || t.rel(k) == "obl" && inList(t.caseOf(k), "IN", "INTO")
		if h := t.head[k]; h >= 0 && light {
			if v := byTok[h]; v != nil && !v.noun {
				switch {
				case t.lemma[h] == "CLAIM" && t.rel(k) == "obj" && inList(t.lemma[tr.tok], claimedActs...):
					// "ISIS claimed the attack": the attack is the event, the
					// claim its mode (responsible)
					v.covered = true
				case v.score == 0 && (v.code == "---" || inList(t.lemma[h], lightVerbs...) || inList(t.upper[h], lightVerbs...)):
					v.covered = true
				case violent(tr.code) && (inList(t.lemma[h], lightVerbs...) || inList(t.upper[h], lightVerbs...)) &&
					!(violent(v.code) && len(v.code) > len(tr.code)):
					// a light verb whose own pattern matched ("carried out * attack",
					// "&MILITARY intensified *": 154) still only carries the force
					// its noun names; the noun knows where it was aimed ("an attack
					// on the town of <place>", "their bombardment of <place>"). A
					// verb pattern more specific than the noun keeps the event.
					v.covered = true
				case strings.HasPrefix(tr.code, "06") && violent(v.code) && tr.score > 0:
					// "X and Y carried out a joint operation against Z": the
					// force is the verb's, and the operation being joint is
					// cooperation between those who carried it out; neither
					// event covers the other
				case t.rel(k) == "obl" && (v.code == "010" || inList(t.lemma[h], reportVerbs...)):
					// "said in a phone call with Putin": a statement is coded by
					// its content, and the call it was made in is an event too
				case tr.code != "" && tr.code != "---" && !agentlessIn(t, tr, h):
					// a verb with content of its own ("praised its cooperation",
					// "condemned the attack") is the event; the noun its object
					tr.covered = true
				}
			}
		}
	}
	var out []sitrep.Event
	var from []int // the trigger token of each event in out
	seen := map[string]bool{}
	for _, tr := range trigs {
		if tr.covered || tr.code == "" || tr.code == "---" || rangeIdiom(t, tr.tok) || cooperationAim(t, tr, byTok) {
			continue
		}
		if !c.opts.Statements && (tr.code == "010" || !tr.noun && inList(t.lemma[tr.tok], reportVerbs...) && t.child(tr.tok, "ccomp") >= 0 &&
			!accusesSomeone(t, tr.tok)) {
			// a statement is coded by its content ("officials told the Journal
			// that Syria agreed to join": Syria joins, attributed to the officials);
			// an accusation of someone is itself an event, however the parser
			// hangs what it charges (accusesSomeone)
			continue
		}
		evs := c.events(doc, s, t, tr)
		if ds != nil && len(evs) > 0 {
			evs = c.earlierForce(t, tr, evs)
		}
		if len(evs) > 0 && found == nil {
			found = c.findAt(doc, s, ds, si) // only sentences with events pay for the search
		}
		c.locate(doc, t, tr, evs, found)
		c.aspect(doc, s, t, tr, evs, found)
		if ds != nil && len(evs) > 0 {
			ds.dates[si] = found.dates
			for k := range evs {
				if len(found.dates) > 0 || evs[k].DateText != "" || evs[k].DateFrom == DateOngoing || evs[k].DateFrom == DateHabitual {
					continue
				}
				if d := c.inheritDate(ds, si, t, tr, &evs[k]); d != nil {
					evs[k].Date, evs[k].DateText, evs[k].DateFrom = d.Date, d.Text, DateInherited
				}
			}
		}
		for _, ev := range evs {
			key := ev.Source.Code + "|" + ev.Target.Code + "|" + ev.CAMEO
			if seen[key] {
				continue
			}
			seen[key] = true
			out = append(out, ev)
			from = append(from, tr.tok)
		}
	}
	out, from = c.jointForce(t, out, from)
	out, from = dropGeneric(t, out, from)
	out, from = dropSubjectForce(t, out, from)
	out, from = dropOutcomes(t, out, from)
	out = c.dropRestated(t, out, from)
	if ds != nil {
		for _, ev := range out {
			// force that happened (or is said to have): not planned, denied or
			// feared force, which "the strikes" of the next sentence cannot be
			if violent(ev.CAMEO) && ev.Source.Code != "" && (ev.Mode == sitrep.ModeOccurred || ev.Mode == sitrep.ModeClaimed) &&
				!slices.ContainsFunc(ds.force[si], func(a sitrep.EventActor) bool { return forceKey(a.Code) == forceKey(ev.Source.Code) }) {
				ds.force[si] = append(ds.force[si], ev.Source)
			}
			if strings.HasPrefix(ev.CAMEO, "11") && ev.Source.Code != "" && ev.Target.Code != "" &&
				!slices.ContainsFunc(ds.charges[si], func(a sitrep.EventActor) bool { return a.Code == ev.Source.Code }) {
				ds.charges[si] = append(ds.charges[si], ev.Source)
			}
		}
	}
	return out
}

// cooperationAim reports whether force trigger tr is the aim of cooperation: an
// infinitive hung on a verb or noun of cooperation ("instances of collaboration
// with the Syrian government to counter very specific ISIS threats",
// "cooperating with Damascus to combat the group"). The cooperation is what
// happened; what it is for is not reported as done. (Force launched to do
// something, "launched an operation to clear the towns of Daesh", is not
// cooperation: its aim is coded.)
func cooperationAim(t *tree, tr *trigger, byTok map[int]*trigger) bool {
	i := tr.tok
	if tr.noun || !violent(tr.code) || t.toks[i].XPOS != "VB" || !t.hasWord(i, []string{"mark"}, "TO") {
		return false
	}
	h := t.head[i]
	if h < 0 || !inList(t.rel(i), "acl", "advcl", "xcomp") {
		return false
	}
	coop := func(k int) bool {
		return byTok[k] != nil && !byTok[k].covered && strings.HasPrefix(byTok[k].code, "06")
	}
	if coop(h) {
		return true
	}
	// "have had multiple instances of collaboration … to counter": the
	// infinitive hung on the verb whose object names the cooperation
	if o := t.child(h, "obj"); o >= 0 {
		if coop(o) {
			return true
		}
		for _, k := range t.kids[o] {
			if t.rel(k) == "nmod" && coop(k) {
				return true
			}
		}
	}
	return false
}

// rangeIdiom reports whether the verb at i measures a distance, "within firing
// range of the road", "within striking distance of Raqqa": a reach, not a use
// of force (the parser reads the gerund as a verb whose object is the range).
func rangeIdiom(t *tree, i int) bool {
	o := t.child(i, "obj")
	return t.toks[i].XPOS == "VBG" && o >= 0 && o == i+1 && inList(t.lemma[o], "RANGE", "DISTANCE")
}

// accusesSomeone reports whether "accuse" at i names whom it accuses: as its
// object, or as the subject the parser gave the charge, a gerund ("accused the
// United States of deliberately allowing", the gerund clause made a ccomp whose subject,
// the accused, clauseAddressee makes the target). A headline's passive "Assad
// accused of releasing prisoners" names the accused as the verb's subject and
// gives the charge none: no accuser is named.
func accusesSomeone(t *tree, i int) bool {
	if t.lemma[i] != "ACCUSE" {
		return false
	}
	if t.child(i, "obj") >= 0 {
		return true
	}
	k := t.child(i, "ccomp")
	return k >= 0 && t.toks[k].XPOS == "VBG" && t.child(k, "nsubj") >= 0
}

// forceKey is what the actors on one side of an event, or a sentence's sources
// of force, are told apart by: one per state (its government and military are
// one), each group by its own code (the Islamic State and al-Qaeda, a
// country's army and its rebels are two).
func forceKey(code string) string {
	if country.Organ(code) {
		return code[:3]
	}
	return code
}

// dropGeneric removes an event coded only by its family (a three-digit code
// ending in 0: 190, "use conventional military force") where a word
// coordinated with its trigger codes the same two parties more exactly in that
// family: "Israel has continued to conduct air strikes and military operations
// in southern Syria" reports an air campaign (195), not a second, unspecified
// use of force. from[k] is the trigger token of out[k].
func dropGeneric(t *tree, out []sitrep.Event, from []int) ([]sitrep.Event, []int) {
	coordinated := func(a, b int) bool {
		// nouns only: "conducted air strikes and military operations" is one
		// campaign, "attacked Kurdish militants and seized the town" two acts
		if t.toks[a].UPOS != "NOUN" || t.toks[b].UPOS != "NOUN" {
			return false
		}
		return t.head[a] == b && t.rel(a) == "conj" || t.head[b] == a && t.rel(b) == "conj" ||
			t.head[a] >= 0 && t.head[a] == t.head[b] && t.rel(a) == "conj" && t.rel(b) == "conj"
	}
	var keep []sitrep.Event
	var keepFrom []int
	for k, ev := range out {
		generic := len(ev.CAMEO) == 3 && ev.CAMEO[2] == '0'
		if generic {
			generic = false
			for j, o := range out {
				if j != k && o.CAMEO != ev.CAMEO && strings.HasPrefix(o.CAMEO, ev.CAMEO[:2]) && o.Source.Code == ev.Source.Code &&
					o.Target.Code == ev.Target.Code && o.Mode == ev.Mode && coordinated(from[k], from[j]) {
					generic = true
				}
			}
		}
		if !generic {
			keep, keepFrom = append(keep, ev), append(keepFrom, from[k])
		}
	}
	return keep, keepFrom
}

// dropSubjectForce removes the event of a force noun that is the subject of a
// violent verb with the same source, where the noun's event has only a
// country for its target and the verb's a party: in "strikes in Syria by the
// coalition killed 14 Islamic State fighters" the strikes and the killing are
// one act on the Islamic State, Syria where it happened (as "air strikes by
// the coalition killed 14 fighters" is one event). from[k] is the trigger
// token of out[k].
func dropSubjectForce(t *tree, out []sitrep.Event, from []int) ([]sitrep.Event, []int) {
	restated := make([]bool, len(out))
	for k, ev := range out {
		n := from[k]
		if !violent(ev.CAMEO) || !country.IsCode(ev.Target.Code) || !strings.HasPrefix(t.toks[n].DepRel, "nsubj") || aimedAt(t, n) {
			continue
		}
		for j, o := range out {
			if j != k && from[j] == t.head[n] && violent(o.CAMEO) && o.Source.Code == ev.Source.Code &&
				o.Target.Code != "" && !country.IsCode(o.Target.Code) {
				restated[k] = true
				takeMeansCode(&out[j], ev) // "a US drone strike killed a Taliban leader": the strike's 195
			}
		}
	}
	var keep []sitrep.Event
	var keepFrom []int
	for k, ev := range out {
		if !restated[k] {
			keep, keepFrom = append(keep, ev), append(keepFrom, from[k])
		}
	}
	return keep, keepFrom
}

// aimedAt reports whether force noun n names where it was aimed in an "on",
// "against" or "at" phrase ("Israeli air strikes on Syria killed two Iranian
// commanders"): a target of its own, not where the killing happened.
func aimedAt(t *tree, n int) bool {
	for _, k := range t.kids[n] {
		if t.rel(k) == "nmod" && inList(t.caseOf(k), "ON", "AGAINST", "AT", "UPON") {
			return true
		}
	}
	return false
}

// dropOutcomes removes the killing that a result clause reports of a use of force
// the sentence has already coded: in "<jets> resumed heavy bombing of <town>,
// killing 26 people" the bombing is the event and the deaths its outcome (one
// event for a CAMEO coder, as "22 people were killed in air strikes" is; see
// agentlessIn). Only a gerund clause of the force's own verb, with the same source
// and unnamed victims or the force's own target as its target, is an outcome;
// another named target is an event of its own. from[k] is the trigger token of
// out[k].
func dropOutcomes(t *tree, out []sitrep.Event, from []int) ([]sitrep.Event, []int) {
	var keep []sitrep.Event
	var keepFrom []int
	for k, ev := range out {
		i := from[k]
		h := t.head[i]
		outcome := h >= 0 && t.toks[i].XPOS == "VBG" && inList(t.rel(i), "advcl", "acl", "xcomp") && violent(ev.CAMEO)
		if outcome {
			outcome = false
			for j, o := range out {
				// the force of the governing verb, or of the event noun it
				// carries, on another target than unnamed victims — or on the
				// same party ("bombed rebel positions, killing 12 fighters")
				if j != k && violent(o.CAMEO) && o.Source.Code == ev.Source.Code &&
					(strings.HasSuffix(ev.Target.Code, "CVL") && !strings.HasSuffix(o.Target.Code, "CVL") || ev.Target.Code != "" && o.Target.Code == ev.Target.Code ||
						unnamed(ev.Target) && o.Target.Code != "" && !country.IsCode(o.Target.Code) && !strings.HasSuffix(o.Target.Code, "CVL")) &&
					(from[j] == h || t.head[from[j]] == h && t.rel(from[j]) == "obj") {
					outcome = true
				}
			}
		}
		if !outcome {
			keep, keepFrom = append(keep, ev), append(keepFrom, from[k])
		}
	}
	return keep, keepFrom
}

// headlineRun reports whether a sentence is a run of headlines, not prose: 25
// words or more, three in four of them capitalised. Pages scraped whole glue
// their lists of related articles into one "sentence" ("Related US-Led
// Coalition Conducts 12 Strikes in Syrias Tabqa - Joint Task Force Syrian
// Army Kills Wounds Dozens Daesh Militants …"); each headline in it is another
// article's, undated, and the parser joins them into clauses no one wrote.
// Prose names many things, but not three words in four: the most
// capitalised FA-KES sentences that are prose stay under two in three.
func headlineRun(toks []sitrep.Token) bool {
	words, caps := 0, 0
	for _, t := range toks {
		r, _ := utf8.DecodeRuneInString(t.Text)
		if !unicode.IsLetter(r) {
			continue
		}
		words++
		if unicode.IsUpper(r) {
			caps++
		}
	}
	return words >= 25 && 4*caps >= 3*words
}

// unnamed reports whether an event's party is named by common words only
// ("four fighters", "12 militants"): a generic group whose code the document's
// country lent it, who may well be the party the force hit ("struck SDF
// positions, killing four fighters").
func unnamed(a sitrep.EventActor) bool {
	if a.Code == "" || a.Text == "" {
		return false
	}
	for _, r := range a.Text {
		if unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// jointWords make force its agents' cooperation: "a joint offensive", "combined
// operations", "coordinated strikes".
var jointWords = []string{"JOINT", "COMBINED", "COORDINATED"}

// jointForce adds, for force that several agents used together ("US and Iraqi
// forces launched a joint offensive against ISIS"), their military cooperation
// (062) with each other, the first named with each of the others: the seeds'
// gold codes "Washington and Damascus have engaged in coordinated operations
// against terrorist networks" as cooperation between the two before the force.
// from[k] is the trigger token of out[k]; the added events take their force's.
func (c *Coder) jointForce(t *tree, out []sitrep.Event, from []int) ([]sitrep.Event, []int) {
	cb, ok := c.book.Lookup("062")
	if !ok {
		return out, from
	}
	n := len(out)
	first := map[int]bool{} // trigger tokens whose first agent has been paired
	for k := 0; k < n; k++ {
		ev := out[k]
		if !violent(ev.CAMEO) || ev.Source.Code == "" || first[from[k]] || !t.joint(from[k]) {
			continue
		}
		first[from[k]] = true
		for j := k + 1; j < n; j++ {
			o := out[j]
			if from[j] != from[k] || o.Source.Code == "" || sameActor(o.Source.Code, ev.Source.Code) || !violent(o.CAMEO) {
				continue
			}
			dup := false
			for _, x := range out {
				if strings.HasPrefix(x.CAMEO, "06") && (x.Source.Code == ev.Source.Code && x.Target.Code == o.Source.Code || x.Source.Code == o.Source.Code && x.Target.Code == ev.Source.Code) {
					dup = true
				}
			}
			if dup {
				continue
			}
			co := ev
			co.Target = o.Source
			setCode(&co, cb)
			co.Rule = "joint force: " + ev.Rule
			out = append(out, co)
			from = append(from, from[k])
		}
	}
	return out, from
}

// joint reports whether the force at token i is said to be joint: the noun, or
// the noun a light verb carries, has a jointWords modifier, or the verb is done
// "jointly".
func (t *tree) joint(i int) bool {
	nouns := []int{i}
	if t.toks[i].UPOS == "VERB" {
		if t.hasWord(i, []string{"advmod"}, "JOINTLY") {
			return true
		}
		if o := t.child(i, "obj"); o >= 0 {
			nouns = append(nouns, o)
		}
	}
	for _, n := range nouns {
		if t.hasWord(n, []string{"amod", "compound"}, jointWords...) {
			return true
		}
	}
	return false
}

// meansOf reports whether the force at token n (a noun or verb of means) is
// tied in the tree to the act at token v: inside its phrases ("airstrikes by
// the regime hit a school", "warplanes and artillery fire targeted the
// positions"), governing it ("strikes targeting Daesh"), or beside it as its
// adjunct ("conducted 16 airstrikes throughout Raqqa destroying structures")
// or, for a subject, as the verb it shares ("attacks have killed 10 and injured
// 41"). Another clause coordinated with the means ("carried out air strikes
// and clashed with rebels", "fired rockets and killed two soldiers with sniper
// fire") is no act of that means.
func meansOf(t *tree, n, v int) bool {
	switch {
	case t.head[v] == n && t.rel(v) == "conj":
		return false
	case t.dominates(v, n) || t.dominates(n, v):
		return true
	case t.head[n] < 0 || t.head[n] != t.head[v]:
		return false
	case inList(t.rel(v), "advcl", "xcomp", "acl"):
		return true
	}
	return t.rel(v) == "conj" && strings.HasPrefix(t.toks[n].DepRel, "nsubj")
}

// dropRestated removes force reported without a target (UntargetedCodes) when
// the sentence has coded force of the same source with one: in "ten soldiers
// were killed by Elbonian air strikes" the strikes are the killing's means, one
// event, not a second one aimed at nobody. An act of the family's generic code
// (190) that restates it takes its exact one.
func (c *Coder) dropRestated(t *tree, out []sitrep.Event, from []int) []sitrep.Event {
	var keep []sitrep.Event
	for k, ev := range out {
		restated := false
		if ev.Target.Code == "" && ev.Source.Code != "" && violent(ev.CAMEO) && c.standsAlone(ev.CAMEO) {
			for j, o := range out {
				if j != k && o.Target.Code != "" && o.Source.Code == ev.Source.Code && violent(o.CAMEO) && !strings.HasPrefix(o.CAMEO, "192") {
					// (ground taken is no restatement of the fighting: "the army
					// entered the area and is engaged in fierce fighting")
					restated = true
					// (only a means tied to the act in the tree: its subject or
					// phrase, "air strikes by the regime hit a school"; not
					// another clause, "carried out air strikes and clashed with
					// rebels")
					if n, v := from[k], from[j]; n >= 0 && v >= 0 && meansOf(t, n, v) {
						takeMeansCode(&out[j], ev) // "air strikes by the regime hit a school"
					}
				}
			}
		}
		if !restated {
			keep = append(keep, ev)
		}
	}
	return keep
}

// verbTrigger finds the verb entries for token i and the best pattern among them.
func (c *Coder) verbTrigger(t *tree, i int) *trigger {
	var best *trigger
	bestRank := -1
	for _, word := range []string{t.lemma[i], t.upper[i]} {
		for _, v := range c.dict.Verbs(word) {
			if !multiwordOK(t, i, v) {
				continue
			}
			tr := &trigger{tok: i, target: -1, seqSrc: -1, seqTgt: -1, adjunct: -1}
			code, paired := v.Code, v.Paired
			if code == "" {
				code, paired = v.Block.Code, v.Block.Paired
			}
			tr.code, tr.paired, tr.rule = code, paired, v.Block.Name+": "+strings.ToLower(v.Word)
			ctx := c.context(t, i, false)
			// A later pattern wins a tie, as in PETRARCH, whose pattern trie keeps
			// the last of two identical patterns; the overlay comes last.
			from, to := i-len(v.Pre), i
			for k, w := range v.Post {
				if i+1+k < len(t.toks) && t.upper[i+1+k] == w {
					to = i + 1 + k
				}
			}
			var chosen *verbdict.Pattern
			for pi, p := range v.Block.Patterns {
				sc, tgt, of, ok := c.match(t, ctx, p)
				seq := seqResult{src: -1, tgt: -1}
				if c.opts.PhraseWords && ok {
					seq, ok = c.seqMatch(t, p, from, to)
					sc += seq.markers
				}
				if ok && sc > 0 && sc == tr.score && chosen != nil && !c.opts.PhraseWords &&
					v.Code != "" && chosen.Code == v.Code && patternOf(*chosen, v.Word) && otherVerbs(p, v) && chosen.Text() == p.Text() {
					// The same pattern twice with two codes ("* MEMBERS" [173]
					// under ARREST, [181] under CAPTURE): for a verb with a code
					// of its own (ARREST [173] in a block of seizing, 171), the
					// pattern written for it with that code wins over a later
					// one written for another verb of the block, so "arrested
					// ISIS members" is an arrest. (The overlay's patterns name no
					// verb and still win as the later; verbs without a code of
					// their own, SEND, keep the later pattern, as PETRARCH does.)
					continue
				}
				if ok && sc > 0 && sc >= tr.score {
					chosen = &v.Block.Patterns[pi]
					tr.seqSrc, tr.seqTgt = seq.src, seq.tgt
					tr.score, tr.target, tr.ofRole = sc, tgt, of
					tr.compound = c.opts.PhraseWords && hasCompound(p.Pre)
					tr.subjectOnly = len(p.Pre) > 0 && len(p.Post) == 0
					tr.code, tr.paired = p.Code, p.Paired
					tr.reversed = false
					switch {
					case tr.code == "" && p.Paired != "" && !c.opts.PhraseWords && givenFrom(t, i):
						// only a paired code ("* SUPPORT (FROM)" [:051] under GET):
						// the pattern means the reciprocal event alone, the other
						// party's to the subject ("received support from Turkey":
						// Turkey supports the subject), where a "from" phrase names
						// that party (not "Baghdad is facing a threat": whose?)
						tr.code, tr.reversed = p.Paired, true
					case tr.code == "":
						tr.code = "---" // only a paired code: PETRARCH-1's phrase reading codes none
					case tr.code == p.Paired && !c.opts.PhraseWords && inList(t.lemma[i], receiveVerbs...) && hasFrom(p) && givenFrom(t, i):
						// "received a phone call from Putin" ([041:041]): the call
						// is the giver's, and sitrep codes one direction
						tr.reversed = true
					}
					tr.rule = v.Block.Name + ": " + p.Text()
				}
			}
			r := c.rank[v.Block]
			if best == nil || tr.score > best.score || tr.score == best.score && (len(v.Post)+len(v.Pre) > 0 || r > bestRank) {
				best, bestRank = tr, r
			}
		}
		if best != nil {
			break
		}
	}
	if best != nil && !c.opts.PhraseWords && t.lemma[i] == "FLY" && t.child(i, "obj") >= 0 && t.actor[t.child(i, "obj")] < 0 {
		// "the Pentagon has flown 1,500 detainees to Iraq": what is flown
		// travels, not the subject (FLY's "* (TO)", 036)
		return nil
	}
	if best != nil && t.upper[i] == "ACCORDING" && i+1 < len(t.toks) && t.upper[i+1] == "TO" {
		return nil // "according to SANA" names a source, no accord
	}
	if best != nil && !c.opts.PhraseWords && i > 1 && t.upper[i-1] == "-" && inList(t.lemma[i], affiliationVerbs...) {
		// "the al-Qaeda-linked Nusra Front": a standing tie that names the
		// group, not a cooperation that happened
		return nil
	}
	if best != nil && !c.opts.PhraseWords && strings.HasPrefix(best.code, "172") && t.standingBan(i) {
		// "Daesh (outlawed in Russia)", "a terrorist group banned in Russia":
		// a label that names the group, not a ban reported
		return nil
	}
	if best != nil && best.score == 0 && !c.opts.PhraseWords {
		return c.reread(t, i, best)
	}
	return best
}

// standingBan reports whether verb i, of banning, is a reduced passive that
// labels a group with the land that outlaws it: "Daesh (outlawed in Russia)",
// "the Nusra Front banned in Russia", the parser taking the participle for a
// past tense whose subject is the group. One bans something: a verb of
// banning with no object and no auxiliary of its own, its only complement an
// "in" phrase naming a country or place, is that participle, and the label is
// a standing status, not a ban the text reports.
func (t *tree) standingBan(i int) bool {
	if !inList(t.toks[i].XPOS, "VBD", "VBN") || t.child(i, "obj", "iobj", "ccomp", "xcomp", "aux", "aux:pass") >= 0 || t.agentPhrase(i) >= 0 {
		return false
	}
	for _, k := range t.kids[i] {
		if t.rel(k) == "obl" && t.caseOf(k) == "IN" && (len(t.actorsOf(k)) > 0 || t.namedPlace(k)) {
			return true
		}
	}
	return false
}

// givenFrom reports whether verb i, or its object, has a "from" phrase that
// names an actor: the giver of what the subject receives.
func givenFrom(t *tree, i int) bool {
	heads := []int{i}
	if o := t.child(i, "obj"); o >= 0 {
		heads = append(heads, o)
	}
	for _, h := range heads {
		for _, k := range t.kids[h] {
			if r := t.rel(k); (r == "obl" || r == "nmod") && t.caseOf(k) == "FROM" && len(t.actorsOf(k)) > 0 {
				return true
			}
		}
	}
	return false
}

// hasFrom reports whether pattern p names a "from" phrase after the verb.
func hasFrom(p verbdict.Pattern) bool {
	for _, e := range p.Post {
		if strings.Contains(e.String(), "FROM") {
			return true
		}
	}
	return false
}

// patternOf reports whether pattern p was written for verb word, as the
// dictionary's comment after it says ("# ARREST").
func patternOf(p verbdict.Pattern, word string) bool {
	w, _, _ := strings.Cut(strings.TrimSpace(p.Comment), " ")
	return w != "" && strings.EqualFold(w, word)
}

// otherVerbs reports whether pattern p's comment names a verb of v's block
// other than v.
func otherVerbs(p verbdict.Pattern, v *verbdict.Verb) bool {
	for _, w := range v.Block.Verbs {
		if w.Word != v.Word && patternOf(p, w.Word) {
			return true
		}
	}
	return false
}

// reread recodes verb i, for which the dictionaries matched only a word's
// default code (best, no pattern), by what the sentence around it says: such
// defaults are the verb's least likely sense in war news. It returns nil where
// the verb is no event.
func (c *Coder) reread(t *tree, i int, best *trigger) *trigger {
	switch t.lemma[i] {
	case "DENY":
		// "denied that its drones struck the village": denying a report is
		// the dictionary's 016 for a report or an accusation in the object
		// (REFUSE's "* REPORT", "* ACCUSATION"); the clause's own event is
		// read as negated where it is coded
		if c := t.child(i, "ccomp"); c >= 0 && (t.hasWord(c, []string{"mark"}, "THAT") ||
			slices.ContainsFunc(t.kids[c], func(k int) bool { return strings.HasPrefix(t.toks[k].DepRel, "nsubj") })) {
			best.code, best.rule = "016", best.rule+" (denied that)"
		}
		// "denied the army had used such weapons" (a clause with no "that"),
		// "denied using chemical weapons", "denied carrying out any strikes":
		// denying a deed told as a clause or a gerund is the same denial
		if x := t.child(i, "xcomp", "ccomp"); x >= 0 && t.toks[x].XPOS == "VBG" {
			best.code, best.rule = "016", best.rule+" (denied doing)"
		}
		fallthrough
	case "REJECT", "DISMISS":
		// "SDF spokesman Farhad Shami denied this": a demonstrative object is
		// what was just said, and denying it is a denial (016) as denying "the
		// report" is; rejecting or dismissing it is one where the two
		// sentences before charge someone ("accused the SDF of stalling"), who
		// is then its target (deniedCharge). Without a charge before, "rejected
		// this" may turn down a proposal.
		if t.deniedPronoun(i) >= 0 && (t.lemma[i] == "DENY" || t.earlierCharge != nil && len(t.earlierCharge()) > 0) {
			best.code, best.rule = "016", best.rule+" (denied this)"
		}
	case "CALL":
		if labels(t, i) {
			// "calling them a blatant violation", "called the attack a crime": a
			// label given, not a telephone call (the CALL block's 041)
			return nil
		}
		if x := t.infinitiveOf(i); best.code == "041" && x >= 0 && !inList(t.lemma[x], callPurposes...) {
			// "the UN calls the US and Russia to bring peace": an appeal, as
			// "called on X to" is (CALLED_FOR, 020), not a telephone call; but
			// "Putin called Erdogan to discuss Idlib" is a call and its purpose
			best.code, best.rule = "020", best.rule+" (an appeal)"
		}
	case "PUSH":
		if !strings.HasPrefix(best.code, "10") {
			break
		}
		// DEMAND's "push" is pressing for something ("push for a U.N.
		// resolution"); in war news a party pushed back, out or from a place
		// is driven off by force, and pushing ahead or towards a town is
		// movement, no demand
		switch {
		case t.child(i, "obj") >= 0 && (t.hasWord(i, []string{"compound:prt", "advmod"}, "OUT", "BACK", "AWAY") || len(t.phrasesOf(i, "FROM")) > 0 ||
			len(t.phrasesOf(i, "OUT OF")) > 0): // "to push the militants out of the city"
			best.code, best.rule = "190", best.rule+" (pushed back)"
		case len(t.phrasesOf(i, "FOR")) == 0 && t.child(i, "obj") < 0:
			return nil
		}
	case "PRESS":
		// DEMAND's "press" presses a party to do something; "Kurd-led forces
		// press Islamic State near Raqqa", "fighters pressing IS gunmen" press
		// an armed party on the ground: force
		if o := t.child(i, "obj"); o >= 0 && t.infinitiveOf(i) < 0 && t.child(i, "xcomp") < 0 && len(t.phrasesOf(i, "FOR")) == 0 &&
			slices.ContainsFunc(t.actorsOf(o), func(m int) bool { return armedCode(t.ms[m].Code) }) {
			best.code, best.rule = "190", best.rule+" (an armed party pressed)"
		}
	case "CLAIM":
		// ALLEGE's "claim" states something; "the ambush claimed scores of
		// terrorists", "clashes claiming at least 10 killed" take lives
		if o := t.child(i, "obj"); o >= 0 && t.child(i, "ccomp") < 0 && t.toks[o].UPOS == "NOUN" && !inList(t.lemma[o], responsibilityNouns...) &&
			(inList(t.lemma[o], victimNouns...) || inList(t.lemma[o], "KILLED", "DEAD", "LIFE", "LIVE") ||
				slices.ContainsFunc(t.actorsOf(o), func(m int) bool { return armedCode(t.ms[m].Code) || strings.HasSuffix(t.ms[m].Code, "CVL") })) {
			best.code, best.rule = "190", best.rule+" (lives claimed)"
		}
	case "MANAGE":
		// "troops managed to wrest control of the farms": the deed is the
		// event; "a clinic managed by the Red Crescent" names who runs it
		if t.child(i, "xcomp") >= 0 || t.toks[i].DepRel == "acl" {
			return nil
		}
	case "ENTER":
		// "the troops have entered the neighboring Raqqah Province": a force
		// entering ground takes it (192), as troopsLeave withdraws from it;
		// entering talks or a pact is the dictionary's
		if best.code == "---" && c.troopsLeave(t, i) {
			best.code, best.rule = "192", best.rule+" (a force enters ground)"
		}
	case "WITHDRAW", "RETREAT":
		// RETREAT's default is yielding (080); "US forces withdrew from the
		// al-Tanf base" is a military withdrawal, as the block's "&MILITARY *"
		// codes it where the subject's word is in the synset ("troops", not
		// "forces")
		if best.code == "080" && c.forceActs(t, i) {
			best.code, best.rule = "0874", best.rule+" (a force withdraws)"
		}
	case "LEAVE":
		// leaving a town, or a door open, is no consultation (the block's 040)
		x, o := t.child(i, "xcomp"), t.child(i, "obj")
		switch {
		case o >= 0 && x >= 0 && inList(t.lemma[x], "DEAD", "WOUNDED", "INJURED"):
			// "left 40 soldiers dead", "leaving many terrorists dead": a killing
			best.code, best.rule = "190", best.rule+" (left dead)"
			if s, passive := t.subject(i); s >= 0 && !passive && t.toks[s].UPOS == "NOUN" {
				// "Russian air strikes left 12 rebels dead": the force's own means,
				// as "air strikes killed" codes it
				if nt := c.nounTrigger(t, s); nt != nil && strings.HasPrefix(nt.code, "19") {
					best.code = nt.code
				}
			}
		case o >= 0 && c.troopsLeave(t, i):
			// "demanded that American troops leave Iraq", "the army left
			// Palmyra": a force leaving a place withdraws from it
			best.code, best.rule = "0874", best.rule+" (troops leave)"
		default:
			return nil
		}
	}
	if t.receivesVisitor(i) {
		best.code, best.rule = "043", best.rule+" (a visitor)"
	}
	return best
}

// armedCode reports whether an actor code names an armed party: a military, a
// rebel, insurgent or unaligned armed group, or an international militarized
// group (IMG…).
func armedCode(code string) bool {
	return strings.HasPrefix(code, "IMG") || hasSector(code, "MIL", "REB", "INS", "UAF")
}

// hasSector reports whether one of the three-letter parts of actor code (a
// country, then sectors: "SYRGOVMED") is one of secs.
func hasSector(code string, secs ...string) bool {
	for k := 0; k+3 <= len(code); k += 3 {
		if inList(code[k:k+3], secs...) {
			return true
		}
	}
	return false
}

// affiliationVerbs, as the second half of a hyphenated modifier ("al-Qaeda-
// linked", "IS-affiliated", "Iran-aligned"), describe whose a group is.
var affiliationVerbs = []string{"LINK", "AFFILIATE", "ALLY", "ALIGN", "INSPIRE", "CONNECT", "TIE"}

// troopsLeave reports whether the subject of LEAVE at i is a state's or a
// group's armed force (a mention coded as a military, or a noun of the
// dictionaries' military synsets: troops, forces, soldiers, the army) and its
// object a place (a country, or placeNoun's): a withdrawal, not a trip.
func (c *Coder) troopsLeave(t *tree, i int) bool {
	o := t.child(i, "obj")
	if o < 0 || !c.forceActs(t, i) {
		return false
	}
	return t.actor[o] >= 0 && country.IsCode(t.ms[t.actor[o]].Code) || t.placeNoun(o)
}

// forceActs reports whether the active subject of verb i is a state's or a
// group's armed force: a mention coded as a military, or a noun of the
// dictionaries' military synsets (troops, soldiers, the army).
func (c *Coder) forceActs(t *tree, i int) bool {
	s, passive := t.subject(i)
	if s < 0 || passive {
		return false
	}
	return t.actor[s] >= 0 && strings.HasSuffix(t.ms[t.actor[s]].Code, "MIL") ||
		t.toks[s].UPOS == "NOUN" && (c.dict.InSynset("&MILITARY", t.upper[s]) || c.dict.InSynset("&TROOPS_", t.upper[s]))
}

// callPurposes are what a telephone call is made to do: "called Erdogan to
// discuss the situation", "to congratulate him", "to express condolences".
var callPurposes = []string{"DISCUSS", "CONGRATULATE", "EXPRESS", "THANK", "INFORM", "BRIEF", "URGE", "OFFER", "CONVEY",
	"REVIEW", "TALK", "CONSULT", "ASSURE", "REASSURE", "COORDINATE", "EXCHANGE", "ASK", "EXPLAIN", "DISCLOSE", "WISH", "UPDATE"}

// infinitiveOf returns the "to" infinitive that verb i governs (xcomp, or an
// advcl a parser made of it), or -1.
func (t *tree) infinitiveOf(i int) int {
	for _, k := range t.kids[i] {
		if r := t.rel(k); (r == "xcomp" || r == "advcl") && t.toks[k].UPOS == "VERB" && t.hasWord(k, []string{"mark"}, "TO") {
			return k
		}
	}
	return -1
}

// receivesVisitor reports whether verb i receives or welcomes a state's leader
// or official as a visitor: "Trump received al-Sharaa at the White House", "Al-
// Sharaa was received by Trump", "welcomed al-Sharaa to Washington". The
// dictionary hosts visits only for role nouns ("received the envoy", 043); a
// named visitor is a mention of a state's government or military in the
// object, or in the subject of the passive (stateVisitor). "Welcome" needs the place too
// ("to", "at" or "in"), since "welcomed the minister's remarks" and "welcomed
// Syria's decision" are praise.
func (t *tree) receivesVisitor(i int) bool {
	if !inList(t.lemma[i], "RECEIVE", "WELCOME") {
		return false
	}
	k := t.child(i, "obj")
	if s, passive := t.subject(i); passive && s >= 0 {
		k = s
	}
	if k < 0 || !stateVisitor(t, k) {
		return false
	}
	if t.lemma[i] == "WELCOME" {
		for _, p := range t.kids[i] {
			if t.rel(p) == "obl" && inList(t.caseOf(p), "TO", "AT", "IN") {
				return true
			}
		}
		return false
	}
	return true
}

// stateVisitor reports whether nominal k names a state's government or
// military visitor: a mention whose code ends in GOV or MIL ("al-Sharaa",
// "Admiral Brad Cooper"), or a role or group noun that is none, with such a
// mention in its "of" or "from" phrase ("the commander of US Central Command",
// "a delegation from the Iraqi interior ministry").
func stateVisitor(t *tree, k int) bool {
	state := func(m int) bool {
		c := t.ms[m].Code
		return strings.HasSuffix(c, "GOV") || strings.HasSuffix(c, "MIL")
	}
	if m := t.actor[k]; m >= 0 {
		return state(m)
	}
	if t.toks[k].UPOS != "NOUN" || !inList(t.lemma[k], visitorNouns...) {
		return false // "received a letter from Jones": no visit
	}
	for _, n := range t.kids[k] {
		if t.rel(n) == "nmod" && inList(t.caseOf(n), "OF", "FROM") && t.actor[n] >= 0 && state(t.actor[n]) {
			return true
		}
	}
	return false
}

// visitorNouns are the role and group nouns that stand for a visiting
// official or party.
var visitorNouns = []string{"DELEGATION", "COMMANDER", "ENVOY", "MINISTER", "OFFICIAL", "CHIEF", "HEAD", "TEAM",
	"REPRESENTATIVE", "AMBASSADOR", "COUNTERPART", "LEADER", "PRESIDENT", "GENERAL", "ADVISER", "ADVISOR",
	"SECRETARY", "DEPUTY", "SPEAKER", "MISSION", "EMISSARY", "ADMIRAL"}

// labels reports whether verb i names something as something: an object and a
// second nominal (iobj + obj, obj + xcomp), "called the attack a crime".
func labels(t *tree, i int) bool {
	o := t.child(i, "obj")
	if o < 0 {
		return false
	}
	if t.child(i, "iobj") >= 0 {
		return true
	}
	x := t.child(i, "xcomp")
	return x >= 0 && (t.toks[x].UPOS == "NOUN" || t.toks[x].UPOS == "ADJ" || t.toks[x].UPOS == "PROPN")
}

// multiwordOK checks the other words of a multi-word verb ("carried out", "wire tap")
// next to token i or among its particles.
func multiwordOK(t *tree, i int, v *verbdict.Verb) bool {
	for k, w := range v.Post {
		j := i + 1 + k
		if j >= len(t.toks) || t.upper[j] != w {
			if !t.hasWord(i, []string{"compound", "compound:prt", "advmod", "case"}, w) {
				return false
			}
		}
	}
	for k, w := range v.Pre {
		j := i - len(v.Pre) + k
		if j < 0 || t.upper[j] != w {
			return false
		}
	}
	return true
}

func (c *Coder) nounTrigger(t *tree, i int) *trigger {
	var best *trigger
	for _, word := range []string{t.upper[i], t.lemma[i]} {
		for _, b := range c.dict.Nouns(word) {
			tr := &trigger{tok: i, noun: true, code: b.Code, paired: b.Paired, rule: "=" + b.Name, target: -1, seqSrc: -1, seqTgt: -1, adjunct: -1}
			ctx := c.context(t, i, true)
			for _, p := range b.Patterns {
				if sc, tgt, of, ok := c.match(t, ctx, p); ok && sc > 0 && sc >= tr.score {
					tr.score, tr.target, tr.ofRole, tr.code, tr.paired = sc, tgt, of, p.Code, p.Paired
					tr.rule = "=" + b.Name + ": " + p.Text()
				}
			}
			if best == nil || tr.score > best.score {
				best = tr
			}
		}
		if best != nil {
			break
		}
	}
	if best != nil && best.code == "---" && best.score == 0 && inList(t.lemma[i], "STRIKE") && t.armedStrike(i) {
		best.code, best.rule = "195", best.rule+" (an armed party's)"
	}
	return best
}

// armedStrike reports whether strike noun i, which no pattern coded (a strike
// may be a labour one), is carried out, conducted or launched by an armed
// party or a state named by its country: "Israel has carried out strikes in
// Syria", "the army conducted strikes near Hama". Workers and unions are no
// such party.
func (t *tree) armedStrike(i int) bool {
	h := t.lightVerbOf(i)
	if h < 0 || !inList(t.lemma[h], "CARRY", "CONDUCT", "LAUNCH", "EXECUTE", "MOUNT") {
		return false
	}
	if t.lemma[h] == "CARRY" && !t.hasWord(h, []string{"compound:prt", "advmod"}, "OUT") {
		return false
	}
	s, passive := t.subject(h)
	if s < 0 || passive {
		return false
	}
	for _, m := range t.actorsOf(s) {
		if c := t.ms[m].Code; armedCode(c) || len(c) == 3 && !t.placeMention(m) {
			return true
		}
	}
	return false
}

// context is what surrounds a trigger, as pattern elements see it.
type context struct {
	subj  int      // the verb's subject, -1 for none (or a noun)
	pre   []int    // subject-side words: the subject head (verbs) or the noun's modifiers
	post  []int    // object-side words: objects, particles, complements
	preps []prepPh // prepositional phrases on the trigger or its object
	// seq: the pattern's words are checked in sequence by seqMatch (PETRARCH-1
	// verbs), not against pre and post
	seq bool
}

// timeWords head phrases of time, which no pattern's preposition means: "on
// Monday" is not "call on", "for weeks" not "call for".
var timeWords = append([]string{"DAY", "DAYS", "WEEK", "WEEKS", "MONTH", "MONTHS", "YEAR", "YEARS", "MORNING", "AFTERNOON",
	"EVENING", "NIGHT", "WEEKEND", "TODAY", "YESTERDAY", "TOMORROW", "HOUR", "HOURS", "DECADE", "DECADES", "OCCASION"},
	calendarNames...)

// timePhrase reports whether the phrase headed by k is a time: a weekday or a
// month by name (capitalised: "called for a march" is no date), or a time noun
// with a number or a deictic word ("for two days", "last week", "this year").
func (t *tree) timePhrase(k int) bool {
	if !inList(t.upper[k], timeWords...) && !inList(t.lemma[k], timeWords...) {
		return false
	}
	if inList(t.upper[k], calendarNames...) {
		return capitalized(t.toks[k].Text)
	}
	for _, c := range t.kids[k] {
		if t.toks[c].UPOS == "NUM" || inList(t.upper[c], "THIS", "LAST", "NEXT", "EARLIER", "PREVIOUS", "EACH", "EVERY", "SAME", "PAST", "COMING", "RECENT", "FEW", "SEVERAL") {
			return true
		}
	}
	return inList(t.upper[k], "TODAY", "YESTERDAY", "TOMORROW")
}

// distanceUnits measure a length or an area.
var distanceUnits = []string{"KILOMETRE", "KILOMETER", "KM", "MILE", "METRE", "METER", "YARD", "FOOT", "FEET", "HECTARE", "ACRE"}

// distance reports whether the phrase headed by k is a length counted in a
// unit ("for 15 kilometres", "for two miles").
func (t *tree) distance(k int) bool {
	if !inList(t.lemma[k], distanceUnits...) && !inList(strings.TrimSuffix(t.upper[k], "S"), distanceUnits...) {
		return false
	}
	for _, c := range t.kids[k] {
		if t.toks[c].UPOS == "NUM" {
			return true
		}
	}
	return false
}

// calendarNames are the weekdays and months, which timeWords include.
var calendarNames = []string{"MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY",
	"JANUARY", "FEBRUARY", "MARCH", "APRIL", "MAY", "JUNE", "JULY", "AUGUST", "SEPTEMBER", "OCTOBER", "NOVEMBER", "DECEMBER"}

type prepPh struct {
	prep string // upper case
	head int
}

func (c *Coder) context(t *tree, i int, noun bool) context {
	ctx := context{subj: -1}
	addPreps := func(h int) {
		for _, k := range t.kids[h] {
			if !noun && (t.timePhrase(k) || t.distance(k)) && len(t.actorsOf(k)) == 0 {
				// "called Erdogan on Monday": a date is no "call on" X; nor is
				// "attacking districts along a front stretching for 15
				// kilometres" fighting for anything
				continue
			}
			if r := t.rel(k); r == "obl" || r == "nmod" || r == "advcl" {
				if p := t.caseOf(k); p != "" {
					ctx.preps = append(ctx.preps, prepPh{prep: p, head: k})
				} else if m := t.child(k, "mark"); m >= 0 && r == "advcl" {
					ctx.preps = append(ctx.preps, prepPh{prep: t.lemma[m], head: k})
				}
			}
		}
	}
	if noun {
		for _, k := range t.kids[i] {
			switch t.rel(k) {
			case "amod", "compound", "nmod":
				if t.caseOf(k) == "" {
					ctx.pre = append(ctx.pre, k)
				}
			}
		}
		addPreps(i)
		// A light verb's phrases are its noun's: "conducted a strike against an
		// ISIS leader", where the parser may attach "against" to either.
		if h := t.lightVerbOf(i); h >= 0 {
			addPreps(h)
		}
		if t.responsible(i) >= 0 {
			// "claimed responsibility for the attack on X", with "on X" hung on
			// "claimed": where the act was aimed, not what was claimed
			for _, k := range t.claimVerbPhrases(i) {
				ctx.preps = append(ctx.preps, prepPh{prep: t.caseOf(k), head: k})
			}
		}
		return ctx
	}
	if s, _ := t.subject(i); s >= 0 {
		ctx.subj = s
		ctx.pre = append(ctx.pre, s)
	}
	for _, k := range t.kids[i] {
		switch t.rel(k) {
		case "obj", "iobj", "xcomp", "compound", "advmod", "ccomp":
			ctx.post = append(ctx.post, k)
			if t.rel(k) == "obj" {
				addPreps(k)
			}
		case "nsubj":
			if t.toks[k].DepRel == "nsubj:pass" {
				ctx.post = append(ctx.post, k) // the passive subject is the object
			}
		}
	}
	if n := i + 1; n < len(t.toks) && (t.toks[n].XPOS == "RB" || t.toks[n].XPOS == "RP") && !c.opts.PhraseWords {
		// "sending home about 1,100 troops": the parser may hang the verb's
		// particle inside its object (on the number); right after the verb it
		// is still the verb's
		if o := t.child(i, "obj"); o >= 0 && o != n && t.dominates(o, n) {
			ctx.post = append(ctx.post, n)
		}
	}
	addPreps(i)
	// PETRARCH-1 reads a verb pattern's words in sequence (seqMatch) instead
	ctx.seq = c.opts.PhraseWords
	return ctx
}

// match checks pattern p against a trigger's context. It returns the number of
// elements matched (more is more specific), the target phrase a bare preposition
// pointed at (or -1), and the role an "(OF $)" or "(OF +)" element gave the "of" phrase.
func (c *Coder) match(t *tree, ctx context, p verbdict.Pattern) (score, target int, ofRole byte, ok bool) {
	target = -1
	for _, e := range p.Pre {
		switch e.Kind {
		case verbdict.Compound:
			// PETRARCH-1: "%" before the verb is a compound subject
			if c.opts.PhraseWords {
				if ctx.subj < 0 || len(t.actorsOf(ctx.subj)) < 2 {
					return 0, -1, 0, false
				}
				score++
			}
			continue
		case verbdict.Source, verbdict.Target, verbdict.Skip:
			continue
		}
		if !ctx.seq && !c.anyWord(t, ctx.pre, e) {
			return 0, -1, 0, false
		}
		score += weight(e)
	}
	for _, e := range p.Post {
		switch e.Kind {
		case verbdict.Source, verbdict.Target, verbdict.Compound, verbdict.Skip:
			continue
		case verbdict.Prep:
			hit := -1
			for _, ph := range ctx.preps {
				if !prepMatches(ph.prep, e.Words[0]) {
					continue
				}
				if e.Object == nil || e.Object.Kind == verbdict.Source || e.Object.Kind == verbdict.Target || e.Object.Kind == verbdict.Skip || c.wordMatches(t, ph.head, *e.Object) {
					hit = ph.head
					break
				}
			}
			if hit < 0 {
				return 0, -1, 0, false
			}
			switch {
			case e.Object == nil || e.Object.Kind == verbdict.Target:
				target = hit
				if e.Words[0] == "OF" && e.Object != nil {
					ofRole = '+'
				}
			case e.Object.Kind == verbdict.Source && e.Words[0] == "OF":
				ofRole = '$'
			}
			score += 1
			if e.Object != nil {
				score += weight(*e.Object)
			}
		default:
			if !ctx.seq && !c.anyWord(t, ctx.post, e) {
				return 0, -1, 0, false
			}
			score += weight(e)
		}
	}
	return score, target, ofRole, true
}

func hasCompound(es []verbdict.Element) bool {
	for _, e := range es {
		if e.Kind == verbdict.Compound {
			return true
		}
	}
	return false
}

func weight(e verbdict.Element) int {
	switch e.Kind {
	case verbdict.Phrase:
		return len(e.Words)
	case verbdict.Source, verbdict.Target, verbdict.Compound, verbdict.Skip:
		return 0
	}
	return 1
}

// prepMatches compares a phrase's preposition with a pattern's, which may list
// alternatives ("BY/WITH").
func prepMatches(have, want string) bool {
	for _, w := range strings.Split(want, "/") {
		if have == w || strings.HasSuffix(have, " "+w) {
			return true
		}
	}
	return false
}

func (c *Coder) anyWord(t *tree, toks []int, e verbdict.Element) bool {
	for _, k := range toks {
		if c.wordMatches(t, k, e) {
			return true
		}
	}
	return false
}

// wordMatches checks a pattern noun, phrase or synset against the phrase headed by k.
func (c *Coder) wordMatches(t *tree, k int, e verbdict.Element) bool {
	same := func(k int, w string) bool {
		return t.upper[k] == w || t.lemma[k] == w || t.upper[k] == verbdict.Plural(w)
	}
	switch e.Kind {
	case verbdict.Word:
		return same(k, e.Words[0])
	case verbdict.Synset:
		if c.dict.InSynset(e.Words[0], t.upper[k]) || c.dict.InSynset(e.Words[0], t.lemma[k]) {
			return true
		}
		if c.opts.PhraseWords {
			// PETRARCH-1: a member of several words is a run of words that ends
			// or starts at k ("golden goblin galleons", "did n't")
			for _, m := range c.dict.Synsets[strings.ToUpper(strings.TrimRight(e.Words[0], "_"))] {
				if !strings.Contains(m, " ") {
					continue
				}
				n := len(strings.Fields(m))
				if c.seqAt(t, k, verbdict.Element{Kind: verbdict.Phrase, Words: strings.Fields(m)}, true) == n ||
					c.seqAt(t, k, verbdict.Element{Kind: verbdict.Phrase, Words: strings.Fields(m)}, false) == n {
					return true
				}
			}
		}
		// a two-word member: "AIR STRIKE" as compound + head
		for _, m := range t.kids[k] {
			if t.rel(m) == "compound" || t.rel(m) == "amod" {
				if c.dict.InSynset(e.Words[0], t.upper[m]+" "+t.upper[k]) {
					return true
				}
			}
		}
		return false
	case verbdict.Phrase:
		head := e.Words[len(e.Words)-1]
		if !c.wordMatches(t, k, verbdict.Element{Kind: kindOf(head), Words: []string{head}}) {
			return false
		}
		for _, w := range e.Words[:len(e.Words)-1] {
			found := false
			for _, m := range t.kids[k] {
				if c.wordMatches(t, m, verbdict.Element{Kind: kindOf(w), Words: []string{w}}) {
					found = true
					break
				}
			}
			if !found {
				return false
			}
		}
		return true
	}
	return false
}

func kindOf(w string) verbdict.Kind {
	if strings.HasPrefix(w, "&") {
		return verbdict.Synset
	}
	return verbdict.Word
}

// lightVerbs carry an event noun without adding to it: "engaged in operations",
// "held talks", "carried out strikes", "reported cooperation".
//
// Verbs of force news carry an attack the same way: "waged an offensive against",
// "renewed its air strikes on", "spearheaded / led the assault on", "stepped up its
// bombardment of", "orchestrated the attack on" say only that their subject did it
// (WAGE's own dictionary patterns name the same event: "* OFFENSIVE" 190).
var lightVerbs = []string{"ENGAGE", "HOLD", "CONDUCT", "CARRY", "LAUNCH", "BEGIN", "START", "MAKE", "TAKE", "STAGE", "MOUNT", "PRESS",
	"RESUME", "CONTINUE", "PURSUE", "UNDERTAKE", "ANNOUNCE", "REPORT", "ENTER", "HAVE", "GIVE", "EXTEND", "PROVIDE", "OFFER",
	"DELIVER", "EXECUTE", "PERFORM", "INTENSIFY", "ESCALATE", "EXPAND", "DEEPEN", "STRENGTHEN", "BOOST", "INCREASE",
	"FOSTER", "PROMOTE", "ENHANCE", "ADVANCE", "BUILD", "DEVELOP", "WORK", "SEEK", "PUSH", "UNLEASH",
	"WAGE", "RENEW", "SPEARHEAD", "LEAD", "STEP", "ORCHESTRATE"}

// aspectual verbs say that the event their subject names takes place.
var aspectual = []string{"CONTINUE", "PERSIST", "RESUME", "ESCALATE", "INTENSIFY", "ERUPT", "BEGIN", "START", "OCCUR",
	"HAPPEN", "BREAK", "RAGE", "END", "KILL", "WOUND", "DESTROY", "HIT", "TARGET", "LEAD", "RESULT",
	// verbs that comment on an event that took place: "the warning indicates"
	"INDICATE", "SHOW", "DEMONSTRATE", "REFLECT", "UNDERSCORE", "SIGNAL", "MARK", "HIGHLIGHT", "REVEAL", "COME", "FOLLOW",
	// verbs that say what the event was or did: "the meeting lasted two hours",
	// "the talks focused on security", "the strikes drew condemnation", "talks
	// stalled", "the visit produced an agreement"
	"LAST", "FOCUS", "CENTER", "CENTRE", "CONCLUDE", "STALL", "COLLAPSE", "YIELD", "PRODUCE", "ADDRESS",
	"DRAW", "PROMPT", "SPARK", "TRIGGER", "COVER"}

// occurVerbs say that the event their subject names took, takes or will take place:
// "talks were held", "a meeting took place", "the summit convened". cancelVerbs say
// that it did not: "the visit was cancelled", "talks were called off".
var (
	occurVerbs = []string{"OCCUR", "HAPPEN", "CONVENE", "CONCLUDE", "PROCEED", "UNFOLD"}
	// performVerbs carry out an act (executeVerbs adds those that lead those
	// who act or deliver a weapon)
	performVerbs = []string{"CARRY", "CONDUCT", "LAUNCH", "MOUNT", "STAGE", "WAGE", "PERFORM", "EXECUTE", "UNDERTAKE", "PERPETRATE", "COMMIT"}
	cancelVerbs  = []string{"CANCEL", "POSTPONE", "SCRAP", "DELAY", "SUSPEND", "ABORT", "SHELVE", "POSTPONED", "CANCELLED", "CANCELED"}
)

// occurrence reports whether verb h says that its subject event takes place (or,
// cancelled, does not): "took place", "were held", "went ahead", "was cancelled",
// "was called off"; or, in the passive, that it was carried out ("the raids were
// carried out by Syrian jets", "the attack was launched at dawn"): the verb then
// carries the event's mode ("unclear if the strikes were carried out by").
func occurrence(t *tree, h int) bool {
	switch {
	case t.toks[h].XPOS == "VBN" && t.child(h, "nsubj:pass") >= 0 && inList(t.lemma[h], performVerbs...):
		return true
	case inList(t.lemma[h], occurVerbs...) || inList(t.lemma[h], cancelVerbs...) || inList(t.upper[h], cancelVerbs...):
		return true
	case t.lemma[h] == "TAKE":
		return t.hasWord(h, []string{"obj"}, "PLACE")
	case t.lemma[h] == "HOLD":
		return t.toks[h].XPOS == "VBN" || t.child(h, "nsubj:pass") >= 0
	case t.lemma[h] == "GO":
		return t.hasWord(h, []string{"advmod", "compound:prt", "compound"}, "AHEAD", "FORWARD")
	}
	return cancelled(t, h)
}

// cancelled reports whether verb h calls off the event that is its object or
// passive subject.
func cancelled(t *tree, h int) bool {
	if inList(t.lemma[h], cancelVerbs...) || inList(t.upper[h], cancelVerbs...) {
		return true
	}
	return t.lemma[h] == "CALL" && t.hasWord(h, []string{"compound:prt", "compound", "advmod"}, "OFF")
}

// nounAsSubjectOK decides whether an event noun that is the subject of a verb
// reports an event. Violence does ("strikes killed ten"), as does an event an
// aspectual verb says goes on ("clashes persist"), what it brought about
// ("cooperation led to") or what it shows ("the warning indicates"); otherwise the clause says something about the event rather
// than reporting it ("troop deployments will not change"). A predicate that is not a
// verb ("the warning ... was clear") leaves the event reported.
func nounAsSubjectOK(t *tree, tr *trigger) bool {
	if r := t.rel(tr.tok); r != "nsubj" && r != "csubj" {
		return true
	}
	if len(tr.code) >= 2 && inList(tr.code[:2], "18", "19", "20") {
		return true
	}
	h := t.head[tr.tok]
	if h < 0 || t.toks[h].UPOS != "VERB" {
		return true
	}
	return inList(t.lemma[h], aspectual...) || inList(t.upper[h], aspectual...) || occurrence(t, h)
}

// placeObject reports whether token o names a place: one the locators found over it
// (where an actor mention covers o too, the gazetteer's country must be the
// mention's code, as for a city the country dictionaries list), or a LOC entity that
// is no actor (the tagger's LOC on a group's name is not a place), or a single name
// that is no actor or entity, taken "from" an actor.
func placeObject(s *sitrep.Sentence, t *tree, o int, places []sitrep.Place) bool {
	sp := t.toks[o].Span
	m := t.actor[o]
	for _, p := range places {
		if p.Span.Start <= sp.Start && sp.End <= p.Span.End {
			return m < 0 || t.ms[m].Code == p.Country
		}
	}
	if m >= 0 {
		return false
	}
	if groundNoun(t.lemma[o]) {
		// "captured Base 46", "seized the airport", "took a checkpoint": a
		// post held is ground, as a town is
		return true
	}
	// one name, whatever the tagger makes of it ("Tel" of "Tel Abyad" is often a
	// common noun); "captured 3 Humvees" (plural) counts things
	named := o > 0 && capitalized(t.toks[o].Text) && t.toks[o].XPOS != "NNPS" && t.toks[o].XPOS != "NNS"
	for _, e := range s.Entities {
		if e.Start <= o && o < e.End && (e.Type == "LOC" || e.Type == "GPE") {
			return true
		}
	}
	// "took Tel Hamis from the Islamic State": a name that is no actor, taken from
	// an actor, is ground, whatever entity the tagger makes of a village's name
	// (a person's, often); people are captured by a group, not from it, and
	// things taken from one are common nouns
	if h := t.head[o]; named && h >= 0 {
		for _, k := range t.kids[h] {
			if t.rel(k) == "obl" && t.caseOf(k) == "FROM" && len(t.actorsOf(k)) > 0 {
				return true
			}
		}
	}
	return false
}

// seizeVerbs take a place as readily as a person: "seized the town", "captured the
// base", "took the checkpoint".
var seizeVerbs = []string{"SEIZE", "CAPTURE", "TAKE", "STORM", "GRAB", "OVERRUN"}

// installationNouns are the posts and works an armed party holds as ground.
var installationNouns = []string{"BASE", "AIRBASE", "AIRPORT", "AIRFIELD", "CHECKPOINT", "OUTPOST", "GARRISON", "BARRACKS",
	"HILL", "HILLTOP", "CROSSING", "JUNCTION", "DAM"}

// groundNoun reports whether lemma names ground with no name of its own: a
// town or district (unnamedPlaces) or a post (installationNouns).
func groundNoun(lemma string) bool {
	return inList(lemma, unnamedPlaces...) || inList(lemma, installationNouns...)
}

// liberateVerbs free ground from a party ("liberated Palmyra from ISIS");
// clearVerbs rid it of one ("cleared the towns of Daesh", "purged the area of
// terrorists"). The dictionaries code them as a release (080) and an expulsion
// (174), which they are when people are freed or expelled.
var (
	liberateVerbs = []string{"LIBERATE", "FREE"}
	clearVerbs    = []string{"CLEAR", "PURGE", "RID", "CLEANSE"}
)

// liberates reports whether verb i frees or clears ground: its object is a
// place (named, as place says, or a town, a district, an area) and, for
// clearing, a "from" or "of" phrase names the party driven out. Hostages
// freed or a road cleared are not ground taken.
func (t *tree) liberates(i int, named bool) bool {
	o := t.child(i, "obj")
	if o < 0 || !named && !(t.toks[o].UPOS == "NOUN" && inList(t.lemma[o], unnamedPlaces...)) {
		return false
	}
	if inList(t.lemma[i], liberateVerbs...) {
		return true
	}
	return len(t.drivenOut(i)) > 0
}

// drivenOut returns the "from" or "of" phrases of verb i or its object that
// name a party: who is driven from the ground ("cleared the town of Islamic
// State militants", "freed Manbij from ISIS").
func (t *tree) drivenOut(i int) []int {
	var out []int
	for _, prep := range []string{"FROM", "OF"} {
		for _, k := range t.phrasesOf(i, prep) {
			if m := t.actor[k]; m >= 0 && t.ms[m].Code != "" && !country.IsCode(t.ms[m].Code) {
				out = append(out, k)
			}
		}
	}
	return out
}

// agentlessIn reports whether event noun tr of force is the "in" phrase of a passive
// participle h that names no agent: in "22 people were killed in U.S. air strikes"
// the strikes are the event, the killing its outcome, and only the noun names who
// acted.
func agentlessIn(t *tree, tr *trigger, h int) bool {
	if t.rel(tr.tok) != "obl" || !violent(tr.code) || t.toks[h].XPOS != "VBN" || t.child(h, "aux") >= 0 && t.child(h, "aux:pass") < 0 {
		return false
	}
	return t.agentPhrase(h) < 0
}

// takeMeansCode gives act, coded with its family's generic code (190), the
// exact code of means, the force that the act restates (195 for air strikes),
// with all that follows from the code (root, quad class, Goldstein score,
// PLOVER type and mode: the aerial mode). An act with another code keeps it.
func takeMeansCode(act *sitrep.Event, means sitrep.Event) {
	g := act.CAMEO
	if len(g) != 3 || g[2] != '0' || !strings.HasPrefix(means.CAMEO, g[:2]) || means.CAMEO == g {
		return
	}
	act.CAMEO, act.Root, act.Quad, act.Goldstein, act.PLOVER = means.CAMEO, means.Root, means.Quad, means.Goldstein, means.PLOVER
}

// setCode gives ev code cb and what follows from it: root, quad class,
// Goldstein score and PLOVER type and mode.
func setCode(ev *sitrep.Event, cb codebook.Code) {
	ev.CAMEO, ev.Root, ev.Quad, ev.Goldstein = cb.Code, cb.Root, cb.Quad, cb.Goldstein
	ev.PLOVER = sitrep.PLOVER{Type: cb.PLOVER, Mode: cb.PLOVERMode}
}
