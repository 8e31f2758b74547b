package sqlite

import (
	"context"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/sitrep-dev/sitrep"
)

// DefaultSearchLimit is the number of hits Search returns when asked for none.
const DefaultSearchLimit = 20

// Snippets mark each matched term with these guillemets rather than brackets or
// HTML: they are one character each, rare in English news text, survive JSON and
// terminals unescaped, and a web client can turn them into <mark> after escaping.
const (
	HitOpen  = "«"
	HitClose = "»"
	// snippetTokens is the snippet's length in tokens around the best match.
	snippetTokens = 16
)

// Search runs a full-text query over titles and texts and returns up to limit hits,
// best first (bm25, with a title match weighted twice a text match). Rank is the
// negated bm25 score, so higher is better.
//
// The query is the user's words, never raw FTS5 syntax, so no input can cause a
// syntax error:
//
//	ceasefire Aleppo       both words (in any order, anywhere)
//	"air strike"           the phrase
//	ISIS OR Daesh          either word (OR in capitals, between two terms)
//	detainees -Iraq        not Iraq (also: NOT Iraq); needs at least one other term
//	negotiat*              a prefix
//	al-Sharaa              hyphenated words are the phrase "al Sharaa", as indexed
//
// A query with no searchable term (only punctuation, or only exclusions) finds
// nothing.
func (db *DB) Search(ctx context.Context, query string, limit int) ([]sitrep.SearchHit, error) {
	match := ftsQuery(query)
	if match == "" {
		return nil, nil
	}
	if limit <= 0 {
		limit = DefaultSearchLimit
	}
	// "ORDER BY rank" with rank set to bm25 lets FTS5 sort the matches itself and
	// hand back only the best limit rows, so snippet() (the costly part) runs for
	// those alone; ordering by a bm25() result column instead would build a snippet
	// for every match before sorting. CROSS JOIN keeps the FTS table as the outer
	// loop for that to hold.
	rows, err := db.read.QueryContext(ctx, `SELECT d.id, d.title, d.outlet,
			snippet(documents_fts, -1, ?, ?, '…', ?), documents_fts.rank
		FROM documents_fts CROSS JOIN documents d ON d.seq = documents_fts.rowid
		WHERE documents_fts MATCH ? AND documents_fts.rank MATCH 'bm25(2.0, 1.0)'
		ORDER BY documents_fts.rank
		LIMIT ?`, HitOpen, HitClose, snippetTokens, match, limit)
	if err != nil {
		return nil, fmt.Errorf("search %q: %w", query, err)
	}
	defer rows.Close()
	var hits []sitrep.SearchHit
	for rows.Next() {
		var h sitrep.SearchHit
		var score float64
		if err := rows.Scan(&h.DocID, &h.Title, &h.Outlet, &h.Snippet, &score); err != nil {
			return nil, fmt.Errorf("search %q: %w", query, err)
		}
		h.Rank = -score
		// One line, whatever paragraph breaks the window spans: snippets are shown
		// in lists and terminals.
		h.Snippet = strings.Join(strings.Fields(h.Snippet), " ")
		hits = append(hits, h)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("search %q: %w", query, err)
	}
	return hits, nil
}

// term is one searchable item of a user query.
type term struct {
	text   string // the words, quoted into one FTS5 string (a phrase when several)
	prefix bool
}

func (t term) fts() string {
	s := `"` + strings.ReplaceAll(t.text, `"`, `""`) + `"`
	if t.prefix {
		s += "*"
	}
	return s
}

// ftsQuery translates a user query into FTS5 syntax that always parses: every term
// becomes a double-quoted FTS5 string, so hyphens, colons, carets, parentheses and
// keywords inside it are inert, and only the operators this function writes itself
// reach the FTS5 parser. It returns "" when there is nothing to search for.
func ftsQuery(q string) string {
	var (
		groups  [][]term // ANDed groups of ORed terms
		negated []term
		negNext bool // the next term is excluded
		orNext  bool // the next term joins the previous group
	)
	add := func(t term) {
		if !searchable(t.text) {
			negNext, orNext = false, false
			return
		}
		switch {
		case negNext:
			negated = append(negated, t)
		case orNext && len(groups) > 0:
			groups[len(groups)-1] = append(groups[len(groups)-1], t)
		default:
			groups = append(groups, []term{t})
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
			add(term{text: q[i+1 : i+1+end]})
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
			t := term{text: w}
			if trimmed := strings.TrimRight(w, "*"); trimmed != w {
				t = term{text: trimmed, prefix: true}
			}
			add(t)
		}
	}
	if len(groups) == 0 {
		return ""
	}
	var b strings.Builder
	// NOT binds tighter than AND in FTS5, so several positive groups need
	// parentheses before it; one group stands alone (writeGroup brackets an OR).
	wrap := len(negated) > 0 && len(groups) > 1
	if wrap {
		b.WriteString("(")
	}
	for i, g := range groups {
		if i > 0 {
			// Explicit: FTS5 allows the implicit AND only between two phrases, not
			// next to a parenthesised OR group.
			b.WriteString(" AND ")
		}
		writeGroup(&b, g)
	}
	if wrap {
		b.WriteString(")")
	}
	if len(negated) > 0 {
		b.WriteString(" NOT ")
		writeGroup(&b, negated)
	}
	return b.String()
}

func startsWithSpace(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsSpace(r)
}

// writeGroup writes terms joined by OR, parenthesised when there are several.
func writeGroup(b *strings.Builder, g []term) {
	if len(g) > 1 {
		b.WriteString("(")
	}
	for i, t := range g {
		if i > 0 {
			b.WriteString(" OR ")
		}
		b.WriteString(t.fts())
	}
	if len(g) > 1 {
		b.WriteString(")")
	}
}

// searchable reports whether s holds a character the unicode61 tokenizer indexes
// (letters and numbers). A quoted string without one is an empty phrase, which
// matches nothing and would make a whole AND fail.
func searchable(s string) bool {
	return strings.IndexFunc(s, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsNumber(r) }) >= 0
}

// clean replaces invalid UTF-8 and control characters (NUL among them, which would
// cut the query short in C) with spaces.
func clean(s string) string {
	return strings.Map(func(r rune) rune {
		if r == utf8.RuneError || unicode.IsControl(r) {
			return ' '
		}
		return r
	}, strings.ToValidUTF8(s, " "))
}
