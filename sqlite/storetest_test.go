package sqlite

import (
	"context"
	"testing"

	"github.com/sitrep-dev/sitrep/storetest"
)

// TestStoreSuite runs the backend-neutral store suite, which the PostgreSQL store
// passes too.
func TestStoreSuite(t *testing.T) {
	storetest.Run(t, func(t *testing.T) storetest.Store { return newStore(t, Options{}) }, storetest.WithStats(storeCounts))
}

// storeCounts reads the counts the suite checks from the store's Stats.
func storeCounts(ctx context.Context, s storetest.Store) (storetest.Counts, error) {
	st, err := s.(*DB).Stats(ctx)
	return storetest.Counts{Documents: st.Documents, Analyzed: st.Analyzed, Events: st.Events}, err
}

// BenchmarkStore runs the backend-neutral benchmarks; postgres has the same one.
func BenchmarkStore(b *testing.B) {
	storetest.Benchmark(b, func(b *testing.B) storetest.Store { return newStore(b, Options{}) })
}
