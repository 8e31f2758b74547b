package claim

import (
	"testing"

	"github.com/sitrep-dev/sitrep"
)

// FuzzSpotsOf reads any sentence as a report's places: the place reader walks
// words, possessives and gazetteer lookups by index, and a report's text is
// whatever an article held. It must not panic, and every place it reads finer
// than the city is among all the places it read.
func FuzzSpotsOf(f *testing.F) {
	for _, s := range []string{
		"Gunmen fired mortar rounds at the Karmel neighborhood in Zarqa city killing two people.",
		"Warplanes shelled Aleppo's Salaheddin district on Monday.",
		"Five Killed in Rocket Attack on Aleppo",
		"Syrias Aleppo was hit; Damascus said",
		"'s 's of the in",
		"",
	} {
		f.Add(s, "SYRMIL", "SYR")
	}
	f.Fuzz(func(t *testing.T, sentence, src, tgt string) {
		e := sitrep.Event{Sentence: sentence, Source: sitrep.EventActor{Code: src, Text: src}, Target: sitrep.EventActor{Code: tgt, Text: tgt}}
		s := spotsOf(e)
		for k := range s.fine {
			if !s.all[k] {
				t.Errorf("fine place %q not among all places %v", k, s.all)
			}
		}
	})
}
