package postgres

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"log/slog"
	"net/url"
	"os"
	"reflect"
	"strings"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/jackc/pgx/v5"
	"github.com/sitrep-dev/sitrep"
	"github.com/sitrep-dev/sitrep/storetest"
)

// TestMain silences "store migrated", logged for every test schema.
func TestMain(m *testing.M) {
	slog.SetDefault(slog.New(slog.DiscardHandler))
	os.Exit(m.Run())
}

// serverURL is the test server's URL from SITREP_POSTGRES_URL (.ci/postgres.sh
// starts one and sets it); tests skip without it.
func serverURL(t testing.TB) string {
	t.Helper()
	u := os.Getenv("SITREP_POSTGRES_URL")
	if u == "" {
		t.Skip("SITREP_POSTGRES_URL not set: source .ci/postgres.sh to start a throwaway server")
	}
	return u
}

// createIfAvailable creates the extension in public if the server has it.
func createIfAvailable(ctx context.Context, c *pgx.Conn, ext string) error {
	var ok bool
	if err := c.QueryRow(ctx, "SELECT EXISTS (SELECT 1 FROM pg_available_extensions WHERE name = $1)", ext).Scan(&ok); err != nil || !ok {
		return err
	}
	_, err := c.Exec(ctx, "CREATE EXTENSION IF NOT EXISTS "+pgx.Identifier{ext}.Sanitize()+" WITH SCHEMA public")
	return err
}

// newStore opens a store in a new schema of the test database, so that every test
// starts empty without the cost of a database per test, and drops the schema after.
func newStore(t testing.TB, o Options) *DB {
	t.Helper()
	ctx := context.Background()
	base := serverURL(t)
	var b [6]byte
	rand.Read(b[:])
	schema := "test_" + hex.EncodeToString(b[:])
	admin, err := pgx.Connect(ctx, base)
	if err != nil {
		t.Fatal(err)
	}
	defer admin.Close(ctx)
	// unaccent goes in public once: created by the first test's migration it
	// would live in that test's schema, and dropping the schema would take every
	// other test's search configuration with it.
	if _, err := admin.Exec(ctx, "SELECT pg_advisory_lock($1)", int64(migrationLock)); err != nil {
		t.Fatal(err)
	}
	_, err = admin.Exec(ctx, "CREATE EXTENSION IF NOT EXISTS unaccent WITH SCHEMA public")
	if err == nil {
		// pg_trgm likewise, where the server has it (migration 0008 applies
		// without it).
		err = createIfAvailable(ctx, admin, "pg_trgm")
	}
	admin.Exec(ctx, "SELECT pg_advisory_unlock($1)", int64(migrationLock))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := admin.Exec(ctx, "CREATE SCHEMA "+schema); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		c, err := pgx.Connect(ctx, base)
		if err != nil {
			t.Error(err)
			return
		}
		defer c.Close(ctx)
		if _, err := c.Exec(ctx, "DROP SCHEMA "+schema+" CASCADE"); err != nil {
			t.Error(err)
		}
	})
	db, err := Open(ctx, withSearchPath(t, base, schema), o)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

// withSearchPath adds search_path to a postgres:// URL; pgx sends unknown
// parameters as run-time settings.
func withSearchPath(t testing.TB, base, schema string) string {
	u, err := url.Parse(base)
	if err != nil {
		t.Fatal(err)
	}
	q := u.Query()
	q.Set("search_path", schema)
	u.RawQuery = q.Encode()
	return u.String()
}

func TestStoreSuite(t *testing.T) {
	storetest.Run(t, func(t *testing.T) storetest.Store { return newStore(t, Options{}) }, storetest.WithStats(storeCounts))
}

// storeCounts reads the counts the suite checks from the store's Stats.
func storeCounts(ctx context.Context, s storetest.Store) (storetest.Counts, error) {
	st, err := s.(*DB).Stats(ctx)
	return storetest.Counts{Documents: st.Documents, Analyzed: st.Analyzed, Events: st.Events}, err
}

