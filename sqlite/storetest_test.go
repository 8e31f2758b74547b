package sqlite

import (
	"testing"

	"github.com/sitrep-dev/sitrep/storetest"
)

// TestStoreSuite runs the backend-neutral store suite, which the PostgreSQL store
// passes too.
func TestStoreSuite(t *testing.T) {
	storetest.Run(t, func(t *testing.T) storetest.Store { return newStore(t, Options{}) })
}

// BenchmarkStore runs the backend-neutral benchmarks; postgres has the same one.
func BenchmarkStore(b *testing.B) {
	storetest.Benchmark(b, func(b *testing.B) storetest.Store { return newStore(b, Options{}) })
}
