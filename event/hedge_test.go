package event

import (
	"sort"
	"strings"
	"testing"
)

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
	for _, fx := range loadFixtures(t, "testdata/hedge.conllu") {
		t.Run(fx.id, func(t *testing.T) {
			var got []string
			for _, ev := range c.Code(fx.doc, fx.sents, fx.mentions) {
				got = append(got, describe(ev))
			}
			sort.Strings(got)
			want := append([]string(nil), fx.expect...)
			sort.Strings(want)
			if strings.Join(got, "\n") != strings.Join(want, "\n") {
				t.Errorf("%s\n got  %q\n want %q", fx.doc.Text, got, want)
			}
		})
	}
}
