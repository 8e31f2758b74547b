package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/sitrep-dev/sitrep"
	"github.com/sitrep-dev/sitrep/eval"
	"github.com/sitrep-dev/sitrep/internal/gum"
	"github.com/sitrep-dev/sitrep/nlp"
	"github.com/sitrep-dev/sitrep/nlp/conllu"
	"github.com/sitrep-dev/sitrep/nlp/ner"
	"github.com/sitrep-dev/sitrep/nlp/parse"
	"github.com/sitrep-dev/sitrep/nlp/tag"
)

// openInput opens a file argument, "-" meaning standard input.
func openInput(name string) (io.ReadCloser, error) {
	if name == "-" {
		return io.NopCloser(os.Stdin), nil
	}
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	return f, nil
}

func (a *app) parseCommand() *cobra.Command {
	var inFormat, format, parser string
	cmd := &cobra.Command{
		Use:   "parse [--input-format conllu|text] --format conllu FILE",
		Short: "Tag and parse sentences with the NLP backbone, writing CoNLL-U",
		Long: `Run the tokenizer, sentence splitter, tagger, lemmatizer and dependency parser.

With --input-format conllu, FILE's tokens and sentence boundaries are kept and its
annotations ignored; the output has predicted UPOS, XPOS, LEMMA, HEAD and DEPREL on
the same words, so ../shared/eval/conllu_score.py can compare it with FILE.
With --input-format text (the default), FILE is raw text: paragraphs are separated
by blank lines and sitrep's own tokenizer and splitter are used.

--parser ensemble parses with four parsers (left to right and right to left, each
also in the greedy form its training started from) combined by reparsing: about
one point more accurate on UD EWT, a third as fast, and not what the rest of
sitrep uses (see nlp/parse's documentation).`,
		Example: `  sitrep parse --input-format conllu --format conllu ../shared/data/ud-ewt/en_ewt-ud-test.conllu > pred.conllu
  python3 ../shared/eval/conllu_score.py ../shared/data/ud-ewt/en_ewt-ud-test.conllu pred.conllu
  echo "Syrian forces seized 15 weapon sites." | sitrep parse --format conllu -`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := validFormat(inFormat, "conllu", "text"); err != nil {
				return err
			}
			if err := validFormat(format, "conllu"); err != nil {
				return err
			}
			if err := validFormat(parser, "single", "ensemble"); err != nil {
				return err
			}
			p, err := nlp.Default()
			if err != nil {
				return err
			}
			if parser == "ensemble" {
				ens, err := parse.LoadEnsemble()
				if err != nil {
					return err
				}
				p = nlp.New(p.Tagger(), ens, p.Recognizer())
			}
			in, err := openInput(args[0])
			if err != nil {
				return err
			}
			defer in.Close()
			w := bufio.NewWriter(a.stdout)
			defer w.Flush()
			if inFormat == "conllu" {
				rd := conllu.NewReader(in)
				for {
					s, err := rd.Read()
					if err == io.EOF {
						return nil
					}
					if err != nil {
						return fmt.Errorf("%s: %w", args[0], err)
					}
					if err := conllu.Write(w, p.AnnotateCoNLLU(s)); err != nil {
						return err
					}
				}
			}
			raw, err := io.ReadAll(in)
			if err != nil {
				return fmt.Errorf("read %s: %w", args[0], err)
			}
			text := string(raw)
			for _, s := range nlp.CoNLLU(text, p.Analyze(text, paragraphs(text)), "") {
				if err := conllu.Write(w, s); err != nil {
					return err
				}
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&inFormat, "input-format", "text", "input format: conllu or text")
	cmd.Flags().StringVar(&format, "format", "conllu", "output format: conllu")
	cmd.Flags().StringVar(&parser, "parser", "single", "dependency parser: single (left to right, what sitrep uses) or ensemble")
	return cmd
}

// paragraphs splits raw text at blank lines.
func paragraphs(text string) []sitrep.Paragraph {
	var out []sitrep.Paragraph
	start := 0
	flush := func(end int) {
		s, e := start, end
		for s < e && strings.ContainsRune(" \t\r\n", rune(text[s])) {
			s++
		}
		for e > s && strings.ContainsRune(" \t\r\n", rune(text[e-1])) {
			e--
		}
		if e > s {
			out = append(out, sitrep.Paragraph{Span: sitrep.Span{Start: s, End: e}})
		}
	}
	for i := 0; i < len(text); {
		j := strings.Index(text[i:], "\n")
		if j < 0 {
			break
		}
		lineEnd := i + j
		next := lineEnd + 1
		if k := strings.IndexByte(text[next:], '\n'); k >= 0 && strings.TrimSpace(text[next:next+k]) == "" {
			flush(lineEnd)
			start = next + k + 1
			i = start
			continue
		}
		i = next
	}
	flush(len(text))
	return out
}

func (a *app) nerCommand() *cobra.Command {
	var inFormat, format string
	cmd := &cobra.Command{
		Use:   "ner [--input-format iob2|text] [--format iob2|jsonl] FILE",
		Short: "Find named entities (PER, ORG, LOC)",
		Long: `Run the named-entity recogniser.

With --input-format iob2, FILE is a Universal NER file: its tokens, sentences and
other columns are kept and the predicted IOB2 tags are written in the third
column, so ../shared/eval/iob2_score.py can compare it with FILE. With
--input-format text, FILE is raw text and each entity is printed as JSON.`,
		Example: `  sitrep ner --input-format iob2 --format iob2 ../shared/data/uner/ewt/en_ewt-ud-test.iob2 > pred.iob2
  python3 ../shared/eval/iob2_score.py ../shared/data/uner/ewt/en_ewt-ud-test.iob2 pred.iob2`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := validFormat(inFormat, "iob2", "text"); err != nil {
				return err
			}
			if err := validFormat(format, "iob2", "jsonl"); err != nil {
				return err
			}
			p, err := nlp.Default()
			if err != nil {
				return err
			}
			in, err := openInput(args[0])
			if err != nil {
				return err
			}
			defer in.Close()
			w := bufio.NewWriter(a.stdout)
			defer w.Flush()
			if inFormat == "iob2" {
				sents, err := ner.ReadIOB2(in)
				if err != nil {
					return fmt.Errorf("%s: %w", args[0], err)
				}
				tags := predictIOB2(p, sents)
				if format == "jsonl" {
					for i, s := range sents {
						if err := writeJSONL(w, ner.Spans(tags[i], s.Tokens)); err != nil {
							return err
						}
					}
					return nil
				}
				return ner.WriteIOB2(w, sents, tags)
			}
			raw, err := io.ReadAll(in)
			if err != nil {
				return fmt.Errorf("read %s: %w", args[0], err)
			}
			text := string(raw)
			for _, s := range p.Analyze(text, paragraphs(text)) {
				if format == "iob2" {
					if err := ner.WriteIOB2(w, []ner.IOB2Sentence{{Tokens: s.Tokens}}, [][]string{ner.Tags(s.Entities, len(s.Tokens))}); err != nil {
						return err
					}
					continue
				}
				if err := writeJSONL(w, s.Entities); err != nil {
					return err
				}
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&inFormat, "input-format", "text", "input format: iob2 or text")
	cmd.Flags().StringVar(&format, "format", "iob2", "output format: iob2 or jsonl")
	return cmd
}

// predictIOB2 tags each sentence (the recogniser uses part-of-speech features) and
// returns its predicted IOB2 tags.
func predictIOB2(p *nlp.Pipeline, sents []ner.IOB2Sentence) [][]string {
	tags := make([][]string, len(sents))
	for i := range sents {
		toks := make([]sitrep.Token, len(sents[i].Tokens))
		copy(toks, sents[i].Tokens)
		if len(toks) > 0 {
			p.Tagger().Tag(toks)
		}
		tags[i] = ner.Tags(p.Recognizer().Recognize(toks), len(toks))
	}
	return tags
}

func (a *app) trainCommand() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "train",
		Short: "Rebuild the shipped models",
		Long:  `Rebuild sitrep's trained models from the data in ../shared/data.`,
	}
	var data, out string
	nlpCmd := &cobra.Command{
		Use:   "nlp --data DIR --out DIR",
		Short: "Retrain the tagger, parser and named-entity models",
		Long: `Train the POS tagger and lemmatizer, the dependency parser and the named-entity
recogniser from the treebanks under DIR (../shared/data), deterministically, and
write tagger.gz, parser.gz, parser-r2l.gz, parser-greedy.gz, parser-r2l-greedy.gz,
ensemble.txt and ner.bin.gz into --out. The two parsers (left to right, and right
to left for the ensemble) are trained greedily and then globally over a beam
(parse.ShippedTrainConfig), one on each core, the longest step; their greedy
stages are the ensemble's other two members. To ship them, copy them over
nlp/tag/model/, nlp/parse/model/ (the four parsers and the ensemble's weights)
and nlp/ner/model/ and rebuild.`,
		Example: `  sitrep train nlp --data ../shared/data --out /tmp/models`,
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if data == "" || out == "" {
				return usageErrorf("--data and --out are required")
			}
			if err := os.MkdirAll(out, 0o755); err != nil {
				return err
			}
			return trainNLP(cmd.Context(), data, out, a.log)
		},
	}
	nlpCmd.Flags().StringVar(&data, "data", "", "the shared data folder (with ud-ewt/, gum/, uner/)")
	nlpCmd.Flags().StringVar(&out, "out", "", "folder to write the models into")
	cmd.AddCommand(nlpCmd)
	return cmd
}

