package event

import (
	"testing"

	"github.com/sitrep-dev/sitrep"
)

// TestPlaceTargets codes the attacks of targets.conllu with a coder whose place
// locator returns each fixture's "# places": force used on a place or on unnamed
// victims takes the place's country (or its civilians, CVL) as target, from the
// verb's object, its in/on/into phrases, a passive subject, an event noun's own
// phrases or its light verb's; the same place is no target of a visit, a reporter
// or a place is no attacker, and a named target wins over a place.
func TestPlaceTargets(t *testing.T) {
	codeWithPlaces(t, "testdata/targets.conllu", func(p sitrep.Place) bool { return p.Name == "Syria" })
}

// codeWithPlaces codes the fixtures of path with a coder whose place locator
// returns each fixture's "# places" (and isCountry, when not nil, tells countries
// from other places), and wants each fixture's "# expect" events.
func codeWithPlaces(t *testing.T, path string, isCountry func(sitrep.Place) bool) {
	t.Helper()
	fxs := loadFixtures(t, path)
	places := map[string][]sitrep.Place{}
	for _, fx := range fxs {
		places[fx.doc.Text] = fx.places
	}
	c, err := Load(Options{Locators: Locators{
		Places:    func(text string, _ sitrep.Sentence) []sitrep.Place { return places[text] },
		IsCountry: isCountry,
	}})
	if err != nil {
		t.Fatal(err)
	}
	checkFixtures(t, c, fxs)
}
