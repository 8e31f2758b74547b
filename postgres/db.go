package postgres

import (
	"context"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/sitrep-dev/sitrep/internal/storekit"
)

// DefaultNearDuplicate is the similarity at or above which PutDocument links a
// document to an earlier one when Options.NearDuplicate is zero; the same default as
// the SQLite store's.
const DefaultNearDuplicate = 0.9

// Options tune a DB. The zero value is ready to use.
type Options struct {
	// NearDuplicate is the SimHash similarity (1 - hamming/64) at or above which a
	// new document is linked to a stored one. Zero means DefaultNearDuplicate; a
	// value above 1 disables linking; a negative one is an error.
	NearDuplicate float64
	// MaxConns bounds the connection pool; zero keeps pgxpool's default
	// (max(4, GOMAXPROCS)).
	MaxConns int32
}

// DB is a sitrep store in a PostgreSQL database. It is safe for concurrent use, by
// goroutines and by processes sharing the database.
type DB struct {
	pool    *pgxpool.Pool
	nearDup float64
	name    string // host/database, for messages; never the password
}

// ErrSchemaTooNew is returned by Open when the database was migrated by a newer
// sitrep than this one.
var ErrSchemaTooNew = errors.New("store schema is newer than this sitrep")

// Open connects to the database at url (a postgres:// URL or a libpq key=value
// string; search_path and other run-time parameters may be given in it) and brings
// its schema up to date.
func Open(ctx context.Context, url string, o Options) (*DB, error) {
	cfg, err := pgxpool.ParseConfig(url)
	if err != nil {
		// pgx redacts the password from the string it quotes; the test checks.
		return nil, fmt.Errorf("open store: %w", err)
	}
	name := fmt.Sprintf("postgres %s:%d/%s", cfg.ConnConfig.Host, cfg.ConnConfig.Port, cfg.ConnConfig.Database)
	if !(o.NearDuplicate >= 0) { // also catches NaN
		return nil, fmt.Errorf("open store %s: near-duplicate threshold %v is not a similarity", name, o.NearDuplicate)
	}
	if o.MaxConns > 0 {
		cfg.MaxConns = o.MaxConns
	}
	db := &DB{nearDup: o.NearDuplicate, name: name}
	if db.nearDup == 0 {
		db.nearDup = DefaultNearDuplicate
	}
	db.pool, err = pgxpool.NewWithConfig(ctx, cfg)
	if err != nil {
		return nil, fmt.Errorf("open store %s: %w", name, err)
	}
	if err := db.migrate(ctx); err != nil {
		db.pool.Close()
		return nil, fmt.Errorf("open store %s: %w", name, err)
	}
	return db, nil
}

// Close closes the pool, waiting for connections in use to be returned.
func (db *DB) Close() error {
	db.pool.Close()
	return nil
}

// Pool exposes the connection pool, for operations this package does not wrap
// (statistics, maintenance).
func (db *DB) Pool() *pgxpool.Pool { return db.pool }

//go:embed migrations/*.sql
var migrationFS embed.FS

type migration = storekit.Migration

func loadMigrations(fsys fs.FS, dir string) ([]migration, error) {
	return storekit.LoadMigrations(fsys, dir)
}

// migrationLock is the advisory lock key that serialises migrations: workers started
// together against a new database must apply each migration once. It is taken per
// transaction, so it is released however the transaction ends. The value is
// arbitrary; what matters is that every sitrep uses the same one.
const migrationLock = 0x5173_7265_7001

// migrate applies the migrations the database lacks, each in one transaction with its
// schema_migrations row. Tables are created in the first schema on the connection's
// search_path, so several stores can share a database in separate schemas.
func (db *DB) migrate(ctx context.Context) error {
	ms, err := loadMigrations(migrationFS, "migrations")
	if err != nil {
		return err
	}
	for _, m := range ms {
		applied, err := db.applyMigration(ctx, m, len(ms))
		if err != nil {
			return err
		}
		if applied {
			slog.Info("store migrated", "store", db.name, "migration", m.Name)
		}
	}
	return nil
}

