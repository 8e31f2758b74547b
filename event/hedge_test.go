package event

import "testing"

// TestHedges codes hedge.conllu: a weapon's or an attack's owner named by a
// hedge on it, with the demonym "Russian" known to the coder.
func TestHedges(t *testing.T) {
	c := coderWithDemonyms(t, map[string]string{"Russian": "RUS", "Syrian": "SYR"})
	checkFixtures(t, c, loadFixtures(t, "testdata/hedge.conllu"))
}
