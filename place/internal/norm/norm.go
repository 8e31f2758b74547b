// Package norm folds place names and the text that mentions them to one lookup key,
// shared by the gazetteer generator and the matcher so that both agree.
package norm

import (
	"strings"
	"unicode"
)

// Key lower-cases s, drops full stops and apostrophes ("U.S." and "US", "Karbala'"
// and "Karbala" meet) and turns hyphens and runs of white space into one space
// ("Deir ez-Zor" and "Deir ez Zor" meet).
func Key(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		switch {
		case r == '.' || r == '\'' || r == '’' || r == 'ʼ' || r == '`':
		case r == '-' || r == '‐' || r == '–' || unicode.IsSpace(r):
			space = true
		default:
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}
