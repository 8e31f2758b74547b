// Command train trains the tagger and writes the model that package tag embeds:
//
//	go run ./nlp/tag/internal/train -data $SITREP_SHARED/data -out nlp/tag/model/tagger.gz
package main

import (
	"context"
	"flag"
	"fmt"
	"log/slog"
	"os"

	"github.com/sitrep-dev/sitrep/nlp/tag"
)

func main() {
	data := flag.String("data", "", "the shared data directory ($SITREP_SHARED/data)")
	out := flag.String("out", "nlp/tag/model/tagger.gz", "where to write the model")
	flag.Parse()
	log := slog.New(slog.NewTextHandler(os.Stderr, nil))
	if err := run(*data, *out, log); err != nil {
		log.Error("train tagger", "err", err)
		os.Exit(1)
	}
}

func run(data, out string, log *slog.Logger) error {
	if data == "" {
		return fmt.Errorf("-data is required")
	}
	t, err := tag.Train(context.Background(), data, log)
	if err != nil {
		return err
	}
	f, err := os.Create(out)
	if err != nil {
		return err
	}
	if err := t.Save(f); err != nil {
		f.Close()
		return fmt.Errorf("write %s: %w", out, err)
	}
	return f.Close()
}
