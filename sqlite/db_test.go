package sqlite

import (
	"context"
	"errors"
	"math"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"
)

func TestOpenPragmas(t *testing.T) {
	db := newStore(t, Options{})
	ctx := context.Background()
	for _, tc := range []struct {
		pool   string
		pragma string
		want   string
	}{
		{"write", "journal_mode", "wal"},
		{"write", "foreign_keys", "1"},
		{"write", "synchronous", "1"}, // NORMAL
		{"write", "busy_timeout", "10000"},
		{"read", "journal_mode", "wal"},
		{"read", "foreign_keys", "1"},
		{"read", "query_only", "1"},
		{"read", "busy_timeout", "10000"},
	} {
		pool := db.write
		if tc.pool == "read" {
			pool = db.read
		}
		var got string
		if err := pool.QueryRowContext(ctx, "PRAGMA "+tc.pragma).Scan(&got); err != nil {
			t.Fatalf("%s pool: PRAGMA %s: %v", tc.pool, tc.pragma, err)
		}
		if got != tc.want {
			t.Errorf("%s pool: PRAGMA %s = %q, want %q", tc.pool, tc.pragma, got, tc.want)
		}
	}
	// The reader pool must refuse writes.
	if _, err := db.read.ExecContext(ctx, "DELETE FROM documents"); err == nil {
		t.Error("reader pool accepted a write")
	}
}

func TestOpenMemory(t *testing.T) {
	ctx := context.Background()
	db, err := Open(ctx, ":memory:")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	d := synthDoc(1)
	if _, err := db.PutDocument(ctx, d); err != nil {
		t.Fatal(err)
	}
	if _, err := db.Document(ctx, d.ID); err != nil {
		t.Fatalf("the reader does not see the writer's in-memory database: %v", err)
	}
}

func TestOpenRefuses(t *testing.T) {
	ctx := context.Background()
	ok := filepath.Join(t.TempDir(), "ok.db")
	for _, tc := range []struct {
		path string
		o    Options
	}{
		{"", Options{}},
		{"a?b.db", Options{}},
		{filepath.Join(t.TempDir(), "no", "such", "dir", "x.db"), Options{}},
		{ok, Options{NearDuplicate: -0.5}},
		{ok, Options{NearDuplicate: math.NaN()}},
	} {
		if db, err := OpenWith(ctx, tc.path, tc.o); err == nil {
			db.Close()
			t.Errorf("OpenWith(%q, %+v) succeeded", tc.path, tc.o)
		}
	}
}

func TestReopenAppliesNothing(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "s.db")
	rows := func() []string {
		db, err := Open(ctx, path)
		if err != nil {
			t.Fatal(err)
		}
		defer db.Close()
		rs, err := db.read.QueryContext(ctx, "SELECT version || ' ' || name || ' ' || applied_at FROM schema_migrations ORDER BY version")
		if err != nil {
			t.Fatal(err)
		}
		defer rs.Close()
		var out []string
		for rs.Next() {
			var s string
			if err := rs.Scan(&s); err != nil {
				t.Fatal(err)
			}
			out = append(out, s)
		}
		return out
	}
	first := rows()
	ms, err := migrations()
	if err != nil {
		t.Fatal(err)
	}
	if len(first) != len(ms) {
		t.Fatalf("schema_migrations has %d rows, want %d: %q", len(first), len(ms), first)
	}
	// Reopening must neither re-run a migration (it would fail on CREATE TABLE) nor
	// rewrite its row (applied_at would change).
	if second := rows(); strings.Join(second, "\n") != strings.Join(first, "\n") {
		t.Errorf("reopening changed schema_migrations:\n%q\nthen\n%q", first, second)
	}
}

func TestNewerSchemaRefused(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "s.db")
	db, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.write.ExecContext(ctx, "INSERT INTO schema_migrations VALUES (9999, '9999_from_the_future.sql', '2040-01-01T00:00:00Z')"); err != nil {
		t.Fatal(err)
	}
	db.Close()
	db, err = Open(ctx, path)
	if err == nil {
		db.Close()
		t.Fatal("opened a store from a newer sitrep")
	}
	if !errors.Is(err, ErrSchemaTooNew) || !strings.Contains(err.Error(), "9999") {
		t.Errorf("error %q should wrap ErrSchemaTooNew and name the version", err)
	}
}

func TestLoadMigrations(t *testing.T) {
	file := func(s string) *fstest.MapFile { return &fstest.MapFile{Data: []byte(s)} }
	for _, tc := range []struct {
		name    string
		fs      fstest.MapFS
		want    []int
		wantErr string
	}{
		{"ordered by number, not name", fstest.MapFS{
			"m/0002_b.sql": file("B"), "m/0001_z.sql": file("A"), "m/README": file("x"),
		}, []int{1, 2}, ""},
		{"gap", fstest.MapFS{"m/0001_a.sql": file("A"), "m/0003_c.sql": file("C")}, nil, "expected number 2"},
		{"repeat", fstest.MapFS{"m/0001_a.sql": file("A"), "m/0001_b.sql": file("B")}, nil, "expected number 2"},
		{"no number", fstest.MapFS{"m/init.sql": file("A")}, nil, "NNNN_description"},
		{"zero", fstest.MapFS{"m/0000_a.sql": file("A")}, nil, "NNNN_description"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ms, err := loadMigrations(tc.fs, "m")
			if tc.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tc.wantErr) {
					t.Fatalf("err = %v, want one containing %q", err, tc.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			var got []int
			for _, m := range ms {
				got = append(got, m.Version)
			}
			if len(got) != len(tc.want) || got[0] != tc.want[0] || ms[0].SQL != "A" {
				t.Errorf("versions %v (first %q), want %v", got, ms[0].SQL, tc.want)
			}
		})
	}
}

func TestCheck(t *testing.T) {
	db := newStore(t, Options{})
	ctx := context.Background()
	for i := range 20 {
		if _, err := db.PutDocument(ctx, synthDoc(i)); err != nil {
			t.Fatal(err)
		}
	}
	if err := db.Check(ctx); err != nil {
		t.Fatal(err)
	}
	// Damage the search index behind the triggers' back: the check must notice.
	if _, err := db.write.ExecContext(ctx, "INSERT INTO documents_fts (documents_fts, rowid, title, text) VALUES ('delete', 1, (SELECT title FROM documents WHERE seq = 1), (SELECT text FROM documents WHERE seq = 1))"); err != nil {
		t.Fatal(err)
	}
	if err := db.Check(ctx); err == nil {
		t.Error("Check passed a search index that lost a document")
	}
}
