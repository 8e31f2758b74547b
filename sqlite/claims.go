package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/sitrep-dev/sitrep"
	"github.com/sitrep-dev/sitrep/claim"
	"github.com/sitrep-dev/sitrep/frame"
)

var (
	_ claim.Store  = (*DB)(nil)
	_ claim.Lister = (*DB)(nil)
	_ frame.Store  = (*DB)(nil)
)

// maxCode is above every actor code in byte order: codePrefix ranges end with it.
const maxCode = "\U0010FFFF"

// storyCond selects the events of a story with index ranges over the actor codes (in
// either direction); the caller keeps the events claim.Story.Has accepts, since a
// prefix range is wider than an actor key (the group "IGO" is not "IGOUNO").
func storyCond(s claim.Story) (string, []any) {
	side := func(col, key string) (string, []any) {
		if key == "" {
			return col + " = ''", nil
		}
		return col + " >= ? AND " + col + " < ?", []any{key, key + maxCode}
	}
	pair := func(a, b string) (string, []any) {
		c1, a1 := side("e.source_code", a)
		c2, a2 := side("e.target_code", b)
		return "(" + c1 + " AND " + c2 + ")", append(a1, a2...)
	}
	c1, a1 := pair(s.A, s.B)
	if s.A == s.B {
		return c1, a1
	}
	c2, a2 := pair(s.B, s.A)
	return "(" + c1 + " OR " + c2 + ")", append(a1, a2...)
}

// ClaimParts lists the parts whose stored claims rest on one of docIDs or on a copy
// of one of them.
func (db *DB) ClaimParts(ctx context.Context, docIDs []string) ([]claim.Part, error) {
	ids, err := json.Marshal(docIDs)
	if err != nil {
		return nil, fmt.Errorf("claim parts: %w", err)
	}
	rows, err := db.read.QueryContext(ctx, `SELECT DISTINCT c.part FROM claim_positions p JOIN claims c ON c.id = p.claim_id
		WHERE p.doc_id IN (SELECT value FROM json_each(?1)
			UNION SELECT id FROM documents WHERE duplicate_of IN (SELECT value FROM json_each(?1)))
		ORDER BY c.part`, string(ids))
	if err != nil {
		return nil, fmt.Errorf("claim parts: %w", err)
	}
	defer rows.Close()
	var out []claim.Part
	for rows.Next() {
		var key string
		if err := rows.Scan(&key); err != nil {
			return nil, fmt.Errorf("claim parts: %w", err)
		}
		p, err := claim.ParsePart(key)
		if err != nil {
			return nil, fmt.Errorf("claim parts: %w", err)
		}
		out = append(out, p)
	}
	return out, rows.Err()
}

// UpdatePart rebuilds the stored claims of part p in one write transaction. SQLite
// has one writer, so two rebuilds of a part (or any two writes) never interleave;
// the events read inside the transaction are every committed event of the part.
// Only the part's rows are read and written: a claim's story and omissions, which
// depend on the rest of its pair, are derived when claims are read (Claims).
func (db *DB) UpdatePart(ctx context.Context, p claim.Part, build claim.BuildFunc) (err error) {
	tx, err := db.write.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("update part %s: %w", p.Key(), err)
	}
	defer func() {
		if err != nil {
			tx.Rollback()
			err = fmt.Errorf("update part %s: %w", p.Key(), err)
		}
	}()
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
	var ids []string
	rows, err := tx.QueryContext(ctx, "SELECT id FROM claims WHERE part = ?", p.Key())
	if err != nil {
		return err
	}
	for rows.Next() {
		var id string
		if err := rows.Scan(&id); err != nil {
			rows.Close()
			return err
		}
		ids = append(ids, id)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	if err := replaceClaims(ctx, tx, p, ids, claims); err != nil {
		return err
	}
	return tx.Commit()
}

