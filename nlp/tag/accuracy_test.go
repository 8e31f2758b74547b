package tag

import (
	"os"
	"path/filepath"
	"testing"
)

// sharedDir returns $SITREP_SHARED, resolved against the repository root when it is
// relative, or skips the test when it is unset.
func sharedDir(t testing.TB) string {
	t.Helper()
	dir := os.Getenv("SITREP_SHARED")
	if dir == "" {
		t.Skip("SITREP_SHARED not set: skipping the test on shared data")
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
				t.Fatalf("no go.mod above the working directory to resolve SITREP_SHARED=%s", dir)
			}
			root = parent
		}
		dir = filepath.Join(root, dir)
	}
	return dir
}

// TestAccuracyEWTTest checks the shipped model on EWT test with gold tokens.
func TestAccuracyEWTTest(t *testing.T) {
	gold, err := readFile(filepath.Join(sharedDir(t), "data/ud-ewt/en_ewt-ud-test.conllu"))
	if err != nil {
		t.Fatal(err)
	}
	tg, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	upos, xpos, lemma := Evaluate(tg, gold)
	t.Logf("EWT test (gold tokens): UPOS %.4f XPOS %.4f LEMMA %.4f", upos, xpos, lemma)
	for _, c := range []struct {
		name      string
		got, want float64
	}{{"UPOS", upos, 0.955}, {"XPOS", xpos, 0.945}, {"LEMMA", lemma, 0.965}} {
		if c.got < c.want {
			t.Errorf("%s accuracy %.4f below the bar %.3f", c.name, c.got, c.want)
		}
	}
}
