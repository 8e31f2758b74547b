// Package testparser lets tests that run the whole NLP pipeline choose its
// parser, so that the readers of the trees (quote, event) can be measured under
// a parser sitrep does not ship as the default. SITREP_PARSER=ensemble gives
// parse.LoadEnsemble; unset or "single" gives nlp.Default (parse.Load's
// left-to-right parser); "file:PATH" or "file:PATH:WIDTH" gives a parser model
// written by trainparse, searching with a beam of WIDTH (default 1, greedy),
// so that a candidate model can be measured before it ships. The committed
// default does not change: only tests read the variable.
package testparser

import (
	"fmt"
	"os"
	"strconv"
	"strings"
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
		if rest, ok := strings.CutPrefix(v, "file:"); ok {
			return fromFile(rest)
		}
		return nil, fmt.Errorf("%s=%q: want single, ensemble or file:PATH[:WIDTH]", Env, v)
	}
}

var (
	fileMu    sync.Mutex
	filePipes = map[string]*nlp.Pipeline{}
)

// fromFile loads the pipeline with the parser model named by spec
// (PATH[:WIDTH]) once per process.
func fromFile(spec string) (*nlp.Pipeline, error) {
	fileMu.Lock()
	defer fileMu.Unlock()
	if p := filePipes[spec]; p != nil {
		return p, nil
	}
	path, width := spec, 1
	if i := strings.LastIndexByte(spec, ':'); i >= 0 {
		w, err := strconv.Atoi(spec[i+1:])
		if err != nil || w < 1 {
			return nil, fmt.Errorf("%s: beam width %q: want a positive number", Env, spec[i+1:])
		}
		path, width = spec[:i], w
	}
	p, err := parse.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", Env, err)
	}
	t, err := tag.Load()
	if err != nil {
		return nil, fmt.Errorf("load tagger: %w", err)
	}
	r, err := ner.Load()
	if err != nil {
		return nil, fmt.Errorf("load named-entity model: %w", err)
	}
	pipe := nlp.New(t, p.WithBeam(width), r)
	filePipes[spec] = pipe
	return pipe, nil
}
