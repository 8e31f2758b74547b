package ner

import (
	"context"
	"fmt"
	"log/slog"
	"math/rand/v2"
	"path/filepath"
	"strings"
	"time"

	"github.com/sitrep-dev/sitrep"
	"github.com/sitrep-dev/sitrep/nlp/conllu"
	"github.com/sitrep-dev/sitrep/nlp/internal/cluster"
	"github.com/sitrep-dev/sitrep/nlp/parse"
	"github.com/sitrep-dev/sitrep/nlp/tag"
)

// trainConfig holds what tuning varies; Train uses defaultConfig.
type trainConfig struct {
	epochs          int
	unerCopies      int     // UNER is in-domain for EWT: count its sentences this many times
	lowerFrac       float64 // share of GUM sentences also added in lower case, for web text
	seed            uint64
	holdout         int   // when > 0, keep every holdout-th UNER document out of training (tuning only)
	fold            int   // which of the holdout folds to keep out
	noGaz           uint8 // gazetteer kinds (bits) to leave out, for ablation
	clusters        bool  // induce word clusters from the unlabelled text
	clusterMin      int   // words seen fewer times get no cluster
	kCoarse         int
	kFine           int
	noGUM           bool    // train without GUM, for ablation
	withGUMDev      bool    // after tuning, train on GUM dev too
	wordDrop        float64 // share of training tokens whose word features are hidden
	selfTrain       int     // copies of EWT train labelled by a first model (0: none)
	ensemble        int     // perceptrons averaged, each with its own shuffles (0 or 1: one)
	pos             bool    // part-of-speech features from the shipped tagger
	ewtCopies       int     // copies of sitrep's annotation of EWT train (ewttrain.go); 0: none
	ewtAll          bool    // with it, EWT train's sentences without a proper noun, as naming nothing
	gumCopies       int     // GUM sentences counted this many times (0 or 1: once)
	newsCopies      int     // copies of sitrep's annotation of news sentences (newstrain.go); 0: none
	writtenCopies   int     // copies of the sentences written here (written.go); 0: none
	gumTest         bool    // GUM's test documents join training, mapped as GUM train is (not UNER data)
	gumTestClusters bool    // and their words join the text clusters are induced from
	// mention replacement (augment.go): extra copies of this share of the
	// training sentences that name something, their names replaced by
	// names of the same type from the gazetteer sources; 0: none.
	replaceFrac float64
	replaceORG  bool // replace only organisations, and copy only sentences that name one
	replaceFrom int  // where replacements come from: 0 the gazetteer sources, 1 the training names
	runClusters bool // the clusters of a capitalised run's first and last words (fRunLastCluster)
	// syntax selects syntactic feature groups (syntax.go: synToken, synRun,
	// synCase and variants), read off the trees the shipped parser
	// predicts; 0: none, the default: no group gained in cross-validation
	// (NOTES.md, "Syntactic features").
	syntax uint8
	// jackknife, when above 1, tags the training sentences the shipped
	// tagger was trained on with taggers trained on the other folds of its
	// data (jackknife.go), so that their tags are as wrong as new text's; 0
	// by default: it won in cross-validation and lost UNER PUD test (NOTES.md,
	// "Jackknifed tags").
	jackknife int
	// wordclass selects GloVe word class feature groups (features.go:
	// wcToken, wcNeigh, wcRun), read through nlp/wordclass at feature time;
	// all three by default (NOTES.md, "GloVe word classes"), and wcRare, which
	// reads them through the rare tier too: it won in cross-validation and lost
	// UNER EWT test, and was shipped at stop 16 on the rule that
	// cross-validation decides (NOTES.md, "Rarer words' classes").
	wordclass uint8
	// bias is the model's decode-time bias per type (Recognizer.bias).
	// Negative: sitrep's annotation of EWT train names more than UNER's
	// annotators do (its calibration: P 0.83, R 0.96; organisations P 0.68),
	// and a model trained on it finds names, organisations above all, that
	// UNER leaves untagged. (−120 on every type, with GUM test and the
	// organisation replacement, won in cross-validation and lost on both test
	// sets: NOTES.md, "More organisations"; not shipped.)
	bias [3]float32
	// crf trains each of the ensemble's models as a linear-chain CRF by
	// maximum conditional likelihood (crf.go) instead of as a perceptron,
	// over the same features and label constraints: epochs of SGD from
	// learning rate crfRate, L2 penalty crfL2 (λ in λ/2·‖w‖² over the whole
	// training set), the weights averaged from epoch crfAvgFrom on (0: not
	// averaged). Off by default (NOTES.md, "CRF training").
	crf        bool
	crfRate    float64
	crfL2      float64
	crfAvgFrom int
}

