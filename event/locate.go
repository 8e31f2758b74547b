package event

import (
	"github.com/sitrep-dev/sitrep"
)

// Locators find what an event needs beyond its actors — places, dates, counted
// amounts — in one sentence. The pipeline fills them from the place, timex and
// quantity packages; the coder decides which of a sentence's places, dates and
// amounts belong to which event. Any left nil is skipped.
type Locators struct {
	Places     func(text string, sent sitrep.Sentence) []sitrep.Place
	Quantities func(sent sitrep.Sentence, text string) []sitrep.Quantity
	Dates      func(doc *sitrep.Document, sent sitrep.Sentence) []Date
	// IsCountry tells a country from a city or region. When set, countries that
	// no actor mention covers act as actors with their country codes.
	IsCountry func(sitrep.Place) bool
	// Demonym gives the country (ISO 3166 alpha-3) a word is the adjective of
	// ("Syrian", "Lebanese"), for places named by it ("a Lebanese town").
	Demonym func(word string) (iso3 string, ok bool)
}

// Date is a resolved time expression.
type Date struct {
	Date string // "2025-11-10", "2025-11" or "2025"; "" when unresolved
	Text string
	From string // "text" or "published"
	Span sitrep.Span
}

// locate fills the events of one trigger with the places, dates and quantities found
// in the part of the sentence the event governs: the trigger's subtree, or for an
// event noun its governing predicate's ("conducted air strikes in southern Syria on
// Monday"). A sentence with a single place or date lends it to all its events.
func (c *Coder) locate(doc *sitrep.Document, t *tree, tr *trigger, evs []sitrep.Event, found *located) {
	if len(evs) == 0 {
		return
	}
	scope := tr.tok
	if tr.noun {
		if h := t.head[tr.tok]; h >= 0 && (t.toks[h].UPOS == "VERB" || t.toks[h].UPOS == "AUX") {
			scope = h
		}
	}
	in := func(sp sitrep.Span) bool {
		k := t.tokenAt(sp.Start)
		return k >= 0 && t.dominates(scope, k)
	}
	// a place in a locative phrase of the event ("in northwest Syria", "near
	// Damascus") first; a place that is only a participant ("the U.S. is
	// monitoring") is not where the event happened
	var place *sitrep.Place
	for i := range found.places {
		if in(found.places[i].Span) && t.locative(t.tokenAt(found.places[i].Span.Start)) {
			place = &found.places[i]
			break
		}
	}
	if place == nil && len(found.places) == 1 && t.locative(t.tokenAt(found.places[0].Span.Start)) {
		place = &found.places[0]
	}
	var qs []sitrep.Quantity
	for _, q := range found.quantities {
		if in(q.Span) {
			qs = append(qs, q)
		}
	}
	var date *Date
	lent := false // the date is the sentence's only one, outside the event's scope
	for i := range found.dates {
		if found.dates[i].Date != "" && in(found.dates[i].Span) {
			date = &found.dates[i]
			break
		}
	}
	if date == nil {
		var resolved []int
		for i, d := range found.dates {
			if d.Date != "" {
				resolved = append(resolved, i)
			}
		}
		if len(resolved) == 1 {
			date, lent = &found.dates[resolved[0]], true
		}
	}
	from := ""
	if date != nil {
		from = date.From
		if useReported && lent && t.saidOn(date.Span, scope) {
			from = DateReported
		}
	}
	for k := range evs {
		if place != nil {
			p := *place
			evs[k].Place = &p
		}
		evs[k].Quantities = qs
		switch {
		case date != nil:
			f := from
			if f == DateReported && future(evs[k].Mode) {
				// "On Monday the army announced it will attack": a plan is not
				// done by the day it is told; its date stays as before
				f = date.From
			}
			evs[k].Date, evs[k].DateText, evs[k].DateFrom = date.Date, date.Text, f
		case doc.Published != "":
			evs[k].Date, evs[k].DateFrom = doc.Published, "published"
		}
	}
}

// located is what the locators found in one sentence.
type located struct {
	places     []sitrep.Place
	quantities []sitrep.Quantity
	dates      []Date
}

func (c *Coder) find(doc *sitrep.Document, s *sitrep.Sentence) *located {
	return c.findAt(doc, s, nil, -1)
}