// WindowPart runs fn in one write transaction, with what claim.UpdateWindow reads and
// writes of part p. SQLite has one writer, so nothing else writes meanwhile.
func (db *DB) WindowPart(ctx context.Context, p claim.Part, fn func(claim.PartTx) error) (err error) {
	tx, err := db.write.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("update part %s: %w", p.Key(), err)
	}
	defer func() {
		if err != nil {
			tx.Rollback()
			err = fmt.Errorf("update part %s: %w", p.Key(), err)
		}
	}()
	if err := fn(partTx{tx, p}); err != nil {
		return err
	}
	return tx.Commit()
}

// partTx is claim.PartTx over a write transaction.
type partTx struct {
	tx *sql.Tx
	p  claim.Part
}

// Stored lists the part's claims a window from `from` needs, by the claims_window
// and claims_exposed indexes, with the claims resting on docs (or their copies).
func (t partTx) Stored(ctx context.Context, from, exposed string, docs []string) ([]claim.Stored, error) {
	js, err := json.Marshal(docs)
	if err != nil {
		return nil, err
	}
	// A union of index searches: with the conditions or-ed in one WHERE, SQLite
	// read every claim of the part, which is what a window is meant to avoid; the
	// unary plus keeps it from scanning the part for the outer part = ?1.
	rows, err := t.tx.QueryContext(ctx, `SELECT c.id, c.anchor_from, c.anchor_until, c.exposed_until, c.reach_from, c.members
		FROM claims c WHERE +c.part = ?1 AND c.id IN (
			SELECT id FROM claims WHERE part = ?1 AND anchor_until >= ?2
			UNION SELECT id FROM claims WHERE part = ?1 AND exposed_until >= ?3
			UNION SELECT p.claim_id FROM claim_positions p WHERE p.doc_id IN (SELECT value FROM json_each(?4)
				UNION SELECT id FROM documents WHERE duplicate_of IN (SELECT value FROM json_each(?4))))`,
		t.p.Key(), from, exposed, string(js))
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []claim.Stored
	for rows.Next() {
		var c claim.Stored
		var members string
		if err := rows.Scan(&c.ID, &c.AnchorFrom, &c.AnchorUntil, &c.ExposedUntil, &c.ReachFrom, &members); err != nil {
			return nil, err
		}
		if err := json.Unmarshal([]byte(members), &c.Members); err != nil {
			return nil, fmt.Errorf("claim %s: members: %w", c.ID, err)
		}
		out = append(out, c)
	}
	return out, rows.Err()
}

// Events reads the events ids and those of docs (by the primary key and events_doc),
// with their documents.
func (t partTx) Events(ctx context.Context, ids, docs []string) ([]claim.Ordered, []*sitrep.Document, error) {
	a, err := json.Marshal(nonNil(ids))
	if err != nil {
		return nil, nil, err
	}
	b, err := json.Marshal(nonNil(docs))
	if err != nil {
		return nil, nil, err
	}
	evs, err := readEvents(ctx, t.tx, `e.id IN (SELECT value FROM json_each(?)) OR e.doc_id IN (SELECT value FROM json_each(?))`,
		[]any{string(a), string(b)}, func(sitrep.Event) bool { return true })
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
	return replaceClaims(ctx, t.tx, t.p, ids, claims)
}

// storedRow is what a claim row holds beside its id, to tell a claim that did not
// change.
type storedRow struct {
	body, rank, from, until, members string
	reach                            claim.Reach
	order                            [2]int64
}

func rowOf(c claim.Stored) (storedRow, error) {
	body, err := json.Marshal(c.Claim)
	if err != nil {
		return storedRow{}, err
	}
	members, err := json.Marshal(nonNil(c.Members))
	if err != nil {
		return storedRow{}, err
	}
	return storedRow{string(body), c.Rank, c.From, c.Until, string(members), c.Reach, c.Order}, nil
}

