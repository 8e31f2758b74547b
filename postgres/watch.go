package postgres

import (
	"context"
	"errors"
	"fmt"
	"strings"
)

// watchPair normalises a pair as the SQLite store does: upper case, trimmed, in
// sorted order, so that (usa, SYR) and (SYR, USA) are one entry.
func watchPair(a, b string) (string, string) {
	a, b = strings.ToUpper(strings.TrimSpace(a)), strings.ToUpper(strings.TrimSpace(b))
	if b < a {
		a, b = b, a
	}
	return a, b
}

// AddWatch puts the pair (a, b) on the watchlist; adding it twice is a no-op.
func (db *DB) AddWatch(ctx context.Context, a, b string) error {
	a, b = watchPair(a, b)
	if a == "" || b == "" {
		return errors.New("watch: two actor codes are needed")
	}
	if _, err := db.pool.Exec(ctx, `INSERT INTO watchlist (a, b) VALUES ($1, $2) ON CONFLICT DO NOTHING`, a, b); err != nil {
		return fmt.Errorf("watch %s %s: %w", a, b, err)
	}
	return nil
}

// RemoveWatch takes the pair off the watchlist and reports whether it was on it.
func (db *DB) RemoveWatch(ctx context.Context, a, b string) (bool, error) {
	a, b = watchPair(a, b)
	tag, err := db.pool.Exec(ctx, `DELETE FROM watchlist WHERE a = $1 AND b = $2`, a, b)
	if err != nil {
		return false, fmt.Errorf("unwatch %s %s: %w", a, b, err)
	}
	return tag.RowsAffected() > 0, nil
}

// Watches lists the watched pairs, each in sorted order, sorted.
func (db *DB) Watches(ctx context.Context) ([][2]string, error) {
	rows, err := db.pool.Query(ctx, `SELECT a, b FROM watchlist ORDER BY a, b`)
	if err != nil {
		return nil, fmt.Errorf("watchlist: %w", err)
	}
	defer rows.Close()
	var out [][2]string
	for rows.Next() {
		var p [2]string
		if err := rows.Scan(&p[0], &p[1]); err != nil {
			return nil, fmt.Errorf("watchlist: %w", err)
		}
		out = append(out, p)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("watchlist: %w", err)
	}
	return out, nil
}
