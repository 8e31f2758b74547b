package sqlite

import (
	"context"
	"fmt"
	"strings"
	"time"
)

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
		return fmt.Errorf("watch: two actor codes are needed")
	}
	_, err := db.write.ExecContext(ctx, `INSERT INTO watchlist (a, b, added_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING`,
		a, b, time.Now().UTC().Format(time.RFC3339))
	if err != nil {
		return fmt.Errorf("watch %s %s: %w", a, b, err)
	}
	return nil
}

// RemoveWatch takes the pair off the watchlist and reports whether it was on it.
func (db *DB) RemoveWatch(ctx context.Context, a, b string) (bool, error) {
	a, b = watchPair(a, b)
	res, err := db.write.ExecContext(ctx, `DELETE FROM watchlist WHERE a = ? AND b = ?`, a, b)
	if err != nil {
		return false, fmt.Errorf("unwatch %s %s: %w", a, b, err)
	}
	n, err := res.RowsAffected()
	return n > 0, err
}

// Watches lists the watched pairs, each in sorted order.
func (db *DB) Watches(ctx context.Context) ([][2]string, error) {
	rows, err := db.read.QueryContext(ctx, `SELECT a, b FROM watchlist ORDER BY a, b`)
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
	return out, rows.Err()
}