// replaceClaims replaces the stored claims ids of part p with claims, leaving the
// rows that did not change as they are: an article usually changes a few of its
// part's claims, and writing is what costs.
func replaceClaims(ctx context.Context, tx *sql.Tx, p claim.Part, ids []string, claims []claim.Stored) error {
	js, err := json.Marshal(nonNil(ids))
	if err != nil {
		return err
	}
	old := map[string]storedRow{}
	rows, err := tx.QueryContext(ctx, `SELECT id, body, rank, date_from, date_until, members, anchor_from, anchor_until,
		exposed_until, reach_from, doc_seq, event_pos FROM claims WHERE id IN (SELECT value FROM json_each(?))`, string(js))
	if err != nil {
		return err
	}
	for rows.Next() {
		var id string
		var k storedRow
		if err := rows.Scan(&id, &k.body, &k.rank, &k.from, &k.until, &k.members, &k.reach.AnchorFrom, &k.reach.AnchorUntil,
			&k.reach.ExposedUntil, &k.reach.ReachFrom, &k.order[0], &k.order[1]); err != nil {
			rows.Close()
			return err
		}
		old[id] = k
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	// Statements prepared once for the part: parsing each insert anew cost more
	// than running it.
	var del, insClaim, insPos *sql.Stmt
	prepare := func() error {
		if del != nil {
			return nil
		}
		var err error
		if del, err = tx.PrepareContext(ctx, "DELETE FROM claims WHERE id = ?"); err != nil {
			return err
		}
		if insClaim, err = tx.PrepareContext(ctx, `INSERT INTO claims (id, kind, status, summary, event,
			independent_outlets, story, part, rank, doc_seq, event_pos, date_from, date_until, members, anchor_from,
			anchor_until, exposed_until, reach_from, body)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`); err != nil {
			return err
		}
		insPos, err = tx.PrepareContext(ctx, `INSERT OR IGNORE INTO claim_positions (claim_id, doc_id, outlet, stance,
			attributed_to, value, sentence, span_start, span_end) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`)
		return err
	}
	defer func() {
		for _, st := range []*sql.Stmt{del, insClaim, insPos} {
			if st != nil {
				st.Close()
			}
		}
	}()
	for _, c := range claims {
		if c.PartKey != p.Key() {
			return fmt.Errorf("claim %s of part %s", c.ID, c.PartKey)
		}
		row, err := rowOf(c)
		if err != nil {
			return err
		}
		k, found := old[c.ID]
		delete(old, c.ID)
		if found && k == row {
			continue
		}
		if err := prepare(); err != nil {
			return err
		}
		// A claim of the part not among ids (a window that did not read it)
		// cannot be given again: the insert fails on its id.
		if found {
			if _, err := del.ExecContext(ctx, c.ID); err != nil {
				return err
			}
		}
		event, err := json.Marshal(c.Event)
		if err != nil {
			return err
		}
		if _, err := insClaim.ExecContext(ctx, c.ID, c.Kind, c.Status, c.Summary, string(event), c.IndependentOutlets,
			c.StoryKey, c.PartKey, c.Rank, c.Order[0], c.Order[1], c.From, c.Until, row.members, c.AnchorFrom,
			c.AnchorUntil, c.ExposedUntil, c.ReachFrom, row.body); err != nil {
			return err
		}
		for _, p := range c.Positions {
			if p.Stance == sitrep.StanceOmits {
				continue
			}
			if _, err := insPos.ExecContext(ctx, c.ID, p.Doc, p.Outlet, p.Stance, p.AttributedTo, p.Value, p.Sentence,
				p.Span[0], p.Span[1]); err != nil {
				return err
			}
		}
	}
	for id := range old {
		if err := prepare(); err != nil {
			return err
		}
		if _, err := del.ExecContext(ctx, id); err != nil {
			return err
		}
	}
	return nil
}

// partEvents reads the events of a part, in the store's order, with their place in
// it, in one query that the events_part index serves (a query per document cost
// more in statement preparation than in reading). The range over the actor codes
// takes both directions, which the part's family may not; the part's own are kept.
// Their character spans are left to claim.SetCharSpans, which reads each
// document's text once rather than once per event.
func partEvents(ctx context.Context, tx *sql.Tx, p claim.Part) ([]claim.Ordered, error) {
	cond, args := storyCond(p.Story())
	return readEvents(ctx, tx, "e.root = ? AND "+cond, append([]any{p.Root}, args...), p.Has)
}

// readEvents reads the events cond selects, in the store's order, with their place
// in it, keeping those keep accepts.
func readEvents(ctx context.Context, tx *sql.Tx, cond string, args []any, keep func(sitrep.Event) bool) ([]claim.Ordered, error) {
	rows, err := tx.QueryContext(ctx, "SELECT "+eventColumns+", e.doc_seq, e.rowid FROM events e WHERE "+cond+
		" ORDER BY e.doc_seq, e.rowid", args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []claim.Ordered
	for rows.Next() {
		var o claim.Ordered
		// Decoded as the events reader (analysis.go) decodes them.
		if err := scanEvent(rows, &o.Event, &o.Order[0], &o.Order[1]); err != nil {
			return nil, err
		}
		if keep(o.Event) {
			out = append(out, o)
		}
	}
	return out, rows.Err()
}

// storyDocs reads the documents of evs and those they are copies of.
func storyDocs(ctx context.Context, tx *sql.Tx, evs []claim.Ordered) ([]*sitrep.Document, error) {
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
	js, err := json.Marshal(ids)
	if err != nil {
		return nil, err
	}
	rows, err := tx.QueryContext(ctx, "SELECT "+documentColumns+` FROM documents WHERE id IN (SELECT value FROM json_each(?1))
		OR id IN (SELECT duplicate_of FROM documents WHERE id IN (SELECT value FROM json_each(?1)))`, string(js))
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var docs []*sitrep.Document
	for rows.Next() {
		d, err := scanDocument(rows)
		if err != nil {
			return nil, err
		}
		docs = append(docs, d)
	}
	return docs, rows.Err()
}

// claimColumns are the columns scanStored reads.
const claimColumns = "c.story, c.part, c.rank, c.doc_seq, c.event_pos, c.date_from, c.date_until, c.body"

func scanStored(rows *sql.Rows) ([]claim.Stored, error) {
	var out []claim.Stored
	for rows.Next() {
		var c claim.Stored
		var body string
		if err := rows.Scan(&c.StoryKey, &c.PartKey, &c.Rank, &c.Order[0], &c.Order[1], &c.From, &c.Until, &body); err != nil {
			return nil, err
		}
		if err := json.Unmarshal([]byte(body), &c.Claim); err != nil {
			return nil, err
		}
		out = append(out, c)
	}
	return out, rows.Err()
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
		a + ".ev_target <> '' AND length(" + a + ".ev_date) = 10"
}

// claimWhere builds the conditions of f over the claims alias c (see claim.Filter).
func claimWhere(f claim.Filter) (where []string, args []any) {
	// widened selects c when cond holds for it, or, with f.CounterDays, when it is
	// counterable and a claim Counter could join with it exists for which
	// other holds (any such claim when other is nil).
	widened := func(cond, other func(alias string) string, condArgs ...any) string {
		args = append(args, condArgs...)
		if f.CounterDays <= 0 {
			return cond("c")
		}
		args = append(args, fmt.Sprintf("-%d days", f.CounterDays), fmt.Sprintf("+%d days", f.CounterDays))
		extra := ""
		if other != nil {
			extra = " AND " + other("n")
			args = append(args, condArgs...)
		}
		return "(" + cond("c") + " OR (" + counterable("c") + " AND EXISTS (SELECT 1 FROM claims n WHERE n.ev_root = c.ev_root" +
			" AND n.ev_tkey = c.ev_tkey AND n.ev_date BETWEEN date(c.ev_date, ?) AND date(c.ev_date, ?) AND n.id <> c.id" +
			" AND n.ev_source <> c.ev_source AND " + counterable("n") + extra + ")))"
	}
	reports := func(col string) func(string) string {
		return func(a string) string {
			return a + ".id IN (SELECT claim_id FROM claim_positions WHERE " + col + " = ?)"
		}
	}
	if f.Status == sitrep.StatusContested {
		where = append(where, widened(func(a string) string { return a + ".status = ?" }, nil, f.Status))
	} else if f.Status != "" {
		where = append(where, "c.status = ?")
		args = append(args, f.Status)
	}
	if f.Story != "" {
		where = append(where, "c.story = ?")
		args = append(args, f.Story)
	}
	if f.Doc != "" {
		where = append(where, widened(reports("doc_id"), reports("doc_id"), f.Doc))
	}
	if f.Outlet != "" {
		where = append(where, widened(reports("outlet"), reports("outlet"), f.Outlet))
	}
	if f.Actor != "" {
		where = append(where, "((c.ev_source >= ? AND c.ev_source < ?) OR (c.ev_target >= ? AND c.ev_target < ?))")
		args = append(args, f.Actor, f.Actor+maxCode, f.Actor, f.Actor+maxCode)
	}
	if f.From != "" {
		// A date meets from when its last day (a span's second half) is not
		// before from's prefix of its length (claim.DateMeets); the year bound
		// lets the date index serve.
		where = append(where, "c.ev_date >= ? AND "+lastDay+" >= substr(?, 1, length("+lastDay+"))")
		args = append(args, claim.DateFromBound(f.From), f.From)
	}
	if f.To != "" {
		where = append(where, "c.ev_date <> '' AND c.ev_date <= ?")
		args = append(args, claim.DateToBound(f.To))
	}
	if f.MinOutlets > 0 {
		where = append(where, "c.independent_outlets >= ?")
		args = append(args, f.MinOutlets)
	}
	return where, args
}

// ListClaims lists the stored claims f selects with their place in the order, for
// claim.Page, finished (claim.Finish) from the stored claims of their actor pairs.
func (db *DB) ListClaims(ctx context.Context, f claim.Filter) ([]claim.Listed, error) {
	where, args := claimWhere(f)
	q := "SELECT " + claimColumns + " FROM claims c"
	if len(where) > 0 {
		q += " WHERE " + strings.Join(where, " AND ")
	}
	q += " ORDER BY c.independent_outlets DESC, c.rank, c.doc_seq, c.event_pos, c.id"
	if f.Limit > 0 || f.Offset > 0 {
		limit := f.Limit
		if limit <= 0 {
			limit = -1
		}
		q += " LIMIT ? OFFSET ?"
		args = append(args, limit, max(f.Offset, 0))
	}
	rows, err := db.read.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, fmt.Errorf("claims: %w", err)
	}
	stored, err := scanStored(rows)
	rows.Close()
	if err != nil {
		return nil, fmt.Errorf("claims: %w", err)
	}
	// With no filter but the pair the claims are their pairs' every claim;
	// otherwise the pairs' claims are read for their stories and omissions.
	pairs := stored
	other := f
	other.Story = ""
	if other != (claim.Filter{}) {
		if pairs, err = db.pairClaims(ctx, stored); err != nil {
			return nil, fmt.Errorf("claims: %w", err)
		}
	}
	return listedOf(claim.Finish(stored, pairs, claim.Options{})), nil
}

// pairClaims reads every stored claim of the actor pairs of claims.
func (db *DB) pairClaims(ctx context.Context, claims []claim.Stored) ([]claim.Stored, error) {
	var keys []string
	seen := map[string]bool{}
	for _, c := range claims {
		if !seen[c.StoryKey] {
			seen[c.StoryKey] = true
			keys = append(keys, c.StoryKey)
		}
	}
	if len(keys) == 0 {
		return nil, nil
	}
	js, err := json.Marshal(keys)
	if err != nil {
		return nil, err
	}
	rows, err := db.read.QueryContext(ctx, "SELECT "+claimColumns+" FROM claims c WHERE c.story IN (SELECT value FROM json_each(?))", string(js))
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	return scanStored(rows)
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
	var keys [][4]string
	for _, c := range of {
		t, err := time.Parse("2006-01-02", c.Event.Date)
		if err != nil || len(c.Event.CAMEO) < 2 {
			continue
		}
		keys = append(keys, [4]string{c.Event.CAMEO[:2], c.Event.Target[:min(3, len(c.Event.Target))],
			t.AddDate(0, 0, -days).Format("2006-01-02"), t.AddDate(0, 0, days).Format("2006-01-02")})
	}
	if len(keys) == 0 {
		return nil, nil
	}
	js, err := json.Marshal(keys)
	if err != nil {
		return nil, fmt.Errorf("counter candidates: %w", err)
	}
	rows, err := db.read.QueryContext(ctx, "SELECT "+claimColumns+` FROM claims c WHERE c.id IN (SELECT n.id FROM json_each(?) j
		JOIN claims n ON n.ev_root = json_extract(j.value, '$[0]') AND n.ev_tkey = json_extract(j.value, '$[1]')
		AND n.ev_date BETWEEN json_extract(j.value, '$[2]') AND json_extract(j.value, '$[3]'))
		AND `+counterable("c")+" ORDER BY c.independent_outlets DESC, c.rank, c.doc_seq, c.event_pos, c.id", string(js))
	if err != nil {
		return nil, fmt.Errorf("counter candidates: %w", err)
	}
	stored, err := scanStored(rows)
	rows.Close()
	if err != nil {
		return nil, fmt.Errorf("counter candidates: %w", err)
	}
	return listedOf(stored), nil
}

// CounterEvents returns the events ids name, whole: claim.Counter reads their
// actors, sentences, dates and places.
func (db *DB) CounterEvents(ctx context.Context, ids []string) ([]sitrep.Event, error) {
	js, err := json.Marshal(ids)
	if err != nil {
		return nil, fmt.Errorf("counter events: %w", err)
	}
	rows, err := db.read.QueryContext(ctx, "SELECT "+eventColumns+` FROM events e
		WHERE e.id IN (SELECT value FROM json_each(?))`, string(js))
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
// the contributions of documents now linked as copies of docID, in one transaction.
func (db *DB) PutFrameContributions(ctx context.Context, docID string, cs []frame.Contribution) (err error) {
	tx, err := db.write.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("put frame contributions %s: %w", docID, err)
	}
	defer func() {
		if err != nil {
			tx.Rollback()
			err = fmt.Errorf("put frame contributions %s: %w", docID, err)
		}
	}()
	if _, err := tx.ExecContext(ctx, `DELETE FROM frame_contributions WHERE doc_id = ?1
		OR doc_id IN (SELECT id FROM documents WHERE duplicate_of = ?1)`, docID); err != nil {
		return err
	}
	if len(cs) == 0 {
		return tx.Commit()
	}
	ins, err := tx.PrepareContext(ctx, `INSERT INTO frame_contributions (doc_id, grouping, idx, outlet, actor, name,
		mentioned, sentences, tone_sum, tones, cooperation, conflict, labels, evidence,
		cooperation_by, conflict_by, cooperation_on, conflict_on)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`)
	if err != nil {
		return err
	}
	defer ins.Close()
	idx := map[string]int{}
	for _, c := range cs {
		if c.Doc != docID {
			return fmt.Errorf("a contribution of %s", c.Doc)
		}
		tones, err := json.Marshal(nonNil(c.Tones))
		if err != nil {
			return err
		}
		labels, err := json.Marshal(c.Labels)
		if err != nil {
			return err
		}
		evidence, err := json.Marshal(nonNil(c.Evidence))
		if err != nil {
			return err
		}
		if _, err := ins.ExecContext(ctx, docID, c.Grouping, idx[c.Grouping], c.Outlet, c.Actor, c.Name, c.Mentioned, len(c.Tones), c.ToneSum(),
			string(tones), c.Cooperation, c.Conflict, string(labels), string(evidence),
			c.CooperationBy, c.ConflictBy, c.CooperationOn, c.ConflictOn); err != nil {
			return err
		}
		idx[c.Grouping]++
	}
	return tx.Commit()
}

// FrameContributions lists the stored contributions of a grouping in document order,
// ready for frame.Merge. actorPrefix, when not empty, keeps the actors it begins.
func (db *DB) FrameContributions(ctx context.Context, grouping, actorPrefix string) ([]frame.Contribution, error) {
	q := `SELECT f.doc_id, f.grouping, f.outlet, f.actor, f.name, f.mentioned, f.tones, f.cooperation, f.conflict,
		f.labels, f.evidence, f.cooperation_by, f.conflict_by, f.cooperation_on, f.conflict_on
		FROM frame_contributions f JOIN documents d ON d.id = f.doc_id WHERE f.grouping = ?`
	args := []any{grouping}
	if actorPrefix != "" {
		q += " AND f.actor >= ? AND f.actor < ?"
		args = append(args, actorPrefix, actorPrefix+maxCode)
	}
	q += " ORDER BY d.seq, f.idx"
	rows, err := db.read.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, fmt.Errorf("frame contributions: %w", err)
	}
	defer rows.Close()
	var out []frame.Contribution
	for rows.Next() {
		var c frame.Contribution
		var tones, labels, evidence string
		if err := rows.Scan(&c.Doc, &c.Grouping, &c.Outlet, &c.Actor, &c.Name, &c.Mentioned, &tones, &c.Cooperation,
			&c.Conflict, &labels, &evidence, &c.CooperationBy, &c.ConflictBy, &c.CooperationOn, &c.ConflictOn); err != nil {
			return nil, fmt.Errorf("frame contributions: %w", err)
		}
		if err := errors.Join(json.Unmarshal([]byte(tones), &c.Tones), json.Unmarshal([]byte(labels), &c.Labels),
			json.Unmarshal([]byte(evidence), &c.Evidence)); err != nil {
			return nil, fmt.Errorf("frame contributions of %s: %w", c.Doc, err)
		}
		out = append(out, c)
	}
	return out, rows.Err()
}