// findAt is find for sentence si of a document whose state ds may already
// hold every sentence's places (docState.places): the place locator, the
// costliest of the three, runs once a sentence.
func (c *Coder) findAt(doc *sitrep.Document, s *sitrep.Sentence, ds *docState, si int) *located {
	l := c.opts.Locators
	var f located
	if ds != nil && ds.placeBySent != nil && si >= 0 && si < len(ds.placeBySent) {
		f.places = ds.placeBySent[si]
	} else if l.Places != nil {
		f.places = l.Places(doc.Text, *s)
	}
	if l.Quantities != nil {
		f.quantities = l.Quantities(*s, doc.Text)
	}
	if l.Dates != nil {
		f.dates = l.Dates(doc, *s)
	}
	return &f
}

// tokenAt returns the token whose span holds byte offset off, or -1.
func (t *tree) tokenAt(off int) int {
	for i, tok := range t.toks {
		if tok.Span.Start <= off && off < tok.Span.End {
			return i
		}
	}
	return -1
}

// withPlaces adds the sentence's countries that no actor mention covers as mentions
// of their country codes: a country named as a place ("reduce its footprint in
// Syria", "deployed on the borders with Syria") is where the event is aimed, as
// PETRARCH codes it. Cities and regions are places, not actors.
func withPlaces(s *sitrep.Sentence, ms []sitrep.Mention, places []sitrep.Place, isCountry func(sitrep.Place) bool) []sitrep.Mention {
	out := ms
	for _, p := range places {
		if p.Country == "" || !isCountry(p) {
			continue
		}
		start, end := -1, -1
		for i, tok := range s.Tokens {
			if tok.Span.Start >= p.Span.Start && tok.Span.End <= p.Span.End {
				if start < 0 {
					start = i
				}
				end = i + 1
			}
		}
		if start < 0 || covered(ms, start, end) {
			continue
		}
		if len(out) == len(ms) {
			out = append([]sitrep.Mention(nil), ms...)
		}
		si := 0
		if len(ms) > 0 {
			si = ms[0].Sentence
		}
		out = append(out, sitrep.Mention{Sentence: si, Start: start, End: end, Span: p.Span, Text: p.Text,
			Code: p.Country, Name: p.Name, Rule: "place", Antecedent: -1})
	}
	return out
}

func covered(ms []sitrep.Mention, start, end int) bool {
	for _, m := range ms {
		if m.Start < end && start < m.End {
			return true
		}
	}
	return false
}

// locative reports whether token k stands in a prepositional phrase of place.
func (t *tree) locative(k int) bool {
	for steps := 0; k >= 0 && steps < 4; steps++ {
		if c := t.caseOf(k); c != "" {
			return inList(c, "IN", "NEAR", "AT", "ACROSS", "INSIDE", "OUTSIDE", "ALONG", "ON", "FROM", "TO", "INTO", "THROUGHOUT", "AROUND", "OVER", "WITHIN")
		}
		switch t.rel(k) {
		case "nsubj", "obj", "iobj", "csubj":
			return false
		}
		k = t.head[k]
	}
	return false
}

// DateReported is the DateFrom of an event dated by when it was reported: the
// sentence's one date modifies the verb of saying the event is reported under
// ("On Sunday a monitor said 82 people were killed in air strikes", "the army
// said on Tuesday it had shelled"), so the act took place that day or before
// it, as an undated report's took place on or before its publication.
const DateReported = "reported"

// useReported switches the reading above; off, such an event takes the date
// as its own (DateFrom "text" or "published").
var useReported = true

// saidOn reports whether the date at span modifies a verb of saying that
// governs scope, the word the event hangs from: the date is the report's.
func (t *tree) saidOn(span sitrep.Span, scope int) bool {
	k := t.tokenAt(span.Start)
	if k < 0 {
		return false
	}
	// climb to the date phrase's head: the first word above it outside the span
	// (bounded, as dominates is, should a reread tree hold a cycle)
	g := k
	for steps := 0; g >= 0 && t.toks[g].Span.Start >= span.Start && t.toks[g].Span.End <= span.End; steps++ {
		if steps > len(t.toks) {
			return false
		}
		g = t.head[g]
	}
	// "On Saturday, the army said, rebels attacked": a verb of saying set off by
	// commas is a parenthesis, and the date before it is the act's
	if g < 0 || g+1 < len(t.toks) && t.toks[g+1].Text == "," {
		return false
	}
	return g != scope && inList(t.lemma[g], reportVerbs...) && t.dominates(g, scope)
}

// future reports whether an event's mode puts it after the text's telling.
func future(mode string) bool {
	return mode == sitrep.ModePlanned || mode == sitrep.ModeIntended || mode == sitrep.ModeConditional
}
