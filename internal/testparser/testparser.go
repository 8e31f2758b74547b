// Package testparser lets tests that run the whole NLP pipeline choose its
// parser, so that the readers of the trees (quote, event) can be measured under
// a parser sitrep does not ship as the default. SITREP_PARSER=ensemble gives
// parse.LoadEnsemble; unset or "single" gives nlp.Default (parse.Load's
// left-to-right parser). The committed default does not change: only tests read
// the variable.
package testparser

import (
	"fmt"
	"os"
	"sync"

	"github.com/sitrep-dev/sitrep/nlp"
	"github.com/sitrep-dev/sitrep/nlp/ner"
	"github.com/sitrep-dev/sitrep/nlp/parse"
	"github.com/sitrep-dev/sitrep/nlp/tag"
)

// Env is the environment variable that names the parser.
const Env = "SITREP_PARSER"

var ensemble = sync.OnceValues(func() (*nlp.Pipeline, error) {
	t, err := tag.Load()
	if err != nil {
		return nil, fmt.Errorf("load tagger: %w", err)
	}
	p, err := parse.LoadEnsemble()
	if err != nil {
		return nil, fmt.Errorf("load parser ensemble: %w", err)
	}
	r, err := ner.Load()
	if err != nil {
		return nil, fmt.Errorf("load named-entity model: %w", err)
	}
	return nlp.New(t, p, r), nil
})

// Pipeline returns the pipeline with the parser SITREP_PARSER names.
func Pipeline() (*nlp.Pipeline, error) {
	switch v := os.Getenv(Env); v {
	case "", "single":
		return nlp.Default()
	case "ensemble":
		return ensemble()
	default:
		return nil, fmt.Errorf("%s=%q: want single or ensemble", Env, v)
	}
}
