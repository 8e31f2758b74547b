package postgres

import (
	"context"
	"fmt"
	"strings"

	"github.com/jackc/pgx/v5"
	"github.com/sitrep-dev/sitrep"
	"github.com/sitrep-dev/sitrep/internal/searchquery"
)

// DefaultSearchLimit is the number of hits Search returns when asked for none.
const DefaultSearchLimit = 20

// Snippet marks: the same guillemets as the SQLite store's, so clients need not know
// which store answered.
const (
	HitOpen  = "«"
	HitClose = "»"
)

// headlineOptions makes ts_headline's snippet about as long as SQLite's (16 tokens)
// and one fragment long.
const headlineOptions = "StartSel=" + HitOpen + ", StopSel=" + HitClose +
	", MaxWords=16, MinWords=8, ShortWord=0, MaxFragments=1, FragmentDelimiter=…"

// Search runs a full-text query over titles and texts and returns up to limit hits,
// best first. Rank is ts_rank with a title match weighted twice a text match; higher
// is better. The query language is the SQLite store's (see sqlite.DB.Search):
// words, "phrases", OR between terms, -word or NOT word, prefix*. No input is a
// syntax error: the query is translated, never passed through.
func (db *DB) Search(ctx context.Context, query string, limit int) ([]sitrep.SearchHit, error) {
	tsq := tsQuery(query)
	if tsq == "" {
		return nil, nil
	}
	if limit <= 0 {
		limit = DefaultSearchLimit
	}
	// Rank and cut first, so that the texts are read, and ts_headline (which
	// re-parses a whole text) runs, for the hits returned only.
	rows, err := db.pool.Query(ctx, `WITH q AS (SELECT to_tsquery('sitrep_text', $1) AS q),
		hits AS (
			SELECT d.seq, ts_rank('{0.1, 0.2, 0.5, 1.0}', d.tsv, q.q) AS rank
			FROM documents d, q WHERE d.tsv @@ q.q
			ORDER BY rank DESC, d.seq LIMIT $2)
		SELECT d.id, d.title, d.outlet, ts_headline('sitrep_text', d.text, q.q, $3), ts_headline('sitrep_text', d.title, q.q, $3), h.rank
		FROM hits h JOIN documents d ON d.seq = h.seq, q ORDER BY h.rank DESC, h.seq`, tsq, limit, headlineOptions)
	if err != nil {
		return nil, fmt.Errorf("search %q: %w", query, err)
	}
	hits, err := pgx.CollectRows(rows, func(r pgx.CollectableRow) (sitrep.SearchHit, error) {
		var h sitrep.SearchHit
		var inTitle string
		var rank float32
		if err := r.Scan(&h.DocID, &h.Title, &h.Outlet, &h.Snippet, &inTitle, &rank); err != nil {
			return h, err
		}
		// A document whose text lacks the words matched in its title gets the
		// title, marked, as its snippet.
		if !strings.Contains(h.Snippet, HitOpen) && strings.Contains(inTitle, HitOpen) {
			h.Snippet = inTitle
		}
		h.Snippet = strings.Join(strings.Fields(h.Snippet), " ")
		h.Rank = float64(rank)
		return h, nil
	})
	if err != nil {
		return nil, fmt.Errorf("search %q: %w", query, err)
	}
	if len(hits) == 0 {
		return nil, nil
	}
	return hits, nil
}

// tsq quotes a term as one tsquery operand. to_tsquery parses a quoted operand with
// the text search parser, so several words become a phrase ('a' <-> 'b') and a
// hyphenated word matches as the index split it.
func tsq(t searchquery.Term) string {
	s := "'" + strings.NewReplacer(`\`, `\\`, `'`, `''`).Replace(t.Text) + "'"
	if t.Prefix {
		s += ":*"
	}
	return s
}

// tsQuery translates a user query into to_tsquery syntax that always parses: every
// term is a quoted operand, so only the operators written here reach the parser. It
// returns "" when there is nothing to search for.
func tsQuery(q string) string {
	groups, negated := searchquery.Parse(q)
	if len(groups) == 0 {
		return ""
	}
	var b strings.Builder
	for i, g := range groups {
		if i > 0 {
			b.WriteString(" & ")
		}
		searchquery.WriteGroup(&b, g, " | ", tsq)
	}
	if len(negated) > 0 {
		b.WriteString(" & !")
		// ! binds tightest: a group of several is parenthesised by WriteGroup.
		searchquery.WriteGroup(&b, negated, " | ", tsq)
	}
	return b.String()
}
