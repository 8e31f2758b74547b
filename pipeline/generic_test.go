package pipeline

import (
	"testing"

	"github.com/sitrep-dev/sitrep"
	"github.com/sitrep-dev/sitrep/actor"
	"github.com/sitrep-dev/sitrep/event"
)

// LoadAnalyzer gives the actor resolver the gazetteer, so that a generic group noun
// takes the country of the places an article names, not only of its actors. The
// article is invented; its only actor mention is the generic noun, so without the
// gazetteer nothing says where the rebels are.
func TestGenericGroupTakesPlacesCountry(t *testing.T) {
	an, err := LoadAnalyzer(actor.Options{}, event.Options{})
	if err != nil {
		t.Fatal(err)
	}
	d := &sitrep.Document{ID: "g", Published: "2016-10-11", Status: sitrep.StatusOK,
		Text: "Fighting went on in Aleppo and Idlib on Monday. Shells fell on Hama and Homs overnight. " +
			"Rebels said they had shelled the airport."}
	got := map[string]string{}
	for _, m := range an.Analyze(d).Mentions {
		got[m.Text] = m.Code
	}
	if got["Rebels"] != "SYRREB" {
		t.Errorf("Rebels coded %q, want SYRREB (mentions %v)", got["Rebels"], got)
	}
}

// A diplomatic act on something "in" a capital targets the capital's country
// (event's hostCountry): in a locative phrase the capital is a place, not its
// government, so only the gazetteer's place gives the act its other side. The
// article is invented.
func TestEmbassyInACapital(t *testing.T) {
	an, err := LoadAnalyzer(actor.Options{}, event.Options{})
	if err != nil {
		t.Fatal(err)
	}
	d := &sitrep.Document{ID: "e", Published: "2025-06-01", Status: sitrep.StatusOK,
		Text: "Syria welcomed the decision. Britain reopened its embassy in Damascus."}
	var got []string
	for _, e := range an.Analyze(d).Events {
		got = append(got, e.Source.Code+" "+e.CAMEO+" "+e.Target.Code)
	}
	found := false
	for _, g := range got {
		found = found || g == "GBR 054 SYR"
	}
	if !found {
		t.Errorf("events %q, want GBR 054 SYR", got)
	}
}
