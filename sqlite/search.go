package sqlite

import (
	"context"
	"fmt"
	"strings"

	"github.com/sitrep-dev/sitrep"
	"github.com/sitrep-dev/sitrep/internal/searchquery"
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

// fts quotes a term as one FTS5 string (a phrase when it has several words), so
// hyphens, colons, carets, parentheses and keywords inside it are inert.
func fts(t searchquery.Term) string {
	s := `"` + strings.ReplaceAll(t.Text, `"`, `""`) + `"`
	if t.Prefix {
		s += "*"
	}
	return s
}

// ftsQuery translates a user query into FTS5 syntax that always parses. It returns
// "" when there is nothing to search for.
func ftsQuery(q string) string {
	groups, negated := searchquery.Parse(q)
	if len(groups) == 0 {
		return ""
	}
	var b strings.Builder
	// NOT binds tighter than AND in FTS5, so several positive groups need
	// parentheses before it; one group stands alone (WriteGroup brackets an OR).
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
		searchquery.WriteGroup(&b, g, " OR ", fts)
	}
	if wrap {
		b.WriteString(")")
	}
	if len(negated) > 0 {
		b.WriteString(" NOT ")
		searchquery.WriteGroup(&b, negated, " OR ", fts)
	}
	return b.String()
}
