package event

import "testing"

// TestHedges codes hedge.conllu: a weapon's or an attack's owner named by a
// hedge on it, with the demonym "Russian" known to the coder.
func TestHedges(t *testing.T) {
	c, err := Load(Options{Locators: Locators{Demonym: func(w string) (string, bool) {
		cc, ok := map[string]string{"Russian": "RUS", "Syrian": "SYR"}[w]
		return cc, ok
	}}})
	if err != nil {
		t.Fatal(err)
	}
	checkFixtures(t, c, loadFixtures(t, "testdata/hedge.conllu"))
}
