package parse

import (
	"bytes"
	"context"
	"log/slog"
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

// shippedGreedy is the shipped model searched greedily, whatever width Load
// gives it (ShippedBeam): the tests of the greedy machinery compare it with the
// beam of one and with refParser, which are greedy.
func shippedGreedy(t testing.TB) *Parser {
	t.Helper()
	return shipped(t).WithBeam(1)
}

// trainSaved trains on ss with cfg twice, checking each time that the parser fits
// its own training sentences (UAS 80, LAS 78: the perceptron's average over so few
// updates does not fit every word) and that the two saved models are the same
// bytes; it returns the saved bytes, the trained parser and the model read back.
func trainSaved(t *testing.T, name string, ss []*conllu.Sentence, cfg TrainConfig) ([]byte, *Parser, *Parser) {
	t.Helper()
	var trained *Parser
	train := func() []byte {
		p, err := trainOn(context.Background(), ss, ss, cfg, slog.New(slog.DiscardHandler))
		if err != nil {
			t.Fatal(err)
		}
		if uas, las := Evaluate(p, ss, true); uas < 80 || las < 78 {
			t.Errorf("%s: training sentences: UAS %.2f LAS %.2f, want at least 80 and 78", name, uas, las)
		}
		trained = p
		var b bytes.Buffer
		if err := p.Save(&b); err != nil {
			t.Fatal(err)
		}
		return b.Bytes()
	}
	b := train()
	if !bytes.Equal(b, train()) {
		t.Errorf("%s: two trainings with the same seed differ", name)
	}
	p, err := Read(bytes.NewReader(b))
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return b, trained, p
}
