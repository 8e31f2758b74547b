package sqlite

import (
	"testing"

	"github.com/sitrep-dev/sitrep/storetest"
)

// FuzzFilters runs the store suite's filter fuzzing (storetest.Fuzz): arbitrary
// filter values never make a read fail.
func FuzzFilters(f *testing.F) { storetest.Fuzz(f, newStore(f, Options{})) }
