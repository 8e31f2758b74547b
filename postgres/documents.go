package postgres

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/bits"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/jackc/pgx/v5"
	"github.com/sitrep-dev/sitrep"
	"github.com/sitrep-dev/sitrep/internal/storekit"
)

var _ sitrep.DocumentStore = (*DB)(nil)

// putAttempts bounds how often PutDocument retries after losing an id to a
// concurrent writer. Writers of one base id hold a lock on it, so a loss takes a
// writer of another base id whose suffixed form collides ("a~2" stored as id
// "a~2"): rare, and the next free id is found at once.
const putAttempts = 16

// PutDocument stores d in one transaction and reports what it did, with the SQLite
// store's rules (see sqlite.DB.PutDocument): same hash is a no-op returning the
// stored id; a taken id becomes "ID~2", "~3", …; a near-duplicate is linked to the
// earliest stored copy's original.
//
// Concurrent writers are reconciled by the UNIQUE constraints: the insert is ON
// CONFLICT DO NOTHING, and when it inserts nothing the hash is looked up again
// (another writer stored the same text: Created is false) or, failing that, the id
// was taken in the meantime and the next free one is tried. Two near-duplicates
// stored at the same moment by different writers do not see each other and are
// both stored unlinked.
func (db *DB) PutDocument(ctx context.Context, d *sitrep.Document) (res sitrep.PutResult, err error) {
	if d == nil {
		return res, errors.New("put document: nil document")
	}
	if d.ID == "" || d.Hash == "" {
		return res, fmt.Errorf("put document %q: id and hash are required", d.ID)
	}
	if err := storable(d); err != nil {
		return res, fmt.Errorf("put document %s: %w", d.ID, err)
	}
	paragraphs, err := json.Marshal(nonNil(d.Paragraphs))
	if err != nil {
		return res, fmt.Errorf("put document %s: encode paragraphs: %w", d.ID, err)
	}
	ingested := d.IngestedAt
	if ingested.IsZero() {
		ingested = time.Now()
	}
	// timestamptz keeps microseconds; d gets the time as stored, so that it equals
	// what Document reads back.
	ingested = ingested.Truncate(time.Microsecond)
	var id, dupOf, supersedes string
	var sim, ownSim float64
	err = pgx.BeginFunc(ctx, db.pool, func(tx pgx.Tx) error {
		// Writers that share a base id take turns: without this, two of them
		// both read "~N" as free, one loses it, and the winner, already on its
		// next document, can take "~N+1" from the loser again and again (seen
		// under load: 16 losses in a row). The lock is the transaction's and
		// costs one round trip; writers of other base ids do not wait.
		if _, err := tx.Exec(ctx, "SELECT pg_advisory_xact_lock(hashtextextended($1, 0))", d.ID); err != nil {
			return fmt.Errorf("lock id %s: %w", d.ID, err)
		}
		for range putAttempts {
			var existing string
			switch err := tx.QueryRow(ctx, "SELECT id FROM documents WHERE hash = $1", d.Hash).Scan(&existing); {
			case err == nil:
				res = sitrep.PutResult{ID: existing}
				return nil
			case !errors.Is(err, pgx.ErrNoRows):
				return fmt.Errorf("look up hash: %w", err)
			}
			var err error
			if id, err = freeID(ctx, tx, d.ID); err != nil {
				return err
			}
			if dupOf, sim, err = db.nearDuplicate(ctx, tx, d.Fingerprint); err != nil {
				return err
			}
			// A copy stored first does not make the original its copy: the
			// earlier publication is the original.
			supersedes, ownSim = "", sim
			if dupOf != "" {
				var published string
				if err := tx.QueryRow(ctx, "SELECT published FROM documents WHERE id = $1", dupOf).Scan(&published); err != nil {
					return fmt.Errorf("look up %s: %w", dupOf, err)
				}
				if storekit.PublishedEarlier(d.Published, published) {
					supersedes, dupOf, ownSim = dupOf, "", 0
				}
			}
			fp := d.Fingerprint
			tag, err := tx.Exec(ctx, `INSERT INTO documents (
				id, title, outlet, upstream, byline, published, url, language, status,
				duplicate_of, similarity, text, paragraphs, hash,
				fingerprint, band0, band1, band2, band3, source, format, ingested_at
			) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22)
			ON CONFLICT DO NOTHING`,
				id, d.Title, d.Outlet, d.Upstream, d.Byline, d.Published, d.URL, d.Language, d.Status,
				nullString(dupOf), ownSim, d.Text, json.RawMessage(paragraphs), d.Hash,
				int64(fp), band(fp, 0), band(fp, 1), band(fp, 2), band(fp, 3),
				d.Source, d.Format, ingested)
			if err != nil {
				return fmt.Errorf("insert: %w", err)
			}
			if tag.RowsAffected() == 1 {
				if supersedes != "" {
					// The former original and its copies become copies of the new one.
					if _, err := tx.Exec(ctx, "UPDATE documents SET duplicate_of = $1 WHERE duplicate_of = $2", id, supersedes); err != nil {
						return fmt.Errorf("relink copies: %w", err)
					}
					if _, err := tx.Exec(ctx, "UPDATE documents SET duplicate_of = $1, similarity = $2 WHERE id = $3", id, sim, supersedes); err != nil {
						return fmt.Errorf("relink %s: %w", supersedes, err)
					}
				}
				res = sitrep.PutResult{Created: true, ID: id, DuplicateOf: dupOf, Supersedes: supersedes}
				return nil
			}
			// A concurrent writer committed a row with this hash or id while we
			// looked; under READ COMMITTED the next statement sees it.
		}
		return fmt.Errorf("id still taken after %d attempts", putAttempts)
	})
	if err != nil {
		return sitrep.PutResult{}, fmt.Errorf("put document %s: %w", d.ID, err)
	}
	if res.Created {
		d.ID, d.DuplicateOf, d.Similarity, d.IngestedAt = id, dupOf, ownSim, ingested
	}
	return res, nil
}

