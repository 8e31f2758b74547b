package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net/url"
	"runtime"
	"strings"
	"time"

	_ "modernc.org/sqlite" // registers the "sqlite" driver
)

// DefaultNearDuplicate is the similarity at or above which PutDocument links a
// document to an earlier one when Options.NearDuplicate is zero. The ingest package
// owns the real value; callers pass it in Options so that this package need not
// import ingest.
const DefaultNearDuplicate = 0.9

// busyTimeout is how long a connection waits for another process's lock before
// failing with SQLITE_BUSY. Within one process writes are already serialised by the
// one-connection writer pool, so this only matters when two processes share a file.
const busyTimeout = 10 * time.Second

// Options tune a DB. The zero value is ready to use.
type Options struct {
	// NearDuplicate is the SimHash similarity (1 - hamming/64) at or above which a
	// new document is linked to a stored one as its near-duplicate. Zero means
	// DefaultNearDuplicate; a value above 1 disables linking; a negative one is an
	// error.
	NearDuplicate float64
	// Readers is the size of the read-only connection pool; zero means
	// max(4, GOMAXPROCS).
	Readers int
}

// DB is a sitrep store in one SQLite file. It is safe for concurrent use.
type DB struct {
	path    string
	write   *sql.DB // exactly one connection: SQLite has one writer at a time anyway
	read    *sql.DB // query-only connections; the same pool as write for :memory:
	put     *putStatements
	nearDup float64
}

// Open opens the store at path, creating it if needed, and brings its schema up to
// date. See OpenWith for options.
func Open(ctx context.Context, path string) (*DB, error) {
	return OpenWith(ctx, path, Options{})
}

// OpenWith is Open with options. path is a file name; ":memory:" gives a private
// in-memory store served by a single connection (for quick experiments; tests use a
// file under t.TempDir so that they exercise WAL like production does).
func OpenWith(ctx context.Context, path string, o Options) (*DB, error) {
	if path == "" {
		return nil, errors.New("open store: empty path")
	}
	// The driver splits the DSN at the first '?', so such a name cannot be expressed.
	if strings.ContainsAny(path, "?\x00") {
		return nil, fmt.Errorf("open store %q: path may not contain '?' or NUL", path)
	}
	if !(o.NearDuplicate >= 0) { // also catches NaN
		return nil, fmt.Errorf("open store %s: near-duplicate threshold %v is not a similarity", path, o.NearDuplicate)
	}
	db := &DB{path: path, nearDup: o.NearDuplicate}
	if db.nearDup == 0 {
		db.nearDup = DefaultNearDuplicate
	}
	readers := o.Readers
	if readers <= 0 {
		readers = max(4, runtime.GOMAXPROCS(0))
	}

	var err error
	db.write, err = sql.Open("sqlite", dsn(path, false))
	if err != nil {
		return nil, fmt.Errorf("open store %s: %w", path, err)
	}
	// One connection, never recycled: a closed connection would also drop a
	// :memory: database and the prepared statements.
	db.write.SetMaxOpenConns(1)
	db.write.SetMaxIdleConns(1)
	db.write.SetConnMaxIdleTime(0)
	db.write.SetConnMaxLifetime(0)
	if path == ":memory:" {
		// Each connection to :memory: is a different database, so the one
		// connection must serve reads too.
		db.read = db.write
	}

	// Migrate through the writer before any reader connects: a query-only
	// connection cannot switch the file to WAL, and readers must see the schema.
	if err := migrate(ctx, db.write, path); err != nil {
		db.write.Close()
		return nil, fmt.Errorf("open store %s: %w", path, err)
	}
	if db.put, err = preparePut(ctx, db.write); err != nil {
		db.write.Close()
		return nil, fmt.Errorf("open store %s: %w", path, err)
	}
	if db.read == nil {
		db.read, err = sql.Open("sqlite", dsn(path, true))
		if err != nil {
			db.Close()
			return nil, fmt.Errorf("open store %s: %w", path, err)
		}
		db.read.SetMaxOpenConns(readers)
		db.read.SetMaxIdleConns(readers)
		if err := db.read.PingContext(ctx); err != nil {
			db.Close()
			return nil, fmt.Errorf("open store %s: %w", path, err)
		}
	}
	return db, nil
}

