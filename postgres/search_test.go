package postgres

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/sitrep-dev/sitrep"
)

func TestTSQuery(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"ceasefire", `'ceasefire'`},
		{"  air   strike ", `'air' & 'strike'`},
		{`"air strike"`, `'air strike'`},
		{`"air strike`, `'air strike'`}, // an unclosed quote runs to the end
		{`it's`, `'it''s'`},
		{`back\slash`, `'back\\slash'`},
		{"al-Sharaa", `'al-Sharaa'`},
		{"ISIS OR Daesh", `('ISIS' | 'Daesh')`},
		{"ISIS OR Daesh OR IS raid", `('ISIS' | 'Daesh' | 'IS') & 'raid'`},
		{"OR ISIS", `'ISIS'`},
		{"ISIS OR", `'ISIS'`},
		{"isis or daesh", `'isis' & 'or' & 'daesh'`},
		{"detainees -Iraq", `'detainees' & !'Iraq'`},
		{"detainees NOT Iraq NOT Syria", `'detainees' & !('Iraq' | 'Syria')`},
		{"detainees camp -Iraq", `'detainees' & 'camp' & !'Iraq'`},
		{"-Iraq", ``},
		{"negotia*", `'negotia':*`},
		{"**", ``},
		{"a & b", `'a' & 'b'`},          // & is no word: dropped
		{"!a <-> b:*", `'!a' & 'b:':*`}, // "<->" has no letter: dropped
		{"(a OR b)", `('(a' | 'b)')`},
		{"a\x00b", `'a' & 'b'`},
		{"\xff\xfeKellan", `'Kellan'`},
		{"", ``},
	} {
		if got := tsQuery(tc.in); got != tc.want {
			t.Errorf("tsQuery(%q) = %s, want %s", tc.in, got, tc.want)
		}
	}
}

// FuzzTSQuery checks, without a server, that every translation is well formed: valid
// UTF-8 without NUL, quotes paired, parentheses balanced.
func FuzzTSQuery(f *testing.F) {
	for _, s := range []string{`"a b" OR c* -d`, `'`, `\`, `((`, `"`, "a\x00", `NOT NOT`, `-"x y"`} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, q string) {
		out := tsQuery(q)
		if !utf8.ValidString(out) || strings.ContainsRune(out, 0) {
			t.Fatalf("tsQuery(%q) = %q: invalid text", q, out)
		}
		depth, quoted := 0, false
		for i := 0; i < len(out); i++ {
			switch c := out[i]; {
			case quoted && c == '\\':
				i++ // an escaped character
			case c == '\'':
				if quoted && i+1 < len(out) && out[i+1] == '\'' {
					i++ // a doubled quote inside a lexeme
				} else {
					quoted = !quoted
				}
			case !quoted && c == '(':
				depth++
			case !quoted && c == ')':
				if depth--; depth < 0 {
					t.Fatalf("tsQuery(%q) = %s: unbalanced parentheses", q, out)
				}
			case !quoted && !strings.ContainsRune(" &|!:*", rune(c)):
				t.Fatalf("tsQuery(%q) = %s: %q outside a quoted lexeme", q, out, c)
			}
		}
		if quoted || depth != 0 {
			t.Fatalf("tsQuery(%q) = %s: unterminated", q, out)
		}
	})
}

// FuzzSearch runs fuzzed queries against a real server: none may fail.
func FuzzSearch(f *testing.F) {
	for _, q := range []string{`"`, `'`, `\`, `a:*`, `a & !b`, `'; DROP TABLE documents; --`, `مرحبا`, `detainees -"Ostrin camp" OR Kellan*`} {
		f.Add(q)
	}
	db := newStore(f, Options{})
	ctx := context.Background()
	for _, d := range []struct{ id, text string }{
		{"a", "Ministers of Arlen met in Portvale to discuss a ceasefire."},
		{"b", "An air strike hit a depot near Kellan; the militia denied storing weapons there."},
	} {
		h := sha256.Sum256([]byte(d.text))
		if _, err := db.PutDocument(ctx, &sitrep.Document{ID: d.id, Text: d.text, Hash: hex.EncodeToString(h[:])}); err != nil {
			f.Fatal(err)
		}
	}
	f.Fuzz(func(t *testing.T, q string) {
		hits, err := db.Search(ctx, q, 3)
		if err != nil {
			t.Fatalf("Search(%q) (tsquery %s): %v", q, tsQuery(q), err)
		}
		if len(hits) > 3 {
			t.Fatalf("Search(%q): %d hits over the limit", q, len(hits))
		}
	})
}