// storable reports text PostgreSQL cannot hold: a text value may not contain NUL
// and must be valid UTF-8 in a UTF-8 database. Ingest never produces either; a
// caller that does gets this error rather than the server's.
func storable(d *sitrep.Document) error {
	for _, f := range []struct{ name, value string }{
		{"id", d.ID}, {"title", d.Title}, {"outlet", d.Outlet}, {"upstream", d.Upstream}, {"byline", d.Byline},
		{"published", d.Published}, {"url", d.URL}, {"language", d.Language}, {"status", d.Status},
		{"text", d.Text}, {"hash", d.Hash}, {"source", d.Source}, {"format", d.Format},
	} {
		if !utf8.ValidString(f.value) || strings.IndexByte(f.value, 0) >= 0 {
			return fmt.Errorf("%s is not valid UTF-8 without NUL characters", f.name)
		}
	}
	return nil
}

// freeID returns id if no document has it, else the first free "id~N", N ≥ 2.
func freeID(ctx context.Context, tx pgx.Tx, id string) (string, error) {
	// The base id and all its suffixed forms in one range scan of the C-collated
	// unique index; "\x7f" sorts after '~'.
	rows, err := tx.Query(ctx, "SELECT id FROM documents WHERE id = $1 OR (id >= $2 AND id < $3)", id, id+"~", id+"\x7f")
	if err != nil {
		return "", fmt.Errorf("look up id: %w", err)
	}
	taken, err := pgx.CollectRows(rows, pgx.RowTo[string])
	if err != nil {
		return "", fmt.Errorf("look up id: %w", err)
	}
	set := make(map[string]bool, len(taken))
	for _, s := range taken {
		set[s] = true
	}
	if !set[id] {
		return id, nil
	}
	for n := 2; ; n++ {
		if c := id + "~" + strconv.Itoa(n); !set[c] {
			return c, nil
		}
	}
}

