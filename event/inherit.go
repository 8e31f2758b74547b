package event

import (
	"maps"
	"strings"

	"github.com/sitrep-dev/sitrep"
	"github.com/sitrep-dev/sitrep/country"
)

// DateInherited is the DateFrom of an event dated by an earlier sentence of its
// paragraph (see inheritDate); DateText is then that sentence's expression.
const DateInherited = "inherited"

// inheritWindow is how many sentences back an event may look for the date of the
// narrative it continues.
const inheritWindow = 2

// docState is what coding one sentence may borrow from the sentences before it.
type docState struct {
	doc    *sitrep.Document
	sents  []sitrep.Sentence
	bySent map[int][]sitrep.Mention
	// dates caches the date expressions found in each sentence (nil: not looked up)
	dates map[int][]Date
	// countries are the countries the document's actor mentions name
	countries map[string]bool
	// placeSents holds, for each country, the sentences where the place locator
	// finds a place of it (nil: not looked up)
	placeSents map[string][]sentPlace
	// placeBySent holds each sentence's located places once places has run
	// (findAt reads them rather than run the locator again)
	placeBySent [][]sitrep.Place
	// placeCountryOf is placeCountry's answer, found once (placeCountryDone)
	placeCountryOf   string
	placeCountryDone bool
	// force holds, by sentence, the sources of the uses of force coded there
	// with one, each once, in order (earlierForce)
	force map[int][]sitrep.EventActor
	// charges holds, by sentence, who accused or blamed someone there (the
	// sources of 11x events), each once, in order (earlierCharge)
	charges map[int][]sitrep.EventActor
	// counts are the actor mentions by country (countryCounts), once counted
	counts map[string]int
	// country is dominant's answer, once computed
	country     string
	countryDone bool
}

// recentForce returns the sources of the use of force nearest before si, up
// to back sentences before it (earlierWindow for definiteForce's "the raids",
// judgedWindow for judgedForce's "condemned the strikes"), or none. Force
// several agents used together ("US and Syrian forces conducted a joint raid")
// has them all: "the raid" of the next sentence is theirs.
func (d *docState) recentForce(si, back int) []sitrep.EventActor { return nearest(d.force, si, back) }

// earlierWindow is how many sentences back a definite force noun with no
// agent looks for the force it is ("The raids killed 20": the raids just
// reported).
const earlierWindow = 2

// judgedWindow is how many sentences back a judgement's definite force noun
// looks for the force it means (judgedForce): "Syria's Foreign Ministry
// condemned the strikes" in the fifth sentence of a report whose lead gave the
// strikes, with a raid and its detainees between.
const judgedWindow = 6

// recentCharge returns who accused or blamed someone in the nearer of the
// two sentences before si that has such an event, or none.
func (d *docState) recentCharge(si int) []sitrep.EventActor { return nearest(d.charges, si, 2) }

// nearest returns the actors bySent holds for the nearest of the back
// sentences before si that has any, or none.
func nearest(bySent map[int][]sitrep.EventActor, si, back int) []sitrep.EventActor {
	for k := 1; k <= back; k++ {
		if a := bySent[si-k]; len(a) > 0 {
			return a
		}
	}
	return nil
}

// mostNamedBut returns the country the document's actor mentions name most
// other than cc, at least three times and more often than any other; "" when
// none is.
func (d *docState) mostNamedBut(cc string) string {
	n := maps.Clone(d.countryCounts())
	delete(n, cc)
	best, second := country.Top(n)
	if best == "" || n[best] < 3 || n[best] == second {
		return ""
	}
	return best
}

// dominant returns the country the document is about: the one whose actors it
// names most (SYRGOV, SYRMIL and the places the dictionaries code as SYR all
// count for SYR), with at least three mentions and twice as many as any other;
// "" otherwise. The actor resolver's docCountry asks the same of actors and
// gazetteer places for generic group nouns; the coder, which sees places sentence
// by sentence, counts the mentions the resolver coded with that answer
// ("generic:document", "agent:document") and coreference too: they carry the
// places it does not see. (Leaving them out was measured: on all of FA-KES 28
// fewer events, most of them right targets in towns and neighbourhoods of a
// report on Syria, and one match fewer on the FA-KES test set.)
func (d *docState) dominant() string {
	if d.countryDone {
		return d.country
	}
	d.countryDone = true
	d.country = country.Dominant(d.countryCounts())
	return d.country
}

// countryCounts counts, once, the document's actor mentions by country.
func (d *docState) countryCounts() map[string]int {
	if d.counts == nil {
		d.counts = map[string]int{}
		for _, ms := range d.bySent {
			for _, m := range ms {
				if cc := country.Of(m.Code); cc != "" {
					d.counts[cc]++
				}
			}
		}
	}
	return d.counts
}

