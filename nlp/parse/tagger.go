package parse

import (
	"log/slog"

	"github.com/sitrep-dev/sitrep"
	"github.com/sitrep-dev/sitrep/nlp/tag"
)

// tagTokens tags toks with the shipped nlp/tag model for evaluation with
// predicted tags. Evaluate has no error to return, so a tagger that fails to load
// (a broken build, not bad input) is logged and the words stay untagged, which
// the scores then show.
func tagTokens(toks []sitrep.Token) {
	t, err := tag.Load()
	if err != nil {
		slog.Error("parse: evaluating without tags", "err", err)
		return
	}
	t.Tag(toks)
}
