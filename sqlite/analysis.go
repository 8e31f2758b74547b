package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"math"
	"slices"
	"strings"
	"unicode/utf8"

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
	// Events carry their document's seq, so that lists sort and page in document
	// order from an index. A missing document leaves 0 here; the inserts below then
	// fail on the foreign key, as they would without the look-up.
	var docSeq int64
	if err := tx.QueryRowContext(ctx, "SELECT seq FROM documents WHERE id = ?", a.DocID).Scan(&docSeq); err != nil && !errors.Is(err, sql.ErrNoRows) {
		return err
	}
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
		// The place's fields as columns too (migration 0010), for the place tally.
		var place, pCountry any
		var pGid int
		var pName string
		var pLat, pLon float64
		if e.Place != nil {
			pCountry, pGid, pName, pLat, pLon = e.Place.Country, e.Place.GeonameID, e.Place.Name, e.Place.Lat, e.Place.Lon
		}
		pj, qj, err := storekit.EncodeEventJSON(*e)
		if err != nil {
			return err
		}
		if pj != nil {
			place = string(pj)
		}
		qs := string(qj)
		if _, err := tx.ExecContext(ctx, `INSERT INTO events (id, doc_id, doc_seq, sentence, span_start, span_end,
			source_code, source_name, source_text, target_code, target_name, target_text, cameo, root, quad,
			goldstein, plover_type, plover_mode, mode, attributed_to, date, date_text, date_from, place,
			quantities, outlet, url, verb, rule, place_country, place_gid, place_name, place_lat, place_lon)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
			e.ID, a.DocID, docSeq, e.Sentence, e.Span.Start, e.Span.End,
			e.Source.Code, e.Source.Name, e.Source.Text, e.Target.Code, e.Target.Name, e.Target.Text,
			e.CAMEO, e.Root, e.Quad, e.Goldstein, e.PLOVER.Type, e.PLOVER.Mode, e.Mode, attributed,
			e.Date, e.DateText, e.DateFrom, place, string(qs), e.Outlet, e.URL, e.Verb, e.Rule,
			pCountry, pGid, pName, pLat, pLon); err != nil {
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
// Their CharSpan is filled from the document text. The events and the texts are read
// in one snapshot.
func (db *DB) Events(ctx context.Context, f sitrep.EventFilter) ([]sitrep.Event, error) {
	tx, err := db.read.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return nil, fmt.Errorf("events: %w", err)
	}
	defer tx.Rollback()
	return events(ctx, tx, f)
}

// querier is what the read paths need of a transaction.
type querier interface {
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
}

// events runs in two steps, both inside db's snapshot. The filter, sort and page run
// over the events table alone and yield rowids with their sort keys, so that a sort
// that no index serves carries a few integers per match rather than whole rows; the
// page's rows are then read by rowid. The document texts that CharSpan needs are read
// afterwards, once per document rather than once per event.
func events(ctx context.Context, db querier, f sitrep.EventFilter) ([]sitrep.Event, error) {
	conds := eventWhere(f)
	o := orderOf(f.Sort)
	const columns = "SELECT " + eventColumns
	var q string
	var args []any
	if f.Limit > 0 {
		// A page: find its rowids first, then read those rows in page order.
		rids, err := eventPage(ctx, db, f, conds)
		if err != nil {
			return nil, fmt.Errorf("events: %w", err)
		}
		if len(rids) == 0 {
			return nil, nil
		}
		list, err := json.Marshal(rids)
		if err != nil {
			return nil, fmt.Errorf("events: %w", err)
		}
		q, args = columns+" FROM json_each(?) p JOIN events e ON e.rowid = p.value ORDER BY p.key", []any{string(list)}
	} else {
		// Every match (an export, the overview): SQLite's plan, which walks the
		// order's index when nothing narrows the list.
		var where string
		where, args = joinConds(conds)
		q = columns + " FROM events e" + where + " ORDER BY " + o.keys
	}
	rows, err := db.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, fmt.Errorf("events: %w", err)
	}
	defer rows.Close()
	var out []sitrep.Event
	for rows.Next() {
		var e sitrep.Event
		if err := scanEvent(rows, &e); err != nil {
			return nil, fmt.Errorf("events: %w", err)
		}
		out = append(out, e)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("events: %w", err)
	}
	rows.Close()
	if err := setCharSpans(ctx, db, out); err != nil {
		return nil, err
	}
	return out, nil
}

// eventColumns are the columns of events e that scanEvent reads.
const eventColumns = storekit.EventColumns

// scanEvent reads a row of eventColumns, followed by the columns extra points
// to, into e, decoding its stored attribution, place and quantities.
func scanEvent(rows *sql.Rows, e *sitrep.Event, extra ...any) error {
	var attributed, place sql.NullString
	var qs string
	dest := append(storekit.EventDest(e, &attributed, &place, &qs), extra...)
	if err := rows.Scan(dest...); err != nil {
		return err
	}
	return storekit.DecodeEventJSON(e, nullBytes(attributed), nullBytes(place), []byte(qs))
}

// nullBytes is a nullable text column's bytes, nil for NULL.
func nullBytes(s sql.NullString) []byte {
	if !s.Valid {
		return nil
	}
	return []byte(s.String)
}

// listOrder describes a list order (EventFilter.Sort) for the queries over events e.
type listOrder struct {
	// keys is the ORDER BY clause; index is the index of migration 0006 whose
	// entries are in that order.
	keys, index string
	// sorted is keys wrapped in no-op expressions that no index matches, for the
	// plan that reads matches from a filter's index and sorts them: SQLite cannot
	// then choose to walk the order instead.
	sorted string
}

func orderOf(sort string) listOrder {
	// Undated events come last in both date orders; '' is the smallest string, so
	// "newest first" needs no extra key.
	switch sort {
	case "date":
		return listOrder{"e.date = '', e.date, e.doc_seq, e.rowid", "events_date_asc", "e.date = '', e.date || '', e.doc_seq, e.rowid"}
	case "-date":
		return listOrder{"e.date DESC, e.doc_seq, e.rowid", "events_date_desc", "e.date || '' DESC, e.doc_seq, e.rowid"}
	}
	return listOrder{"e.doc_seq, e.rowid", "events_order", "e.doc_seq + 0, e.rowid"}
}

// Thresholds of eventPage's plans; variables so that a test can make a small store
// take every plan.
var (
	// countCap is where counting a condition's rows stops.
	countCap = 10000
	// walkMin is the fewest rows a condition must have for walking the order to be
	// worth a try: below it, reading the matches is cheap anyway.
	walkMin = 2000
	// walkBudget is how many rows of the order a walk reads before giving up.
	walkBudget = 6000
)

// eventPage returns the rowids of the events on f's page (f.Limit > 0), in list
// order.
//
// A filtered page can be found two ways: walk the index of the list order and keep
// the rows that pass the filter until the page is full, or read the rows of the most
// selective condition from its index, check the others, and sort the matches. The
// first reads about (limit + offset) / selectivity rows, and more when the matches
// cluster late in the order (dates follow ingestion); the second as many rows as its
// condition has. SQLite's planner cannot weigh the two on a store nobody ran ANALYZE
// on, and no statistics would tell it where matches cluster, so:
//
//  1. Each indexed condition's rows are counted on its index, up to countCap (an
//     index-only read). A filter with no indexed condition walks the order.
//  2. When even the fewest condition has walkMin rows or more, and the counts,
//     taken as independent, say the first walkBudget entries of the order's index
//     should hold the page, those entries are read and filtered. If they do hold
//     the whole page, it is exactly the page the full walk would give.
//  3. Otherwise the fewest condition's index drives and the matches are sorted. The
//     other conditions that counted under countCap are tested as rowid sets read
//     from their own indexes, so that a row failing them is dropped unread.
//
// Every plan gives the same rows in the same order; only the work differs.
func eventPage(ctx context.Context, db querier, f sitrep.EventFilter, conds []eventCond) ([]int64, error) {
	o := orderOf(f.Sort)
	offset := max(f.Offset, 0)
	page := fmt.Sprintf(" LIMIT %d OFFSET %d", f.Limit, offset)
	var indexed []int // positions in conds
	for i, c := range conds {
		if c.index != "" {
			indexed = append(indexed, i)
		}
	}
	if f.Doc != "" {
		// One document's few events, through events_doc.
		where, args := joinConds(conds)
		return rowids(ctx, db, "SELECT e.rowid FROM events e"+where+" ORDER BY "+o.keys+page, args)
	}
	if len(indexed) == 0 {
		// Nothing to read matches from: walk the order.
		where, args := joinConds(conds)
		return rowids(ctx, db, "SELECT e.rowid FROM events e INDEXED BY "+o.index+where+" ORDER BY "+o.keys+page, args)
	}

	// 1. Count.
	var sel []string
	var args []any
	for _, i := range indexed {
		c := conds[i]
		if c.count != "" {
			sel = append(sel, fmt.Sprintf("(SELECT count(*) FROM (%s LIMIT %d))", c.count, countCap))
			args = append(args, c.countArgs...)
			continue
		}
		src := "events e"
		if c.index != either {
			src += " INDEXED BY " + c.index
		}
		sel = append(sel, fmt.Sprintf("(SELECT count(*) FROM (SELECT 1 FROM %s WHERE %s LIMIT %d))", src, c.sql, countCap))
		args = append(args, c.args...)
	}
	// max(rowid) stands for the number of events: it overcounts after
	// re-analyses, which only makes the filter look more selective.
	sel = append(sel, "(SELECT coalesce(max(rowid), 1) FROM events)")
	n := make([]int, len(sel))
	ptrs := make([]any, len(sel))
	for i := range n {
		ptrs[i] = &n[i]
	}
	if err := scanOne(ctx, db, "SELECT "+strings.Join(sel, ", "), args, ptrs...); err != nil {
		return nil, err
	}
	total := max(n[len(n)-1], 1)
	n = n[:len(n)-1]
	fewest, hints := 0, 0
	selectivity := 1.0
	for k, i := range indexed {
		if n[k] < n[fewest] {
			fewest = k
		}
		share := float64(n[k]) / float64(total)
		if n[k] >= countCap {
			// The count stopped: the condition keeps at least this share and
			// at most all; take the geometric middle.
			share = math.Sqrt(share)
		}
		selectivity *= share
		if conds[i].hint {
			hints++
		}
	}
	// A condition without an index (a text query shorter than a trigram, a prefix
	// outside printable ASCII) is taken to keep 1 row in 100: that leans towards
	// reading matches, since walking the order for a rare one would read every row.
	for range len(conds) - len(indexed) - hints {
		selectivity *= 0.01
	}

	// 2. Walk the start of the order, when the counts say that its first
	// walkBudget rows should hold the page. The filter
	// is a column rather than a WHERE clause so that the walk reads rows in index
	// order and stops as soon as the page is full; a walk that reaches the end of
	// the table is complete too. Hints are left out: every row is read anyway.
	need := f.Limit + offset
	if n[fewest] >= walkMin && float64(need) <= selectivity*float64(walkBudget) {
		var walk []eventCond
		for _, c := range conds {
			if !c.hint {
				walk = append(walk, c)
			}
		}
		where, args := joinConds(walk)
		q := fmt.Sprintf("SELECT e.rowid, coalesce(%s, 0) FROM events e INDEXED BY %s ORDER BY %s LIMIT %d",
			strings.TrimPrefix(where, " WHERE "), o.index, o.keys, walkBudget)
		slog.DebugContext(ctx, "events walk", "sql", q, "args", args)
		rows, err := db.QueryContext(ctx, q, args...)
		if err != nil {
			return nil, err
		}
		var got []int64
		read := 0
		for len(got) < need && rows.Next() {
			var id int64
			var match bool
			if err := rows.Scan(&id, &match); err != nil {
				rows.Close()
				return nil, err
			}
			read++
			if match {
				got = append(got, id)
			}
		}
		if err := errors.Join(rows.Err(), rows.Close()); err != nil {
			return nil, err
		}
		if len(got) == need || read < walkBudget {
			return got[min(offset, len(got)):], nil
		}
	}

	// 3. Read the matches.
	driver := indexed[fewest]
	from := " FROM events e"
	if c := conds[driver]; c.index != either && c.count == "" {
		from += " INDEXED BY " + c.index
	}
	match := slices.Clone(conds)
	for k, i := range indexed {
		switch {
		case i == driver:
		case n[k] < countCap && conds[i].rowids != "":
			match[i].sql = conds[i].rowids
		case n[k] >= countCap && conds[i].hint:
			match[i].sql, match[i].args = "1", nil // narrows too little to pay for itself
		}
	}
	where, args := joinConds(match)
	return rowids(ctx, db, "SELECT e.rowid"+from+where+" ORDER BY "+o.sorted+page, args)
}

// rowids runs a query of one integer column.
func rowids(ctx context.Context, db querier, q string, args []any) ([]int64, error) {
	slog.DebugContext(ctx, "events page", "sql", q, "args", args)
	rows, err := db.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []int64
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			return nil, err
		}
		out = append(out, id)
	}
	return out, rows.Err()
}

// scanOne runs a query of one row into dest.
func scanOne(ctx context.Context, db querier, q string, args []any, dest ...any) error {
	rows, err := db.QueryContext(ctx, q, args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	if !rows.Next() {
		if err := rows.Err(); err != nil {
			return err
		}
		return sql.ErrNoRows
	}
	if err := rows.Scan(dest...); err != nil {
		return err
	}
	return rows.Close()
}

// setCharSpans fills the events' CharSpan from their documents' texts, reading each
// text once.
func setCharSpans(ctx context.Context, db querier, evs []sitrep.Event) error {
	if len(evs) == 0 {
		return nil
	}
	var ids []string
	seen := map[string]bool{}
	for _, e := range evs {
		if !seen[e.Doc] {
			seen[e.Doc] = true
			ids = append(ids, e.Doc)
		}
	}
	list, err := json.Marshal(ids)
	if err != nil {
		return fmt.Errorf("events: %w", err)
	}
	rows, err := db.QueryContext(ctx, "SELECT id, text FROM documents WHERE id IN (SELECT value FROM json_each(?))", string(list))
	if err != nil {
		return fmt.Errorf("events: document texts: %w", err)
	}
	defer rows.Close()
	texts := make(map[string]string, len(ids))
	for rows.Next() {
		var id, text string
		if err := rows.Scan(&id, &text); err != nil {
			return fmt.Errorf("events: document texts: %w", err)
		}
		texts[id] = text
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("events: document texts: %w", err)
	}
	for i := range evs {
		evs[i].SetCharSpan(texts[evs[i].Doc])
	}
	return nil
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

// eventCond is one condition of an event filter, over events e.
type eventCond struct {
	sql  string
	args []any
	// index is the index of migration 0006 that yields the condition's rows, with
	// doc_seq, so that counting them reads the index alone; "" for none. The actor
	// condition has two ("either"): one per side.
	index string
	// rowids, where set, is the condition as a set of rowids read from its index
	// alone (with args as its arguments).
	rowids string
	// count, where set, counts the condition's rows (with countArgs) instead of a
	// query of events through index.
	count     string
	countArgs []any
	// hint marks a condition that only narrows the candidates of another, which
	// decides: leaving it out changes no result, only the work.
	hint bool
}

const either = "either"

// eventWhere turns a filter into SQL conditions over events e.
func eventWhere(f sitrep.EventFilter) []eventCond {
	var conds []eventCond
	add := func(index, cond string, a ...any) {
		c := eventCond{sql: cond, args: a, index: index}
		if index != "" && index != either {
			c.rowids = "e.rowid IN (SELECT rowid FROM events e INDEXED BY " + index + " WHERE " + cond + ")"
		}
		conds = append(conds, c)
	}
	// A prefix is tested with substr, which says what it means, and bounded by a
	// range where one exists, which lets an index find the rows (see prefixEnd).
	prefixCond := func(col, p string) (string, []any, bool) {
		cond, a := "substr("+col+", 1, length(?)) = ?", []any{p, p}
		end, ok := prefixEnd(p)
		if ok {
			cond = col + " >= ? AND " + col + " < ? AND " + cond
			a = append([]any{p, end}, a...)
		}
		return cond, a, ok
	}
	prefix := func(index, col, p string) {
		cond, a, ok := prefixCond(col, p)
		if !ok {
			index = ""
		}
		add(index, cond, a...)
	}
	if f.Doc != "" {
		add("", "e.doc_id = ?", f.Doc)
	}
	if f.Actor != "" {
		// A code prefix: "SYR" selects SYRGOV, SYRMIL, ... on either side.
		src, a, ok := prefixCond("e.source_code", f.Actor)
		tgt, b, _ := prefixCond("e.target_code", f.Actor)
		c := eventCond{sql: "((" + src + ") OR (" + tgt + "))", args: append(a, b...)}
		if ok {
			c.index = either
			c.rowids = "e.rowid IN (SELECT rowid FROM events e INDEXED BY events_dyad WHERE " + src +
				" UNION ALL SELECT rowid FROM events e INDEXED BY events_target WHERE " + tgt + ")"
		}
		conds = append(conds, c)
	}
	switch {
	case f.Source != "" && f.Target != "":
		// A dyad: one range of events_dyad, the target checked in the index.
		src, a, ok := prefixCond("e.source_code", f.Source)
		tgt, b, _ := prefixCond("e.target_code", f.Target)
		index := "events_dyad"
		if !ok {
			index = ""
		}
		add(index, src+" AND "+tgt, append(a, b...)...)
	case f.Source != "":
		prefix("events_dyad", "e.source_code", f.Source)
	case f.Target != "":
		prefix("events_target", "e.target_code", f.Target)
	}
	if f.Root != "" {
		add("events_root", "e.root = ?", f.Root)
	}
	if f.CAMEO != "" {
		prefix("events_cameo", "e.cameo", f.CAMEO)
	}
	if f.PLOVER != "" {
		add("events_plover", "e.plover_type = ?", strings.ToUpper(f.PLOVER))
	}
	if f.Quad != 0 {
		add("events_quad", "e.quad = ?", f.Quad)
	}
	if f.Mode != "" {
		add("events_mode", "e.mode = ?", f.Mode)
	}
	if f.From != "" || f.To != "" {
		// One condition for both bounds: together they are one range of the date
		// index.
		cond, a := []string{"e.date <> ''"}, []any{}
		if f.From != "" {
			cond, a = append(cond, "e.date >= ?"), append(a, f.From)
		}
		if f.To != "" {
			// "2025-11" as an upper bound includes every day of November.
			cond, a = append(cond, "substr(e.date, 1, length(?)) <= ?"), append(a, f.To, f.To)
			if end, ok := prefixEnd(f.To); ok {
				// Every date whose first len(To) bytes are <= To sorts below end.
				cond, a = append(cond, "e.date < ?"), append(a, end)
			}
		}
		add("events_date_desc", strings.Join(cond, " AND "), a...)
	}
	if f.Outlet != "" {
		add("events_outlet", "e.outlet = ?", f.Outlet)
	}
	if f.Country != "" {
		add("events_country", "json_extract(e.place, '$.country') = ?", strings.ToUpper(f.Country))
	}
	if f.Query != "" {
		// Plain substring match over the sentence: events are few per document and
		// the sentence is short.
		like, pattern := "e.sentence LIKE ? ESCAPE '\\'", "%"+likeEscape(f.Query)+"%"
		if utf8.RuneCountInString(f.Query) < 3 {
			add("", like, pattern)
		} else {
			// events_fts (trigram) finds candidates, LIKE decides; see migration 0006.
			phrase := `"` + strings.ReplaceAll(f.Query, `"`, `""`) + `"`
			conds = append(conds, eventCond{
				sql:   "e.rowid IN (SELECT rowid FROM events_fts WHERE events_fts MATCH ?)",
				args:  []any{phrase},
				index: "events_fts",
				count: "SELECT 1 FROM events_fts WHERE events_fts MATCH ?", countArgs: []any{phrase},
				hint: true,
			})
			add("", like, pattern)
		}
	}
	return conds
}

