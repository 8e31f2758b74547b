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
	var place *sitrep.Place
	for i := range found.places {
		if in(found.places[i].Span) {
			place = &found.places[i]
			break
		}
	}
	if place == nil && len(found.places) == 1 {
		place = &found.places[0]
	}
	var qs []sitrep.Quantity
	for _, q := range found.quantities {
		if in(q.Span) {
			qs = append(qs, q)
		}
	}
	var date *Date
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
			date = &found.dates[resolved[0]]
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
			evs[k].Date, evs[k].DateText, evs[k].DateFrom = date.Date, date.Text, date.From
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
	l := c.opts.Locators
	var f located
	if l.Places != nil {
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
