package parse

import (
	"testing"

	"github.com/sitrep-dev/sitrep/internal/testshared"

	"github.com/sitrep-dev/sitrep/nlp/conllu"
)

func sharedData(t testing.TB) string {
	t.Helper()
	return testshared.Data(t)
}

func readFixture(t testing.TB, path string) []*conllu.Sentence {
	t.Helper()
	ss, err := readConllu(path)
	if err != nil {
		t.Fatal(err)
	}
	return ss
}

// shipped returns the shipped left-to-right parser alone, whose table and
// transitions most tests examine; Load's ensemble is built on it.
func shipped(t testing.TB) *Parser {
	t.Helper()
	p, err := LoadLeftToRight()
	if err != nil {
		t.Fatal(err)
	}
	return p
}