var defaultConfig = trainConfig{epochs: 8, withGUMDev: true, wordDrop: 0, unerCopies: 2, lowerFrac: 0.15, seed: 1,
	clusters: true, clusterMin: 3, kCoarse: 64, kFine: 1500, pos: true, ensemble: 5,
	ewtCopies: 1, ewtAll: true, newsCopies: 1, writtenCopies: 1, wordclass: wcAll | wcRare, bias: [3]float32{-40, -80, -40}}

// Train builds a recogniser from the data under dataDir ($SITREP_SHARED/data):
// UNER English EWT dev, GUM's train split and the gazetteer sources. It is
// deterministic.
func Train(ctx context.Context, dataDir string, log *slog.Logger) (*Recognizer, error) {
	r, _, err := train(ctx, dataDir, defaultConfig, log)
	return r, err
}

// clusterCache keeps induced clusters for repeated training in one process
// (cross-validation while tuning); clusters depend only on the key's settings.
var clusterCache = map[string]map[string]string{}

// treeCache keeps the parser's trees of training sentences for repeated
// training in one process (cross-validation), keyed by the sentence's words;
// the tagger and parser are deterministic, so a sentence's tree depends on its
// words alone.
var treeCache = map[string][]arc{}

type arc struct {
	head int
	rel  string
}

// parseCached parses toks (already tagged) with p, reusing an earlier tree of
// the same words.
func parseCached(p *parse.Parser, toks []sitrep.Token) {
	var b strings.Builder
	for _, t := range toks {
		b.WriteString(t.Text)
		b.WriteByte(0)
	}
	key := b.String()
	if tree, ok := treeCache[key]; ok {
		for i := range toks {
			toks[i].Head, toks[i].DepRel = tree[i].head, tree[i].rel
		}
		return
	}
	p.Parse(toks)
	tree := make([]arc, len(toks))
	for i, t := range toks {
		tree[i] = arc{t.Head, t.DepRel}
	}
	treeCache[key] = tree
}

// corpus is the loaded training material.
type corpus struct {
	train []example
	dev   map[string][]example // tuning sets by name
}

func loadCorpus(dataDir string, cfg trainConfig, common map[string]bool) (*corpus, error) {
	c := &corpus{dev: map[string][]example{}}
	uner, sents, err := readIOB2Examples(filepath.Join(dataDir, "uner", "ewt", "en_ewt-ud-dev.iob2"))
	if err != nil {
		return nil, err
	}
	// Documents start with a "# newdoc" comment; hold out whole documents so
	// that names repeated within a document do not leak.
	doc := -1
	var held []example
	var kept []example
	for i, s := range sents {
		for _, cm := range s.Comments {
			if len(cm) > 8 && cm[:8] == "# newdoc" {
				doc++
			}
		}
		uner[i].doc = doc
		if cfg.holdout > 0 && doc%cfg.holdout == cfg.fold {
			held = append(held, uner[i])
		} else {
			kept = append(kept, uner[i])
		}
	}
	if len(held) > 0 {
		c.dev["uner-ewt-dev-heldout"] = held
	}
	for k := 0; k < cfg.unerCopies; k++ {
		c.train = append(c.train, kept...)
	}
	if cfg.ewtCopies > 0 {
		ewt, err := readEWTTrainNames(dataDir, cfg.ewtAll)
		if err != nil {
			return nil, err
		}
		for k := 0; k < cfg.ewtCopies; k++ {
			c.train = append(c.train, ewt...)
		}
	}
	if cfg.newsCopies > 0 {
		news, _, err := readNewsNames(dataDir)
		if err != nil {
			return nil, err
		}
		for k := 0; k < cfg.newsCopies; k++ {
			c.train = append(c.train, news...)
		}
	}
	if cfg.writtenCopies > 0 {
		written, _, err := readWritten()
		if err != nil {
			return nil, err
		}
		for k := 0; k < cfg.writtenCopies; k++ {
			c.train = append(c.train, written...)
		}
	}
	gumDir := filepath.Join(dataDir, "gum")
	splits := []string{"train", "dev"}
	if cfg.gumTest {
		splits = append(splits, "test")
	}
	for _, split := range splits {
		docs, err := gumSplit(dataDir, split)
		if err != nil {
			return nil, err
		}
		ex, err := readGUM(filepath.Join(gumDir, "dep"), docs, common)
		if err != nil {
			return nil, err
		}
		if split == "dev" {
			c.dev["gum-dev"] = ex
			if !cfg.withGUMDev {
				continue
			}
		}
		if cfg.noGUM {
			continue
		}
		for k := 0; k < max(1, cfg.gumCopies); k++ {
			c.train = append(c.train, ex...)
		}
		rng := rand.New(rand.NewPCG(cfg.seed, 7))
		for _, e := range ex {
			if rng.Float64() < cfg.lowerFrac {
				c.train = append(c.train, lowered(e))
			}
		}
	}
	if cfg.replaceFrac > 0 {
		var pool replacementPool
		if cfg.replaceFrom == 1 {
			pool = trainingPool(c.train)
		} else {
			var err error
			if pool, err = gazetteerPool(dataDir, common); err != nil {
				return nil, err
			}
		}
		c.train = append(c.train, replaceMentions(c.train, pool, cfg.replaceFrac, cfg.replaceORG, cfg.seed)...)
	}
	return c, nil
}

