// Command nertrain rebuilds the recogniser's shipped model:
//
//	go run ./nlp/ner/internal/nertrain -data ../shared/data -out nlp/ner/model/ner.bin.gz
//
// `sitrep train nlp` does the same for all NLP models; this is the package's own
// way to refresh its model while working on it.
package main

import (
	"context"
	"flag"
	"fmt"
	"log/slog"
	"os"

	"github.com/sitrep-dev/sitrep/nlp/ner"
)

func main() {
	data := flag.String("data", "", "the shared data directory ($SITREP_SHARED/data)")
	out := flag.String("out", "nlp/ner/model/ner.bin.gz", "where to write the model")
	flag.Parse()
	if err := run(*data, *out); err != nil {
		fmt.Fprintln(os.Stderr, "nertrain:", err)
		os.Exit(1)
	}
}

func run(data, out string) error {
	if data == "" {
		return fmt.Errorf("-data is required")
	}
	log := slog.New(slog.NewTextHandler(os.Stderr, nil))
	r, err := ner.Train(context.Background(), data, log)
	if err != nil {
		return err
	}
	f, err := os.Create(out)
	if err != nil {
		return err
	}
	if err := r.Save(f); err != nil {
		f.Close()
		return err
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("write %s: %w", out, err)
	}
	st, err := os.Stat(out)
	if err != nil {
		return err
	}
	log.Info("model written", "path", out, "bytes", st.Size())
	return nil
}
