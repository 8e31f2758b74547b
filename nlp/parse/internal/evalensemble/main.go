// Command evalensemble scores the right-to-left parser alone and the ensemble of
// the left-to-right and right-to-left parsers (see nlp/parse/ensemble.go) on
// CoNLL-U files with gold tokenization, with gold tags and with tags from
// nlp/tag, for a grid of soft-vote weights. The ensemble's vote weights are
// measured on the -dev file (EWT dev): tune on dev, and score test once.
//
//	go run ./nlp/parse/internal/evalensemble -r2l /tmp/r2l.gz -dev $SITREP_SHARED/data/ud-ewt/en_ewt-ud-dev.conllu $SITREP_SHARED/data/ud-ewt/en_ewt-ud-dev.conllu
package main

import (
	"flag"
	"fmt"
	"log/slog"
	"os"
	"strconv"
	"strings"

	"github.com/sitrep-dev/sitrep/nlp/conllu"
	"github.com/sitrep-dev/sitrep/nlp/parse"
)

func main() {
	model := flag.String("model", "", "left-to-right parser model (default: the shipped one)")
	r2l := flag.String("r2l", "", "right-to-left parser model")
	dev := flag.String("dev", "", "CoNLL-U file the vote weights are measured on (EWT dev)")
	soft := flag.String("soft", "0", "soft-vote weights to score (comma-separated)")
	temp := flag.Float64("temp", 1, "soft-vote softmax temperature")
	single := flag.Bool("single", true, "also score each parser alone")
	flag.Parse()
	if err := run(*model, *r2l, *dev, *soft, float32(*temp), *single, flag.Args()); err != nil {
		slog.Error("evalensemble", "err", err)
		os.Exit(1)
	}
}

func run(model, r2lPath, devPath, softs string, temp float32, single bool, files []string) error {
	l2r, err := load(model)
	if err != nil {
		return err
	}
	r2l, err := load(r2lPath)
	if err != nil {
		return err
	}
	dev, err := read(devPath)
	if err != nil {
		return err
	}
	w := parse.EnsembleWeights(l2r, r2l, dev)
	fmt.Printf("vote weights (l2r, r2l): %v\n%v\n", w[0], w[1])
	for _, path := range files {
		gold, err := read(path)
		if err != nil {
			return err
		}
		score := func(name string, p *parse.Parser) {
			uas, las := parse.Evaluate(p, gold, true)
			puas, plas := parse.Evaluate(p, gold, false)
			fmt.Printf("%s %s: gold tags UAS %.2f LAS %.2f; predicted tags UAS %.2f LAS %.2f\n", path, name, uas, las, puas, plas)
		}
		if single {
			score("l2r", l2r)
			score("r2l", parse.Reversed(r2l))
		}
		for _, s := range strings.Split(softs, ",") {
			v, err := strconv.ParseFloat(s, 32)
			if err != nil {
				return fmt.Errorf("soft weight %q: %w", s, err)
			}
			cfg := parse.DefaultEnsembleConfig()
			cfg.Soft, cfg.Temp = float32(v), temp
			e, err := parse.NewEnsemble(l2r, r2l, w, cfg)
			if err != nil {
				return err
			}
			score(fmt.Sprintf("ensemble soft %g temp %g", v, temp), e)
		}
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

func read(path string) ([]*conllu.Sentence, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	defer f.Close()
	ss, err := conllu.ReadAll(f)
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	return ss, nil
}
