package sqlite

import (
	"context"
	"log/slog"
	"os"
	"path/filepath"
	"testing"

	"github.com/sitrep-dev/sitrep/storetest"
)

// TestMain silences the store's log lines ("store migrated" for every new test
// store), which would otherwise interleave with benchmark results.
func TestMain(m *testing.M) {
	slog.SetDefault(slog.New(slog.DiscardHandler))
	os.Exit(m.Run())
}

// newStore opens a fresh store in a temporary directory and closes it when the test
// ends.
func newStore(t testing.TB, o Options) *DB {
	t.Helper()
	db, err := OpenWith(context.Background(), filepath.Join(t.TempDir(), "sitrep.db"), o)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if err := db.Close(); err != nil {
			t.Error(err)
		}
	})
	return db
}

// The synthetic corpus and fingerprints are the shared store suite's, so that the
// SQLite-only tests and the suite use the same documents.
var (
	hashText = storetest.HashText
	simhash  = storetest.SimHash
	synthDoc = storetest.SynthDoc
)
