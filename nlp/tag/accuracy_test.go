package tag

import (
	"path/filepath"
	"testing"

	"github.com/sitrep-dev/sitrep/internal/testshared"
)

func sharedDir(t testing.TB) string {
	t.Helper()
	return testshared.Dir(t)
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
