package event

import (
	"testing"

	"github.com/sitrep-dev/sitrep"
)

// TestSenses codes senses.conllu: verb senses that coded an event where news means
// none ("dominate" an agenda, "meaning" a consequence) or the wrong one ("mediate"
// as yielding, chemical weapons as any weapon, a suicide bomber as an aircraft),
// each with a neighbour the fix must leave alone. event/NOTES.md, "False events on
// FA-KES", has the measurements.
func TestSenses(t *testing.T) {
	codeWithPlaces(t, "testdata/senses.conllu", func(p sitrep.Place) bool { return p.Name == "Syria" })
}
