// Package searchquery parses the search language both stores accept — words in any
// order, "a phrase" in double quotes, OR between terms, -word or NOT word to
// exclude, word* for a prefix — into terms that each store then quotes in its own
// engine's syntax (FTS5, tsquery). Because every term reaches the engine quoted, no
// user input can make a query fail to parse.
package searchquery

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Term is one searchable item: a word, or several words as a phrase.
type Term struct {
	Text   string
	Prefix bool
}

// Parse splits q into ANDed groups of ORed terms, and the terms to exclude. Terms
// with no letter or number are dropped: engines index none, and an empty phrase
// would make a whole AND fail.
func Parse(q string) (groups [][]Term, negated []Term) {
	var negNext, orNext bool
	add := func(t Term) {
		if !searchable(t.Text) {
			negNext, orNext = false, false
			return
		}
		switch {
		case negNext:
			negated = append(negated, t)
		case orNext && len(groups) > 0:
			groups[len(groups)-1] = append(groups[len(groups)-1], t)
		default:
			groups = append(groups, []Term{t})
		}
		negNext, orNext = false, false
	}
	q = clean(q)
	for i := 0; i < len(q); {
		r, size := utf8.DecodeRuneInString(q[i:])
		switch {
		case unicode.IsSpace(r):
			i += size
		case r == '"':
			// A phrase runs to the next quote, or to the end if unclosed.
			end := strings.IndexByte(q[i+1:], '"')
			if end < 0 {
				end = len(q) - i - 1
			}
			add(Term{Text: q[i+1 : i+1+end]})
			i += end + 2
		case r == '-' && !negNext && i+1 < len(q) && !startsWithSpace(q[i+1:]):
			// A leading minus excludes the term it is glued to.
			negNext = true
			i++
		default:
			end := strings.IndexFunc(q[i:], func(r rune) bool { return unicode.IsSpace(r) || r == '"' })
			if end < 0 {
				end = len(q) - i
			}
			w := q[i : i+end]
			i += end
			switch w {
			case "OR":
				// Only between two terms; a dangling OR is ignored.
				orNext = len(groups) > 0 && !negNext
				continue
			case "AND":
				continue // implicit anyway
			case "NOT":
				negNext = true
				continue
			}
			t := Term{Text: w}
			if trimmed := strings.TrimRight(w, "*"); trimmed != w {
				t = Term{Text: trimmed, Prefix: true}
			}
			add(t)
		}
	}
	return groups, negated
}

// WriteGroup writes terms joined by or, parenthesised when there are several.
func WriteGroup(b *strings.Builder, g []Term, or string, quote func(Term) string) {
	if len(g) > 1 {
		b.WriteString("(")
	}
	for i, t := range g {
		if i > 0 {
			b.WriteString(or)
		}
		b.WriteString(quote(t))
	}
	if len(g) > 1 {
		b.WriteString(")")
	}
}

func startsWithSpace(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsSpace(r)
}

func searchable(s string) bool {
	return strings.IndexFunc(s, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsNumber(r) }) >= 0
}

// clean replaces invalid UTF-8 and control characters (NUL among them, which would
// cut a query short in C and which PostgreSQL rejects) with spaces.
func clean(s string) string {
	return strings.Map(func(r rune) rune {
		if r == utf8.RuneError || unicode.IsControl(r) {
			return ' '
		}
		return r
	}, strings.ToValidUTF8(s, " "))
}
