package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"math/bits"
	"strconv"
	"strings"
	"time"

	"github.com/sitrep-dev/sitrep"
	"github.com/sitrep-dev/sitrep/internal/storekit"
)

var _ sitrep.DocumentStore = (*DB)(nil)

// PutDocument stores d in one transaction and reports what it did.
//
//   - A document with the same Hash already stored: nothing changes, and the result
//     carries the stored document's id with Created false.
//   - d.ID already taken by a document with a different hash: d is stored as
//     "ID~2" (or ~3, …, the first free). File inputs take their id from the file name,
//     so two outlets' "statement.html" collide although they are different articles;
//     refusing the second would lose it and overwriting would break every span that
//     points into the first.
//   - Near-duplicates: stored documents whose fingerprint shares one of its four
//     16-bit bands are candidates; similarity is 1 - hamming/64. Among candidates at
//     or above the threshold the earliest stored wins; if it is itself a copy, d is
//     linked to the original it points to instead, so that every copy of a story
//     names the same first copy and chains never form. Similarity is then measured
//     against that original, and may be below the threshold. Banding finds every
//     fingerprint within 3 bits (one band must then be equal); at 4 to 6 bits (0.9
//     similarity allows 6) it finds those whose differences fall in fewer than four
//     bands, which trades a little recall for an index lookup instead of a scan. A
//     zero Fingerprint means "not computed" and is never matched. Whatever
//     d.DuplicateOf held before is replaced by what the store finds.
//
// On success d.ID, d.DuplicateOf, d.Similarity and (if it was zero) d.IngestedAt are
// set to what was stored. d.ID and d.Hash must not be empty.
func (db *DB) PutDocument(ctx context.Context, d *sitrep.Document) (res sitrep.PutResult, err error) {
	if d == nil {
		return res, errors.New("put document: nil document")
	}
	if d.ID == "" || d.Hash == "" {
		return res, fmt.Errorf("put document %q: id and hash are required", d.ID)
	}
	paragraphs, err := json.Marshal(nonNil(d.Paragraphs))
	if err != nil {
		return res, fmt.Errorf("put document %s: encode paragraphs: %w", d.ID, err)
	}
	ingested := d.IngestedAt
	if ingested.IsZero() {
		ingested = time.Now()
	}

	tx, err := db.write.BeginTx(ctx, nil)
	if err != nil {
		return res, fmt.Errorf("put document %s: %w", d.ID, err)
	}
	defer func() {
		if err != nil {
			tx.Rollback()
		}
	}()

	var existing string
	switch err := tx.StmtContext(ctx, db.put.hash).QueryRowContext(ctx, d.Hash).Scan(&existing); {
	case err == nil:
		return sitrep.PutResult{Created: false, ID: existing}, tx.Rollback()
	case !errors.Is(err, sql.ErrNoRows):
		return res, fmt.Errorf("put document %s: look up hash: %w", d.ID, err)
	}

	id, err := db.freeID(ctx, tx, d.ID)
	if err != nil {
		return res, fmt.Errorf("put document %s: %w", d.ID, err)
	}
	dupOf, sim, err := db.nearDuplicate(ctx, tx, d.Fingerprint)
	if err != nil {
		return res, fmt.Errorf("put document %s: %w", d.ID, err)
	}
	// A copy stored first does not make the original its copy: the earlier
	// publication is the original.
	var supersedes string
	if dupOf != "" {
		var published string
		if err := tx.QueryRowContext(ctx, "SELECT published FROM documents WHERE id = ?", dupOf).Scan(&published); err != nil {
			return res, fmt.Errorf("put document %s: %w", d.ID, err)
		}
		if storekit.PublishedEarlier(d.Published, published) {
			supersedes, dupOf = dupOf, ""
		}
	}
	ownSim := sim
	if supersedes != "" {
		ownSim = 0
	}

	fp := d.Fingerprint
	_, err = tx.StmtContext(ctx, db.put.insert).ExecContext(ctx,
		id, d.Title, d.Outlet, d.Upstream, d.Byline, d.Published, d.URL, d.Language, d.Status,
		nullString(dupOf), ownSim, d.Text, string(paragraphs), d.Hash,
		int64(fp), band(fp, 0), band(fp, 1), band(fp, 2), band(fp, 3),
		d.Source, d.Format, ingested.UTC().Format(time.RFC3339Nano))
	if err != nil {
		return res, fmt.Errorf("put document %s: insert: %w", d.ID, err)
	}
	if supersedes != "" {
		// The former original and its copies become copies of the new document.
		if _, err := tx.ExecContext(ctx, "UPDATE documents SET duplicate_of = ? WHERE duplicate_of = ?", id, supersedes); err != nil {
			return res, fmt.Errorf("put document %s: relink copies: %w", d.ID, err)
		}
		if _, err := tx.ExecContext(ctx, "UPDATE documents SET duplicate_of = ?, similarity = ? WHERE id = ?", id, sim, supersedes); err != nil {
			return res, fmt.Errorf("put document %s: relink %s: %w", d.ID, supersedes, err)
		}
	}
	if err := tx.Commit(); err != nil {
		return res, fmt.Errorf("put document %s: commit: %w", d.ID, err)
	}
	d.ID, d.DuplicateOf, d.Similarity, d.IngestedAt = id, dupOf, ownSim, ingested
	return sitrep.PutResult{Created: true, ID: id, DuplicateOf: dupOf, Supersedes: supersedes}, nil
}

