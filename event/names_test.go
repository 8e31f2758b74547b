package event

import (
	"testing"

	"github.com/sitrep-dev/sitrep"
)

// TestNames codes names.conllu: a city that only names a document ("the Geneva
// Conventions") is no actor, and whoever wrote the rule an act breaks ("in
// violation of UN resolutions") is not its target; the act's own object or place
// stays the target. event/NOTES.md, "False events on FA-KES", has the measurements.
func TestNames(t *testing.T) {
	codeWithPlaces(t, "testdata/names.conllu", func(p sitrep.Place) bool { return p.Name == "Syria" })
}