// knownCountry reports whether the document names country cc other than through a
// place of sentence si alone: an actor of it anywhere, another place of it in
// another sentence, or two places of it together. The same name read again
// does not count: a Syrian town the gazetteer also knows in Myanmar
// ("Madaya"), named in two sentences, would otherwise vouch for its own
// misreading.
func (d *docState) knownCountry(c *Coder, si int, cc string) bool {
	if d.countries[cc] {
		return true
	}
	places := d.places(c)
	// another place of cc in another sentence, or two places of cc in this one
	here := map[string]bool{}
	for _, sp := range places[cc] {
		if sp.sent == si {
			here[sp.name] = true
		}
	}
	for _, sp := range places[cc] {
		if sp.sent != si && !here[sp.name] {
			return true
		}
	}
	return len(here) >= 2
}

// placeCountry returns the country whose places the document names most (by
// distinct name, two at least), or "" when none leads: where a village too small for the
// gazetteer most likely lies. Not the actors' country: a Russian outlet's
// report on Syria names Russian officials most and Syrian towns.
func (d *docState) placeCountry(c *Coder) string {
	if d.placeCountryDone {
		return d.placeCountryOf
	}
	d.placeCountryDone = true
	d.placeCountryOf = d.leadingPlaceCountry(c)
	return d.placeCountryOf
}

// leadingPlaceCountry counts what placeCountry returns.
func (d *docState) leadingPlaceCountry(c *Coder) string {
	counts := map[string]int{}
	for cc, sps := range d.places(c) {
		names := map[string]bool{}
		for _, sp := range sps {
			names[sp.name] = true
		}
		counts[cc] = len(names)
	}
	best, second := country.Top(counts)
	if best == "" || counts[best] < 2 || counts[best] <= second {
		return "" // one name may be the gazetteer's misreading
	}
	return best
}

// places returns the document's located places by country, found once.
func (d *docState) places(c *Coder) map[string][]sentPlace {
	if d.placeSents == nil {
		d.placeSents = map[string][]sentPlace{}
		if f := c.opts.Locators.Places; f != nil {
			d.placeBySent = make([][]sitrep.Place, len(d.sents))
			for k := range d.sents {
				d.placeBySent[k] = f(d.doc.Text, d.sents[k])
				for _, p := range d.placeBySent[k] {
					if p.Country != "" {
						d.placeSents[p.Country] = append(d.placeSents[p.Country], sentPlace{k, p.Name})
					}
				}
			}
		}
	}
	return d.placeSents
}

// sentPlace is a place of a country that the locator found in sentence sent.
type sentPlace struct {
	sent int
	name string
}

func (d *docState) datesOf(c *Coder, si int) []Date {
	if ds, ok := d.dates[si]; ok {
		return ds
	}
	var ds []Date
	if f := c.opts.Locators.Dates; f != nil {
		ds = f(d.doc, d.sents[si])
	}
	d.dates[si] = ds
	return ds
}

// paragraph returns the index of the paragraph holding sentence si, or -1 when the
// document has no paragraphs.
func (d *docState) paragraph(si int) int {
	off := d.sents[si].Start
	for i, p := range d.doc.Paragraphs {
		if p.Start <= off && off < p.End {
			return i
		}
	}
	return -1
}

