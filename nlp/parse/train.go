package parse

import (
	"context"
	"fmt"
	"log/slog"
	"math/rand/v2"
	"slices"
	"time"

	"github.com/sitrep-dev/sitrep/nlp/conllu"
)

// TrainConfig sets the knobs of training; DefaultTrainConfig gives the values the
// shipped model was trained with.
type TrainConfig struct {
	Epochs int
	// Explore is the probability of following the model's own (possibly wrong)
	// transition instead of the oracle's from the second epoch on, so that the
	// parser learns to recover from its mistakes.
	Explore float64
	// Projectivize lifts non-projective training trees; without it they are
	// dropped.
	Projectivize bool
	// MinSeen drops features that took part in fewer updates than this, and
	// Prune averaged weights smaller than this in magnitude.
	MinSeen int
	Prune   float64
	Seed    uint64
	// EvalEvery sets how often (in epochs) dev scores are logged; the last epoch
	// is always scored.
	EvalEvery int
	// NoisyTags trains on tags that imitate the nlp/tag tagger's errors instead
	// of gold tags (see noisyTags).
	NoisyTags bool
	// JackknifeFolds, when at least 2, trains on tags from taggers trained on the
	// other folds of the training data (see jackknife) instead of gold tags.
	JackknifeFolds int
	// JackknifeAndGold trains on both the jackknifed copy and the gold-tagged
	// original of every sentence.
	JackknifeAndGold bool
	// ExtFeatures adds the extended feature templates (suffixes and shapes of
	// s0, s1, n0, n1, the UPOS+XPOS pairs); see extract.
	ExtFeatures bool
	// GUMDev adds the GUM dev documents to the training data (EWT dev stays the
	// only tuning set).
	GUMDev bool
	// Extra sentences join the training data as they are, once, after the
	// jackknife (their tags are already a tagger's): trees another parser
	// predicted, for uptraining (trainparse -extra; NOTES.md, "Uptraining on the
	// sentences written here").
	Extra []*conllu.Sentence
	// PruneGrid lists further (MinSeen, Prune) settings whose EWT dev scores are
	// logged after the last epoch, to measure what pruning costs; the model
	// returned keeps MinSeen and Prune.
	PruneGrid []PruneSetting
	// Ensemble, when at least 2, trains this many perceptrons on different
	// shuffles and exploration draws and sums their averaged weights into one
	// table (see weightSum); MinSeen then applies to a feature's updates
	// averaged over the members.
	Ensemble int
	// AmbFeatures, WordUPOS and Clusters switch on the templates of
	// extraFeatures: ambiguity classes learned from the training data, words
	// with UPOS, and the word clusters given (form -> "c<coarse>.<fine>", as
	// nlp/ner induces them).
	AmbFeatures bool
	WordUPOS    bool
	Clusters    map[string]string
	// WordClass switches on the nlp/wordclass templates (GloVe classes of
	// the stack and buffer words and their dependents; extraFeatures.glove),
	// read at feature time, so that words the treebanks never saw share
	// weights with those they did.
	WordClass bool
	// Beam, when at least 1, adds BeamEpochs epochs of global training with a
	// beam of this width after the Epochs greedy ones (see global.go): a
	// structured perceptron over whole transition prefixes, starting from the
	// greedy model's averaged weights (or from nothing when Epochs is 0), with
	// a fresh average. The parser returned searches with a beam of this width.
	Beam       int
	BeamEpochs int
	// MaxViolation updates at the step where the best hypothesis outscores the
	// gold prefix by the most (Huang et al. 2012) instead of where gold falls
	// out of the beam (early update, Collins and Roark 2004).
	MaxViolation bool
	// BeamLimit, when positive, trains globally on at most this many sentences
	// an epoch (to try the code on a small sample).
	BeamLimit int
	// Init, when set with Beam, starts global training from this parser's
	// weights instead of training greedy epochs first; it must have been
	// trained on the same relations and feature set.
	Init *Parser
}

