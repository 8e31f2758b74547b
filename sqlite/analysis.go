package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/sitrep-dev/sitrep"
	"github.com/sitrep-dev/sitrep/internal/storekit"
)

var _ sitrep.AnalysisStore = (*DB)(nil)

// PutAnalysis replaces the sentences, mentions and events stored for a.DocID in one
// transaction, so re-analysing a document (after a model or dictionary update) never
// leaves a mix of old and new rows.
func (db *DB) PutAnalysis(ctx context.Context, a *sitrep.Analysis) (err error) {
	tx, err := db.write.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("put analysis %s: %w", a.DocID, err)
	}
	defer func() {
		if err != nil {
			tx.Rollback()
			err = fmt.Errorf("put analysis %s: %w", a.DocID, err)
		}
	}()
	for _, table := range []string{"events", "mentions", "sentences"} {
		if _, err := tx.ExecContext(ctx, "DELETE FROM "+table+" WHERE doc_id = ?", a.DocID); err != nil {
			return err
		}
	}
	for i, s := range a.Sentences {
		toks, err := json.Marshal(nonNil(s.Tokens))
		if err != nil {
			return err
		}
		ents, err := json.Marshal(nonNil(s.Entities))
		if err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO sentences (doc_id, idx, start, "end", heading, tokens, entities)
			VALUES (?, ?, ?, ?, ?, ?, ?)`, a.DocID, i, s.Start, s.End, s.Heading, string(toks), string(ents)); err != nil {
			return err
		}
	}
	for i, m := range a.Mentions {
		if _, err := tx.ExecContext(ctx, `INSERT INTO mentions (doc_id, idx, sentence, tok_start, tok_end,
			span_start, span_end, text, code, name, rule, antecedent) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
			a.DocID, i, m.Sentence, m.Start, m.End, m.Span.Start, m.Span.End, m.Text, m.Code, m.Name, m.Rule, m.Antecedent); err != nil {
			return err
		}
	}
	for i := range a.Events {
		e := &a.Events[i]
		if e.ID == "" {
			e.ID = fmt.Sprintf("%s:e%d", a.DocID, i+1)
		}
		attributed, err := jsonOrNull(e.AttributedTo)
		if err != nil {
			return err
		}
		var place any
		if e.Place != nil {
			b, err := json.Marshal(storedPlace{*e.Place, e.Place.Span})
			if err != nil {
				return err
			}
			place = string(b)
		}
		sq := make([]storedQuantity, len(e.Quantities))
		for i, q := range e.Quantities {
			sq[i] = storedQuantity{q, q.Span}
		}
		qs, err := json.Marshal(sq)
		if err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO events (id, doc_id, sentence, span_start, span_end,
			source_code, source_name, source_text, target_code, target_name, target_text, cameo, root, quad,
			goldstein, plover_type, plover_mode, mode, attributed_to, date, date_text, date_from, place,
			quantities, outlet, url, verb, rule)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
			e.ID, a.DocID, e.Sentence, e.Span.Start, e.Span.End,
			e.Source.Code, e.Source.Name, e.Source.Text, e.Target.Code, e.Target.Name, e.Target.Text,
			e.CAMEO, e.Root, e.Quad, e.Goldstein, e.PLOVER.Type, e.PLOVER.Mode, e.Mode, attributed,
			e.Date, e.DateText, e.DateFrom, place, string(qs), e.Outlet, e.URL, e.Verb, e.Rule); err != nil {
			return err
		}
	}
	if err := putQuotes(ctx, tx, a); err != nil {
		return err
	}
	return tx.Commit()
}

// Analyzed reports whether sentences are stored for docID. A document whose analysis
// found no sentence at all reads as not analysed and is analysed again, harmlessly.
func (db *DB) Analyzed(ctx context.Context, docID string) (bool, error) {
	var n int
	err := db.read.QueryRowContext(ctx, "SELECT count(*) FROM sentences WHERE doc_id = ?", docID).Scan(&n)
	if err != nil {
		return false, fmt.Errorf("analyzed %s: %w", docID, err)
	}
	return n > 0, nil
}

// storedPlace and storedQuantity keep the byte spans that the public JSON form of
// sitrep.Place and sitrep.Quantity leaves out, so the reader can still highlight them.
type storedPlace struct {
	sitrep.Place
	ByteSpan sitrep.Span `json:"byte_span"`
}

type storedQuantity struct {
	sitrep.Quantity
	ByteSpan sitrep.Span `json:"byte_span"`
}

