package event

import (
	"testing"

	"github.com/sitrep-dev/sitrep"
)

// TestNewParserTrees codes newparse.conllu, trees in the shapes a more accurate
// parser (the GloVe-class tagger and parser of nlp/parse's doc) gives where the
// shipped one gave others: each rule the coder reads them with must code them as
// it codes the shipped parser's trees, and the same sentences parsed the shipped
// way (the fixture's control cases) must not change. See "A better parser" in
// NOTES.md.
func TestNewParserTrees(t *testing.T) {
	codeWithPlaces(t, "testdata/newparse.conllu", func(p sitrep.Place) bool { return p.Name == "Syria" })
}
