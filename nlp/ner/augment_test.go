package ner

import (
	"strings"
	"testing"

	"github.com/sitrep-dev/sitrep"
)

func TestRecase(t *testing.T) {
	// The actor dictionaries write names in capitals; news does not.
	for _, c := range []struct{ in, want string }{
		{"NATIONAL BANK OF EGYPT", "National Bank of Egypt"},
		{"NATO", "NATO"},               // a short one-word name is an acronym
		{"HAMAS", "Hamas"},             // five letters: a word
		{"PKK REBELS", "PKK Rebels"},   // no vowel: an acronym
		{"U.N. AGENCY", "U.N. Agency"}, // full stops: an acronym
		{"AL-QAEDA IN IRAQ", "Al-Qaeda in Iraq"},
		{"Already Cased", "Already Cased"},
	} {
		if got := recase(c.in); got != c.want {
			t.Errorf("recase(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// sentence builds an example from "word/TYPE" notation: a run of words
// with the same type suffix is one name ("Brindle/ORG Works/ORG").
func sentence(s string) example {
	var toks []sitrep.Token
	var ents []sitrep.Entity
	for i, w := range strings.Fields(s) {
		word, typ, _ := strings.Cut(w, "/")
		toks = append(toks, sitrep.Token{Text: word, SpaceAfter: true})
		if typ == "" {
			continue
		}
		if n := len(ents); n > 0 && ents[n-1].End == i && ents[n-1].Type == typ {
			ents[n-1].End++
			continue
		}
		ents = append(ents, sitrep.Entity{Start: i, End: i + 1, Type: typ})
	}
	return example{toks: toks, gold: bilou(ents, len(toks))}
}

func notation(e example) string {
	var b []string
	tags := labelsToIOB2(e.gold)
	for i, t := range e.toks {
		w := t.Text
		if tags[i] != "O" {
			w += "/" + tags[i][2:]
		}
		b = append(b, w)
	}
	return strings.Join(b, " ")
}

func TestReplaceMentions(t *testing.T) {
	// One name per type in the pool, so the draw is known.
	pool := replacementPool{
		{nameTokens("Odile Varsk")},
		{nameTokens("Quorn-Bay Holdings Group")},
		{nameTokens("Tesselby")},
	}
	for _, c := range []struct {
		name    string
		in      string
		orgOnly bool
		want    string // "" for no copy
	}{
		{"all types", "Mara/PER Ilves/PER joined Brindle/ORG Works/ORG in Caskport/LOC .", false,
			"Odile/PER Varsk/PER joined Quorn/ORG -/ORG Bay/ORG Holdings/ORG Group/ORG in Tesselby/LOC ."},
		{"organisations only", "Mara/PER Ilves/PER joined Brindle/ORG Works/ORG in Caskport/LOC .", true,
			"Mara/PER Ilves/PER joined Quorn/ORG -/ORG Bay/ORG Holdings/ORG Group/ORG in Caskport/LOC ."},
		{"adjacent names", "Caskport/LOC Brindle/ORG said so", true,
			"Caskport/LOC Quorn/ORG -/ORG Bay/ORG Holdings/ORG Group/ORG said so"},
		{"no organisation", "Mara/PER went home", true, ""},
		{"no name", "It rained", false, ""},
		{"lower-cased copy", "mara/PER went home", false, ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			out := replaceMentions([]example{sentence(c.in)}, pool, 1, c.orgOnly, 1)
			got := ""
			if len(out) > 0 {
				got = notation(out[0])
			}
			if got != c.want {
				t.Errorf("got  %q\nwant %q", got, c.want)
			}
		})
	}
}