func jsonOrNull[T any](v *T) (any, error) {
	if v == nil {
		return nil, nil
	}
	b, err := json.Marshal(v)
	if err != nil {
		return nil, err
	}
	return string(b), nil
}

// Events lists stored events in document order, then in the order they were coded.
// Their CharSpan is filled from the document text.
func (db *DB) Events(ctx context.Context, f sitrep.EventFilter) ([]sitrep.Event, error) {
	return events(ctx, db.read, f)
}

// querier is what the read paths need of a pool or a transaction.
type querier interface {
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
}

func events(ctx context.Context, db querier, f sitrep.EventFilter) ([]sitrep.Event, error) {
	where, args := eventWhere(f)
	q := `SELECT e.id, e.doc_id, e.sentence, e.span_start, e.span_end, e.source_code, e.source_name,
		e.source_text, e.target_code, e.target_name, e.target_text, e.cameo, e.root, e.quad, e.goldstein,
		e.plover_type, e.plover_mode, e.mode, e.attributed_to, e.date, e.date_text, e.date_from, e.place,
		e.quantities, e.outlet, e.url, e.verb, e.rule, d.text
		FROM events e JOIN documents d ON d.id = e.doc_id`
	if len(where) > 0 {
		q += " WHERE " + strings.Join(where, " AND ")
	}
	switch f.Sort {
	case "date":
		q += " ORDER BY e.date = '', e.date, d.seq, e.rowid"
	case "-date":
		q += " ORDER BY e.date = '', e.date DESC, d.seq, e.rowid"
	default:
		q += " ORDER BY d.seq, e.rowid"
	}
	if f.Limit > 0 {
		q += fmt.Sprintf(" LIMIT %d OFFSET %d", f.Limit, max(f.Offset, 0))
	}
	rows, err := db.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, fmt.Errorf("events: %w", err)
	}
	defer rows.Close()
	var out []sitrep.Event
	for rows.Next() {
		var e sitrep.Event
		var attributed, place sql.NullString
		var qs, text string
		if err := rows.Scan(&e.ID, &e.Doc, &e.Sentence, &e.Span.Start, &e.Span.End, &e.Source.Code, &e.Source.Name,
			&e.Source.Text, &e.Target.Code, &e.Target.Name, &e.Target.Text, &e.CAMEO, &e.Root, &e.Quad, &e.Goldstein,
			&e.PLOVER.Type, &e.PLOVER.Mode, &e.Mode, &attributed, &e.Date, &e.DateText, &e.DateFrom, &place,
			&qs, &e.Outlet, &e.URL, &e.Verb, &e.Rule, &text); err != nil {
			return nil, fmt.Errorf("events: %w", err)
		}
		if attributed.Valid {
			e.AttributedTo = new(sitrep.EventActor)
			if err := json.Unmarshal([]byte(attributed.String), e.AttributedTo); err != nil {
				return nil, fmt.Errorf("event %s: attributed_to: %w", e.ID, err)
			}
		}
		if place.Valid {
			var sp storedPlace
			if err := json.Unmarshal([]byte(place.String), &sp); err != nil {
				return nil, fmt.Errorf("event %s: place: %w", e.ID, err)
			}
			sp.Place.Span = sp.ByteSpan
			e.Place = &sp.Place
		}
		var sq []storedQuantity
		if err := json.Unmarshal([]byte(qs), &sq); err != nil {
			return nil, fmt.Errorf("event %s: quantities: %w", e.ID, err)
		}
		for _, q := range sq {
			q.Quantity.Span = q.ByteSpan
			e.Quantities = append(e.Quantities, q.Quantity)
		}
		e.SetCharSpan(text)
		out = append(out, e)
	}
	return out, rows.Err()
}