// PruneSetting is one pruning setting of the averaged weights.
type PruneSetting struct {
	MinSeen int
	Prune   float64
}

// DefaultTrainConfig is the configuration of the shipped model.
func DefaultTrainConfig() TrainConfig {
	return TrainConfig{Epochs: 12, Explore: 0.9, Projectivize: true, MinSeen: 4, Prune: 0.2, Seed: 1, EvalEvery: 3}
}

// ReversedTrainConfig is the shipped right-to-left parser's configuration, the
// ensemble's second member: the left-to-right parser's (ShippedTrainConfig),
// so that it too is searched with ShippedBeam. A greedy right-to-left member
// added nothing to the global left-to-right parser; a global one, trained
// alike, adds 0.4 UAS (see NOTES.md, "A global right-to-left member").
func ReversedTrainConfig() TrainConfig { return ShippedTrainConfig() }

// Pair is what TrainPair trains: the shipped left-to-right and right-to-left
// parsers, and the greedy models their global training started from, which the
// ensemble takes as two more members (see NOTES.md, "Four members").
type Pair struct {
	L2R, R2L             *Parser
	GreedyL2R, GreedyR2L *Parser
}

// TrainPair trains the shipped left-to-right parser (ShippedTrainConfig) and
// the shipped right-to-left one (ReversedTrainConfig, laid out as
// ShippedReversal) at once, one on each core, from one reading of the
// treebanks and one set of jackknifed tags: what Train and TrainReversed
// give, for the time of the longer, with their greedy stages.
func TrainPair(ctx context.Context, dataDir string, log *slog.Logger) (*Pair, error) {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	cfg, rcfg := ShippedTrainConfig(), ReversedTrainConfig()
	if cfg.JackknifeFolds != rcfg.JackknifeFolds || cfg.JackknifeAndGold != rcfg.JackknifeAndGold || cfg.GUMDev != rcfg.GUMDev || len(cfg.Extra) != len(rcfg.Extra) || cfg.NoisyTags || rcfg.NoisyTags {
		return nil, fmt.Errorf("train parsers: the two configurations need different training data")
	}
	if cfg.Beam < 1 || cfg.Epochs < 1 || cfg.Init != nil || rcfg.Beam < 1 || rcfg.Epochs < 1 || rcfg.Init != nil {
		return nil, fmt.Errorf("train parsers: the shipped configurations train greedily and then globally")
	}
	ss, dev, err := trainingData(ctx, dataDir, cfg, log)
	if err != nil {
		return nil, err
	}
	var pair Pair
	var rerr error
	done := make(chan struct{})
	go func() {
		defer close(done)
		rlog := log.With("parser", "right-to-left")
		pair.R2L, pair.GreedyR2L, rerr = trainStages(ctx, reverseSentences(ss, ShippedReversal), reverseSentences(dev, ShippedReversal), rcfg, rlog)
	}()
	pair.L2R, pair.GreedyL2R, err = trainStages(ctx, ss, dev, cfg, log)
	<-done
	if err != nil {
		return nil, err
	}
	if rerr != nil {
		return nil, fmt.Errorf("right-to-left: %w", rerr)
	}
	if pair.GreedyL2R == nil || pair.GreedyR2L == nil {
		return nil, fmt.Errorf("train parsers: no greedy stage")
	}
	return &pair, nil
}

// GlobalTrainConfig is the default configuration followed by global training
// (global.go): the 12 greedy epochs, then 8 early-update epochs with a beam of
// 8, from the greedy model's unpruned weights, on jackknifed and gold tags,
// with the GloVe word-class templates, keeping features seen in 16 updates and
// averaged weights of at least 1.0 (smaller ones are noise: dropping them
// costs nothing on dev and a third of the file; see NOTES.md, "GloVe classes
// shipped, pruned at 1.0"). The parser it trains should be searched with a
// beam (ShippedBeam), not greedily.
func GlobalTrainConfig() TrainConfig {
	c := DefaultTrainConfig()
	c.Beam, c.BeamEpochs = 8, 8
	c.MinSeen, c.Prune = 16, 1.0
	c.JackknifeFolds, c.JackknifeAndGold = 4, true
	c.WordClass = true
	return c
}

