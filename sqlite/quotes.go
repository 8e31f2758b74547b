package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/sitrep-dev/sitrep"
)

var _ sitrep.QuoteStore = (*DB)(nil)

// putQuotes replaces the quotes of a.DocID inside PutAnalysis's transaction. A quote
// without an id gets "<doc>:q<n>", as the extractor names them.
func putQuotes(ctx context.Context, tx *sql.Tx, a *sitrep.Analysis) error {
	if _, err := tx.ExecContext(ctx, "DELETE FROM quotes WHERE doc_id = ?", a.DocID); err != nil {
		return fmt.Errorf("quotes: %w", err)
	}
	for i := range a.Quotes {
		q := &a.Quotes[i]
		if q.ID == "" {
			q.ID = fmt.Sprintf("%s:q%d", a.DocID, i+1)
		}
		target, err := jsonOrNull(q.Target)
		if err != nil {
			return fmt.Errorf("quote %s: %w", q.ID, err)
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO quotes (id, doc_id, idx, sentence, sentence_end, kind,
			text, span_start, span_end, speaker_code, speaker_name, speaker_text, speaker_rule, verb, verb_text,
			target, speaker_start, speaker_end, verb_start, verb_end)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
			q.ID, a.DocID, i, q.Sentence, q.SentenceEnd, q.Kind, q.Text, q.Span.Start, q.Span.End,
			q.Speaker.Code, q.Speaker.Name, q.Speaker.Text, q.SpeakerRule, q.Verb, q.VerbText, target,
			q.SpeakerSpan.Start, q.SpeakerSpan.End, q.VerbSpan.Start, q.VerbSpan.End); err != nil {
			return fmt.Errorf("quote %s: %w", q.ID, err)
		}
	}
	return nil
}

// Quotes lists stored quotes in document order, then in text order, with CharSpan
// filled from the document text.
func (db *DB) Quotes(ctx context.Context, f sitrep.QuoteFilter) ([]sitrep.Quote, error) {
	return quotes(ctx, db.read, f)
}

func quotes(ctx context.Context, db querier, f sitrep.QuoteFilter) ([]sitrep.Quote, error) {
	var where []string
	var args []any
	if f.Doc != "" {
		where, args = append(where, "q.doc_id = ?"), append(args, f.Doc)
	}
	if f.Speaker != "" {
		// A code prefix: "USA" selects USAGOV and USAMIL.
		where, args = append(where, "substr(q.speaker_code, 1, length(?)) = ?"), append(args, f.Speaker, f.Speaker)
	}
	if f.Kind != "" {
		where, args = append(where, "q.kind = ?"), append(args, f.Kind)
	}
	s := `SELECT q.id, q.doc_id, q.sentence, q.sentence_end, q.kind, q.text, q.span_start, q.span_end,
		q.speaker_code, q.speaker_name, q.speaker_text, q.speaker_rule, q.verb, q.verb_text, q.target,
		q.speaker_start, q.speaker_end, q.verb_start, q.verb_end, d.text
		FROM quotes q JOIN documents d ON d.id = q.doc_id`
	if len(where) > 0 {
		s += " WHERE " + strings.Join(where, " AND ")
	}
	s += " ORDER BY d.seq, q.idx"
	if f.Limit > 0 {
		s += fmt.Sprintf(" LIMIT %d OFFSET %d", f.Limit, max(f.Offset, 0))
	}
	rows, err := db.QueryContext(ctx, s, args...)
	if err != nil {
		return nil, fmt.Errorf("quotes: %w", err)
	}
	defer rows.Close()
	var out []sitrep.Quote
	for rows.Next() {
		var q sitrep.Quote
		var target sql.NullString
		var text string
		if err := rows.Scan(&q.ID, &q.Doc, &q.Sentence, &q.SentenceEnd, &q.Kind, &q.Text, &q.Span.Start, &q.Span.End,
			&q.Speaker.Code, &q.Speaker.Name, &q.Speaker.Text, &q.SpeakerRule, &q.Verb, &q.VerbText, &target,
			&q.SpeakerSpan.Start, &q.SpeakerSpan.End, &q.VerbSpan.Start, &q.VerbSpan.End, &text); err != nil {
			return nil, fmt.Errorf("quotes: %w", err)
		}
		if target.Valid {
			q.Target = new(sitrep.EventActor)
			if err := json.Unmarshal([]byte(target.String), q.Target); err != nil {
				return nil, fmt.Errorf("quote %s: target: %w", q.ID, err)
			}
		}
		q.SetCharSpan(text)
		out = append(out, q)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("quotes: %w", err)
	}
	return out, nil
}
