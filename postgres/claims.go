package postgres

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/sitrep-dev/sitrep"
	"github.com/sitrep-dev/sitrep/claim"
	"github.com/sitrep-dev/sitrep/frame"
)

var (
	_ claim.Store  = (*DB)(nil)
	_ claim.Lister = (*DB)(nil)
	_ frame.Store  = (*DB)(nil)
)

// storyLock is the first key of the transaction-scoped advisory lock a story
// rebuild holds; the second is the hash of the story's key. Two stories whose keys
// hash alike merely wait for one another.
const storyLock = 0x5173_7201

// maxCode is above every actor code in byte order ("C" collation).
const maxCode = "\U0010FFFF"

// storyCond selects a story's events with index ranges over the actor codes, in
// either direction; arg numbers the parameters.
func storyCond(s claim.Story, arg func(any) string) string {
	side := func(col, key string) string {
		if key == "" {
			return col + " = ''"
		}
		return col + " >= " + arg(key) + " AND " + col + " < " + arg(key+maxCode)
	}
	pair := func(a, b string) string {
		return "(" + side("e.source_code", a) + " AND " + side("e.target_code", b) + ")"
	}
	if s.A == s.B {
		return pair(s.A, s.B)
	}
	return "(" + pair(s.A, s.B) + " OR " + pair(s.B, s.A) + ")"
}

// ClaimParts lists the parts whose stored claims rest on one of docIDs or on a copy
// of one of them.
func (db *DB) ClaimParts(ctx context.Context, docIDs []string) ([]claim.Part, error) {
	rows, err := db.pool.Query(ctx, `SELECT DISTINCT c.part FROM claim_positions p JOIN claims c ON c.id = p.claim_id
		WHERE p.doc_id = ANY($1) OR p.doc_id IN (SELECT id FROM documents WHERE duplicate_of = ANY($1))
		ORDER BY c.part`, docIDs)
	if err != nil {
		return nil, fmt.Errorf("claim parts: %w", err)
	}
	keys, err := pgx.CollectRows(rows, pgx.RowTo[string])
	if err != nil {
		return nil, fmt.Errorf("claim parts: %w", err)
	}
	out := make([]claim.Part, 0, len(keys))
	for _, k := range keys {
		p, err := claim.ParsePart(k)
		if err != nil {
			return nil, fmt.Errorf("claim parts: %w", err)
		}
		out = append(out, p)
	}
	return out, nil
}

// UpdatePart rebuilds the stored claims of part p in one transaction. It first
// takes the part's advisory lock, so rebuilds of one part by several workers run
// one at a time; the events are read after the lock (read committed: each statement
// sees what was committed before it began), so the last rebuild sees every event
// stored before its update started, and a worker's rebuild never overwrites a
// later one's with older data. Only the part's rows are read and written: a
// claim's story and omissions, which depend on the rest of its pair, are derived
// when claims are read (Claims).
func (db *DB) UpdatePart(ctx context.Context, p claim.Part, build claim.BuildFunc) error {
	err := pgx.BeginFunc(ctx, db.pool, func(tx pgx.Tx) error {
		if _, err := tx.Exec(ctx, "SELECT pg_advisory_xact_lock($1, hashtext($2))", int32(storyLock), p.Key()); err != nil {
			return err
		}
		evs, err := partEvents(ctx, tx, p)
		if err != nil {
			return err
		}
		docs, err := storyDocs(ctx, tx, evs)
		if err != nil {
			return err
		}
		claim.SetCharSpans(evs, docs)
		claims := build(evs, docs)
		for _, c := range claims {
			if c.PartKey != p.Key() {
				return fmt.Errorf("claim %s of part %s", c.ID, c.PartKey)
			}
		}
		rows, err := tx.Query(ctx, "SELECT id FROM claims WHERE part = $1", p.Key())
		if err != nil {
			return err
		}
		ids, err := pgx.CollectRows(rows, pgx.RowTo[string])
		if err != nil {
			return err
		}
		return replaceClaims(ctx, tx, ids, claims)
	})
	if err != nil {
		return fmt.Errorf("update part %s: %w", p.Key(), err)
	}
	return nil
}