// SetClaimState records that the claims and frames of docIDs reflect their stored
// analyses, the frames as frame.Version computes them.
func (db *DB) SetClaimState(ctx context.Context, docIDs []string) error {
	js, err := json.Marshal(docIDs)
	if err != nil {
		return fmt.Errorf("set claim state: %w", err)
	}
	_, err = db.write.ExecContext(ctx, `INSERT OR REPLACE INTO claim_state (doc_id, updated_at, frame_version)
		SELECT value, ?, ? FROM json_each(?) WHERE value IN (SELECT id FROM documents)`,
		time.Now().UTC().Format(time.RFC3339Nano), frame.Version, string(js))
	if err != nil {
		return fmt.Errorf("set claim state: %w", err)
	}
	return nil
}

// StaleClaimState lists the analysed documents whose claims and frames were never
// computed: all of them in a store filled by a sitrep older than the claim state.
func (db *DB) StaleClaimState(ctx context.Context) ([]string, error) {
	ids, err := db.docIDs(ctx, `SELECT d.id FROM documents d
		WHERE EXISTS (SELECT 1 FROM sentences s WHERE s.doc_id = d.id)
		AND NOT EXISTS (SELECT 1 FROM claim_state c WHERE c.doc_id = d.id) ORDER BY d.seq`)
	if err != nil {
		return nil, fmt.Errorf("stale claim state: %w", err)
	}
	return ids, nil
}

