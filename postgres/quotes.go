package postgres

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/jackc/pgx/v5"
	"github.com/sitrep-dev/sitrep"
)

var _ sitrep.QuoteStore = (*DB)(nil)

// queueQuotes adds to PutAnalysis's batch the statements that replace the quotes of
// a.DocID. A quote without an id gets "<doc>:q<n>", as the extractor names them.
func queueQuotes(batch *pgx.Batch, a *sitrep.Analysis) error {
	batch.Queue("DELETE FROM quotes WHERE doc_id = $1", a.DocID)
	for i := range a.Quotes {
		q := &a.Quotes[i]
		if q.ID == "" {
			q.ID = fmt.Sprintf("%s:q%d", a.DocID, i+1)
		}
		target, err := jsonOrNull(q.Target)
		if err != nil {
			return fmt.Errorf("quote %s: %w", q.ID, err)
		}
		batch.Queue(`INSERT INTO quotes (id, doc_id, doc_seq, idx, sentence, sentence_end, kind, text,
			span_start, span_end, speaker_code, speaker_name, speaker_text, speaker_rule, verb, verb_text, target,
			speaker_start, speaker_end, verb_start, verb_end)
			VALUES ($1, $2, (SELECT seq FROM documents WHERE id = $2), $3, $4, $5, $6, $7, $8, $9, $10, $11,
			$12, $13, $14, $15, $16, $17, $18, $19, $20)`,
			q.ID, a.DocID, i, q.Sentence, q.SentenceEnd, q.Kind, q.Text, q.Span.Start, q.Span.End,
			q.Speaker.Code, q.Speaker.Name, q.Speaker.Text, q.SpeakerRule, q.Verb, q.VerbText, target,
			q.SpeakerSpan.Start, q.SpeakerSpan.End, q.VerbSpan.Start, q.VerbSpan.End)
	}
	return nil
}

// Quotes lists stored quotes in document order, then in text order, with CharSpan
// filled from the document text.
func (db *DB) Quotes(ctx context.Context, f sitrep.QuoteFilter) ([]sitrep.Quote, error) {
	return quotes(ctx, db.pool, f)
}

func quotes(ctx context.Context, db querier, f sitrep.QuoteFilter) ([]sitrep.Quote, error) {
	var where []string
	var args []any
	arg := func(v any) string {
		args = append(args, v)
		return fmt.Sprintf("$%d", len(args))
	}
	if f.Doc != "" {
		where = append(where, "q.doc_id = "+arg(f.Doc))
	}
	if f.Speaker != "" {
		// A code prefix: "USA" selects USAGOV and USAMIL.
		where = append(where, "q.speaker_code LIKE "+arg(likeEscape(f.Speaker)+"%"))
	}
	if f.Kind != "" {
		where = append(where, "q.kind = "+arg(f.Kind))
	}
	inner := "SELECT * FROM quotes q"
	if len(where) > 0 {
		inner += " WHERE " + strings.Join(where, " AND ")
	}
	inner += " ORDER BY q.doc_seq, q.idx"
	if f.Limit > 0 {
		inner += fmt.Sprintf(" LIMIT %d OFFSET %d", f.Limit, max(f.Offset, 0))
	}
	s := `SELECT q.id, q.doc_id, q.sentence, q.sentence_end, q.kind, q.text, q.span_start, q.span_end,
		q.speaker_code, q.speaker_name, q.speaker_text, q.speaker_rule, q.verb, q.verb_text, q.target,
		q.speaker_start, q.speaker_end, q.verb_start, q.verb_end, d.text
		FROM (` + inner + `) q JOIN documents d ON d.id = q.doc_id ORDER BY q.doc_seq, q.idx`
	rows, err := db.Query(ctx, s, args...)
	if err != nil {
		return nil, fmt.Errorf("quotes: %w", err)
	}
	defer rows.Close()
	var out []sitrep.Quote
	for rows.Next() {
		var q sitrep.Quote
		var target []byte
		var text string
		if err := rows.Scan(&q.ID, &q.Doc, &q.Sentence, &q.SentenceEnd, &q.Kind, &q.Text, &q.Span.Start, &q.Span.End,
			&q.Speaker.Code, &q.Speaker.Name, &q.Speaker.Text, &q.SpeakerRule, &q.Verb, &q.VerbText, &target,
			&q.SpeakerSpan.Start, &q.SpeakerSpan.End, &q.VerbSpan.Start, &q.VerbSpan.End, &text); err != nil {
			return nil, fmt.Errorf("quotes: %w", err)
		}
		if target != nil {
			q.Target = new(sitrep.EventActor)
			if err := json.Unmarshal(target, q.Target); err != nil {
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