// ShippedBeam is the beam width the shipped left-to-right parser (Load) searches
// with, alone and in the ensemble; 1 is greedy search, and above 1 sitrep
// train nlp trains that parser globally (ShippedTrainConfig). It belongs to the
// model in model/parser.gz, which does not record it: a globally trained model
// searched greedily loses about 2.5 LAS, and a greedily trained one loses with
// a beam, so the two change together. A width of 8 (the training width) would
// miss issue 3's 25,000 tokens per second for tokenize+tag+parse+NER
// (BenchmarkBackbone); 4 clears it.
const ShippedBeam = 4

// ShippedThreshold is how far below a step's best hypothesis the shipped
// parsers' beams keep others (Parser.WithThreshold), in the units of the
// shipped models' scores. Most steps of a sentence are not in doubt: the
// beam's other hypotheses trail far behind, fall out later, and cost as much
// to score as the best. Dropping them at once parses EWT dev about 15% faster
// with no loss (see NOTES.md, "A threshold on the beam"). Like ShippedBeam
// it belongs to the models: retrained with another configuration, their
// scores may have another scale, and the threshold is to be measured again.
const ShippedThreshold = 200

// ShippedTrainConfig is the configuration of the shipped left-to-right parser,
// what Train and sitrep train nlp use: GlobalTrainConfig when the shipped parser
// searches with a beam (ShippedBeam above 1), else DefaultTrainConfig.
func ShippedTrainConfig() TrainConfig {
	if ShippedBeam > 1 {
		return GlobalTrainConfig()
	}
	return DefaultTrainConfig()
}

// Train trains a parser on EWT train and GUM train under dataDir
// ($SITREP_SHARED/data) with the shipped configuration (ShippedTrainConfig),
// logging EWT dev scores.
func Train(ctx context.Context, dataDir string, log *slog.Logger) (*Parser, error) {
	return TrainWith(ctx, dataDir, ShippedTrainConfig(), log)
}

// TrainWith is Train with an explicit configuration.
func TrainWith(ctx context.Context, dataDir string, cfg TrainConfig, log *slog.Logger) (*Parser, error) {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	ss, dev, err := trainingData(ctx, dataDir, cfg, log)
	if err != nil {
		return nil, err
	}
	return trainOn(ctx, ss, dev, cfg, log)
}

// trainingData reads the training treebanks and EWT dev under dataDir and
// gives the training sentences the tags cfg asks for: gold, noisy, or
// jackknifed (with or without the gold copies). Sentences are in their own
// order: a right-to-left parser's are tagged so, as at run time, and laid out
// afterwards with their tags.
func trainingData(ctx context.Context, dataDir string, cfg TrainConfig, log *slog.Logger) (ss, dev []*conllu.Sentence, err error) {
	if ss, err = trainingTreebanks(dataDir, cfg.GUMDev); err != nil {
		return nil, nil, err
	}
	if dev, err = readConllu(dataDir + "/ud-ewt/en_ewt-ud-dev.conllu"); err != nil {
		return nil, nil, err
	}
	if cfg.NoisyTags {
		if ss, err = noisyTags(ss, dev, cfg.Seed, log); err != nil {
			return nil, nil, err
		}
	}
	if cfg.JackknifeFolds > 0 {
		jk, err := jackknife(ctx, ss, dev, cfg.JackknifeFolds, log)
		if err != nil {
			return nil, nil, err
		}
		if cfg.JackknifeAndGold {
			jk = append(ss, jk...)
		}
		ss = jk
	}
	ss = append(ss, cfg.Extra...)
	return ss, dev, nil
}

