package event

import (
	"sort"
	"strings"
	"testing"

	"github.com/sitrep-dev/sitrep"
)

// TestSeizedPlaces codes the seizures of places.conllu with a coder whose place
// locator returns each fixture's "# places": a place taken is territory (192), a
// thing taken is property (171), whether the place is known to the tagger (a LOC
// entity), to the gazetteer only, or also to the country dictionaries (a city coded
// as its country); a group's name the tagger calls a place stays a seizure.
func TestSeizedPlaces(t *testing.T) {
	fxs := loadFixtures(t, "testdata/places.conllu")
	places := map[string][]sitrep.Place{}
	for _, fx := range fxs {
		places[fx.doc.Text] = fx.places
	}
	c, err := Load(Options{Locators: Locators{Places: func(text string, _ sitrep.Sentence) []sitrep.Place { return places[text] }}})
	if err != nil {
		t.Fatal(err)
	}
	for _, fx := range fxs {
		t.Run(fx.id, func(t *testing.T) {
			var got []string
			for _, ev := range c.Code(fx.doc, fx.sents, fx.mentions) {
				got = append(got, describe(ev))
			}
			sort.Strings(got)
			want := append([]string(nil), fx.expect...)
			sort.Strings(want)
			if strings.Join(got, "\n") != strings.Join(want, "\n") {
				t.Errorf("%s\n got  %q\n want %q", fx.doc.Text, got, want)
			}
		})
	}
}