// lowered is e in lower case: web text often drops capitals, and gazetteer and
// context features must carry the model there.
func lowered(e example) example {
	toks := make([]sitrep.Token, len(e.toks))
	for i, t := range e.toks {
		t.Text = toLowerASCII(t.Text)
		toks[i] = t
	}
	return example{toks: toks, gold: e.gold}
}

func toLowerASCII(s string) string {
	b := []byte(s)
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 32
		}
	}
	return string(b)
}

func train(ctx context.Context, dataDir string, cfg trainConfig, log *slog.Logger) (*Recognizer, *corpus, error) {
	if cfg.selfTrain == 0 {
		return trainOnce(ctx, dataDir, cfg, nil, log)
	}
	first := cfg
	first.selfTrain = 0
	r0, _, err := trainOnce(ctx, dataDir, first, nil, log)
	if err != nil {
		return nil, nil, err
	}
	extra, err := selfLabel(r0, filepath.Join(dataDir, "ud-ewt", "en_ewt-ud-train.conllu"))
	if err != nil {
		return nil, nil, err
	}
	log.Info("ner self-training", "sentences", len(extra))
	var more []example
	for k := 0; k < cfg.selfTrain; k++ {
		more = append(more, extra...)
	}
	return trainOnce(ctx, dataDir, cfg, more, log)
}

// selfLabel labels the EWT train sentences with r, keeping a sentence only when
// every predicted name is made of proper nouns by EWT's gold tags: names the
// first model finds in the web genre of the test data, with its obvious
// mistakes ("Great" in "Great service") filtered out by syntax.
func selfLabel(r *Recognizer, path string) ([]example, error) {
	sents, err := conllu.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("self-training: %w", err)
	}
	var out []example
	for _, s := range sents {
		toks := make([]sitrep.Token, len(s.Words))
		for i, w := range s.Words {
			toks[i] = sitrep.Token{Text: w.Form, SpaceAfter: s.SpaceAfter(i)}
		}
		if len(toks) == 0 {
			continue
		}
		ents := r.Recognize(toks)
		ok := true
		for _, e := range ents {
			for i := e.Start; i < e.End && ok; i++ {
				w := s.Words[i]
				ok = isProper(w) || w.UPOS == "PUNCT" || w.UPOS == "ADP" || w.UPOS == "DET" || w.UPOS == "CCONJ"
			}
		}
		if ok {
			out = append(out, example{toks: toks, gold: bilou(ents, len(toks))})
		}
	}
	return out, nil
}

