package ner

import (
	"os"
	"path/filepath"
	"testing"
)

// sharedData returns $SITREP_SHARED/data, resolving a relative SITREP_SHARED
// against the repository root (the directory holding go.mod), or skips.
func sharedData(t testing.TB) string {
	t.Helper()
	s := os.Getenv("SITREP_SHARED")
	if s == "" {
		t.Skip("SITREP_SHARED not set: skipping tests that need the shared data")
	}
	if !filepath.IsAbs(s) {
		dir, err := os.Getwd()
		if err != nil {
			t.Fatal(err)
		}
		for {
			if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
				break
			}
			parent := filepath.Dir(dir)
			if parent == dir {
				t.Fatalf("no go.mod above the test directory to resolve SITREP_SHARED=%s", s)
			}
			dir = parent
		}
		s = filepath.Join(dir, s)
	}
	return filepath.Join(s, "data")
}
