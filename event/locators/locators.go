// Package locators wires the place, timex and quantity packages into the event
// coder's Locators. It lives apart from event so that the coder itself depends on none
// of them.
package locators

import (
	"fmt"

	"github.com/sitrep-dev/sitrep"
	"github.com/sitrep-dev/sitrep/event"
	"github.com/sitrep-dev/sitrep/place"
	"github.com/sitrep-dev/sitrep/quantity"
	"github.com/sitrep-dev/sitrep/timex"
)

// Default returns Locators backed by the embedded gazetteer, the time-expression
// resolver (against each document's publication date, at its precision) and the
// quantity finder.
func Default() (event.Locators, error) {
	g, err := place.Load()
	if err != nil {
		return event.Locators{}, fmt.Errorf("locators: %w", err)
	}
	return event.Locators{
		Places:     g.Find,
		Quantities: quantity.Find,
		Demonym:    g.Demonym,
		IsCountry: func(p sitrep.Place) bool {
			c, ok := g.Country(p.Country)
			return ok && c.GeonameID == p.GeonameID
		},
		Dates: func(doc *sitrep.Document, sent sitrep.Sentence) []event.Date {
			pub, prec, ok := doc.PublishedTime()
			if !ok {
				return nil // relative dates need an anchor
			}
			var out []event.Date
			for _, e := range timex.Resolve(sent, doc.Text, pub, prec) {
				out = append(out, event.Date{Date: e.Date, Text: e.Text, From: e.From, Span: e.Span})
			}
			return out
		},
	}, nil
}
