package ingest

import (
	"os"
	"path/filepath"
	"testing"
)

// sharedDir returns $SITREP_SHARED resolved against the repository root (the
// folder holding go.mod) when relative, or skips the test when it is unset.
func sharedDir(t testing.TB) string {
	t.Helper()
	dir := os.Getenv("SITREP_SHARED")
	if dir == "" {
		t.Skip("SITREP_SHARED not set: skipping a test that needs the shared corpus")
	}
	if !filepath.IsAbs(dir) {
		wd, err := os.Getwd()
		if err != nil {
			t.Fatal(err)
		}
		for root := wd; ; root = filepath.Dir(root) {
			if _, err := os.Stat(filepath.Join(root, "go.mod")); err == nil {
				dir = filepath.Join(root, dir)
				break
			}
			if filepath.Dir(root) == root {
				break
			}
		}
	}
	if _, err := os.Stat(dir); err != nil {
		t.Fatalf("SITREP_SHARED: %v", err)
	}
	return dir
}
