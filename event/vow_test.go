package event

import (
	"testing"

	"github.com/sitrep-dev/sitrep"
)

// TestVows codes vow.conllu: force a subject vows, pledges or threatens to use is
// a threat of force (CAMEO 138x) that happened, not an intended attack; an attempt
// stays intended, and a vow of anything but force keeps its intent code.
// event/NOTES.md, "False events on FA-KES", has the measurements.
func TestVows(t *testing.T) {
	codeWithPlaces(t, "testdata/vow.conllu", func(p sitrep.Place) bool { return p.Name == "Syria" })
}
