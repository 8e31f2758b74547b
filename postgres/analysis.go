package postgres

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/jackc/pgx/v5"
	"github.com/sitrep-dev/sitrep"
	"github.com/sitrep-dev/sitrep/internal/storekit"
)

var _ sitrep.AnalysisStore = (*DB)(nil)

// PutAnalysis replaces the sentences, mentions and events stored for a.DocID in one
// transaction. It first locks the document's row, so two workers analysing the same
// document one after the other replace each other's rows rather than interleave
// them. The inserts go to the server as one batch.
func (db *DB) PutAnalysis(ctx context.Context, a *sitrep.Analysis) error {
	if a == nil {
		return errors.New("put analysis: nil analysis")
	}
	batch := &pgx.Batch{}
	for _, table := range []string{"events", "mentions", "sentences"} {
		batch.Queue("DELETE FROM "+table+" WHERE doc_id = $1", a.DocID)
	}
	for i, s := range a.Sentences {
		toks, err := json.Marshal(nonNil(s.Tokens))
		if err != nil {
			return fmt.Errorf("put analysis %s: %w", a.DocID, err)
		}
		ents, err := json.Marshal(nonNil(s.Entities))
		if err != nil {
			return fmt.Errorf("put analysis %s: %w", a.DocID, err)
		}
		batch.Queue(`INSERT INTO sentences (doc_id, idx, start, "end", heading, tokens, entities)
			VALUES ($1, $2, $3, $4, $5, $6, $7)`, a.DocID, i, s.Start, s.End, s.Heading, json.RawMessage(toks), json.RawMessage(ents))
	}
	for i, m := range a.Mentions {
		batch.Queue(`INSERT INTO mentions (doc_id, idx, sentence, tok_start, tok_end,
			span_start, span_end, text, code, name, rule, antecedent) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
			a.DocID, i, m.Sentence, m.Start, m.End, m.Span.Start, m.Span.End, m.Text, m.Code, m.Name, m.Rule, m.Antecedent)
	}
	for i := range a.Events {
		e := &a.Events[i]
		if e.ID == "" {
			e.ID = fmt.Sprintf("%s:e%d", a.DocID, i+1)
		}
		attributed, err := jsonOrNull(e.AttributedTo)
		if err != nil {
			return fmt.Errorf("put analysis %s: %w", a.DocID, err)
		}
		// The place's fields as columns too (migration 0010), for the place tally.
		var place json.RawMessage
		var pCountry *string
		var pGid int
		var pName string
		var pLat, pLon float64
		if e.Place != nil {
			pCountry, pGid, pName, pLat, pLon = &e.Place.Country, e.Place.GeonameID, e.Place.Name, e.Place.Lat, e.Place.Lon
		}
		pj, qj, err := storekit.EncodeEventJSON(*e)
		if err != nil {
			return fmt.Errorf("put analysis %s: %w", a.DocID, err)
		}
		if pj != nil {
			place = pj
		}
		qs := json.RawMessage(qj)
		batch.Queue(`INSERT INTO events (id, doc_id, doc_seq, sentence, span_start, span_end,
			source_code, source_name, source_text, target_code, target_name, target_text, cameo, root, quad,
			goldstein, plover_type, plover_mode, mode, attributed_to, date, date_text, date_from, place,
			quantities, outlet, url, verb, rule, place_country, place_gid, place_name, place_lat, place_lon)
			VALUES ($1, $2, (SELECT seq FROM documents WHERE id = $2), $3, $4, $5, $6, $7, $8, $9, $10, $11,
			$12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28,
			$29, $30, $31, $32, $33)`,
			e.ID, a.DocID, e.Sentence, e.Span.Start, e.Span.End,
			e.Source.Code, e.Source.Name, e.Source.Text, e.Target.Code, e.Target.Name, e.Target.Text,
			e.CAMEO, e.Root, e.Quad, e.Goldstein, e.PLOVER.Type, e.PLOVER.Mode, e.Mode, attributed,
			e.Date, e.DateText, e.DateFrom, place, json.RawMessage(qs), e.Outlet, e.URL, e.Verb, e.Rule,
			pCountry, pGid, pName, pLat, pLon)
	}
	if err := queueQuotes(batch, a); err != nil {
		return fmt.Errorf("put analysis %s: %w", a.DocID, err)
	}
	err := pgx.BeginFunc(ctx, db.pool, func(tx pgx.Tx) error {
		var found bool
		if err := tx.QueryRow(ctx, "SELECT true FROM documents WHERE id = $1 FOR NO KEY UPDATE", a.DocID).Scan(&found); err != nil {
			if errors.Is(err, pgx.ErrNoRows) {
				return fmt.Errorf("document: %w", sitrep.ErrNotFound)
			}
			return err
		}
		return tx.SendBatch(ctx, batch).Close()
	})
	if err != nil {
		return fmt.Errorf("put analysis %s: %w", a.DocID, err)
	}
	return nil
}

// Analyzed reports whether sentences are stored for docID.
func (db *DB) Analyzed(ctx context.Context, docID string) (bool, error) {
	var ok bool
	if err := db.pool.QueryRow(ctx, "SELECT EXISTS (SELECT 1 FROM sentences WHERE doc_id = $1)", docID).Scan(&ok); err != nil {
		return false, fmt.Errorf("analyzed %s: %w", docID, err)
	}
	return ok, nil
}

func jsonOrNull[T any](v *T) (json.RawMessage, error) {
	if v == nil {
		return nil, nil
	}
	return json.Marshal(v)
}

// Events lists stored events in document order, then in the order they were coded.
// Their CharSpan is filled from the document text.
func (db *DB) Events(ctx context.Context, f sitrep.EventFilter) ([]sitrep.Event, error) {
	return events(ctx, db.pool, f)
}

// querier is a pool or a transaction.
type querier interface {
	Query(ctx context.Context, sql string, args ...any) (pgx.Rows, error)
}

func events(ctx context.Context, db querier, f sitrep.EventFilter) ([]sitrep.Event, error) {
	where, args := eventWhere(f)
	// The filter, sort and page run over the events' keys alone, which the indexes
	// of migration 0005 hold (an index-only scan skips an offset without reading
	// rows); the page's rows, and the document text that CharSpan needs, are joined
	// to the page afterwards, so that the sort never carries whole rows or texts.
	var order, outer string
	switch f.Sort {
	case "date":
		order, outer = "e.date = '', e.date, e.doc_seq, e.seq", "p.date = '', p.date, p.doc_seq, p.seq"
	case "-date":
		// '' is the smallest string, so undated events come last without a key
		// of their own, and events_date_desc serves the order.
		order, outer = "e.date DESC, e.doc_seq, e.seq", "p.date DESC, p.doc_seq, p.seq"
	default:
		order, outer = "e.doc_seq, e.seq", "p.doc_seq, p.seq"
		if f.Limit > 0 && (f.From != "" || f.To != "") {
			// Dates follow ingestion, so a date range's events cluster in the
			// document order, often at its end, where walking events_order finds
			// them last; the planner cannot know. The no-op "+ 0" keeps it off
			// that walk: the date index finds the range, and the page is sorted.
			order = "e.doc_seq + 0, e.seq + 0"
		}
	}
	inner := "SELECT e.id, e.doc_seq, e.seq, e.date FROM events e"
	if len(where) > 0 {
		inner += " WHERE " + strings.Join(where, " AND ")
	}
	inner += " ORDER BY " + order
	if f.Limit > 0 {
		inner += fmt.Sprintf(" LIMIT %d OFFSET %d", f.Limit, max(f.Offset, 0))
	}
	q := "SELECT " + eventColumns + `, d.text
		FROM (` + inner + `) p JOIN events e ON e.id = p.id JOIN documents d ON d.id = e.doc_id ORDER BY ` + outer
	rows, err := db.Query(ctx, q, args...)
	if err != nil {
		return nil, fmt.Errorf("events: %w", err)
	}
	defer rows.Close()
	var out []sitrep.Event
	for rows.Next() {
		var e sitrep.Event
		var text string
		if err := scanEvent(rows, &e, &text); err != nil {
			return nil, fmt.Errorf("events: %w", err)
		}
		e.SetCharSpan(text)
		out = append(out, e)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("events: %w", err)
	}
	return out, nil
}

// eventColumns are the columns of events e that scanEvent reads.
const eventColumns = storekit.EventColumns

// scanEvent reads a row of eventColumns, followed by the columns extra points
// to, into e, decoding its stored attribution, place and quantities.
func scanEvent(rows pgx.Rows, e *sitrep.Event, extra ...any) error {
	var attributed, place, qs []byte
	dest := append(storekit.EventDest(e, &attributed, &place, &qs), extra...)
	if err := rows.Scan(dest...); err != nil {
		return err
	}
	return storekit.DecodeEventJSON(e, attributed, place, qs)
}

// eventWhere turns a filter into SQL conditions over events e, with the SQLite
// store's meaning for every field.
func eventWhere(f sitrep.EventFilter) ([]string, []any) {
	var where []string
	var args []any
	arg := func(v any) string {
		args = append(args, v)
		return "$" + strconv.Itoa(len(args))
	}
	if f.Doc != "" {
		where = append(where, "e.doc_id = "+arg(f.Doc))
	}
	// Prefixes are LIKE 'p%' patterns: on the C-collated code columns a btree index
	// serves them as a range.
	prefix := func(p string) string { return arg(likeEscape(p)+"%") + ` ESCAPE '\'` }
	if f.Actor != "" {
		p := prefix(f.Actor)
		where = append(where, "(e.source_code LIKE "+p+" OR e.target_code LIKE "+p+")")
	}
	if f.Source != "" {
		where = append(where, "e.source_code LIKE "+prefix(f.Source))
	}
	if f.Target != "" {
		where = append(where, "e.target_code LIKE "+prefix(f.Target))
	}
	if f.Root != "" {
		where = append(where, "e.root = "+arg(f.Root))
	}
	if f.CAMEO != "" {
		where = append(where, "e.cameo LIKE "+prefix(f.CAMEO))
	}
	if f.PLOVER != "" {
		where = append(where, "e.plover_type = "+arg(strings.ToUpper(f.PLOVER)))
	}
	if f.Quad != 0 {
		where = append(where, "e.quad = "+arg(f.Quad))
	}
	if f.Mode != "" {
		where = append(where, "e.mode = "+arg(f.Mode))
	}
	if f.From != "" {
		where = append(where, "e.date <> '' AND e.date >= "+arg(f.From))
	}
	if f.To != "" {
		// "2025-11" as an upper bound includes every day of November.
		p := arg(f.To)
		cond := "e.date <> '' AND left(e.date, length(" + p + ")) <= " + p
		if end, ok := prefixEnd(f.To); ok {
			// Every date whose first len(To) bytes are <= To sorts below end: a
			// range the date index serves.
			cond += " AND e.date < " + arg(end)
		}
		where = append(where, cond)
	}
	if f.Outlet != "" {
		where = append(where, "e.outlet = "+arg(f.Outlet))
	}
	if f.Country != "" {
		where = append(where, "e.place->>'country' = "+arg(strings.ToUpper(f.Country)))
	}
	if f.Query != "" {
		// SQLite's LIKE ignores ASCII case; ILIKE ignores all case, which agrees on
		// every ASCII query.
		where = append(where, `e.sentence ILIKE `+arg("%"+likeEscape(f.Query)+"%")+` ESCAPE '\'`)
	}
	return where, args
}

// prefixEnd returns the least string above every string that starts with p, as a
// bound for the range p <= s < end; the same as the SQLite store's. It is given for
// printable ASCII only, where byte order (the C collation) and characters agree.
func prefixEnd(p string) (string, bool) {
	if p == "" {
		return "", false
	}
	for i := 0; i < len(p); i++ {
		if p[i] < 0x20 || p[i] >= 0x7e {
			return "", false
		}
	}
	return p[:len(p)-1] + string(p[len(p)-1]+1), true
}

func likeEscape(s string) string {
	return strings.NewReplacer(`\`, `\\`, "%", `\%`, "_", `\_`).Replace(s)
}

// Analysis reads back what PutAnalysis stored for docID, in one snapshot.
func (db *DB) Analysis(ctx context.Context, docID string) (*sitrep.Analysis, error) {
	a := &sitrep.Analysis{DocID: docID}
	err := pgx.BeginTxFunc(ctx, db.pool, pgx.TxOptions{IsoLevel: pgx.RepeatableRead, AccessMode: pgx.ReadOnly}, func(tx pgx.Tx) error {
		rows, err := tx.Query(ctx, `SELECT start, "end", heading, tokens, entities FROM sentences
			WHERE doc_id = $1 ORDER BY idx`, docID)
		if err != nil {
			return err
		}
		a.Sentences, err = pgx.CollectRows(rows, func(r pgx.CollectableRow) (sitrep.Sentence, error) {
			var s sitrep.Sentence
			var toks, ents []byte
			if err := r.Scan(&s.Start, &s.End, &s.Heading, &toks, &ents); err != nil {
				return s, err
			}
			if err := json.Unmarshal(toks, &s.Tokens); err != nil {
				return s, fmt.Errorf("tokens: %w", err)
			}
			if err := json.Unmarshal(ents, &s.Entities); err != nil {
				return s, fmt.Errorf("entities: %w", err)
			}
			return s, nil
		})
		if err != nil {
			return err
		}
		if len(a.Sentences) == 0 {
			return sitrep.ErrNotFound
		}
		rows, err = tx.Query(ctx, `SELECT sentence, tok_start, tok_end, span_start, span_end, text, code,
			name, rule, antecedent FROM mentions WHERE doc_id = $1 ORDER BY idx`, docID)
		if err != nil {
			return err
		}
		a.Mentions, err = pgx.CollectRows(rows, func(r pgx.CollectableRow) (sitrep.Mention, error) {
			var m sitrep.Mention
			err := r.Scan(&m.Sentence, &m.Start, &m.End, &m.Span.Start, &m.Span.End, &m.Text, &m.Code,
				&m.Name, &m.Rule, &m.Antecedent)
			return m, err
		})
		if err != nil {
			return err
		}
		if len(a.Mentions) == 0 {
			a.Mentions = nil
		}
		a.Events, err = events(ctx, tx, sitrep.EventFilter{Doc: docID})
		if err != nil {
			return err
		}
		a.Quotes, err = quotes(ctx, tx, sitrep.QuoteFilter{Doc: docID})
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("analysis %s: %w", docID, err)
	}
	return a, nil
}

// Actors summarises resolved mentions by actor code across the store, most mentioned
// first; ties keep the order of first mention.
func (db *DB) Actors(ctx context.Context) ([]sitrep.Actor, error) {
	rows, err := db.pool.Query(ctx, `SELECT m.code, m.name, m.text, m.doc_id, d.published
		FROM mentions m JOIN documents d ON d.id = m.doc_id WHERE m.code <> '' ORDER BY d.seq, m.idx`)
	if err != nil {
		return nil, fmt.Errorf("actors: %w", err)
	}
	defer rows.Close()
	var tally storekit.ActorTally
	for rows.Next() {
		var code, name, text, doc, published string
		if err := rows.Scan(&code, &name, &text, &doc, &published); err != nil {
			return nil, fmt.Errorf("actors: %w", err)
		}
		tally.Add(code, name, text, doc, published)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("actors: %w", err)
	}
	return tally.Actors(), nil
}

// ActorCount counts the actors Actors would list (the distinct codes of resolved
// mentions) without summarising them.
func (db *DB) ActorCount(ctx context.Context) (int, error) {
	var n int
	if err := db.pool.QueryRow(ctx, "SELECT count(DISTINCT code) FROM mentions WHERE code <> ''").Scan(&n); err != nil {
		return 0, fmt.Errorf("actor count: %w", err)
	}
	return n, nil
}
