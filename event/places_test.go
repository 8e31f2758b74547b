package event

import "testing"

// TestSeizedPlaces codes the seizures of places.conllu with a coder whose place
// locator returns each fixture's "# places": a place taken is territory (192), a
// thing taken is property (171), whether the place is known to the tagger (a LOC
// entity), to the gazetteer only, or also to the country dictionaries (a city coded
// as its country); a group's name the tagger calls a place stays a seizure.
func TestSeizedPlaces(t *testing.T) {
	codeWithPlaces(t, "testdata/places.conllu", nil)
}