type saver interface{ Save(io.Writer) error }

func trainNLP(ctx context.Context, data, out string, log *slog.Logger) error {
	// Four parsers ship: the left-to-right one sitrep uses, a right-to-left
	// one, and the greedy models both started their global training from;
	// with vote weights measured on EWT dev they make the ensemble
	// (parse.LoadEnsemble). parse.TrainPair trains the two at once, one on each
	// core, and keeps their greedy stages.
	var parsers *parse.Pair
	steps := []struct {
		name, file string
		train      func() (saver, error)
	}{
		{"tagger", "tagger.gz", func() (saver, error) { return tag.Train(ctx, data, log) }},
		{"parser", "parser.gz", func() (saver, error) {
			var err error
			if parsers, err = parse.TrainPair(ctx, data, log); err != nil {
				return nil, err
			}
			return parsers.L2R, nil
		}},
		{"right-to-left parser", "parser-r2l.gz", func() (saver, error) { return parsers.R2L, nil }},
		{"greedy left-to-right parser", "parser-greedy.gz", func() (saver, error) { return parsers.GreedyL2R, nil }},
		{"greedy right-to-left parser", "parser-r2l-greedy.gz", func() (saver, error) { return parsers.GreedyR2L, nil }},
		{"parser ensemble weights", "ensemble.txt", func() (saver, error) { return parse.TrainEnsemble(data, parsers) }},
		{"named entities", "ner.bin.gz", func() (saver, error) { return ner.Train(ctx, data, log) }},
	}
	for _, st := range steps {
		start := time.Now()
		m, err := st.train()
		if err != nil {
			return fmt.Errorf("train %s: %w", st.name, err)
		}
		path := filepath.Join(out, st.file)
		f, err := os.Create(path)
		if err != nil {
			return err
		}
		if err := m.Save(f); err != nil {
			f.Close()
			return fmt.Errorf("save %s: %w", path, err)
		}
		if err := f.Close(); err != nil {
			return err
		}
		log.Info("trained", "model", st.name, "file", path, "elapsed", time.Since(start).Round(time.Second))
	}
	return nil
}