func TestOpenErrors(t *testing.T) {
	ctx := context.Background()
	for _, bad := range []string{"postgres://u:secret@[bad", "host=x password=secret port=abc"} {
		if _, err := Open(ctx, bad, Options{}); err == nil || strings.Contains(err.Error(), "secret") {
			t.Errorf("Open(%q): %v (must fail without echoing the password)", bad, err)
		}
	}
	if _, err := Open(ctx, "postgres://127.0.0.1:1/x?connect_timeout=1", Options{NearDuplicate: -1}); err == nil {
		t.Error("a negative threshold was accepted")
	}
}

func TestMigrationsIdempotent(t *testing.T) {
	db := newStore(t, Options{})
	ctx := context.Background()
	v, err := db.SchemaVersion(ctx)
	if err != nil {
		t.Fatal(err)
	}
	ms, err := loadMigrations(migrationFS, "migrations")
	if err != nil {
		t.Fatal(err)
	}
	if v != len(ms) {
		t.Errorf("schema version %d, want %d", v, len(ms))
	}
	// Opening again applies nothing and fails nothing.
	var sp string
	if err := db.pool.QueryRow(ctx, "SHOW search_path").Scan(&sp); err != nil {
		t.Fatal(err)
	}
	again, err := Open(ctx, withSearchPath(t, serverURL(t), sp), Options{})
	if err != nil {
		t.Fatal(err)
	}
	again.Close()
	// A schema from the future is refused.
	if _, err := db.pool.Exec(ctx, "INSERT INTO schema_migrations (version, name) VALUES ($1, 'future')", len(ms)+1); err != nil {
		t.Fatal(err)
	}
	if _, err := Open(ctx, withSearchPath(t, serverURL(t), sp), Options{}); !errors.Is(err, ErrSchemaTooNew) {
		t.Errorf("Open of a newer schema: %v, want ErrSchemaTooNew", err)
	}
}

// BenchmarkStore runs the backend-neutral benchmarks; sqlite has the same one.
func BenchmarkStore(b *testing.B) {
	storetest.Benchmark(b, func(b *testing.B) storetest.Store { return newStore(b, Options{}) })
}

// TestTwoHandles stores overlapping documents, all under one id, through two DBs on
// one schema, as two worker processes would: each document must be created once,
// with its own "report~N" id.
func TestTwoHandles(t *testing.T) {
	a := newStore(t, Options{})
	ctx := context.Background()
	var sp string
	if err := a.pool.QueryRow(ctx, "SHOW search_path").Scan(&sp); err != nil {
		t.Fatal(err)
	}
	b, err := Open(ctx, withSearchPath(t, serverURL(t), sp), Options{MaxConns: 2})
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	const docs = 60
	var created atomic.Int64
	var wg sync.WaitGroup
	for k, db := range []*DB{a, b} {
		wg.Go(func() {
			for i := range docs {
				text := fmt.Sprintf("Report %d from the Ostrin crossing.", (i+k*docs/2)%docs)
				h := sha256.Sum256([]byte(text))
				res, err := db.PutDocument(ctx, &sitrep.Document{ID: "report", Text: text, Hash: hex.EncodeToString(h[:])})
				if err != nil {
					t.Error(err)
					return
				}
				if res.Created {
					created.Add(1)
				}
			}
		})
	}
	wg.Wait()
	if got := created.Load(); got != docs {
		t.Errorf("%d documents created through two handles, want %d", got, docs)
	}
	for _, db := range []*DB{a, b} {
		all, err := db.Documents(ctx, sitrep.DocumentFilter{})
		if err != nil {
			t.Fatal(err)
		}
		if len(all) != docs {
			t.Errorf("a handle sees %d documents, want %d", len(all), docs)
		}
	}
}

// TestConcurrentOpen opens one new schema from several handles at once, as workers
// started together against a new database do: each migration must apply once and
// every Open succeed.
func TestConcurrentOpen(t *testing.T) {
	first := newStore(t, Options{}) // creates the schema; then empty it again
	ctx := context.Background()
	var sp string
	if err := first.pool.QueryRow(ctx, "SHOW search_path").Scan(&sp); err != nil {
		t.Fatal(err)
	}
	// Dropping the schema rather than a list of tables keeps up with migrations
	// that add tables.
	if _, err := first.pool.Exec(ctx, "DROP SCHEMA "+sp+" CASCADE; CREATE SCHEMA "+sp); err != nil {
		t.Fatal(err)
	}
	const handles = 4
	var wg sync.WaitGroup
	for range handles {
		wg.Go(func() {
			db, err := Open(ctx, withSearchPath(t, serverURL(t), sp), Options{MaxConns: 2})
			if err != nil {
				t.Error(err)
				return
			}
			db.Close()
		})
	}
	wg.Wait()
	var n, v int
	if err := first.pool.QueryRow(ctx, "SELECT count(*), max(version) FROM schema_migrations").Scan(&n, &v); err != nil {
		t.Fatal(err)
	}
	ms, err := loadMigrations(migrationFS, "migrations")
	if err != nil {
		t.Fatal(err)
	}
	if n != len(ms) || v != len(ms) {
		t.Errorf("%d migration rows up to version %d, want %d of each", n, v, len(ms))
	}
}

