package nlp

import (
	"strings"
	"testing"
)

// TestLostPossessives runs the shipped models over text whose apostrophes were
// lost: names the gazetteers know are split from their "s", words of their own
// are not.
func TestLostPossessives(t *testing.T) {
	p := shipped(t)
	tests := []struct {
		in   string
		want string // the first sentence's tokens
	}{
		{"Troops shelled Syrias border with Turkey.", "Troops|shelled|Syria|s|border|with|Turkey|."},
		{"Assads forces advanced on the town.", "Assad|s|forces|advanced|on|the|town|."},
		{"Secretary Kerrys visit ended.", "Secretary|Kerry|s|visit|ended|."}, // a surname owning a noun
		{"Russias defence ministry said so.", "Russia|s|defence|ministry|said|so|."},
		{"Troops crossed the Texas border.", "Troops|crossed|the|Texas|border|."},         // a name ending in s
		{"The Obamas visited Kenya.", "The|Obamas|visited|Kenya|."},                       // a word of its own
		{"The Erdogans hosted Putin in Ankara.", "The|Erdogans|hosted|Putin|in|Ankara|."}, // a family
		{"Clashes erupted in Homs province.", "Clashes|erupted|in|Homs|province|."},       // a place ending in s
		{"This is what Reuters reported.", "This|is|what|Reuters|reported|."},             // common words
		{"Anna Kerrys became a lawyer.", "Anna|Kerrys|became|a|lawyer|."},                 // a surname in s
		{"Rebels entered Bebars village.", "Rebels|entered|Bebars|village|."},             // a small town's stem only
	}
	for _, tt := range tests {
		sents := p.Analyze(tt.in, nil)
		var got []string
		for _, tok := range sents[0].Tokens {
			got = append(got, tok.Text)
		}
		if g := strings.Join(got, "|"); g != tt.want {
			t.Errorf("%q: got %s, want %s", tt.in, g, tt.want)
		}
	}
	// the split possessive is read as one: "Syria" owns the border
	s := p.Analyze("Troops shelled Syrias border with Turkey.", nil)[0]
	if tok := s.Tokens[3]; tok.DepRel != "case" || tok.Head != 3 {
		t.Errorf("the possessive s: got %s of %d, want case of 3", tok.DepRel, tok.Head)
	}
}