// inheritDate finds the date an event of sentence si borrows from the narrative it
// continues: "Last month, Jordan signed a trade pact with Egypt. The Jordanian king
// met the Egyptian president in Cairo." — the meeting took place last month, not in
// the month of publication. The rule, and its limits:
//
//   - only a sentence with no time expression of its own inherits (one it has, even
//     unresolved, is its own statement about time), and only for an event that is
//     reported as having happened (occurred or claimed), in the simple past ("visited",
//     "was held"): a present ("is cooperating"), a present perfect ("has continued")
//     or a future event is about another time than the narrative's;
//   - the date comes from the nearest earlier sentence, at most inheritWindow back and
//     within the same paragraph (the previous sentence only when the document has no
//     paragraphs), that has a time expression; if that sentence's expressions are
//     unresolved or name several dates, nothing is inherited;
//   - the date must not lie after publication ("next week" starts no past narrative),
//     nor bound a period ("since June 25", "until March": the events after it
//     happened at some time inside the period);
//   - the event must share an actor (a country, or a group code) with the sentences it
//     inherits across: a change of actors is most often a change of story.
//
// A narrative that changes time without a date ("Two years earlier, ...", "Since
// then, ...") or a background sentence in the past tense about the same actors is
// still misdated: the inherited date says where it came from (DateFrom "inherited",
// DateText the earlier expression) so that an analyst can tell it from a stated one.
func (c *Coder) inheritDate(ds *docState, si int, t *tree, tr *trigger, ev *sitrep.Event) *Date {
	if ds == nil || c.opts.Locators.Dates == nil || ds.doc.Published == "" || ds.sents[si].Heading {
		return nil
	}
	if ev.Mode != sitrep.ModeOccurred && ev.Mode != sitrep.ModeClaimed {
		return nil
	}
	if !simplePast(t, tr) {
		return nil
	}
	par := ds.paragraph(si)
	actors := []string{actorKey(ev.Source.Code), actorKey(ev.Target.Code)}
	shared := false
	for k := si - 1; k >= 0 && k >= si-inheritWindow; k-- {
		if ds.sents[k].Heading || par < 0 && k < si-1 || par >= 0 && ds.paragraph(k) != par {
			return nil
		}
		for _, m := range ds.bySent[k] {
			if key := actorKey(m.Code); key != "" && inList(key, actors...) {
				shared = true
			}
		}
		dates := ds.datesOf(c, k)
		if len(dates) == 0 {
			continue
		}
		var found *Date
		for i := range dates {
			d := &dates[i]
			if d.Date == "" {
				return nil
			}
			if found != nil && found.Date != d.Date {
				return nil // several dates: which one the narrative goes on with is unclear
			}
			found = d
		}
		if !shared || after(found.Date, ds.doc.Published) || bound(ds.doc.Text, found.Span) {
			return nil
		}
		return found
	}
	return nil
}

// boundWords right before a date make it a bound of a period, not the time of the
// events that follow: "battling since June 25", "until March", "by March"; "since"
// and "until" do so from further back in their phrase ("since the start of the
// talks in May").
var boundWords = []string{"since", "until", "till", "before", "after", "by", "from"}

// bound reports whether the date expression at sp is a bound (see boundWords).
func bound(text string, sp sitrep.Span) bool {
	if sp.Start <= 0 || sp.Start > len(text) {
		return false
	}
	head := text[max(0, sp.Start-60):sp.Start]
	if i := strings.LastIndexAny(head, ",.;:"); i >= 0 {
		head = head[i+1:] // not across a clause boundary
	}
	words := strings.Fields(strings.ToLower(head))
	for k := len(words) - 1; k >= 0 && k >= len(words)-6; k-- {
		if k == len(words)-1 && inList(words[k], boundWords...) || inList(words[k], "since", "until", "till") {
			return true
		}
	}
	return false
}

// actorKey is what two mentions of one actor share: the country of a state actor's
// code, else the code itself ("IMGMUSISI").
func actorKey(code string) string {
	if c := country.Of(code); c != "" {
		return c
	}
	return code
}

// after reports whether date a lies after date b, compared at the coarser of their
// precisions ("2025-11" is not after "2025-11-10"); a span of days
// ("2025-11-03/2025-11-09") by its first day.
func after(a, b string) bool {
	n := min(len(a), len(b))
	return a[:n] > b[:n]
}

// simplePast reports whether the clause that reports the trigger's event is in the
// simple past: its predicate (the trigger, or the verb that governs an event noun) is
// a past-tense verb, or has a past auxiliary ("was held", "did meet") and no perfect
// "have".
func simplePast(t *tree, tr *trigger) bool {
	p := tr.tok
	for steps := 0; tr.noun && p >= 0 && steps < 4 && t.toks[p].UPOS != "VERB" && t.toks[p].UPOS != "AUX"; steps++ {
		p = t.head[p]
	}
	if p < 0 || t.toks[p].UPOS != "VERB" && t.toks[p].UPOS != "AUX" {
		return false
	}
	// "agreed to join": the tense is the controlling verb's
	for steps := 0; t.rel(p) == "xcomp" && t.head[p] >= 0 && steps < 4; steps++ {
		p = t.head[p]
	}
	past := t.toks[p].XPOS == "VBD"
	for _, k := range t.kids[p] {
		if r := t.rel(k); r != "aux" && r != "cop" {
			continue
		}
		if t.lemma[k] == "HAVE" || inList(t.upper[k], planAux...) || inList(t.upper[k], condAux...) {
			return false
		}
		if t.toks[k].XPOS == "VBD" || inList(t.upper[k], "WAS", "WERE", "DID") {
			past = true
		}
	}
	return past && !strings.HasPrefix(t.toks[p].XPOS, "VBZ") && !strings.HasPrefix(t.toks[p].XPOS, "VBP")
}
