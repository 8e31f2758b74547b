// Command trainparse trains the dependency parser and writes its model, reporting
// EWT dev scores per epoch; it is how model/parser.gz is rebuilt and tuned.
//
//	go run ./nlp/parse/internal/trainparse -data $SITREP_SHARED/data -out nlp/parse/model/parser.gz
package main

import (
	"context"
	"flag"
	"fmt"
	"log/slog"
	"os"
	"runtime/pprof"
	"strings"
	"time"

	"github.com/sitrep-dev/sitrep/nlp/conllu"
	"github.com/sitrep-dev/sitrep/nlp/ner"
	"github.com/sitrep-dev/sitrep/nlp/parse"
)

func main() {
	cfg := parse.DefaultTrainConfig()
	data := flag.String("data", "../shared/data", "shared data directory")
	out := flag.String("out", "", "write the model here")
	flag.IntVar(&cfg.Epochs, "epochs", cfg.Epochs, "training epochs")
	flag.Float64Var(&cfg.Explore, "explore", cfg.Explore, "exploration probability")
	flag.BoolVar(&cfg.Projectivize, "projectivize", cfg.Projectivize, "lift non-projective trees (else drop them)")
	flag.IntVar(&cfg.MinSeen, "minseen", cfg.MinSeen, "drop features seen in fewer updates")
	flag.Float64Var(&cfg.Prune, "prune", cfg.Prune, "drop averaged weights below this")
	flag.BoolVar(&cfg.NoisyTags, "noisy-tags", cfg.NoisyTags, "train on tags imitating the tagger's errors")
	flag.IntVar(&cfg.JackknifeFolds, "jackknife", cfg.JackknifeFolds, "train on tags jackknifed over this many folds (0: gold tags)")
	flag.BoolVar(&cfg.JackknifeAndGold, "jackknife-and-gold", cfg.JackknifeAndGold, "with -jackknife, train on gold-tagged copies too")
	flag.IntVar(&cfg.EvalEvery, "eval-every", cfg.EvalEvery, "score EWT dev every this many epochs")
	flag.BoolVar(&cfg.ExtFeatures, "ext", cfg.ExtFeatures, "extended feature templates (suffixes, shapes, UPOS+XPOS)")
	flag.IntVar(&cfg.Ensemble, "ensemble", cfg.Ensemble, "train this many perceptrons on different seeds and sum their weights (0 or 1: one)")
	flag.BoolVar(&cfg.AmbFeatures, "amb", cfg.AmbFeatures, "ambiguity-class features (the tags each word had in training)")
	flag.BoolVar(&cfg.WordUPOS, "wu", cfg.WordUPOS, "word + UPOS features")
	flag.BoolVar(&cfg.WordClass, "wordclass", cfg.WordClass, "GloVe word-class features (nlp/wordclass), looked up at feature time")
	clusters := flag.Bool("clusters", false, "word-cluster features (clusters induced as nlp/ner does)")
	flag.BoolVar(&cfg.GUMDev, "gum-dev", cfg.GUMDev, "train on the GUM dev documents too")
	flag.Uint64Var(&cfg.Seed, "seed", cfg.Seed, "random seed (shuffling, exploration)")
	reverse := flag.Bool("reverse", false, "train a right-to-left parser (sentences reversed) for the ensemble")
	layout := flag.String("layout", "all", "with -reverse, how sentences are laid out: all (parse.ReverseAll), final-punct (parse.ReverseKeepFinalPunct), final-stop (parse.ReverseKeepFinalStop)")
	grid := flag.String("prune-grid", "", "after the last epoch, also score these minseen:prune settings (comma-separated)")
	prof := flag.String("cpuprofile", "", "write a CPU profile here")
	flag.IntVar(&cfg.Beam, "beam", cfg.Beam, "after the greedy epochs, train globally with a beam of this width (0: greedy only)")
	flag.IntVar(&cfg.BeamEpochs, "beam-epochs", cfg.BeamEpochs, "global training epochs")
	flag.BoolVar(&cfg.MaxViolation, "max-violation", cfg.MaxViolation, "global training: max-violation update (else early update)")
	flag.IntVar(&cfg.BeamLimit, "beam-limit", cfg.BeamLimit, "global training: at most this many sentences an epoch (0: all)")
	initModel := flag.String("init", "", "start global training from this model instead of greedy epochs")
	extra := flag.String("extra", "", "CoNLL-U file of predicted trees (with predicted tags) to train on as well, once")
	flag.Parse()
	if *extra != "" {
		ss, err := conllu.ReadFile(*extra)
		if err != nil {
			slog.Error("extra", "err", err)
			os.Exit(1)
		}
		cfg.Extra = ss
	}
	for _, g := range strings.Split(*grid, ",") {
		if g == "" {
			continue
		}
		var ps parse.PruneSetting
		if _, err := fmt.Sscanf(g, "%d:%g", &ps.MinSeen, &ps.Prune); err != nil {
			slog.Error("prune-grid", "setting", g, "err", err)
			os.Exit(2)
		}
		cfg.PruneGrid = append(cfg.PruneGrid, ps)
	}
	if *prof != "" {
		f, err := os.Create(*prof)
		if err != nil {
			slog.Error("profile", "err", err)
			os.Exit(1)
		}
		pprof.StartCPUProfile(f)
		defer pprof.StopCPUProfile()
	}
	log := slog.New(slog.NewTextHandler(os.Stderr, nil))
	if *initModel != "" {
		p, err := parse.ReadFile(*initModel)
		if err != nil {
			log.Error("init", "err", err)
			os.Exit(1)
		}
		cfg.Init = p
	}
	if *clusters {
		t0 := time.Now()
		cl, err := ner.WordClusters(*data, 3, 64, 1500, 1)
		if err != nil {
			log.Error("clusters", "err", err)
			os.Exit(1)
		}
		cfg.Clusters = cl
		log.Info("word clusters", "words", len(cl), "took", time.Since(t0).Round(time.Second))
	}
	train := parse.TrainWith
	if *reverse {
		train = parse.TrainReversed
		rv, err := parse.ParseReversal(*layout)
		if err != nil {
			slog.Error("layout", "err", err)
			os.Exit(2)
		}
		if rv != parse.ReverseAll {
			train = func(ctx context.Context, data string, cfg parse.TrainConfig, log *slog.Logger) (*parse.Parser, error) {
				return parse.TrainReversedAs(ctx, data, cfg, rv, log)
			}
		}
	}
	p, err := train(context.Background(), *data, cfg, log)
	if err != nil {
		log.Error("train", "err", err)
		os.Exit(1)
	}
	if *out == "" {
		return
	}
	f, err := os.Create(*out)
	if err != nil {
		log.Error("train", "err", err)
		os.Exit(1)
	}
	if err := p.Save(f); err != nil {
		log.Error("save", "err", err)
		os.Exit(1)
	}
	if err := f.Close(); err != nil {
		log.Error("save", "err", err)
		os.Exit(1)
	}
}
