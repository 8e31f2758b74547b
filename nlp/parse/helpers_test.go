package parse

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/sitrep-dev/sitrep/nlp/conllu"
)

// sharedData returns $SITREP_SHARED/data, resolving a relative SITREP_SHARED
// against the repository root, or skips the test when the variable is unset.
func sharedData(t testing.TB) string {
	t.Helper()
	dir := os.Getenv("SITREP_SHARED")
	if dir == "" {
		t.Skip("SITREP_SHARED not set: skipping test that needs the shared treebanks")
	}
	if !filepath.IsAbs(dir) {
		root, err := os.Getwd()
		if err != nil {
			t.Fatal(err)
		}
		for {
			if _, err := os.Stat(filepath.Join(root, "go.mod")); err == nil {
				break
			}
			parent := filepath.Dir(root)
			if parent == root {
				t.Fatalf("no go.mod above the test directory to resolve SITREP_SHARED=%s", dir)
			}
			root = parent
		}
		dir = filepath.Join(root, dir)
	}
	return filepath.Join(dir, "data")
}

func readFixture(t testing.TB, path string) []*conllu.Sentence {
	t.Helper()
	ss, err := readConllu(path)
	if err != nil {
		t.Fatal(err)
	}
	return ss
}

func shipped(t testing.TB) *Parser {
	t.Helper()
	p, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	return p
}