func trainOnce(ctx context.Context, dataDir string, cfg trainConfig, extra []example, log *slog.Logger) (*Recognizer, *corpus, error) {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	t0 := time.Now()
	common, err := commonWords([]string{
		filepath.Join(dataDir, "ud-ewt", "en_ewt-ud-train.conllu"),
	}, 3)
	if err != nil {
		return nil, nil, err
	}
	gaz, err := buildGazetteer(dataDir, common)
	if err != nil {
		return nil, nil, err
	}
	if cfg.noGaz != 0 {
		var ph [numGaz][]string
		for k := 0; k < numGaz; k++ {
			if cfg.noGaz&(1<<k) == 0 {
				ph[k] = gaz.phrases[k]
			}
		}
		gaz = newGazetteer(ph)
	}
	for k := 0; k < numGaz; k++ {
		log.Info("gazetteer", "kind", gazNames[k], "entries", len(gaz.phrases[k]))
	}
	c, err := loadCorpus(dataDir, cfg, common)
	if err != nil {
		return nil, nil, err
	}
	c.train = append(c.train, extra...)
	log.Info("ner training data", "sentences", len(c.train), "load", time.Since(t0).Round(time.Millisecond))

	r := &Recognizer{index: newTable(1 << 16), gaz: gaz, runClusters: cfg.runClusters, wordclass: cfg.wordclass}
	if cfg.pos || cfg.syntax != 0 {
		t, err := tag.Load()
		if err != nil {
			return nil, nil, fmt.Errorf("train ner: %w", err)
		}
		r.usePOS, r.tagger = cfg.pos, t
		var p *parse.Parser
		if cfg.syntax != 0 {
			// The shipped parser, not a freshly trained one: `sitrep
			// train nlp` trains the parser before this but the model
			// will run with the parser that ships next to it.
			if p, err = parse.Load(); err != nil {
				return nil, nil, fmt.Errorf("train ner: %w", err)
			}
			r.syntax, r.parser = cfg.syntax, p
		}
		// Train on the tags and trees the tagger and parser predict, as
		// the model will see them; gold trees would teach it a tree it
		// never sees.
		var jk *jackknifeTaggers
		if cfg.jackknife > 1 {
			if jk, err = jackknifed(ctx, dataDir, cfg.jackknife, log); err != nil {
				return nil, nil, fmt.Errorf("train ner: %w", err)
			}
		}
		for i, e := range c.train {
			toks := append([]sitrep.Token(nil), e.toks...)
			if !jk.tag(toks) {
				t.Tag(toks)
			}
			if p != nil {
				parseCached(p, toks)
			}
			c.train[i].toks = toks
		}
		log.Info("ner training data annotated", "syntax", cfg.syntax, "elapsed", time.Since(t0).Round(time.Second))
	}
	if cfg.clusters {
		var docs []string
		splits := []string{"train", "dev"}
		if cfg.gumTestClusters {
			splits = append(splits, "test")
		}
		for _, split := range splits {
			d, err := gumSplit(dataDir, split)
			if err != nil {
				return nil, nil, err
			}
			docs = append(docs, d...)
		}
		key := fmt.Sprint(cfg.clusterMin, cfg.kCoarse, cfg.kFine, cfg.seed, cfg.gumTestClusters)
		if cl, ok := clusterCache[key]; ok {
			r.clusters = cl
		} else {
			text, err := cluster.Text(dataDir, docs)
			if err != nil {
				return nil, nil, err
			}
			r.clusters = cluster.Induce(text, cfg.clusterMin, 1000, cfg.kCoarse, cfg.kFine, cfg.seed)
			clusterCache[key] = r.clusters
		}
		log.Info("ner word clusters", "words", len(r.clusters), "elapsed", time.Since(t0).Round(time.Second))
	}
	// Extract every sentence's features once, as rows.
	prep := make([]prepared, len(c.train))
	var sc scratch
	for i, e := range c.train {
		r.extract(e.toks, &sc)
		rows := make([][]int32, len(e.toks))
		for t := range e.toks {
			hs := sc.feats[sc.off[t]:sc.off[t+1]]
			row := make([]int32, 0, len(hs))
			for _, h := range hs {
				k, ok := r.index.get(h)
				if !ok {
					k = int32(r.index.len())
					r.index.put(h, k, false)
				}
				row = append(row, k)
			}
			rows[t] = row
		}
		prep[i] = prepared{rows, e.gold}
	}
	nf := r.index.len()
	log.Info("ner features", "count", nf)
	// Several perceptrons, each over its own shuffles of the data, averaged:
	// one perceptron's result depends much on the order it saw the data in.
	var w, tw []float32
	for k := 0; k < max(1, cfg.ensemble); k++ {
		kc := cfg
		kc.seed = cfg.seed + uint64(k)*1000
		learn := perceptron
		if cfg.crf {
			learn = crf
		}
		wk, twk, err := learn(ctx, kc, prep, nf, log, t0)
		if err != nil {
			return nil, nil, err
		}
		if w == nil {
			w, tw = wk, twk
			continue
		}
		for i := range w {
			w[i] += wk[i]
		}
		for i := range tw {
			tw[i] += twk[i]
		}
	}
	r.weights = w
	r.trans = tw
	r.bias = cfg.bias
	return r, c, nil
}

