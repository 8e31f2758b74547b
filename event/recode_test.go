package event

import "testing"

// TestRecodedEventsAgree checks that an event whose code a later step changed
// (a force noun's exact code given to the verb that restates it) carries the
// root, quad class, Goldstein score and PLOVER type and mode of its new code,
// as the codebook gives them.
func TestRecodedEventsAgree(t *testing.T) {
	c := coder(t)
	for _, fx := range loadFixtures(t, "testdata/constructions.conllu") {
		if fx.id != "force-noun-subject-restated-by-its-verb" && fx.id != "left-dead-by-air-strikes" {
			continue
		}
		for _, ev := range c.Code(fx.doc, fx.sents, fx.mentions) {
			cb, ok := c.book.Lookup(ev.CAMEO)
			if !ok {
				t.Fatalf("%s: code %s not in the codebook", fx.id, ev.CAMEO)
			}
			if ev.Root != cb.Root || ev.Quad != cb.Quad || ev.Goldstein != cb.Goldstein || ev.PLOVER.Type != cb.PLOVER || ev.PLOVER.Mode != cb.PLOVERMode {
				t.Errorf("%s: %s carries root %s quad %d Goldstein %v PLOVER %+v; the codebook says %s %d %v %s/%s",
					fx.id, ev.CAMEO, ev.Root, ev.Quad, ev.Goldstein, ev.PLOVER, cb.Root, cb.Quad, cb.Goldstein, cb.PLOVER, cb.PLOVERMode)
			}
		}
	}
}
