package event

import "testing"

// TestGerundAgents codes gerund.conllu: a gerund of force with a "by" phrase of
// its own ("under continued shelling by X") is done by that phrase to the subject
// it borrowed; a gerund that "by" marks ("responded by shelling") is done by the
// clause's subject. event/NOTES.md, "False events on FA-KES", has the measurements.
func TestGerundAgents(t *testing.T) {
	codeWithPlaces(t, "testdata/gerund.conllu", nil)
}