// joinConds is the WHERE clause (empty for none) and arguments of conds.
func joinConds(conds []eventCond) (string, []any) {
	if len(conds) == 0 {
		return "", nil
	}
	var sqls []string
	var args []any
	for _, c := range conds {
		sqls = append(sqls, c.sql)
		args = append(args, c.args...)
	}
	return " WHERE " + strings.Join(sqls, " AND "), args
}

// prefixEnd returns the least string above every string that starts with p, as a
// bound for the range p <= s < end. It is given for printable ASCII only, where the
// byte order of SQLite's BINARY collation, substr's characters and Go's bytes all
// agree and the bound is valid UTF-8; other prefixes are tested by substr alone.
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
	return strings.NewReplacer("\\", "\\\\", "%", "\\%", "_", "\\_").Replace(s)
}

// Actors summarises resolved mentions by actor code across the store.
func (db *DB) Actors(ctx context.Context) ([]sitrep.Actor, error) {
	// CROSS JOIN keeps documents as the outer loop: read in seq order, each with its
	// mentions in idx order from the primary key, the rows come out in the order the
	// tally needs without sorting them all (ten times faster on 200,000 mentions).
	rows, err := db.read.QueryContext(ctx, `SELECT m.code, m.name, m.text, m.doc_id, d.published
		FROM documents d CROSS JOIN mentions m ON m.doc_id = d.id WHERE m.code <> '' ORDER BY d.seq, m.idx`)
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
// mentions) from the mentions' code index, without summarising them.
func (db *DB) ActorCount(ctx context.Context) (int, error) {
	var n int
	if err := db.read.QueryRowContext(ctx, "SELECT count(DISTINCT code) FROM mentions WHERE code <> ''").Scan(&n); err != nil {
		return 0, fmt.Errorf("actor count: %w", err)
	}
	return n, nil
}