func (db *DB) applyMigration(ctx context.Context, m migration, known int) (applied bool, err error) {
	err = pgx.BeginFunc(ctx, db.pool, func(tx pgx.Tx) error {
		if _, err := tx.Exec(ctx, "SELECT pg_advisory_xact_lock($1)", int64(migrationLock)); err != nil {
			return fmt.Errorf("lock for migration: %w", err)
		}
		if _, err := tx.Exec(ctx, `CREATE TABLE IF NOT EXISTS schema_migrations (
			version    integer PRIMARY KEY,
			name       text NOT NULL,
			applied_at timestamptz NOT NULL DEFAULT now()
		)`); err != nil {
			return fmt.Errorf("create schema_migrations: %w", err)
		}
		var current int
		if err := tx.QueryRow(ctx, "SELECT coalesce(max(version), 0) FROM schema_migrations").Scan(&current); err != nil {
			return fmt.Errorf("read schema version: %w", err)
		}
		if current > known {
			return fmt.Errorf("%w: it is at version %d, this sitrep knows up to %d; use a newer sitrep", ErrSchemaTooNew, current, known)
		}
		if current >= m.Version {
			return nil
		}
		// Simple protocol: a migration file holds several statements.
		if _, err := tx.Exec(ctx, m.SQL, pgx.QueryExecModeSimpleProtocol); err != nil {
			return fmt.Errorf("migration %s: %w", m.Name, err)
		}
		if _, err := tx.Exec(ctx, "INSERT INTO schema_migrations (version, name) VALUES ($1, $2)", m.Version, m.Name); err != nil {
			return fmt.Errorf("record migration %s: %w", m.Name, err)
		}
		applied = true
		return nil
	})
	return applied, err
}

// SchemaVersion reports the highest migration applied to the store.
func (db *DB) SchemaVersion(ctx context.Context) (int, error) {
	var v int
	if err := db.pool.QueryRow(ctx, "SELECT coalesce(max(version), 0) FROM schema_migrations").Scan(&v); err != nil {
		return 0, fmt.Errorf("read schema version: %w", err)
	}
	return v, nil
}

// Stats counts what the store holds; the same figures as sqlite.Stats.
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

// Stats returns exact counts of the store's contents, read in one snapshot. Each is
// a count(*), which scans: on a very large store prefer the planner's estimates.
func (db *DB) Stats(ctx context.Context) (Stats, error) {
	s := Stats{ByStatus: map[string]int{}}
	err := pgx.BeginTxFunc(ctx, db.pool, pgx.TxOptions{IsoLevel: pgx.RepeatableRead, AccessMode: pgx.ReadOnly}, func(tx pgx.Tx) error {
		if err := tx.QueryRow(ctx, `SELECT
			(SELECT count(*) FROM documents),
			(SELECT count(*) FROM documents WHERE duplicate_of IS NOT NULL),
			(SELECT count(DISTINCT outlet) FROM documents WHERE outlet <> ''),
			(SELECT count(DISTINCT doc_id) FROM sentences),
			(SELECT count(*) FROM sentences),
			(SELECT count(*) FROM mentions),
			(SELECT count(*) FROM events),
			(SELECT count(*) FROM claims),
			(SELECT coalesce(max(version), 0) FROM schema_migrations)`).Scan(
			&s.Documents, &s.Duplicates, &s.Outlets, &s.Analyzed, &s.Sentences, &s.Mentions, &s.Events, &s.Claims, &s.Schema); err != nil {
			return err
		}
		rows, err := tx.Query(ctx, "SELECT status, count(*) FROM documents GROUP BY status")
		if err != nil {
			return err
		}
		var st string
		var n int
		_, err = pgx.ForEachRow(rows, []any{&st, &n}, func() error {
			s.ByStatus[st] = n
			return nil
		})
		return err
	})
	if err != nil {
		return Stats{}, fmt.Errorf("stats: %w", err)
	}
	return s, nil
}