// Analysis reads back what PutAnalysis stored for docID, in one read transaction so
// that a PutAnalysis committing meanwhile cannot mix two analyses.
func (db *DB) Analysis(ctx context.Context, docID string) (*sitrep.Analysis, error) {
	tx, err := db.read.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return nil, fmt.Errorf("analysis %s: %w", docID, err)
	}
	defer tx.Rollback()
	a := &sitrep.Analysis{DocID: docID}
	rows, err := tx.QueryContext(ctx, `SELECT start, "end", heading, tokens, entities FROM sentences
		WHERE doc_id = ? ORDER BY idx`, docID)
	if err != nil {
		return nil, fmt.Errorf("analysis %s: %w", docID, err)
	}
	for rows.Next() {
		var s sitrep.Sentence
		var toks, ents string
		if err := rows.Scan(&s.Start, &s.End, &s.Heading, &toks, &ents); err != nil {
			rows.Close()
			return nil, fmt.Errorf("analysis %s: %w", docID, err)
		}
		if err := json.Unmarshal([]byte(toks), &s.Tokens); err != nil {
			rows.Close()
			return nil, fmt.Errorf("analysis %s: tokens: %w", docID, err)
		}
		if err := json.Unmarshal([]byte(ents), &s.Entities); err != nil {
			rows.Close()
			return nil, fmt.Errorf("analysis %s: entities: %w", docID, err)
		}
		a.Sentences = append(a.Sentences, s)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("analysis %s: %w", docID, err)
	}
	if len(a.Sentences) == 0 {
		return nil, fmt.Errorf("analysis %s: %w", docID, sitrep.ErrNotFound)
	}
	rows, err = tx.QueryContext(ctx, `SELECT sentence, tok_start, tok_end, span_start, span_end, text, code,
		name, rule, antecedent FROM mentions WHERE doc_id = ? ORDER BY idx`, docID)
	if err != nil {
		return nil, fmt.Errorf("analysis %s: %w", docID, err)
	}
	defer rows.Close()
	for rows.Next() {
		var m sitrep.Mention
		if err := rows.Scan(&m.Sentence, &m.Start, &m.End, &m.Span.Start, &m.Span.End, &m.Text, &m.Code,
			&m.Name, &m.Rule, &m.Antecedent); err != nil {
			return nil, fmt.Errorf("analysis %s: %w", docID, err)
		}
		a.Mentions = append(a.Mentions, m)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("analysis %s: %w", docID, err)
	}
	if a.Events, err = events(ctx, tx, sitrep.EventFilter{Doc: docID}); err != nil {
		return nil, err
	}
	if a.Quotes, err = quotes(ctx, tx, sitrep.QuoteFilter{Doc: docID}); err != nil {
		return nil, err
	}
	return a, nil
}

// eventWhere turns a filter into SQL conditions over events e joined with documents d.
func eventWhere(f sitrep.EventFilter) ([]string, []any) {
	var where []string
	var args []any
	add := func(cond string, a ...any) {
		where = append(where, cond)
		args = append(args, a...)
	}
	prefix := func(col, p string) {
		add("substr("+col+", 1, length(?)) = ?", p, p)
	}
	if f.Doc != "" {
		add("e.doc_id = ?", f.Doc)
	}
	if f.Actor != "" {
		// A code prefix: "SYR" selects SYRGOV, SYRMIL, ... on either side.
		add("(substr(e.source_code, 1, length(?)) = ? OR substr(e.target_code, 1, length(?)) = ?)", f.Actor, f.Actor, f.Actor, f.Actor)
	}
	if f.Source != "" {
		prefix("e.source_code", f.Source)
	}
	if f.Target != "" {
		prefix("e.target_code", f.Target)
	}
	if f.Root != "" {
		add("e.root = ?", f.Root)
	}
	if f.CAMEO != "" {
		prefix("e.cameo", f.CAMEO)
	}
	if f.PLOVER != "" {
		add("e.plover_type = ?", strings.ToUpper(f.PLOVER))
	}
	if f.Quad != 0 {
		add("e.quad = ?", f.Quad)
	}
	if f.Mode != "" {
		add("e.mode = ?", f.Mode)
	}
	if f.From != "" {
		add("e.date <> '' AND e.date >= ?", f.From)
	}
	if f.To != "" {
		// "2025-11" as an upper bound includes every day of November.
		add("e.date <> '' AND substr(e.date, 1, length(?)) <= ?", f.To, f.To)
	}
	if f.Outlet != "" {
		add("e.outlet = ?", f.Outlet)
	}
	if f.Country != "" {
		add("json_extract(e.place, '$.country') = ?", strings.ToUpper(f.Country))
	}
	if f.Query != "" {
		// Plain substring match over the sentence: events are few per document and
		// the sentence is short, so this stays fast without a second FTS index.
		add("e.sentence LIKE ? ESCAPE '\\'", "%"+likeEscape(f.Query)+"%")
	}
	return where, args
}

func likeEscape(s string) string {
	return strings.NewReplacer("\\", "\\\\", "%", "\\%", "_", "\\_").Replace(s)
}

// Actors summarises resolved mentions by actor code across the store.
func (db *DB) Actors(ctx context.Context) ([]sitrep.Actor, error) {
	rows, err := db.read.QueryContext(ctx, `SELECT m.code, m.name, m.text, m.doc_id, d.published
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
