package event

import (
	"testing"

	"github.com/sitrep-dev/sitrep"
)

// TestVocabulary codes vocabulary.conllu: verb and noun senses that the 2015
// dictionary lacks and that all of FA-KES showed missing in sentences with two
// actors and no event ("executed", "execution", "airstrike", "trapped"); a sense
// of the same verb that names no victim ("executed the plan") stays uncoded.
// event/NOTES.md, "Vocabulary from all of FA-KES", has the measurements.
func TestVocabulary(t *testing.T) {
	codeWithPlaces(t, "testdata/vocabulary.conllu", func(p sitrep.Place) bool { return p.Name == "Syria" })
}
