// Command evalparse scores a parser model on CoNLL-U files with gold
// tokenization, with gold tags and with tags from nlp/tag, so that a retrained
// model can be compared with the shipped one before it replaces it.
//
//	go run ./nlp/parse/internal/evalparse -model nlp/parse/model/parser.gz $SITREP_SHARED/data/ud-ewt/en_ewt-ud-dev.conllu
package main

import (
	"flag"
	"fmt"
	"log/slog"
	"os"

	"github.com/sitrep-dev/sitrep/nlp/conllu"
	"github.com/sitrep-dev/sitrep/nlp/parse"
)

func main() {
	model := flag.String("model", "", "parser model (default: the shipped one)")
	flag.Parse()
	if err := run(*model, flag.Args()); err != nil {
		slog.Error("evalparse", "err", err)
		os.Exit(1)
	}
}

func run(model string, files []string) error {
	p, err := load(model)
	if err != nil {
		return err
	}
	for _, path := range files {
		gold, err := read(path)
		if err != nil {
			return err
		}
		uas, las := parse.Evaluate(p, gold, true)
		puas, plas := parse.Evaluate(p, gold, false)
		fmt.Printf("%s: gold tags UAS %.2f LAS %.2f; predicted tags UAS %.2f LAS %.2f\n", path, uas, las, puas, plas)
	}
	return nil
}

func load(path string) (*parse.Parser, error) {
	if path == "" {
		return parse.Load()
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("read model: %w", err)
	}
	defer f.Close()
	p, err := parse.Read(f)
	if err != nil {
		return nil, fmt.Errorf("read model %s: %w", path, err)
	}
	return p, nil
}

func read(path string) ([]*conllu.Sentence, error) { return conllu.ReadFile(path) }