func trainOn(ctx context.Context, ss, dev []*conllu.Sentence, cfg TrainConfig, log *slog.Logger) (*Parser, error) {
	p, _, err := trainStages(ctx, ss, dev, cfg, log)
	return p, err
}

// trainStages is trainOn, also returning, for a configuration that trains
// greedily and then globally (Epochs and Beam set, no Init), the greedy
// stage's model, pruned as the final one and searched greedily; nil otherwise.
func trainStages(ctx context.Context, ss, dev []*conllu.Sentence, cfg TrainConfig, log *slog.Logger) (model, greedy *Parser, err error) {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	labels := collectLabels(ss)
	if len(labels) == 0 || len(labels) > 127 {
		return nil, nil, fmt.Errorf("train parser: %d relations, want 1 to 127", len(labels))
	}
	labelID := make(map[string]int, len(labels))
	for i, l := range labels {
		labelID[l] = i
	}
	var exs []example
	skipped, nonProj, lifted := 0, 0, 0
	for _, s := range ss {
		ex, ok := toExample(s, labelID, true)
		if !ok {
			skipped++
			continue
		}
		if nonProjective(ex.gh) != none {
			nonProj++
			if !cfg.Projectivize {
				continue
			}
			lifted += projectivize(ex.gh)
		}
		exs = append(exs, ex)
	}
	log.Info("parser training data", "sentences", len(exs), "malformed", skipped,
		"nonprojective", nonProj, "lifted_arcs", lifted, "relations", len(labels))

	nc := 1 + 2*len(labels)
	var more *extraFeatures
	if cfg.AmbFeatures || cfg.WordUPOS || cfg.Clusters != nil || cfg.WordClass {
		if n := extraTemplates(cfg.AmbFeatures, cfg.WordUPOS, cfg.Clusters != nil, cfg.WordClass); n > numExtra {
			return nil, nil, fmt.Errorf("train parser: the extra feature groups switched on add %d templates, at most %d fit (the word classes go with none of the others)", n, numExtra)
		}
		var amb, clu map[uint64]string
		if cfg.AmbFeatures {
			amb = buildAmbClasses(exs)
		}
		if cfg.Clusters != nil {
			clu = clusterPaths(cfg.Clusters)
		}
		more = newExtraFeatures(cfg.AmbFeatures, cfg.WordUPOS, cfg.Clusters != nil, cfg.WordClass, amb, clu)
		log.Info("parser extra features", "ambiguity_classes", len(more.ambClass), "word_upos", more.wu, "clustered_words", len(more.cluster), "wordclass", more.glove)
	}
	mk := func(t *table) *Parser {
		p := newParser(labels, t)
		p.ext, p.more = cfg.ExtFeatures, more
		return p
	}
	members := max(cfg.Ensemble, 1)
	if members > 1 && cfg.Beam > 0 {
		return nil, nil, fmt.Errorf("train parser: global training (beam %d) of an ensemble is not implemented", cfg.Beam)
	}
	if members == 1 && cfg.Beam > 0 {
		return trainBeamModel(ctx, exs, dev, labels, cfg, more, nc, mk, log)
	}
	if members == 1 {
		_, err = trainMember(ctx, exs, dev, len(labels), cfg, more, cfg.Seed, nc, log, func(tr *trainer, last bool) *Parser {
			p := mk(tr.average(cfg.MinSeen, cfg.Prune))
			model = p
			if last {
				logPruneGrid(dev, cfg, log, func(ps PruneSetting) *Parser { return mk(tr.average(ps.MinSeen, ps.Prune)) })
			}
			return p
		})
		if err != nil {
			return nil, nil, err
		}
		return model, nil, nil
	}
	// An ensemble: members trained alike on different shuffles and exploration
	// draws (seeds Seed, Seed+1, ...), their averaged weights summed into one
	// table. The merged model is scored after every member, so one run measures
	// every ensemble size up to Ensemble.
	sum := newWeightSum()
	for m := range members {
		tr, err := trainMember(ctx, exs, dev, len(labels), cfg, more, cfg.Seed+uint64(m), nc, log, nil)
		if err != nil {
			return nil, nil, err
		}
		sum.addAveraged(tr)
		tr = nil
		start := time.Now()
		p := mk(sum.table(cfg.MinSeen, cfg.Prune))
		uas, las := evaluate(p, dev, true)
		puas, plas := evaluate(p, dev, false)
		log.Info("parser ensemble", "members", m+1, "dev_uas", uas, "dev_las", las,
			"dev_uas_predicted_tags", puas, "dev_las_predicted_tags", plas, "features", sum.n(),
			"kept", countKeys(p.weights), "took", time.Since(start).Round(time.Millisecond))
		model = p
	}
	logPruneGrid(dev, cfg, log, func(ps PruneSetting) *Parser { return mk(sum.table(ps.MinSeen, ps.Prune)) })
	return model, nil, nil
}