// putStatements are PutDocument's queries, prepared once on the writer connection:
// parsing them anew for every document cost about a quarter of its CPU time.
type putStatements struct {
	hash, ids, candidates, fingerprint, insert *sql.Stmt
}

func preparePut(ctx context.Context, db *sql.DB) (*putStatements, error) {
	var p putStatements
	for _, q := range []struct {
		stmt **sql.Stmt
		sql  string
	}{
		{&p.hash, "SELECT id FROM documents WHERE hash = ?"},
		// The base id and all its suffixed forms ("id~2", …) in one range scan.
		{&p.ids, "SELECT id FROM documents WHERE id = ? OR (id >= ? AND id < ?)"},
		// The OR of four indexed equalities runs as a union of four index lookups.
		{&p.candidates, `SELECT id, fingerprint, duplicate_of FROM documents
			WHERE band0 = ? OR band1 = ? OR band2 = ? OR band3 = ? ORDER BY seq`},
		{&p.fingerprint, "SELECT fingerprint FROM documents WHERE id = ?"},
		{&p.insert, `INSERT INTO documents (
			id, title, outlet, upstream, byline, published, url, language, status,
			duplicate_of, similarity, text, paragraphs, hash,
			fingerprint, band0, band1, band2, band3, source, format, ingested_at
		) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`},
	} {
		st, err := db.PrepareContext(ctx, q.sql)
		if err != nil {
			p.Close()
			return nil, fmt.Errorf("prepare %q: %w", q.sql, err)
		}
		*q.stmt = st
	}
	return &p, nil
}

// Close closes the prepared statements.
func (p *putStatements) Close() error {
	var errs []error
	for _, st := range []*sql.Stmt{p.hash, p.ids, p.candidates, p.fingerprint, p.insert} {
		if st != nil {
			errs = append(errs, st.Close())
		}
	}
	return errors.Join(errs...)
}

// freeID returns id if no document has it, else the first free "id~N", N ≥ 2.
func (db *DB) freeID(ctx context.Context, tx *sql.Tx, id string) (string, error) {
	rows, err := tx.StmtContext(ctx, db.put.ids).QueryContext(ctx, id, id+"~", id+"\x7f")
	if err != nil {
		return "", fmt.Errorf("look up id: %w", err)
	}
	defer rows.Close()
	taken := map[string]bool{}
	for rows.Next() {
		var s string
		if err := rows.Scan(&s); err != nil {
			return "", fmt.Errorf("look up id: %w", err)
		}
		taken[s] = true
	}
	if err := rows.Err(); err != nil {
		return "", fmt.Errorf("look up id: %w", err)
	}
	if !taken[id] {
		return id, nil
	}
	for n := 2; ; n++ {
		if c := id + "~" + strconv.Itoa(n); !taken[c] {
			return c, nil
		}
	}
}