func (a *app) evalCommand() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "eval",
		Short: "Score sitrep against gold sets",
		Long:  `Score the NLP backbone or the event coder against gold sets.`,
	}
	var data string
	nlpCmd := &cobra.Command{
		Use:   "nlp [--data DIR]",
		Short: "UPOS, XPOS, LEMMA, UAS, LAS on UD EWT and GUM test and NER F1 on UNER EWT and PUD test",
		Long: `Evaluate the shipped NLP models on the held-out test sets: UD English EWT test
with gold tokenization (UPOS, XPOS, LEMMA, UAS, LAS) and from raw text, GUM's test
documents (other genres, news among them) with gold tokenization, and Universal NER
English EWT and PUD test (exact-span precision, recall and F1 over PER, ORG and
LOC). Each line names the equivalent command with the shared scorers.`,
		Example: `  sitrep eval nlp --data ../shared/data`,
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if data == "" {
				if s := os.Getenv("SITREP_SHARED"); s != "" {
					data = filepath.Join(s, "data")
				} else {
					return usageErrorf("--data is required (or set SITREP_SHARED)")
				}
			}
			return a.evalNLP(data)
		},
	}
	nlpCmd.Flags().StringVar(&data, "data", "", "the shared data folder (default $SITREP_SHARED/data)")
	cmd.AddCommand(nlpCmd, a.evalEventsCommand(), a.evalPETRCommand())
	return cmd
}

// rawScores analyses the documents of gold as raw text with p and scores
// them against it (eval.RawCounts).
func rawScores(p *nlp.Pipeline, gold []*conllu.Sentence) eval.RawScores {
	var raw eval.RawCounts
	for _, d := range eval.RawDocuments(gold) {
		paras := make([]sitrep.Paragraph, len(d.Paragraphs))
		for i, sp := range d.Paragraphs {
			paras[i] = sitrep.Paragraph{Span: sp}
		}
		raw.Add(d, p.Analyze(d.Text, paras))
	}
	return raw.Scores()
}

