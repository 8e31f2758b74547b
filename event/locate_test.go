package event

import (
	"strings"
	"testing"

	"github.com/sitrep-dev/sitrep"
)

// spanOf returns the byte span of word in text.
func spanOf(t *testing.T, text, word string) sitrep.Span {
	t.Helper()
	i := strings.Index(text, word)
	if i < 0 {
		t.Fatalf("%q not in %q", word, text)
	}
	return sitrep.Span{Start: i, End: i + len(word)}
}

func TestLocate(t *testing.T) {
	var fx fixture
	for _, f := range loadFixtures(t, "testdata/constructions.conllu") {
		if f.id == "verb-irregular-past" { // Israeli jets struck Hezbollah positions in southern Lebanon.
			fx = f
		}
	}
	text := fx.doc.Text
	opts := Options{Locators: Locators{
		Places: func(string, sitrep.Sentence) []sitrep.Place {
			return []sitrep.Place{{Name: "Lebanon", Country: "LBN", Span: spanOf(t, text, "Lebanon"), Text: "Lebanon"}}
		},
		Quantities: func(sitrep.Sentence, string) []sitrep.Quantity {
			return []sitrep.Quantity{{Value: 2, Unit: "jets", Text: "Israeli jets", Span: spanOf(t, text, "Israeli jets")},
				{Value: 3, Unit: "positions", Text: "Hezbollah positions", Span: spanOf(t, text, "Hezbollah positions")}}
		},
	}}
	c, err := Load(opts)
	if err != nil {
		t.Fatal(err)
	}
	fx.doc.Published = "2025-11"
	evs := c.Code(fx.doc, fx.sents, fx.mentions)
	if len(evs) != 1 {
		t.Fatalf("%d events", len(evs))
	}
	ev := evs[0]
	if ev.Place == nil || ev.Place.Country != "LBN" {
		t.Errorf("place = %+v", ev.Place)
	}
	// both sides' counts belong to the event
	if len(ev.Quantities) != 2 || ev.Quantities[1].Unit != "positions" {
		t.Errorf("quantities = %+v", ev.Quantities)
	}
	if ev.Date != "2025-11" || ev.DateFrom != "published" {
		t.Errorf("date = %q from %q", ev.Date, ev.DateFrom)
	}

	opts.Locators.Dates = func(*sitrep.Document, sitrep.Sentence) []Date {
		return []Date{{Date: "2025-11-10", Text: "on Monday", From: "text", Span: sitrep.Span{Start: 0, End: 1}}}
	}
	c, err = Load(opts)
	if err != nil {
		t.Fatal(err)
	}
	evs = c.Code(fx.doc, fx.sents, fx.mentions)
	if len(evs) != 1 || evs[0].Date != "2025-11-10" || evs[0].DateFrom != "text" || evs[0].DateText != "on Monday" {
		t.Errorf("date = %+v", evs)
	}
}