// nearDuplicate finds the stored document fp is a near-duplicate of, per the rule in
// PutDocument's comment; it returns "" when there is none.
func (db *DB) nearDuplicate(ctx context.Context, tx *sql.Tx, fp uint64) (string, float64, error) {
	if fp == 0 || db.nearDup > 1 {
		return "", 0, nil
	}
	rows, err := tx.StmtContext(ctx, db.put.candidates).QueryContext(ctx, band(fp, 0), band(fp, 1), band(fp, 2), band(fp, 3))
	if err != nil {
		return "", 0, fmt.Errorf("near-duplicate candidates: %w", err)
	}
	defer rows.Close()
	var first, firstOf string
	var firstSim float64
	for rows.Next() {
		var (
			id    string
			cand  int64
			dupOf sql.NullString
		)
		if err := rows.Scan(&id, &cand, &dupOf); err != nil {
			return "", 0, fmt.Errorf("near-duplicate candidates: %w", err)
		}
		if s := similarity(fp, uint64(cand)); s >= db.nearDup {
			first, firstOf, firstSim = id, dupOf.String, s
			break
		}
	}
	if err := rows.Err(); err != nil {
		return "", 0, fmt.Errorf("near-duplicate candidates: %w", err)
	}
	if first == "" || firstOf == "" {
		return first, firstSim, nil
	}
	var orig int64
	if err := tx.StmtContext(ctx, db.put.fingerprint).QueryRowContext(ctx, firstOf).Scan(&orig); err != nil {
		return "", 0, fmt.Errorf("near-duplicate original %s: %w", firstOf, err)
	}
	return firstOf, similarity(fp, uint64(orig)), nil
}

// similarity is the SimHash similarity of two fingerprints: 1 - hamming/64.
func similarity(a, b uint64) float64 {
	return 1 - float64(bits.OnesCount64(a^b))/64
}

// band is the i-th 16-bit slice of a fingerprint, the unit of candidate lookup.
func band(fp uint64, i int) int64 { return int64(fp>>(16*i)) & 0xffff }

func nullString(s string) sql.NullString { return sql.NullString{String: s, Valid: s != ""} }

func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

const documentColumns = `id, title, outlet, upstream, byline, published, url, language, status,
	coalesce(duplicate_of, ''), similarity, text, paragraphs, hash, fingerprint, source, format, ingested_at`

func scanDocument(sc interface{ Scan(...any) error }) (*sitrep.Document, error) {
	var (
		d          sitrep.Document
		paragraphs string
		fp         int64
		ingested   string
	)
	if err := sc.Scan(&d.ID, &d.Title, &d.Outlet, &d.Upstream, &d.Byline, &d.Published, &d.URL,
		&d.Language, &d.Status, &d.DuplicateOf, &d.Similarity, &d.Text, &paragraphs, &d.Hash,
		&fp, &d.Source, &d.Format, &ingested); err != nil {
		return nil, err
	}
	if err := json.Unmarshal([]byte(paragraphs), &d.Paragraphs); err != nil {
		return nil, fmt.Errorf("document %s: decode paragraphs: %w", d.ID, err)
	}
	if len(d.Paragraphs) == 0 {
		d.Paragraphs = nil
	}
	d.Fingerprint = uint64(fp)
	t, err := time.Parse(time.RFC3339Nano, ingested)
	if err != nil {
		return nil, fmt.Errorf("document %s: ingested_at: %w", d.ID, err)
	}
	d.IngestedAt = t
	return &d, nil
}

// Document returns the document with the given id, or an error wrapping
// sitrep.ErrNotFound.
func (db *DB) Document(ctx context.Context, id string) (*sitrep.Document, error) {
	d, err := scanDocument(db.read.QueryRowContext(ctx, "SELECT "+documentColumns+" FROM documents WHERE id = ?", id))
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("document %s: %w", id, sitrep.ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("document %s: %w", id, err)
	}
	return d, nil
}