// logPruneGrid scores the further pruning settings of cfg.PruneGrid on dev.
func logPruneGrid(dev []*conllu.Sentence, cfg TrainConfig, log *slog.Logger, prune func(PruneSetting) *Parser) {
	for _, ps := range cfg.PruneGrid {
		q := prune(ps)
		uas, las := evaluate(q, dev, true)
		puas, plas := evaluate(q, dev, false)
		log.Info("parser pruning", "minseen", ps.MinSeen, "prune", ps.Prune, "dev_uas", uas, "dev_las", las,
			"dev_uas_predicted_tags", puas, "dev_las_predicted_tags", plas, "kept", countKeys(q.weights))
	}
}

// trainMember trains one averaged perceptron for cfg.Epochs epochs with the
// dynamic oracle, shuffling and exploring with seed. With score set, it is
// called with the trainer after the epochs cfg.EvalEvery selects and the last,
// and the parser it returns is scored on dev and logged.
func trainMember(ctx context.Context, exs []example, dev []*conllu.Sentence, nlabels int, cfg TrainConfig, more *extraFeatures, seed uint64, nc int,
	log *slog.Logger, score func(tr *trainer, last bool) *Parser) (*trainer, error) {
	tr := newTrainer(nc)
	rng := rand.New(rand.NewPCG(seed, 0x5157))
	var (
		st    state
		x     sentence
		f     [numFeatures]uint64
		buf   [256]float32
		cost  = make([]int, nc)
		order = make([]int, len(exs))
	)
	for i := range order {
		order[i] = i
	}
	for epoch := range cfg.Epochs {
		start := time.Now()
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		steps, errs := 0, 0
		for _, oi := range order {
			if err := ctx.Err(); err != nil {
				return nil, fmt.Errorf("train parser: %w", err)
			}
			ex := &exs[oi]
			x.fill(ex.toks, cfg.ExtFeatures, more)
			st.reset(len(ex.toks))
			for !st.terminal() {
				k := extract(&st, &x, &f)
				scores := tr.scoreInto(f[:k], &buf, nc)
				st.costs(ex.gh, ex.gl, nlabels, cost)
				pred := argmaxValid(&st, scores, nil)
				minCost := cost[pred]
				for _, c := range cost {
					if c >= 0 && c < minCost {
						minCost = c
					}
				}
				gold := argmaxValid(&st, scores, func(c int) bool { return cost[c] == minCost })
				next := gold
				if cost[pred] > minCost {
					tr.update(f[:k], gold, pred)
					errs++
					if epoch > 0 && rng.Float64() < cfg.Explore {
						next = pred
					}
				}
				st.apply(next)
				steps++
			}
		}
		last := epoch == cfg.Epochs-1
		if score == nil || (!last && (cfg.EvalEvery <= 0 || (epoch+1)%cfg.EvalEvery != 0)) {
			log.Info("parser epoch", "seed", seed, "epoch", epoch+1, "errors", float64(errs)/float64(steps),
				"features", len(tr.hot), "took", time.Since(start).Round(time.Millisecond))
			continue
		}
		p := score(tr, last)
		uas, las := evaluate(p, dev, true)
		puas, plas := evaluate(p, dev, false)
		log.Info("parser epoch", "epoch", epoch+1, "errors", float64(errs)/float64(steps),
			"dev_uas", uas, "dev_las", las, "dev_uas_predicted_tags", puas, "dev_las_predicted_tags", plas, "features", len(tr.hot),
			"kept", countKeys(p.weights), "took", time.Since(start).Round(time.Millisecond))
	}
	return tr, nil
}

