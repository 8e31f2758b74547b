package ner

import (
	"testing"

	"github.com/sitrep-dev/sitrep/internal/testshared"
)

func sharedData(t testing.TB) string {
	t.Helper()
	return testshared.Data(t)
}
