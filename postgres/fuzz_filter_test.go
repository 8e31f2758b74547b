package postgres

import (
	"testing"

	"github.com/sitrep-dev/sitrep/storetest"
)

// FuzzFilters runs the store suite's filter fuzzing (storetest.Fuzz) against a
// real server: a filter value PostgreSQL cannot take as text (NUL, invalid
// UTF-8) must select nothing, not fail the read.
func FuzzFilters(f *testing.F) { storetest.Fuzz(f, newStore(f, Options{})) }