// WindowPart runs fn in one transaction, with what claim.UpdateWindow reads and
// writes of part p, after taking the part's advisory lock (as UpdatePart does), so
// that two workers' windows of one part run one after the other.
func (db *DB) WindowPart(ctx context.Context, p claim.Part, fn func(claim.PartTx) error) error {
	err := pgx.BeginFunc(ctx, db.pool, func(tx pgx.Tx) error {
		if _, err := tx.Exec(ctx, "SELECT pg_advisory_xact_lock($1, hashtext($2))", int32(storyLock), p.Key()); err != nil {
			return err
		}
		return fn(partTx{tx, p})
	})
	if err != nil {
		return fmt.Errorf("update part %s: %w", p.Key(), err)
	}
	return nil
}

// partTx is claim.PartTx over a transaction that holds the part's lock.
type partTx struct {
	tx pgx.Tx
	p  claim.Part
}

// Stored lists the part's claims a window from `from` needs, by the claims_window
// and claims_exposed indexes, with the claims resting on docs (or their copies).
func (t partTx) Stored(ctx context.Context, from, exposed string, docs []string) ([]claim.Stored, error) {
	// A union of index searches, so that a window does not read every claim of
	// the part.
	rows, err := t.tx.Query(ctx, `SELECT c.id, c.anchor_from, c.anchor_until, c.exposed_until, c.reach_from, c.members
		FROM claims c WHERE c.part = $1 AND c.id IN (
			SELECT id FROM claims WHERE part = $1 AND anchor_until >= $2
			UNION SELECT id FROM claims WHERE part = $1 AND exposed_until >= $3
			UNION SELECT p.claim_id FROM claim_positions p WHERE p.doc_id = ANY($4)
				OR p.doc_id IN (SELECT id FROM documents WHERE duplicate_of = ANY($4)))`,
		t.p.Key(), from, exposed, nonNil(docs))
	if err != nil {
		return nil, err
	}
	return pgx.CollectRows(rows, func(r pgx.CollectableRow) (claim.Stored, error) {
		var c claim.Stored
		var members []byte
		if err := r.Scan(&c.ID, &c.AnchorFrom, &c.AnchorUntil, &c.ExposedUntil, &c.ReachFrom, &members); err != nil {
			return c, err
		}
		return c, json.Unmarshal(members, &c.Members)
	})
}

// Events reads the events ids and those of docs, with their documents.
func (t partTx) Events(ctx context.Context, ids, docs []string) ([]claim.Ordered, []*sitrep.Document, error) {
	evs, err := readEvents(ctx, t.tx, "e.id = ANY($1) OR e.doc_id = ANY($2)", []any{nonNil(ids), nonNil(docs)},
		func(sitrep.Event) bool { return true })
	if err != nil {
		return nil, nil, err
	}
	ds, err := storyDocs(ctx, t.tx, evs)
	if err != nil {
		return nil, nil, err
	}
	claim.SetCharSpans(evs, ds)
	return evs, ds, nil
}

func (t partTx) Replace(ctx context.Context, ids []string, claims []claim.Stored) error {
	for _, c := range claims {
		if c.PartKey != t.p.Key() {
			return fmt.Errorf("claim %s of part %s", c.ID, c.PartKey)
		}
	}
	return replaceClaims(ctx, t.tx, ids, claims)
}

