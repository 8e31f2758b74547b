package ingest

import (
	"testing"

	"github.com/sitrep-dev/sitrep/internal/testshared"
)

func sharedDir(t testing.TB) string {
	t.Helper()
	return testshared.Dir(t)
}
