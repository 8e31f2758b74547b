// Command evalparse scores a parser model on CoNLL-U files with gold
// tokenization, with gold tags and with tags from nlp/tag, so that a retrained
// model can be compared with the shipped one before it replaces it.
//
//	go run ./nlp/parse/internal/evalparse -model nlp/parse/model/parser.gz -beam 4 $SITREP_SHARED/data/ud-ewt/en_ewt-ud-dev.conllu
//
// Beams are searched with parse.ShippedThreshold unless -threshold says
// otherwise (0: none); a model trained with another configuration may want
// its own.
package main

import (
	"flag"
	"fmt"
	"log/slog"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/sitrep-dev/sitrep/nlp/conllu"
	"github.com/sitrep-dev/sitrep/nlp/parse"
)

func main() {
	model := flag.String("model", "", "parser model (default: the shipped one)")
	beams := flag.String("beam", "1", "comma-separated beam widths to score (1: greedy)")
	threshold := flag.Float64("threshold", parse.ShippedThreshold, "beam threshold (Parser.WithThreshold; 0: none, the full width at every step)")
	flag.Parse()
	var widths []int
	for _, b := range strings.Split(*beams, ",") {
		w, err := strconv.Atoi(strings.TrimSpace(b))
		if err != nil || w < 1 {
			slog.Error("evalparse", "beam", b, "err", "want a positive width")
			os.Exit(2)
		}
		widths = append(widths, w)
	}
	if err := run(*model, widths, float32(*threshold), flag.Args()); err != nil {
		slog.Error("evalparse", "err", err)
		os.Exit(1)
	}
}

func run(model string, widths []int, threshold float32, files []string) error {
	base, err := load(model)
	if err != nil {
		return err
	}
	for _, path := range files {
		gold, err := read(path)
		if err != nil {
			return err
		}
		for _, w := range widths {
			p := base.WithBeam(w).WithThreshold(threshold)
			start := time.Now()
			uas, las := parse.Evaluate(p, gold, true)
			took := time.Since(start)
			puas, plas := parse.Evaluate(p, gold, false)
			fmt.Printf("%s: beam %d threshold %g: gold tags UAS %.2f LAS %.2f; predicted tags UAS %.2f LAS %.2f (gold-tag pass %s)\n",
				path, w, threshold, uas, las, puas, plas, took.Round(time.Millisecond))
		}
	}
	return nil
}

func load(path string) (*parse.Parser, error) {
	if path == "" {
		return parse.Load()
	}
	return parse.ReadFile(path)
}

func read(path string) ([]*conllu.Sentence, error) { return conllu.ReadFile(path) }