// replaceClaims replaces the stored claims ids with claims, leaving the rows that did
// not change as they are: an article usually changes a few of its part's claims, and
// writing is what costs. jsonb compares by value, whatever text it was given.
func replaceClaims(ctx context.Context, tx pgx.Tx, stored []string, claims []claim.Stored) error {
	n := len(claims)
	ids, bodies, members := make([]string, n), make([]string, n), make([]string, n)
	ranks, froms, untils := make([]string, n), make([]string, n), make([]string, n)
	anchorFroms, anchorUntils, exposed, reachFroms := make([]string, n), make([]string, n), make([]string, n), make([]string, n)
	for i, c := range claims {
		body, err := json.Marshal(c.Claim)
		if err != nil {
			return err
		}
		ms, err := json.Marshal(nonNil(c.Members))
		if err != nil {
			return err
		}
		ids[i], bodies[i], members[i] = c.ID, string(body), string(ms)
		ranks[i], froms[i], untils[i] = c.Rank, c.From, c.Until
		anchorFroms[i], anchorUntils[i], exposed[i], reachFroms[i] = c.AnchorFrom, c.AnchorUntil, c.ExposedUntil, c.ReachFrom
	}
	old := map[string]bool{}
	for _, id := range stored {
		old[id] = true
	}
	rows, err := tx.Query(ctx, `SELECT c.id FROM claims c JOIN unnest($1::text[], $2::text[], $3::bigint[], $4::bigint[],
		$5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[], $11::text[], $12::text[])
		AS t(id, body, doc_seq, event_pos, rank, date_from, date_until, members, anchor_from, anchor_until, exposed_until,
			reach_from) ON c.id = t.id
		WHERE c.body = t.body::jsonb AND c.doc_seq = t.doc_seq AND c.event_pos = t.event_pos AND c.rank = t.rank
		AND c.date_from = t.date_from AND c.date_until = t.date_until AND c.members = t.members::jsonb
		AND c.anchor_from = t.anchor_from AND c.anchor_until = t.anchor_until AND c.exposed_until = t.exposed_until
		AND c.reach_from = t.reach_from`,
		ids, bodies, orders(claims, 0), orders(claims, 1), ranks, froms, untils, members, anchorFroms, anchorUntils,
		exposed, reachFroms)
	if err != nil {
		return err
	}
	same, err := pgx.CollectRows(rows, pgx.RowTo[string])
	if err != nil {
		return err
	}
	unchanged := map[string]bool{}
	for _, id := range same {
		unchanged[id] = true
	}
	batch := &pgx.Batch{}
	for i, c := range claims {
		found := old[c.ID]
		delete(old, c.ID)
		if unchanged[c.ID] && found {
			continue
		}
		if found {
			batch.Queue("DELETE FROM claims WHERE id = $1", c.ID)
		}
		event, err := json.Marshal(c.Event)
		if err != nil {
			return err
		}
		batch.Queue(`INSERT INTO claims (id, kind, status, summary, event, independent_outlets, story, part, rank, doc_seq,
			event_pos, date_from, date_until, members, anchor_from, anchor_until, exposed_until, reach_from, body)
			VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19)`,
			c.ID, c.Kind, c.Status, c.Summary, json.RawMessage(event), c.IndependentOutlets, c.StoryKey, c.PartKey, c.Rank,
			c.Order[0], c.Order[1], c.From, c.Until, json.RawMessage(members[i]), c.AnchorFrom, c.AnchorUntil,
			c.ExposedUntil, c.ReachFrom, json.RawMessage(bodies[i]))
		for _, p := range c.Positions {
			if p.Stance == sitrep.StanceOmits {
				continue
			}
			batch.Queue(`INSERT INTO claim_positions (claim_id, doc_id, outlet, stance, attributed_to, value, sentence,
				span_start, span_end) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT DO NOTHING`,
				c.ID, p.Doc, p.Outlet, p.Stance, p.AttributedTo, p.Value, p.Sentence, p.Span[0], p.Span[1])
		}
	}
	for id := range old {
		batch.Queue("DELETE FROM claims WHERE id = $1", id)
	}
	if batch.Len() == 0 {
		return nil
	}
	return tx.SendBatch(ctx, batch).Close()
}

// orders lists one part of the claims' order keys.
func orders(claims []claim.Stored, part int) []int64 {
	out := make([]int64, len(claims))
	for i, c := range claims {
		out[i] = c.Order[part]
	}
	return out
}

