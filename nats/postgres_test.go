package nats

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"net/url"
	"os"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/sitrep-dev/sitrep"
	"github.com/sitrep-dev/sitrep/ingest"
	"github.com/sitrep-dev/sitrep/postgres"
)

// openPostgres opens a PostgreSQL store in a fresh schema of the server that
// .ci/postgres.sh starts (SITREP_POSTGRES_URL), dropped after the test.
func openPostgres(t testing.TB) string {
	t.Helper()
	base := os.Getenv("SITREP_POSTGRES_URL")
	if base == "" {
		t.Skip("SITREP_POSTGRES_URL not set: source .ci/postgres.sh to start a throwaway server")
	}
	ctx := context.Background()
	var b [6]byte
	rand.Read(b[:])
	schema := "nats_" + hex.EncodeToString(b[:])
	admin, err := pgx.Connect(ctx, base)
	if err != nil {
		t.Fatal(err)
	}
	defer admin.Close(ctx)
	// The store's search configuration needs unaccent, kept in public so that
	// dropping this test's schema leaves it for others. CREATE EXTENSION is not
	// safe to race, and the postgres package's tests may run at the same time:
	// both take the store's migration lock (postgres/db.go's migrationLock).
	const migrationLock = 0x5173_7265_7001
	if _, err := admin.Exec(ctx, "SELECT pg_advisory_lock($1)", int64(migrationLock)); err != nil {
		t.Fatal(err)
	}
	_, err = admin.Exec(ctx, "CREATE EXTENSION IF NOT EXISTS unaccent WITH SCHEMA public")
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
		c.Exec(ctx, "DROP SCHEMA "+schema+" CASCADE")
	})
	u, err := url.Parse(base)
	if err != nil {
		t.Fatal(err)
	}
	q := u.Query()
	q.Set("search_path", schema)
	u.RawQuery = q.Encode()
	return u.String()
}

// TestWorkersShareAPostgresStore runs two workers, each with its own connection
// pool as separate processes would have, on one PostgreSQL store: every article is
// stored and coded once.
func TestWorkersShareAPostgresStore(t *testing.T) {
	storeURL := openPostgres(t)
	ts := startServer(t)
	ctx := context.Background()
	js := connect(t, ts.url())
	if _, err := Setup(ctx, js, Config{}); err != nil {
		t.Fatal(err)
	}
	const n = 20
	publishAll(t, NewPublisher(js, Config{}), 0, n)

	var metrics []*Metrics
	var stores []*postgres.DB
	for range 2 {
		db, err := postgres.Open(ctx, storeURL, postgres.Options{NearDuplicate: ingest.NearDuplicateThreshold})
		if err != nil {
			t.Fatal(err)
		}
		defer db.Close()
		stores = append(stores, db)
		m := &Metrics{}
		metrics = append(metrics, m)
		runWorker(t, &Worker{JS: connect(t, ts.url()), Store: db, Analyzer: &testAnalyzer{}, Concurrency: 2, Metrics: m})
	}
	db := stores[0]
	waitFor(t, 30*time.Second, "all articles analysed", func() bool { return analysed(t, db, n) == n })
	waitFor(t, 10*time.Second, "all acknowledged", func() bool {
		return metrics[0].Processed.Load()+metrics[1].Processed.Load() == n
	})
	evs, err := db.Events(ctx, sitrep.EventFilter{})
	if err != nil {
		t.Fatal(err)
	}
	if got, want := len(evs), expectedEvents(n); got != want {
		t.Errorf("%d events, want %d", got, want)
	}
	docs, err := db.Documents(ctx, sitrep.DocumentFilter{})
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != n {
		t.Errorf("%d documents, want %d", len(docs), n)
	}
	t.Logf("worker 1 processed %d, worker 2 %d", metrics[0].Processed.Load(), metrics[1].Processed.Load())
}