// nearDuplicate finds the stored document fp is a near-duplicate of; "" when none.
func (db *DB) nearDuplicate(ctx context.Context, tx pgx.Tx, fp uint64) (string, float64, error) {
	if fp == 0 || db.nearDup > 1 {
		return "", 0, nil
	}
	rows, err := tx.Query(ctx, `SELECT id, fingerprint, coalesce(duplicate_of, '') FROM documents
		WHERE band0 = $1 OR band1 = $2 OR band2 = $3 OR band3 = $4 ORDER BY seq`,
		band(fp, 0), band(fp, 1), band(fp, 2), band(fp, 3))
	if err != nil {
		return "", 0, fmt.Errorf("near-duplicate candidates: %w", err)
	}
	defer rows.Close()
	var first, firstOf string
	var firstSim float64
	for rows.Next() {
		var id, dupOf string
		var cand int64
		if err := rows.Scan(&id, &cand, &dupOf); err != nil {
			return "", 0, fmt.Errorf("near-duplicate candidates: %w", err)
		}
		if s := similarity(fp, uint64(cand)); s >= db.nearDup {
			first, firstOf, firstSim = id, dupOf, s
			break
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return "", 0, fmt.Errorf("near-duplicate candidates: %w", err)
	}
	if first == "" || firstOf == "" {
		return first, firstSim, nil
	}
	var orig int64
	if err := tx.QueryRow(ctx, "SELECT fingerprint FROM documents WHERE id = $1", firstOf).Scan(&orig); err != nil {
		return "", 0, fmt.Errorf("near-duplicate original %s: %w", firstOf, err)
	}
	return firstOf, similarity(fp, uint64(orig)), nil
}

// similarity is the SimHash similarity of two fingerprints: 1 - hamming/64.
func similarity(a, b uint64) float64 {
	return 1 - float64(bits.OnesCount64(a^b))/64
}

// band is the i-th 16-bit slice of a fingerprint, the unit of candidate lookup.
func band(fp uint64, i int) int32 { return int32(fp>>(16*i)) & 0xffff }

func nullString(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

const documentColumns = `id, title, outlet, upstream, byline, published, url, language, status,
	coalesce(duplicate_of, ''), similarity, text, paragraphs, hash, fingerprint, source, format, ingested_at`

func scanDocument(row pgx.Row) (*sitrep.Document, error) {
	var (
		d          sitrep.Document
		paragraphs []byte
		fp         int64
	)
	if err := row.Scan(&d.ID, &d.Title, &d.Outlet, &d.Upstream, &d.Byline, &d.Published, &d.URL,
		&d.Language, &d.Status, &d.DuplicateOf, &d.Similarity, &d.Text, &paragraphs, &d.Hash,
		&fp, &d.Source, &d.Format, &d.IngestedAt); err != nil {
		return nil, err
	}
	if err := json.Unmarshal(paragraphs, &d.Paragraphs); err != nil {
		return nil, fmt.Errorf("document %s: decode paragraphs: %w", d.ID, err)
	}
	if len(d.Paragraphs) == 0 {
		d.Paragraphs = nil
	}
	d.Fingerprint = uint64(fp)
	d.IngestedAt = d.IngestedAt.UTC() // as the SQLite store returns it
	return &d, nil
}

// Document returns the document with the given id, or an error wrapping
// sitrep.ErrNotFound.
func (db *DB) Document(ctx context.Context, id string) (*sitrep.Document, error) {
	d, err := scanDocument(db.pool.QueryRow(ctx, "SELECT "+documentColumns+" FROM documents WHERE id = $1", id))
	if errors.Is(err, pgx.ErrNoRows) {
		return nil, fmt.Errorf("document %s: %w", id, sitrep.ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("document %s: %w", id, err)
	}
	return d, nil
}

// Documents returns the documents f selects, in the order they were ingested. A
// non-nil but empty f.IDs selects nothing.
func (db *DB) Documents(ctx context.Context, f sitrep.DocumentFilter) ([]*sitrep.Document, error) {
	var (
		where []string
		args  []any
	)
	arg := func(v any) string {
		args = append(args, v)
		return "$" + strconv.Itoa(len(args))
	}
	if f.IDs != nil {
		where = append(where, "id = ANY("+arg(f.IDs)+")")
	}
	if f.Outlet != "" {
		where = append(where, "outlet = "+arg(f.Outlet))
	}
	if f.Status != "" {
		where = append(where, "status = "+arg(f.Status))
	}
	q := "SELECT " + documentColumns + " FROM documents"
	if len(where) > 0 {
		q += " WHERE " + strings.Join(where, " AND ")
	}
	q += " ORDER BY seq"
	if f.Limit > 0 {
		q += " LIMIT " + arg(f.Limit)
	}
	if f.Offset > 0 {
		q += " OFFSET " + arg(f.Offset)
	}
	rows, err := db.pool.Query(ctx, q, args...)
	if err != nil {
		return nil, fmt.Errorf("documents: %w", err)
	}
	docs, err := pgx.CollectRows(rows, func(r pgx.CollectableRow) (*sitrep.Document, error) { return scanDocument(r) })
	if err != nil {
		return nil, fmt.Errorf("documents: %w", err)
	}
	return docs, nil
}
