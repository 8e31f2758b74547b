// Package testshared finds the shared material (../shared: corpora, treebanks, gold
// sets) for tests. Tests read it through the SITREP_SHARED environment variable,
// which .ci/run sets to ../shared; a relative value is relative to the repository
// root, wherever `go test` runs the package. Without it the test is skipped with a
// message saying so, so that a checkout without ../shared still passes.
package testshared

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sitrep-dev/sitrep/internal/repo"
)

// Dir returns the shared folder, or skips t.
func Dir(t testing.TB) string {
	t.Helper()
	dir := os.Getenv("SITREP_SHARED")
	if dir == "" {
		t.Skip("SITREP_SHARED not set: skipping a test that reads the shared material (../shared)")
	}
	if !filepath.IsAbs(dir) {
		root, err := repo.Root()
		if err != nil {
			t.Fatalf("SITREP_SHARED=%s is relative: %v", dir, err)
		}
		dir = filepath.Join(root, dir)
	}
	if _, err := os.Stat(dir); err != nil {
		t.Skipf("SITREP_SHARED=%s: %v", dir, err)
	}
	return dir
}

// Data returns the shared data folder (treebanks, dictionaries, corpora), or skips t.
func Data(t testing.TB) string {
	t.Helper()
	return filepath.Join(Dir(t), "data")
}

// SeedManifest returns a field of a seed article's line in
// corpus/seeds/manifest.jsonl ("byline", "outlet", ...), so that tests compare with
// what the shared material states instead of copying its text into the repository.
func SeedManifest(t testing.TB, id, field string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(Dir(t), "corpus", "seeds", "manifest.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	for _, line := range strings.Split(string(b), "\n") {
		var rec map[string]any
		if json.Unmarshal([]byte(line), &rec) != nil || rec["id"] != id {
			continue
		}
		s, _ := rec[field].(string)
		return s
	}
	t.Fatalf("seed manifest: no line for %s", id)
	return ""
}
