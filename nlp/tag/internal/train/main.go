// Command train trains the tagger and writes the model that package tag embeds:
//
//	go run ./nlp/tag/internal/train -data $SITREP_SHARED/data -out nlp/tag/model/tagger.gz
//
// Experiments (NOTES.md) vary the settings with -ensemble, -mincount, -folds, -gumdev
// and -wordclass (the word-cluster and context experiments ran at commit
// 3a10da4, whose command had -clusters, -cluster-nodev and -context; the
// rare-word and first-pass word-class settings at b6230c2, whose -wordclass
// took all, rare or first). With -model it trains nothing: it reads that model
// and, with -tag, writes the words of a CoNLL-U file with the model's UPOS, XPOS
// and lemmas in place of the gold ones (so that evalparse's "gold tags" figure on
// the output is the parser's figure with this tagger's tags), and prints the
// tagger's accuracy on it.
package main

import (
	"bufio"
	"context"
	"flag"
	"fmt"
	"log/slog"
	"os"

	"github.com/sitrep-dev/sitrep"
	"github.com/sitrep-dev/sitrep/nlp/conllu"
	"github.com/sitrep-dev/sitrep/nlp/tag"
)

func main() {
	data := flag.String("data", "", "the shared data directory ($SITREP_SHARED/data)")
	out := flag.String("out", "nlp/tag/model/tagger.gz", "where to write the model")
	ensemble := flag.Int("ensemble", 1, "perceptrons summed per pass (experiment)")
	minCount := flag.Int("mincount", 1, "drop features seen fewer times (experiment)")
	folds := flag.Int("folds", 4, "jackknife folds for the second pass's training input (experiment)")
	gumDev := flag.Bool("gumdev", false, "train on GUM's dev documents too (experiment)")
	wordClass := flag.Bool("wordclass", true, "features on GloVe word classes, nlp/wordclass (the shipped model has them; -wordclass=false for the model before them)")
	model := flag.String("model", "", "tag with this model instead of training")
	tagIn := flag.String("tag", "", "CoNLL-U file to tag with -model")
	tagOut := flag.String("tag-out", "", "where to write the tagged CoNLL-U")
	flag.Parse()
	log := slog.New(slog.NewTextHandler(os.Stderr, nil))
	var err error
	if *model != "" {
		err = tagFile(*model, *tagIn, *tagOut)
	} else {
		err = run(*data, *out, *ensemble, *minCount, *folds, *gumDev, *wordClass, log)
	}
	if err != nil {
		log.Error("train tagger", "err", err)
		os.Exit(1)
	}
}

func run(data, out string, ensemble, minCount, folds int, gumDev, wordClass bool, log *slog.Logger) error {
	if data == "" {
		return fmt.Errorf("-data is required")
	}
	t, err := tag.TrainExperiment(context.Background(), data, ensemble, minCount, folds, gumDev, wordClass, log)
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

func tagFile(model, in, out string) error {
	mf, err := os.Open(model)
	if err != nil {
		return err
	}
	t, err := tag.Read(mf)
	mf.Close()
	if err != nil {
		return err
	}
	sents, err := conllu.ReadFile(in)
	if err != nil {
		return err
	}
	upos, xpos, lemma := tag.Evaluate(t, sents)
	fmt.Printf("%s: UPOS %.2f XPOS %.2f LEMMA %.2f\n", in, 100*upos, 100*xpos, 100*lemma)
	if out == "" {
		return nil
	}
	of, err := os.Create(out)
	if err != nil {
		return err
	}
	w := bufio.NewWriter(of)
	for _, s := range sents {
		toks := make([]sitrep.Token, len(s.Words))
		for i, wd := range s.Words {
			toks[i].Text = wd.Form
		}
		t.Tag(toks)
		for i := range s.Words {
			s.Words[i].UPOS, s.Words[i].XPOS, s.Words[i].Lemma = toks[i].UPOS, toks[i].XPOS, toks[i].Lemma
		}
		if err := conllu.Write(w, s); err != nil {
			return err
		}
	}
	if err := w.Flush(); err != nil {
		return err
	}
	return of.Close()
}