func (a *app) evalNLP(data string) error {
	p, err := nlp.Default()
	if err != nil {
		return err
	}
	ud := filepath.Join(data, "ud-ewt", "en_ewt-ud-test.conllu")
	gold, err := conllu.ReadFile(ud)
	if err != nil {
		return err
	}
	syn, elapsed, err := annotateScored(p, gold)
	if err != nil {
		return err
	}
	fmt.Fprintf(a.stdout, "UD EWT test, gold tokenization: %s (%.0f words/s tag+parse)\n", syn, float64(syn.Words)/elapsed.Seconds())
	fmt.Fprintf(a.stdout, "  = sitrep parse --input-format conllu --format conllu %s > pred.conllu; python3 ../shared/eval/conllu_score.py %s pred.conllu\n", ud, ud)

	// The ensemble, an option of sitrep parse: same tags, four parsers.
	ens, err := parse.LoadEnsemble()
	if err != nil {
		return err
	}
	pe := nlp.New(p.Tagger(), ens, p.Recognizer())
	if syn, elapsed, err = annotateScored(pe, gold); err != nil {
		return err
	}
	fmt.Fprintf(a.stdout, "UD EWT test, gold tokenization, --parser ensemble: %s (%.0f words/s tag+parse)\n", syn, float64(syn.Words)/elapsed.Seconds())
	fmt.Fprintf(a.stdout, "  = sitrep parse --parser ensemble --input-format conllu --format conllu %s > pred.conllu; python3 ../shared/eval/conllu_score.py %s pred.conllu\n", ud, ud)

	// End to end: the treebank's documents as raw text, through sitrep's own
	// tokenizer and sentence splitter, scored as F1 like the CoNLL 2018 shared task.
	fmt.Fprintf(a.stdout, "UD EWT test, raw text: %s\n", rawScores(p, gold))
	fmt.Fprintf(a.stdout, "UD EWT test, raw text, --parser ensemble: %s\n", rawScores(pe, gold))
	fmt.Fprintf(a.stdout, "  = the documents rebuilt from each sentence's \"# text\" (paragraphs at \"# newpar\"), words aligned by character span\n")
	if err := a.evalGUM(p, data); err != nil {
		return err
	}

	for _, set := range []struct{ name, path string }{
		{"UNER EWT test", filepath.Join(data, "uner", "ewt", "en_ewt-ud-test.iob2")},
		{"UNER PUD test", filepath.Join(data, "uner", "pud", "en_pud-ud-test.iob2")},
	} {
		f, err := os.Open(set.path)
		if err != nil {
			return err
		}
		sents, err := ner.ReadIOB2(f)
		f.Close()
		if err != nil {
			return fmt.Errorf("%s: %w", set.path, err)
		}
		predTags := predictIOB2(p, sents)
		goldTags := make([][]string, len(sents))
		for i, s := range sents {
			goldTags[i] = s.Tags
		}
		all, per := ner.ScoreTags(goldTags, predTags)
		fmt.Fprintf(a.stdout, "%s, NER exact span: %s", set.name, prf(all))
		for _, typ := range []string{"PER", "ORG", "LOC"} {
			fmt.Fprintf(a.stdout, " | %s %s", typ, prf(per[typ]))
		}
		fmt.Fprintf(a.stdout, "\n  = sitrep ner --input-format iob2 --format iob2 %s > pred.iob2; python3 ../shared/eval/iob2_score.py %s pred.iob2\n", set.path, set.path)
	}
	return nil
}

// evalGUM scores tagging and parsing on GUM's test documents, which no model
// trains on: other genres than EWT's web text, and news among them, the genre
// sitrep reads.
func (a *app) evalGUM(p *nlp.Pipeline, data string) error {
	listed, err := gum.Split(data, "test")
	if err != nil {
		return err
	}
	docs := gum.Present(data, listed)
	var news []string
	for _, d := range docs {
		if strings.HasPrefix(d, "GUM_news_") {
			news = append(news, d)
		}
	}
	for _, set := range []struct {
		name string
		docs []string
	}{{"UD GUM test", docs}, {"UD GUM test, news", news}} {
		gold, err := gum.Read(data, set.docs)
		if err != nil {
			return err
		}
		syn, _, err := annotateScored(p, gold)
		if err != nil {
			return err
		}
		fmt.Fprintf(a.stdout, "%s (%d documents), gold tokenization: %s\n", set.name, len(set.docs), syn)
	}
	fmt.Fprintf(a.stdout, "  = the %d documents of the %d listed under \"## test\" in %s that the shared copy holds, each scored as the EWT line says\n", len(docs), len(listed), filepath.Join(data, "gum", "splits.md"))
	return nil
}

// annotateScored tags and parses the words of gold with p, as sitrep parse
// --input-format conllu does, and scores the result against gold; elapsed is
// the time the annotation took.
func annotateScored(p *nlp.Pipeline, gold []*conllu.Sentence) (syn eval.Syntax, elapsed time.Duration, err error) {
	start := time.Now()
	pred := make([]*conllu.Sentence, len(gold))
	for i, s := range gold {
		pred[i] = p.AnnotateCoNLLU(s)
	}
	elapsed = time.Since(start)
	syn, err = eval.CoNLLU(gold, pred)
	return syn, elapsed, err
}

func prf(s ner.Score) string {
	return fmt.Sprintf("P %.1f R %.1f F1 %.1f", s.P*100, s.R*100, s.F1*100)
}
