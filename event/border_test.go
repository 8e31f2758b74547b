package event

import (
	"testing"

	"github.com/sitrep-dev/sitrep"
)

// TestBorders codes border.conllu: the country across a border ("a town on
// Syria's border with Turkey") is no target of force there, as an actor or as a
// place; a deployment on a border still faces it, and force with its own object
// keeps that. event/NOTES.md, "False events on FA-KES", has the measurements.
func TestBorders(t *testing.T) {
	codeWithPlaces(t, "testdata/border.conllu", func(p sitrep.Place) bool { return p.Name == "Syria" || p.Name == "Turkey" || p.Name == "Israel" })
}