func countKeys(t *table) int { return t.n }

func collectLabels(ss []*conllu.Sentence) []string {
	seen := map[string]bool{}
	for _, s := range ss {
		for _, w := range s.Words {
			if w.DepRel != "" && w.DepRel != "_" {
				seen[w.DepRel] = true
			}
		}
	}
	labels := make([]string, 0, len(seen))
	for l := range seen {
		labels = append(labels, l)
	}
	slices.Sort(labels)
	return labels
}

// trainBeamModel trains the greedy epochs (unless cfg.Init gives their result)
// and then the global ones, returning a parser that searches with a beam of
// cfg.Beam and the greedy epochs' model (nil with cfg.Init).
func trainBeamModel(ctx context.Context, exs []example, dev []*conllu.Sentence, labels []string, cfg TrainConfig, more *extraFeatures, nc int,
	mk func(*table) *Parser, log *slog.Logger) (model, greedyModel *Parser, err error) {
	if cfg.BeamEpochs <= 0 {
		return nil, nil, fmt.Errorf("train parser globally: beam of %d with %d global epochs", cfg.Beam, cfg.BeamEpochs)
	}
	var tr *trainer
	switch {
	case cfg.Init != nil:
		if !slices.Equal(cfg.Init.labels, labels) || cfg.Init.ext != cfg.ExtFeatures || cfg.Init.more != nil || more != nil {
			return nil, nil, fmt.Errorf("train parser globally: the initial model's relations or feature set differ from the training data's")
		}
		if cfg.Init.weights.shift != 0 {
			// Training looks features up by their whole hashes.
			return nil, nil, fmt.Errorf("train parser globally: the initial model keeps %d bits of each feature hash, training needs 64", 64-cfg.Init.weights.shift)
		}
		tr = trainerFrom(cfg.Init.weights, cfg.MinSeen, nc)
	case cfg.Epochs > 0:
		gtr, err := trainMember(ctx, exs, dev, len(labels), cfg, more, cfg.Seed, nc, log, func(tr *trainer, last bool) *Parser {
			p := mk(tr.average(cfg.MinSeen, cfg.Prune))
			if last {
				greedyModel = p
			}
			return p
		})
		if err != nil {
			return nil, nil, err
		}
		// Unpruned: MinSeen and Prune are for the final model, and a global
		// model keeps features the greedy one would have dropped.
		tr = gtr.restart(0, 0)
	default:
		tr = newTrainer(nc)
	}
	_, err = trainGlobal(ctx, tr, exs, dev, cfg, more, cfg.Seed, nc, log, func(tr *trainer, last bool) *Parser {
		model = mk(tr.average(cfg.MinSeen, cfg.Prune)).WithBeam(cfg.Beam)
		if last {
			logPruneGrid(dev, cfg, log, func(ps PruneSetting) *Parser { return mk(tr.average(ps.MinSeen, ps.Prune)).WithBeam(cfg.Beam) })
		}
		return model
	})
	if err != nil {
		return nil, nil, err
	}
	return model, greedyModel, nil
}
