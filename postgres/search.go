package postgres

import (
	"context"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/jackc/pgx/v5"
	"github.com/sitrep-dev/sitrep"
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

// term is one searchable item of a user query.
type term struct {
	text   string // one word, or several as a phrase
	prefix bool
}

// tsq quotes the term as one tsquery operand. to_tsquery parses a quoted operand
// with the text search parser, so several words become a phrase ('a' <-> 'b') and a
// hyphenated word matches as the index split it.
func (t term) tsq() string {
	s := "'" + strings.NewReplacer(`\`, `\\`, `'`, `''`).Replace(t.text) + "'"
	if t.prefix {
		s += ":*"
	}
	return s
}

// tsQuery translates a user query into to_tsquery syntax that always parses: every
// term is a quoted operand, so only the operators written here reach the parser. It
// returns "" when there is nothing to search for.
func tsQuery(q string) string {
	groups, negated := parseQuery(q)
	if len(groups) == 0 {
		return ""
	}
	var b strings.Builder
	for i, g := range groups {
		if i > 0 {
			b.WriteString(" & ")
		}
		writeGroup(&b, g)
	}
	if len(negated) > 0 {
		b.WriteString(" & !")
		// ! binds tightest: a group of several is parenthesised by writeGroup.
		writeGroup(&b, negated)
	}
	return b.String()
}

// parseQuery splits a user query into ANDed groups of ORed terms and the terms to
// exclude, with the rules of the SQLite store's ftsQuery.
func parseQuery(q string) (groups [][]term, negated []term) {
	var negNext, orNext bool
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
			end := strings.IndexByte(q[i+1:], '"')
			if end < 0 {
				end = len(q) - i - 1
			}
			add(term{text: q[i+1 : i+1+end]})
			i += end + 2
		case r == '-' && !negNext && i+1 < len(q) && !startsWithSpace(q[i+1:]):
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
				orNext = len(groups) > 0 && !negNext
				continue
			case "AND":
				continue
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
	return groups, negated
}

func writeGroup(b *strings.Builder, g []term) {
	if len(g) > 1 {
		b.WriteString("(")
	}
	for i, t := range g {
		if i > 0 {
			b.WriteString(" | ")
		}
		b.WriteString(t.tsq())
	}
	if len(g) > 1 {
		b.WriteString(")")
	}
}

func startsWithSpace(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsSpace(r)
}

// searchable reports whether s holds a letter or number, without which a term
// yields no lexeme.
func searchable(s string) bool {
	return strings.IndexFunc(s, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsNumber(r) }) >= 0
}

// clean replaces invalid UTF-8 (which PostgreSQL rejects) and control characters
// (NUL among them, which a text value cannot hold) with spaces.
func clean(s string) string {
	return strings.Map(func(r rune) rune {
		if r == utf8.RuneError || unicode.IsControl(r) {
			return ' '
		}
		return r
	}, strings.ToValidUTF8(s, " "))
}
