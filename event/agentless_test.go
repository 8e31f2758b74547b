package event

import (
	"testing"

	"github.com/sitrep-dev/sitrep"
)

// TestAgentless codes agentless.conllu: force whose subject is the weapon or the
// kind of force, with nobody in reach who used it, is reported with no source
// ("-"); not when it is denied, when a modifier or a governing clause names the
// user, or when the force is a clash, whose sides are its agents (agentless.go).
func TestAgentless(t *testing.T) {
	codeWithPlaces(t, "testdata/agentless.conllu", func(p sitrep.Place) bool { return p.Name == "Syria" })
}

// TestNoAgentless: the option leaves agentless force out.
func TestNoAgentless(t *testing.T) {
	c, err := Load(Options{NoAgentless: true})
	if err != nil {
		t.Fatal(err)
	}
	for _, fx := range loadFixtures(t, "testdata/agentless.conllu") {
		for _, ev := range c.Code(fx.doc, fx.sents, fx.mentions) {
			if ev.Source.Code == "" {
				t.Errorf("%s: NoAgentless coded %s", fx.id, describe(ev))
			}
		}
	}
}
