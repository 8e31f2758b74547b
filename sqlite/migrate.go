package sqlite

import (
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"time"

	"github.com/sitrep-dev/sitrep/internal/storekit"
)

//go:embed migrations/*.sql
var migrationFS embed.FS

// ErrSchemaTooNew is returned by Open when the store was written by a newer sitrep:
// it records a migration this binary does not have.
var ErrSchemaTooNew = errors.New("store schema is newer than this sitrep")

type migration = storekit.Migration

// migrations parses the embedded files. Names are NNNN_description.sql; numbers
// start at 1 and have no gaps, so a missing file is caught at the first test run.
func migrations() ([]migration, error) {
	return loadMigrations(migrationFS, "migrations")
}

func loadMigrations(fsys fs.FS, dir string) ([]migration, error) {
	return storekit.LoadMigrations(fsys, dir)
}

// migrate applies the migrations db lacks, each in its own transaction together with
// its schema_migrations row, so a crash between two leaves a store at a well-defined
// version. db must be the writer pool: its transactions are BEGIN IMMEDIATE, so two
// processes opening a new file at once apply each migration exactly once.
func migrate(ctx context.Context, db *sql.DB, path string) error {
	ms, err := migrations()
	if err != nil {
		return err
	}
	if _, err := db.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS schema_migrations (
		version    INTEGER PRIMARY KEY,
		name       TEXT NOT NULL,
		applied_at TEXT NOT NULL
	) STRICT`); err != nil {
		return fmt.Errorf("create schema_migrations: %w", err)
	}
	for _, m := range ms {
		applied, err := applyMigration(ctx, db, m, len(ms))
		if err != nil {
			return err
		}
		if applied {
			slog.Info("store migrated", "store", path, "migration", m.Name)
		}
	}
	return nil
}

// applyMigration applies m unless the store already has it. It re-reads the store's
// version inside the transaction, because another process may have migrated since.
func applyMigration(ctx context.Context, db *sql.DB, m migration, known int) (applied bool, err error) {
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return false, fmt.Errorf("migration %s: %w", m.Name, err)
	}
	defer func() {
		if err != nil {
			tx.Rollback()
		}
	}()
	var current int
	if err := tx.QueryRowContext(ctx, "SELECT coalesce(max(version), 0) FROM schema_migrations").Scan(&current); err != nil {
		return false, fmt.Errorf("read schema version: %w", err)
	}
	if current > known {
		return false, fmt.Errorf("%w: it is at version %d, this sitrep knows up to %d; use a newer sitrep", ErrSchemaTooNew, current, known)
	}
	if current >= m.Version {
		return false, tx.Rollback()
	}
	if _, err := tx.ExecContext(ctx, m.SQL); err != nil {
		return false, fmt.Errorf("migration %s: %w", m.Name, err)
	}
	if _, err := tx.ExecContext(ctx, "INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)",
		m.Version, m.Name, time.Now().UTC().Format(time.RFC3339Nano)); err != nil {
		return false, fmt.Errorf("record migration %s: %w", m.Name, err)
	}
	if err := tx.Commit(); err != nil {
		return false, fmt.Errorf("commit migration %s: %w", m.Name, err)
	}
	return true, nil
}

// SchemaVersion reports the highest migration applied to the store.
func (db *DB) SchemaVersion(ctx context.Context) (int, error) {
	var v int
	if err := db.read.QueryRowContext(ctx, "SELECT coalesce(max(version), 0) FROM schema_migrations").Scan(&v); err != nil {
		return 0, fmt.Errorf("read schema version: %w", err)
	}
	return v, nil
}
