package tokenize

import (
	"strings"
	"testing"
)

func TestSplitLostPossessives(t *testing.T) {
	names := map[string]bool{"Ruritania": true, "RURITANIA": true, "Grozny": true, "Homs": true, "Obama": true}
	name := func(stem, word string) bool { return names[stem] && !names[word] && word != "Obamas" }
	tests := []struct {
		in, want string
	}{
		{"Ruritanias border with Turkey", "Ruritania|s|border|with|Turkey"},
		{"near Groznys outskirts", "near|Grozny|s|outskirts"},
		{"troops left Ruritanias.", "troops|left|Ruritanias|."}, // nothing to possess
		{"the Obamas visited", "the|Obamas|visited"},            // a word of its own
		{"shelling in Homs today", "shelling|in|Homs|today"},    // a name ending in s
		{"Ruritaniass border", "Ruritaniass|border"},            // not a lost apostrophe
		{"RURITANIAs border", "RURITANIA|s|border"},             // an acronym's possessive
		{"Ruritania's border", "Ruritania|'s|border"},           // the apostrophe kept
		{"ruritanias border", "ruritanias|border"},              // no capital
		{"Ruritania-s border", "Ruritania|-|s|border"},          // not a word
	}
	for _, tt := range tests {
		toks := Tokenize(tt.in)
		toks = SplitLostPossessives(toks, func(i int) bool {
			w := toks[i].Text
			return name(w[:len(w)-1], w)
		})
		var got []string
		for i, tok := range toks {
			if tt.in[tok.Span.Start:tok.Span.End] != tok.Text {
				t.Errorf("%q: token %d %q spans %q", tt.in, i, tok.Text, tt.in[tok.Span.Start:tok.Span.End])
			}
			got = append(got, tok.Text)
		}
		if g := strings.Join(got, "|"); g != tt.want {
			t.Errorf("%q: got %s, want %s", tt.in, g, tt.want)
		}
	}
	toks := SplitLostPossessives(Tokenize("Ruritanias border"), func(int) bool { return true })
	if toks[0].SpaceAfter || !toks[1].SpaceAfter {
		t.Errorf("space after: got %v, %v; want false, true", toks[0].SpaceAfter, toks[1].SpaceAfter)
	}
}
