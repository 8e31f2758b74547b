package actor

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// trie is a prefix tree over normalised words. Matching walks it from each position
// and keeps the longest phrase that ends on a node with a value, which is how
// PETRARCH reads its dictionaries and gives "Syrian Democratic Forces" precedence over
// "Syrian".
type trie[V any] struct {
	next  map[string]*trie[V]
	val   V
	isEnd bool
}

func (t *trie[V]) insert(words []string, v V) {
	n := t
	for _, w := range words {
		if n.next == nil {
			n.next = map[string]*trie[V]{}
		}
		c, ok := n.next[w]
		if !ok {
			c = &trie[V]{}
			n.next[w] = c
		}
		n = c
	}
	n.val, n.isEnd = v, true
}

// longest returns the length of the longest phrase starting at words[i] and its value.
func (t *trie[V]) longest(words []string, i int) (int, V) {
	var best V
	bestN := 0
	n := t
	for j := i; j < len(words); j++ {
		w := words[j]
		// A possessive whose apostrophe was lost ("Assads", "al-Qaedas") ends a
		// phrase as its bare form would.
		if len(w) > 3 && w[len(w)-1] == 'S' {
			if c, ok := n.next[w[:len(w)-1]]; ok && c.isEnd {
				if _, exact := n.next[w]; !exact {
					best, bestN = c.val, j-i+1
				}
			}
		}
		c, ok := n.next[w]
		if !ok {
			break
		}
		n = c
		if n.isEnd {
			best, bestN = n.val, j-i+1
		}
	}
	return bestN, best
}

// normWords splits a dictionary phrase or a token into the words the tries are keyed
// on: upper case, accents removed, curly quotes made straight, dots dropped ("U.S." →
// "US"), and hyphens, underscores and spaces all word breaks.
func normWords(s string) []string {
	s = foldText(s)
	return strings.FieldsFunc(s, func(r rune) bool {
		return r == ' ' || r == '_' || r == '-' || r == '\u2013' || r == '\u2010' || r == '\u2011'
	})
}

// foldText is normWords without the split.
func foldText(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			ascii = false
			break
		}
	}
	if !ascii {
		s = norm.NFD.String(s)
	}
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		switch {
		case unicode.Is(unicode.Mn, r), r == '.':
		case r == '\u2019' || r == '\u2018' || r == '`' || r == '\u02bc':
			b.WriteByte('\'')
		default:
			b.WriteRune(unicode.ToUpper(r))
		}
	}
	return b.String()
}