// partEvents reads a part's events, in the store's order, with their place in it,
// in one query that the events_part index serves (a query per document cost a round
// trip each). The range over the actor codes takes both directions, which the
// part's family may not; the part's own are kept. Their character spans are left to
// claim.SetCharSpans, which reads each document's text once rather than once per
// event.
func partEvents(ctx context.Context, tx pgx.Tx, p claim.Part) ([]claim.Ordered, error) {
	var args []any
	arg := func(v any) string {
		args = append(args, v)
		return "$" + strconv.Itoa(len(args))
	}
	cond := "e.root = " + arg(p.Root) + " AND " + storyCond(p.Story(), arg)
	return readEvents(ctx, tx, cond, args, p.Has)
}

// readEvents reads the events cond selects (with its arguments), in the store's
// order, with their place in it, keeping those keep accepts.
func readEvents(ctx context.Context, tx pgx.Tx, cond string, args []any, keep func(sitrep.Event) bool) ([]claim.Ordered, error) {
	rows, err := tx.Query(ctx, "SELECT "+eventColumns+", e.doc_seq, e.seq FROM events e WHERE "+cond+
		" ORDER BY e.doc_seq, e.seq", args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []claim.Ordered
	for rows.Next() {
		var o claim.Ordered
		e := &o.Event
		// Decoded as the events reader (analysis.go) decodes them.
		if err := scanEvent(rows, e, &o.Order[0], &o.Order[1]); err != nil {
			return nil, err
		}
		if keep(*e) {
			out = append(out, o)
		}
	}
	return out, rows.Err()
}

// storyDocs reads the documents of evs and those they are copies of.
func storyDocs(ctx context.Context, tx pgx.Tx, evs []claim.Ordered) ([]*sitrep.Document, error) {
	var ids []string
	seen := map[string]bool{}
	for _, o := range evs {
		if !seen[o.Event.Doc] {
			seen[o.Event.Doc] = true
			ids = append(ids, o.Event.Doc)
		}
	}
	if len(ids) == 0 {
		return nil, nil
	}
	rows, err := tx.Query(ctx, "SELECT "+documentColumns+` FROM documents WHERE id = ANY($1)
		OR id IN (SELECT duplicate_of FROM documents WHERE id = ANY($1) AND duplicate_of IS NOT NULL)`, ids)
	if err != nil {
		return nil, err
	}
	return pgx.CollectRows(rows, func(r pgx.CollectableRow) (*sitrep.Document, error) { return scanDocument(r) })
}

// claimColumns are the columns scanStored reads.
const claimColumns = "c.story, c.part, c.rank, c.doc_seq, c.event_pos, c.date_from, c.date_until, c.body"

func scanStored(rows pgx.Rows) ([]claim.Stored, error) {
	return pgx.CollectRows(rows, func(r pgx.CollectableRow) (claim.Stored, error) {
		var c claim.Stored
		var body []byte
		if err := r.Scan(&c.StoryKey, &c.PartKey, &c.Rank, &c.Order[0], &c.Order[1], &c.From, &c.Until, &body); err != nil {
			return c, err
		}
		return c, json.Unmarshal(body, &c.Claim)
	})
}

// Claims lists the stored claims f selects, in the order claim.Build lists them,
// finished (claim.Finish) from the stored claims of their actor pairs.
func (db *DB) Claims(ctx context.Context, f claim.Filter) ([]sitrep.Claim, error) {
	ls, err := db.ListClaims(ctx, f)
	if err != nil {
		return nil, err
	}
	return claim.ListedClaims(ls), nil
}

// counterRoots lists claim.CounterRoots as SQL literals.
var counterRoots = "'" + strings.Join(claim.CounterRoots(), "','") + "'"

// lastDay is the last day of the claim date c.ev_date: the second half of a span
// ("2016-08-15/2016-08-21"), else the date itself.
const lastDay = "substr(c.ev_date, CASE WHEN length(c.ev_date) = 21 THEN 12 ELSE 1 END)"

// counterable is the SQL twin of claim's counterable for the claim alias a.
func counterable(a string) string {
	return a + ".kind = 'event' AND " + a + ".ev_root IN (" + counterRoots + ") AND " + a + ".ev_source <> '' AND " +
		a + ".ev_target <> '' AND " + a + ".ev_date ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'"
}

// claimWhere builds the conditions of f over the claims alias c (see claim.Filter);
// arg adds a parameter and returns its placeholder.
func claimWhere(f claim.Filter, arg func(any) string) (where []string) {
	// widened selects c when cond holds for it, or, with f.CounterDays, when it is
	// counterable and a claim Counter could join with it exists for which other
	// holds (any such claim when other is nil).
	widened := func(cond, other func(alias, p string) string, v any) string {
		p := arg(v)
		if f.CounterDays <= 0 {
			return cond("c", p)
		}
		extra := ""
		if other != nil {
			extra = " AND " + other("n", p)
		}
		days := arg(f.CounterDays)
		// c.ev_date is a day here (counterable comes first, and CASE keeps the
		// cast from rows where it is not).
		day := "(CASE WHEN c.ev_date ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$' THEN c.ev_date::date END)"
		return "(" + cond("c", p) + " OR (" + counterable("c") + " AND EXISTS (SELECT 1 FROM claims n WHERE n.ev_root = c.ev_root" +
			" AND n.ev_tkey = c.ev_tkey AND n.ev_date BETWEEN to_char(" + day + " - " + days + "::int, 'YYYY-MM-DD') AND to_char(" +
			day + " + " + days + "::int, 'YYYY-MM-DD') AND n.id <> c.id AND n.ev_source <> c.ev_source AND " + counterable("n") + extra + ")))"
	}
	reports := func(col string) func(string, string) string {
		return func(a, p string) string {
			return a + ".id IN (SELECT claim_id FROM claim_positions WHERE " + col + " = " + p + ")"
		}
	}
	if f.Status == sitrep.StatusContested {
		where = append(where, widened(func(a, p string) string { return a + ".status = " + p }, nil, f.Status))
	} else if f.Status != "" {
		where = append(where, "c.status = "+arg(f.Status))
	}
	if f.Story != "" {
		where = append(where, "c.story = "+arg(f.Story))
	}
	if f.Doc != "" {
		where = append(where, widened(reports("doc_id"), reports("doc_id"), f.Doc))
	}
	if f.Outlet != "" {
		where = append(where, widened(reports("outlet"), reports("outlet"), f.Outlet))
	}
	if f.Actor != "" {
		lo, hi := arg(f.Actor), arg(f.Actor+maxCode)
		where = append(where, "((c.ev_source >= "+lo+" AND c.ev_source < "+hi+") OR (c.ev_target >= "+lo+" AND c.ev_target < "+hi+"))")
	}
	if f.From != "" {
		// A date meets from when its last day (a span's second half) is not
		// before from's prefix of its length (claim.DateMeets); the year bound
		// lets the date index serve.
		where = append(where, "c.ev_date >= "+arg(claim.DateFromBound(f.From))+" AND "+lastDay+" >= substr("+arg(f.From)+", 1, length("+lastDay+"))")
	}
	if f.To != "" {
		where = append(where, "c.ev_date <> '' AND c.ev_date <= "+arg(claim.DateToBound(f.To)))
	}
	if f.MinOutlets > 0 {
		where = append(where, "c.independent_outlets >= "+arg(f.MinOutlets))
	}
	return where
}

// ListClaims lists the stored claims f selects with their place in the order, for
// claim.Page, finished (claim.Finish) from the stored claims of their actor pairs.
func (db *DB) ListClaims(ctx context.Context, f claim.Filter) ([]claim.Listed, error) {
	var args []any
	arg := func(v any) string {
		args = append(args, v)
		return "$" + strconv.Itoa(len(args))
	}
	where := claimWhere(f, arg)
	q := "SELECT " + claimColumns + " FROM claims c"
	if len(where) > 0 {
		q += " WHERE " + strings.Join(where, " AND ")
	}
	q += " ORDER BY c.independent_outlets DESC, c.rank, c.doc_seq, c.event_pos, c.id"
	if f.Limit > 0 {
		q += " LIMIT " + arg(f.Limit)
	}
	if f.Offset > 0 {
		q += " OFFSET " + arg(f.Offset)
	}
	rows, err := db.pool.Query(ctx, q, args...)
	if err != nil {
		return nil, fmt.Errorf("claims: %w", err)
	}
	stored, err := scanStored(rows)
	if err != nil {
		return nil, fmt.Errorf("claims: %w", err)
	}
	// With no filter but the pair the claims are their pairs' every claim;
	// otherwise the pairs' claims are read for their stories and omissions.
	pairs := stored
	other := f
	other.Story = ""
	if other != (claim.Filter{}) && len(stored) > 0 {
		var keys []string
		seen := map[string]bool{}
		for _, c := range stored {
			if !seen[c.StoryKey] {
				seen[c.StoryKey] = true
				keys = append(keys, c.StoryKey)
			}
		}
		rows, err := db.pool.Query(ctx, "SELECT "+claimColumns+" FROM claims c WHERE c.story = ANY($1)", keys)
		if err != nil {
			return nil, fmt.Errorf("claims: %w", err)
		}
		if pairs, err = scanStored(rows); err != nil {
			return nil, fmt.Errorf("claims: %w", err)
		}
	}
	return listedOf(claim.Finish(stored, pairs, claim.Options{})), nil
}

// listedOf places stored claims in the stores' order (claim.Compare's fields).
func listedOf(stored []claim.Stored) []claim.Listed {
	out := make([]claim.Listed, len(stored))
	for i, c := range stored {
		out[i] = claim.Listed{Claim: c.Claim, Key: claim.OrderKey{Outlets: c.IndependentOutlets, Rank: c.Rank,
			DocSeq: c.Order[0], EventPos: c.Order[1], ID: c.ID}}
	}
	return out
}

// CounterCandidates lists the counterable claims of the same root, target prefix
// and dates at most days apart as one of of, unfinished: without their stories
// or omissions (see claim.Lister).
func (db *DB) CounterCandidates(ctx context.Context, of []sitrep.Claim, days int) ([]claim.Listed, error) {
	var roots, tkeys, los, his []string
	for _, c := range of {
		t, err := time.Parse("2006-01-02", c.Event.Date)
		if err != nil || len(c.Event.CAMEO) < 2 {
			continue
		}
		roots, tkeys = append(roots, c.Event.CAMEO[:2]), append(tkeys, c.Event.Target[:min(3, len(c.Event.Target))])
		los, his = append(los, t.AddDate(0, 0, -days).Format("2006-01-02")), append(his, t.AddDate(0, 0, days).Format("2006-01-02"))
	}
	if len(roots) == 0 {
		return nil, nil
	}
	rows, err := db.pool.Query(ctx, "SELECT "+claimColumns+` FROM claims c WHERE c.id IN (SELECT n.id
		FROM unnest($1::text[], $2::text[], $3::text[], $4::text[]) AS k(root, tkey, lo, hi)
		JOIN claims n ON n.ev_root = k.root AND n.ev_tkey = k.tkey AND n.ev_date BETWEEN k.lo AND k.hi)
		AND `+counterable("c")+" ORDER BY c.independent_outlets DESC, c.rank, c.doc_seq, c.event_pos, c.id",
		roots, tkeys, los, his)
	if err != nil {
		return nil, fmt.Errorf("counter candidates: %w", err)
	}
	stored, err := scanStored(rows)
	if err != nil {
		return nil, fmt.Errorf("counter candidates: %w", err)
	}
	return listedOf(stored), nil
}

// CounterEvents returns the events ids name, whole: claim.Counter reads their
// actors, sentences, dates and places.
func (db *DB) CounterEvents(ctx context.Context, ids []string) ([]sitrep.Event, error) {
	rows, err := db.pool.Query(ctx, "SELECT "+eventColumns+" FROM events e WHERE e.id = ANY($1)", ids)
	if err != nil {
		return nil, fmt.Errorf("counter events: %w", err)
	}
	defer rows.Close()
	var out []sitrep.Event
	for rows.Next() {
		var e sitrep.Event
		if err := scanEvent(rows, &e); err != nil {
			return nil, fmt.Errorf("counter events: %w", err)
		}
		out = append(out, e)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("counter events: %w", err)
	}
	return out, nil
}

// PutFrameContributions replaces what docID contributes to frames with cs and drops
// the contributions of documents now linked as copies of docID, in one transaction
// that holds the document's row, as PutAnalysis does.
func (db *DB) PutFrameContributions(ctx context.Context, docID string, cs []frame.Contribution) error {
	batch := &pgx.Batch{}
	batch.Queue(`DELETE FROM frame_contributions WHERE doc_id = $1
		OR doc_id IN (SELECT id FROM documents WHERE duplicate_of = $1)`, docID)
	idx := map[string]int{}
	for _, c := range cs {
		if c.Doc != docID {
			return fmt.Errorf("put frame contributions %s: a contribution of %s", docID, c.Doc)
		}
		tones, err := json.Marshal(nonNil(c.Tones))
		if err != nil {
			return fmt.Errorf("put frame contributions %s: %w", docID, err)
		}
		labels, err := json.Marshal(c.Labels)
		if err != nil {
			return fmt.Errorf("put frame contributions %s: %w", docID, err)
		}
		evidence, err := json.Marshal(nonNil(c.Evidence))
		if err != nil {
			return fmt.Errorf("put frame contributions %s: %w", docID, err)
		}
		batch.Queue(`INSERT INTO frame_contributions (doc_id, grouping, idx, outlet, actor, name, mentioned, sentences,
			tone_sum, tones, cooperation, conflict, labels, evidence, cooperation_by, conflict_by, cooperation_on, conflict_on)
			VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18)`,
			docID, c.Grouping, idx[c.Grouping], c.Outlet, c.Actor, c.Name, c.Mentioned, len(c.Tones), c.ToneSum(),
			json.RawMessage(tones), c.Cooperation, c.Conflict, json.RawMessage(labels), json.RawMessage(evidence),
			c.CooperationBy, c.ConflictBy, c.CooperationOn, c.ConflictOn)
		idx[c.Grouping]++
	}
	err := pgx.BeginFunc(ctx, db.pool, func(tx pgx.Tx) error {
		var found bool
		if err := tx.QueryRow(ctx, "SELECT true FROM documents WHERE id = $1 FOR NO KEY UPDATE", docID).Scan(&found); err != nil {
			if errors.Is(err, pgx.ErrNoRows) {
				return fmt.Errorf("document: %w", sitrep.ErrNotFound)
			}
			return err
		}
		return tx.SendBatch(ctx, batch).Close()
	})
	if err != nil {
		return fmt.Errorf("put frame contributions %s: %w", docID, err)
	}
	return nil
}

// FrameContributions lists the stored contributions of a grouping in document order,
// ready for frame.Merge. actorPrefix, when not empty, keeps the actors it begins.
func (db *DB) FrameContributions(ctx context.Context, grouping, actorPrefix string) ([]frame.Contribution, error) {
	q := `SELECT f.doc_id, f.grouping, f.outlet, f.actor, f.name, f.mentioned, f.tones, f.cooperation, f.conflict,
		f.labels, f.evidence, f.cooperation_by, f.conflict_by, f.cooperation_on, f.conflict_on
		FROM frame_contributions f JOIN documents d ON d.id = f.doc_id WHERE f.grouping = $1`
	args := []any{grouping}
	if actorPrefix != "" {
		q += " AND f.actor >= $2 AND f.actor < $3"
		args = append(args, actorPrefix, actorPrefix+maxCode)
	}
	q += " ORDER BY d.seq, f.idx"
	rows, err := db.pool.Query(ctx, q, args...)
	if err != nil {
		return nil, fmt.Errorf("frame contributions: %w", err)
	}
	out, err := pgx.CollectRows(rows, func(r pgx.CollectableRow) (frame.Contribution, error) {
		var c frame.Contribution
		var tones, labels, evidence []byte
		if err := r.Scan(&c.Doc, &c.Grouping, &c.Outlet, &c.Actor, &c.Name, &c.Mentioned, &tones, &c.Cooperation,
			&c.Conflict, &labels, &evidence, &c.CooperationBy, &c.ConflictBy, &c.CooperationOn, &c.ConflictOn); err != nil {
			return c, err
		}
		if err := errors.Join(json.Unmarshal(tones, &c.Tones), json.Unmarshal(labels, &c.Labels),
			json.Unmarshal(evidence, &c.Evidence)); err != nil {
			return c, fmt.Errorf("contribution of %s: %w", c.Doc, err)
		}
		return c, nil
	})
	if err != nil {
		return nil, fmt.Errorf("frame contributions: %w", err)
	}
	return out, nil
}

// SetClaimState records that the claims and frames of docIDs reflect their stored
// analyses, the frames as frame.Version computes them.
func (db *DB) SetClaimState(ctx context.Context, docIDs []string) error {
	_, err := db.pool.Exec(ctx, `INSERT INTO claim_state (doc_id, updated_at, frame_version)
		SELECT id, now(), $2 FROM documents WHERE id = ANY($1)
		ON CONFLICT (doc_id) DO UPDATE SET updated_at = excluded.updated_at, frame_version = excluded.frame_version`,
		docIDs, frame.Version)
	if err != nil {
		return fmt.Errorf("set claim state: %w", err)
	}
	return nil
}

// StaleClaimState lists the analysed documents whose claims and frames were never
// computed.
func (db *DB) StaleClaimState(ctx context.Context) ([]string, error) {
	rows, err := db.pool.Query(ctx, `SELECT d.id FROM documents d
		WHERE EXISTS (SELECT 1 FROM sentences s WHERE s.doc_id = d.id)
		AND NOT EXISTS (SELECT 1 FROM claim_state c WHERE c.doc_id = d.id) ORDER BY d.seq`)
	if err != nil {
		return nil, fmt.Errorf("stale claim state: %w", err)
	}
	ids, err := pgx.CollectRows(rows, pgx.RowTo[string])
	if err != nil {
		return nil, fmt.Errorf("stale claim state: %w", err)
	}
	return ids, nil
}

// StaleFrameState lists the analysed documents whose frame contributions were not
// stored under the given frame version: never computed (as in StaleClaimState), or
// computed by a sitrep whose tone scorer or contribution fields differ.
func (db *DB) StaleFrameState(ctx context.Context, version int) ([]string, error) {
	rows, err := db.pool.Query(ctx, `SELECT d.id FROM documents d
		WHERE EXISTS (SELECT 1 FROM sentences s WHERE s.doc_id = d.id)
		AND NOT EXISTS (SELECT 1 FROM claim_state c WHERE c.doc_id = d.id AND c.frame_version = $1) ORDER BY d.seq`, version)
	if err != nil {
		return nil, fmt.Errorf("stale frame state: %w", err)
	}
	ids, err := pgx.CollectRows(rows, pgx.RowTo[string])
	if err != nil {
		return nil, fmt.Errorf("stale frame state: %w", err)
	}
	return ids, nil
}

// ResetClaimState forgets every stored claim, frame contribution and claim state.
func (db *DB) ResetClaimState(ctx context.Context) error {
	if _, err := db.pool.Exec(ctx, "TRUNCATE claims, claim_positions, frame_contributions, claim_state"); err != nil {
		return fmt.Errorf("reset claim state: %w", err)
	}
	return nil
}