// dsn builds the driver's connection string.
//
// synchronous=NORMAL rather than FULL: in WAL mode a commit appends its pages to the
// -wal file, and NORMAL skips only the fsync of that append (the WAL is fsynced at
// each checkpoint instead). A committed transaction is therefore in the OS's page
// cache before COMMIT returns, and survives the process being killed at any moment —
// the crash test kills a writer with SIGKILL to prove it. What NORMAL gives up is the
// last few commits on a power cut or kernel panic; even then the file is never
// corrupted, because WAL frames carry checksums and a torn tail is discarded on
// recovery. For sitrep that trade is right: ingest is idempotent, so re-running it
// restores whatever a power cut lost, and skipping an fsync per document is several
// times faster on ordinary disks.
func dsn(path string, readOnly bool) string {
	q := url.Values{}
	q.Set("_busy_timeout", fmt.Sprint(busyTimeout.Milliseconds()))
	q.Set("_foreign_keys", "1")
	q.Set("_synchronous", "NORMAL")
	if readOnly {
		q.Set("_query_only", "1")
		// Readers map the file (256 MiB of it) and keep 64 MiB of pages each:
		// the aggregate views read every event, and a page read through mmap
		// costs no system call.
		q.Add("_pragma", "mmap_size(268435456)")
		q.Add("_pragma", "cache_size(-65536)")
	} else {
		// WAL is a property of the file, set once by the writer; readers find it.
		if path != ":memory:" {
			q.Set("_journal_mode", "WAL")
		}
		// BEGIN IMMEDIATE takes the write lock up front, so a read-then-write
		// transaction cannot deadlock against another process's writer.
		q.Set("_txlock", "immediate")
	}
	return path + "?" + q.Encode()
}

// Path reports the file the store was opened on.
func (db *DB) Path() string { return db.path }

// Close closes both pools. The last connection to close checkpoints the WAL into the
// main file.
func (db *DB) Close() error {
	var errs []error
	if db.put != nil {
		errs = append(errs, db.put.Close())
	}
	if db.read != nil && db.read != db.write {
		if err := db.read.Close(); err != nil {
			errs = append(errs, err)
		}
	}
	if db.write != nil {
		if err := db.write.Close(); err != nil {
			errs = append(errs, err)
		}
	}
	if err := errors.Join(errs...); err != nil {
		return fmt.Errorf("close store %s: %w", db.path, err)
	}
	return nil
}

// Check runs SQLite's integrity check on the file and FTS5's on the search index,
// and reports the first problem found.
func (db *DB) Check(ctx context.Context) error {
	rows, err := db.read.QueryContext(ctx, "PRAGMA integrity_check")
	if err != nil {
		return fmt.Errorf("check %s: %w", db.path, err)
	}
	var problems []string
	for rows.Next() {
		var s string
		if err := rows.Scan(&s); err != nil {
			rows.Close()
			return fmt.Errorf("check %s: %w", db.path, err)
		}
		if s != "ok" {
			problems = append(problems, s)
		}
	}
	if err := errors.Join(rows.Err(), rows.Close()); err != nil {
		return fmt.Errorf("check %s: %w", db.path, err)
	}
	if len(problems) > 0 {
		return fmt.Errorf("check %s: integrity: %s", db.path, strings.Join(problems, "; "))
	}
	// FTS5's check, given rank 1, also compares the index with the content table.
	// It is spelled as an INSERT, so it needs the writer though it changes nothing.
	if _, err := db.write.ExecContext(ctx, "INSERT INTO documents_fts (documents_fts, rank) VALUES ('integrity-check', 1)"); err != nil {
		return fmt.Errorf("check %s: search index: %w", db.path, err)
	}
	return nil
}
