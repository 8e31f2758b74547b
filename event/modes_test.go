package event

import (
	"strings"
	"testing"

	"github.com/sitrep-dev/sitrep"
)

// TestNothingHypotheticalOccurred codes sentences whose marked events ("# trigger =
// word") are negated, conditional, planned, threatened or thwarted: each such event
// must be coded, and none may be reported as having occurred — except as the threat
// (CAMEO root 13) that a vow or a threat of force is, which did happen ("Iran has
// threatened to attack Israel" is IRN 1384 ISR, occurred; see TestVows).
func TestNothingHypotheticalOccurred(t *testing.T) {
	c := coder(t)
	for _, fx := range loadFixtures(t, "testdata/hypothetical.conllu") {
		t.Run(fx.id, func(t *testing.T) {
			evs := c.Code(fx.doc, fx.sents, fx.mentions)
			for _, trig := range triggers(t, fx.id) {
				n := 0
				for _, ev := range evs {
					if !strings.EqualFold(ev.Verb, trig) {
						continue
					}
					n++
					if ev.Mode == sitrep.ModeOccurred && ev.Root != "13" {
						t.Errorf("%s: %q coded as occurred: %s (%s)", fx.doc.Text, trig, describe(ev), ev.Rule)
					}
				}
				if n == 0 {
					t.Errorf("%s: no event for %q; got %d events", fx.doc.Text, trig, len(evs))
				}
			}
		})
	}
}

// triggers reads the "# trigger =" lines of a fixture sentence.
func triggers(t *testing.T, id string) []string {
	t.Helper()
	var out []string
	for _, cs := range readRaw(t, "testdata/hypothetical.conllu") {
		if cs.Meta("sent_id") != id {
			continue
		}
		for _, c := range cs.Comments {
			if k, v, ok := strings.Cut(c, "="); ok && strings.TrimSpace(k) == "trigger" {
				out = append(out, strings.TrimSpace(v))
			}
		}
	}
	return out
}
