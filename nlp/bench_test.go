package nlp

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/sitrep-dev/sitrep"
	"github.com/sitrep-dev/sitrep/ingest"
	"github.com/sitrep-dev/sitrep/internal/cputime"
	"github.com/sitrep-dev/sitrep/internal/testshared"
	"github.com/sitrep-dev/sitrep/nlp/ner"
	"github.com/sitrep-dev/sitrep/nlp/parse"
	"github.com/sitrep-dev/sitrep/nlp/tag"
)

// BenchmarkBackbone measures the NLP backbone alone — tokenize, split, tag,
// lemmatize, parse, recognise entities — over the clean text of 200 FA-KES
// articles on one goroutine, the figure issue 3's speed bar (25,000 tokens a
// second on one core) is about. "left-to-right" is the shipped parser,
// "ensemble" the four parsers and a reparse (parse.LoadEnsemble), and
// "left-to-right-no-threshold" the shipped parser searching its whole beam at
// every step (Parser.WithThreshold(0)), measured in the same run so that
// their ratios hold whatever else the machine is doing.
//
// SITREP_BENCH_PARSER=FILE[:W1,W2...] adds the parser model FILE (as trainparse
// writes it) with beams of the widths given (default 1), to compare a candidate
// model with the shipped one in the same run.
func BenchmarkBackbone(b *testing.B) {
	dir := testshared.Dir(b)
	items, err := ingest.ReadAll(context.Background(), filepath.Join(dir, "data", "corpora", "fakes_syria", "fakes.csv"), ingest.Options{})
	if err != nil {
		b.Fatal(err)
	}
	var docs []*sitrep.Document
	for _, it := range items {
		if it.Doc != nil && it.Doc.Status == sitrep.StatusOK {
			docs = append(docs, it.Doc)
		}
	}
	if len(docs) > 200 {
		docs = docs[:200]
	}
	t, err := tag.Load()
	if err != nil {
		b.Fatal(err)
	}
	r, err := ner.Load()
	if err != nil {
		b.Fatal(err)
	}
	cases := []struct {
		name string
		load func() (*parse.Parser, error)
	}{
		{"ensemble", parse.LoadEnsemble},
		{"left-to-right", parse.Load},
		{"left-to-right-no-threshold", func() (*parse.Parser, error) {
			p, err := parse.Load()
			if err != nil {
				return nil, err
			}
			return p.WithThreshold(0), nil
		}},
	}
	if spec := os.Getenv("SITREP_BENCH_PARSER"); spec != "" {
		file, widths, _ := strings.Cut(spec, ":")
		if widths == "" {
			widths = "1"
		}
		for _, ws := range strings.Split(widths, ",") {
			w, err := strconv.Atoi(ws)
			if err != nil {
				b.Fatalf("SITREP_BENCH_PARSER: width %q: %v", ws, err)
			}
			cases = append(cases, struct {
				name string
				load func() (*parse.Parser, error)
			}{fmt.Sprintf("%s-beam%d", filepath.Base(file), w), func() (*parse.Parser, error) {
				f, err := os.Open(file)
				if err != nil {
					return nil, err
				}
				defer f.Close()
				p, err := parse.Read(f)
				if err != nil {
					return nil, err
				}
				return p.WithBeam(w), nil
			}})
		}
	}
	for _, c := range cases {
		p, err := c.load()
		if err != nil {
			b.Fatal(err)
		}
		pipe := New(t, p, r)
		b.Run(c.name, func(b *testing.B) {
			var toks int
			cpu0 := cputime.Used()
			for b.Loop() {
				for _, d := range docs {
					for _, s := range pipe.AnalyzeDocument(d) {
						toks += len(s.Tokens)
					}
				}
			}
			cpu := (cputime.Used() - cpu0).Seconds()
			b.ReportMetric(float64(toks)/b.Elapsed().Seconds(), "tokens/s")
			if cpu > 0 {
				b.ReportMetric(float64(toks)/cpu, "tokens/cpu-s")
			}
		})
	}
}