// prepared is one training sentence as rows of feature indices.
type prepared struct {
	rows [][]int32
	gold []int
}

// perceptron trains one averaged structured perceptron and returns its
// emission and transition weights.
func perceptron(ctx context.Context, cfg trainConfig, prep []prepared, nf int, log *slog.Logger, t0 time.Time) ([]float32, []float32, error) {
	L := numLabels
	w := make([]float32, nf*L)
	u := make([]float64, nf*L)
	tw := make([]float32, (L+1)*L)
	tu := make([]float64, (L+1)*L)
	step := 1.0
	rng := rand.New(rand.NewPCG(cfg.seed, 11))
	order := make([]int, len(prep))
	for i := range order {
		order[i] = i
	}
	var em []float32
	var vsc scratch
	var rows [][]int32
	dropRNG := rand.New(rand.NewPCG(cfg.seed, 13))
	for epoch := 0; epoch < cfg.epochs; epoch++ {
		if err := ctx.Err(); err != nil {
			return nil, nil, fmt.Errorf("train ner: %w", err)
		}
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		errs := 0
		for _, oi := range order {
			p := prep[oi]
			n := len(p.gold)
			em = append(em[:0], make([]float32, n*L)...)
			rows = dropWords(rows[:0], p.rows, cfg.wordDrop, dropRNG)
			addEmissions(em, rows, w)
			pred := viterbi(em, tw, n, &vsc)
			prevG, prevP := L, L // the start row
			for t := 0; t < n; t++ {
				g, q := p.gold[t], pred[t]
				if g != q {
					errs++
					for _, k := range rows[t] {
						w[int(k)*L+g]++
						u[int(k)*L+g] += step
						w[int(k)*L+q]--
						u[int(k)*L+q] -= step
					}
				}
				if g != q || prevG != prevP {
					tw[prevG*L+g]++
					tu[prevG*L+g] += step
					tw[prevP*L+q]--
					tu[prevP*L+q] -= step
				}
				prevG, prevP = g, q
			}
			step++
		}
		log.Info("ner epoch", "epoch", epoch+1, "token errors", errs, "elapsed", time.Since(t0).Round(time.Second))
	}
	// Averaged weights: w - u/step.
	for i := range w {
		w[i] -= float32(u[i] / step)
	}
	for i := range tw {
		tw[i] -= float32(tu[i] / step)
	}
	return w, tw, nil
}

// dropWords appends to rows each token's feature row from src, without its
// lexical features for a share drop of the tokens (trainConfig.wordDrop), and
// returns rows.
func dropWords(rows, src [][]int32, drop float64, rng *rand.Rand) [][]int32 {
	for _, row := range src {
		if drop > 0 && rng.Float64() < drop {
			row = row[numLexical:]
		}
		rows = append(rows, row)
	}
	return rows
}

// addEmissions adds to em, a row of numLabels scores for each token, the
// weights w holds for each of the token's features in rows: the perceptron's
// float32 weights and the CRF's float64 ones alike.
func addEmissions[T float32 | float64](em []T, rows [][]int32, w []T) {
	L := numLabels
	for t, row := range rows {
		e := em[t*L : t*L+L]
		for _, k := range row {
			wr := w[int(k)*L : int(k)*L+L]
			for l := range e {
				e[l] += wr[l]
			}
		}
	}
}