// StaleFrameState lists the analysed documents whose frame contributions were not
// stored under the given frame version: never computed (as in StaleClaimState), or
// computed by a sitrep whose tone scorer or contribution fields differ.
func (db *DB) StaleFrameState(ctx context.Context, version int) ([]string, error) {
	ids, err := db.docIDs(ctx, `SELECT d.id FROM documents d
		WHERE EXISTS (SELECT 1 FROM sentences s WHERE s.doc_id = d.id)
		AND NOT EXISTS (SELECT 1 FROM claim_state c WHERE c.doc_id = d.id AND c.frame_version = ?) ORDER BY d.seq`, version)
	if err != nil {
		return nil, fmt.Errorf("stale frame state: %w", err)
	}
	return ids, nil
}

// docIDs runs a query of one text column (document ids) on the read pool.
func (db *DB) docIDs(ctx context.Context, q string, args ...any) ([]string, error) {
	rows, err := db.read.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var id string
		if err := rows.Scan(&id); err != nil {
			return nil, err
		}
		out = append(out, id)
	}
	return out, rows.Err()
}

// ResetClaimState forgets every stored claim, frame contribution and claim state, for
// a rebuild from scratch.
func (db *DB) ResetClaimState(ctx context.Context) error {
	for _, table := range []string{"claims", "frame_contributions", "claim_state"} {
		if _, err := db.write.ExecContext(ctx, "DELETE FROM "+table); err != nil {
			return fmt.Errorf("reset claim state: %w", err)
		}
	}
	return nil
}