func TestStats(t *testing.T) {
	db := newStore(t, Options{})
	ctx := context.Background()
	texts := []string{"Arlen and Bosk met in Portvale.", "Kellan depot hit.", "Tarn crossing reopened."}
	for i, text := range texts {
		h := sha256.Sum256([]byte(text))
		d := &sitrep.Document{ID: fmt.Sprint("d", i), Text: text, Hash: hex.EncodeToString(h[:]), Outlet: "Wire",
			Status: sitrep.StatusOK, Fingerprint: 0xfff0 | uint64(i)} // near-duplicates of d0
		if i == 2 {
			d.Status, d.Outlet = sitrep.StatusEmpty, ""
		}
		if _, err := db.PutDocument(ctx, d); err != nil {
			t.Fatal(err)
		}
	}
	if err := db.PutAnalysis(ctx, &sitrep.Analysis{DocID: "d0", Sentences: []sitrep.Sentence{{}, {}},
		Mentions: []sitrep.Mention{{Code: "ARL"}}, Events: []sitrep.Event{{CAMEO: "040"}}}); err != nil {
		t.Fatal(err)
	}
	st, err := db.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	ms, err := loadMigrations(migrationFS, "migrations")
	if err != nil {
		t.Fatal(err)
	}
	want := Stats{Documents: 3, Duplicates: 2, Outlets: 1, ByStatus: map[string]int{sitrep.StatusOK: 2, sitrep.StatusEmpty: 1},
		Analyzed: 1, Sentences: 2, Mentions: 1, Events: 1, Schema: len(ms)}
	if !reflect.DeepEqual(st, want) {
		t.Errorf("Stats = %+v, want %+v", st, want)
	}
}

// Migration 0008 indexes event sentences by trigrams where pg_trgm is available, and
// the text filter's ILIKE can use the index.
func TestSentenceTrigramIndex(t *testing.T) {
	ctx := context.Background()
	db := newStore(t, Options{})
	var available, indexed bool
	if err := db.pool.QueryRow(ctx, "SELECT EXISTS (SELECT 1 FROM pg_available_extensions WHERE name = 'pg_trgm')").Scan(&available); err != nil {
		t.Fatal(err)
	}
	if err := db.pool.QueryRow(ctx, "SELECT EXISTS (SELECT 1 FROM pg_indexes WHERE schemaname = current_schema() AND indexname = 'events_sentence_trgm')").Scan(&indexed); err != nil {
		t.Fatal(err)
	}
	if indexed != available {
		t.Fatalf("pg_trgm available: %v, events_sentence_trgm exists: %v", available, indexed)
	}
	if !available {
		t.Skip("pg_trgm is not available on this server")
	}
	where, args := eventWhere(sitrep.EventFilter{Query: "ceasefire"})
	tx, err := db.pool.Begin(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer tx.Rollback(ctx)
	if _, err := tx.Exec(ctx, "SET LOCAL enable_seqscan = off"); err != nil {
		t.Fatal(err)
	}
	rows, err := tx.Query(ctx, "EXPLAIN SELECT e.id FROM events e WHERE "+strings.Join(where, " AND "), args...)
	if err != nil {
		t.Fatal(err)
	}
	var plan []string
	for rows.Next() {
		var line string
		if err := rows.Scan(&line); err != nil {
			t.Fatal(err)
		}
		plan = append(plan, line)
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(strings.Join(plan, "\n"), "events_sentence_trgm") {
		t.Errorf("the text filter's plan does not use the trigram index:\n%s", strings.Join(plan, "\n"))
	}
}