// Documents returns the documents f selects, in the order they were ingested. A
// non-nil but empty f.IDs selects nothing, as any other list of ids that matches
// nothing would.
func (db *DB) Documents(ctx context.Context, f sitrep.DocumentFilter) ([]*sitrep.Document, error) {
	var (
		where []string
		args  []any
	)
	if f.IDs != nil {
		// json_each keeps any number of ids in one bound parameter, clear of
		// SQLite's limit on host parameters.
		ids, err := json.Marshal(f.IDs)
		if err != nil {
			return nil, fmt.Errorf("documents: %w", err)
		}
		where = append(where, "id IN (SELECT value FROM json_each(?))")
		args = append(args, string(ids))
	}
	if f.Outlet != "" {
		where = append(where, "outlet = ?")
		args = append(args, f.Outlet)
	}
	if f.Status != "" {
		where = append(where, "status = ?")
		args = append(args, f.Status)
	}
	q := "SELECT " + documentColumns + " FROM documents"
	if len(where) > 0 {
		q += " WHERE " + strings.Join(where, " AND ")
	}
	q += " ORDER BY seq"
	if f.Limit > 0 || f.Offset > 0 {
		limit := f.Limit
		if limit <= 0 {
			limit = -1 // SQLite: no limit
		}
		q += " LIMIT ? OFFSET ?"
		args = append(args, limit, max(f.Offset, 0))
	}
	rows, err := db.read.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, fmt.Errorf("documents: %w", err)
	}
	defer rows.Close()
	var docs []*sitrep.Document
	for rows.Next() {
		d, err := scanDocument(rows)
		if err != nil {
			return nil, fmt.Errorf("documents: %w", err)
		}
		docs = append(docs, d)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("documents: %w", err)
	}
	return docs, nil
}

// Stats counts what the store holds.
type Stats struct {
	Documents  int            `json:"documents"`
	Duplicates int            `json:"duplicates"` // documents linked as near-duplicates
	Outlets    int            `json:"outlets"`    // distinct non-empty outlets
	ByStatus   map[string]int `json:"by_status"`
	Analyzed   int            `json:"analyzed"` // documents with sentences stored, as Analyzed has it
	Sentences  int            `json:"sentences"`
	Mentions   int            `json:"mentions"`
	Events     int            `json:"events"`
	Claims     int            `json:"claims"`
	Schema     int            `json:"schema"` // the schema version
}

// Stats returns counts of the store's contents, read in one snapshot.
func (db *DB) Stats(ctx context.Context) (Stats, error) {
	// One read transaction, so the counts agree with each other under WAL.
	tx, err := db.read.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return Stats{}, fmt.Errorf("stats: %w", err)
	}
	defer tx.Rollback()
	s := Stats{ByStatus: map[string]int{}}
	err = tx.QueryRowContext(ctx, `SELECT
		(SELECT count(*) FROM documents),
		(SELECT count(*) FROM documents WHERE duplicate_of IS NOT NULL),
		(SELECT count(DISTINCT outlet) FROM documents WHERE outlet <> ''),
		(SELECT count(DISTINCT doc_id) FROM sentences),
		(SELECT count(*) FROM sentences),
		(SELECT count(*) FROM mentions),
		(SELECT count(*) FROM events),
		(SELECT count(*) FROM claims),
		(SELECT coalesce(max(version), 0) FROM schema_migrations)`).Scan(
		&s.Documents, &s.Duplicates, &s.Outlets, &s.Analyzed, &s.Sentences, &s.Mentions, &s.Events, &s.Claims, &s.Schema)
	if err != nil {
		return Stats{}, fmt.Errorf("stats: %w", err)
	}
	rows, err := tx.QueryContext(ctx, "SELECT status, count(*) FROM documents GROUP BY status")
	if err != nil {
		return Stats{}, fmt.Errorf("stats: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var st string
		var n int
		if err := rows.Scan(&st, &n); err != nil {
			return Stats{}, fmt.Errorf("stats: %w", err)
		}
		s.ByStatus[st] = n
	}
	if err := rows.Err(); err != nil {
		return Stats{}, fmt.Errorf("stats: %w", err)
	}
	return s, nil
}
