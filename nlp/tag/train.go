package tag

import (
	"cmp"
	"context"
	"fmt"
	"log/slog"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	sitrep "github.com/sitrep-dev/sitrep"
	"github.com/sitrep-dev/sitrep/internal/gum"
	"github.com/sitrep-dev/sitrep/nlp/conllu"
	"github.com/sitrep-dev/sitrep/nlp/internal/vec"
)

// Training settings, chosen on EWT dev.
const (
	maxEpochs    = 12
	maxEpochs2   = 16   // the second pass still gained on dev at 12
	ambMinCount  = 3    // words seen fewer times get no ambiguity class
	ambMinShare  = 0.05 // tags below this share of a word's uses stay out of its class
	pruneAbove   = 0.02 // averaged weights at most this large (in absolute value) are dropped
	shuffleSeed1 = 20251124
	shuffleSeed2 = 3
)

// trainConfig holds what the experiments in NOTES.md varied; Train uses
// defaultConfig.
type trainConfig struct {
	ensemble int // perceptrons per pass, each over its own shuffles, whose averages are summed
	// minCount drops features seen fewer times in the training data (counted with
	// the gold tags before the word) from the perceptron's updates.
	minCount int
	gumDev   bool // train on GUM's dev documents too
	folds    int  // jackknife folds for the second pass's training input
	// wordClass adds the features on GloVe word classes (nlp/wordclass).
	wordClass bool
}

var defaultConfig = trainConfig{ensemble: 1, minCount: 1, folds: 4, wordClass: true}

// Train trains a tagger on UD EWT train and GUM train (GUM's documents listed
// under "train" in its splits.md) found under dataDir ($SITREP_SHARED/data). It
// picks the number of epochs by accuracy on EWT dev and never reads a test file.
func Train(ctx context.Context, dataDir string, log *slog.Logger) (*Tagger, error) {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	train, err := readTrain(dataDir, defaultConfig.gumDev)
	if err != nil {
		return nil, err
	}
	dev, err := readFile(filepath.Join(dataDir, "ud-ewt", "en_ewt-ud-dev.conllu"))
	if err != nil {
		return nil, err
	}
	log.Info("tagger training data", "sentences", len(train), "dev_sentences", len(dev))
	return train1(ctx, train, dev, defaultConfig, log)
}

// TrainExperiment is Train with the settings of an experiment of NOTES.md, for
// the training command; it is not meant for other callers.
func TrainExperiment(ctx context.Context, dataDir string, ensemble, minCount, folds int, gumDev, wordClass bool,
	log *slog.Logger) (*Tagger, error) {
	cfg := trainConfig{ensemble: ensemble, minCount: minCount, folds: folds, gumDev: gumDev, wordClass: wordClass}
	train, err := readTrain(dataDir, cfg.gumDev)
	if err != nil {
		return nil, err
	}
	dev, err := readFile(filepath.Join(dataDir, "ud-ewt", "en_ewt-ud-dev.conllu"))
	if err != nil {
		return nil, err
	}
	log.Info("tagger training data", "sentences", len(train), "dev_sentences", len(dev), "config", fmt.Sprintf("%+v", cfg))
	return train1(ctx, train, dev, cfg, log)
}

// example is one training sentence with its precomputed word features.
type example struct {
	ws   []wordInfo
	gold []int
}

func train1(ctx context.Context, train, dev []*conllu.Sentence, cfg trainConfig, log *slog.Logger) (*Tagger, error) {
	tagIDs := map[string]int{}
	for _, s := range train {
		for _, w := range s.Words {
			tagIDs[w.UPOS+"/"+w.XPOS] = 0
		}
	}
	tags := sortedKeys(tagIDs)
	for i, tg := range tags {
		tagIDs[tg] = i
	}
	src := source{}
	src.ambClasses, src.ambWords = ambiguity(train, tagIDs)
	src.lemmaList = lexicon(train)
	proto := &Tagger{src: src, wc: cfg.wordClass}
	for _, tg := range tags {
		u, x := splitTag(tg)
		proto.upos, proto.xpos = append(proto.upos, u), append(proto.xpos, x)
	}
	proto.index()

	exs := make([]example, 0, len(train))
	tokens := 0
	for _, s := range train {
		ex := example{ws: make([]wordInfo, len(s.Words)), gold: make([]int, len(s.Words))}
		for i, w := range s.Words {
			ex.ws[i].set(w.Form, proto.amb, proto.wc)
			ex.gold[i] = tagIDs[w.UPOS+"/"+w.XPOS]
		}
		exs = append(exs, ex)
		tokens += len(s.Words)
	}

	first, epochs, err := trainPass(ctx, proto, exs, nil, dev, maxEpochs, cfg.ensemble, cfg.minCount, log.With("pass", 1))
	if err != nil {
		return nil, err
	}
	proto.first = first
	// The second pass learns from first-pass tags as imperfect as they will be on new
	// text: each fold's come from a first pass trained without it.
	firstTags := make([][]uint64, len(exs))
	scores := make([]float32, len(tags))
	folds := max(cfg.folds, 2)
	for fold := range folds {
		var in []example
		for k := range exs {
			if k%folds != fold {
				in = append(in, exs[k])
			}
		}
		// One perceptron per fold, even for an ensemble: a fold's model only
		// stands for the first pass's kind of errors, and folds×members
		// perceptrons would dominate training time.
		w, _, err := trainPass(ctx, proto, in, nil, nil, epochs, 1, cfg.minCount, log.With("pass", 1, "fold", fold))
		if err != nil {
			return nil, err
		}
		ft := &Tagger{upos: proto.upos, first: w, wc: proto.wc}
		for k := fold; k < len(exs); k += folds {
			firstTags[k] = ft.pass(nil, exs[k].ws, scores)
		}
	}
	second, _, err := trainPass(ctx, proto, exs, firstTags, dev, maxEpochs2, cfg.ensemble, cfg.minCount, log.With("pass", 2))
	if err != nil {
		return nil, err
	}
	proto.second = second
	return proto, nil
}

// trainPass trains the weights of one pass: the first when firstTags is nil, else
// the second over those first-pass tags. With dev it stops when dev accuracy has
// not improved for three epochs and returns the best epoch's weights; without, it
// runs the given number of epochs. With members > 1 it trains that many
// perceptrons, each over its own shuffles, and returns the mean of their averaged
// weights (one table: tagging costs what it does with one).
func trainPass(ctx context.Context, proto *Tagger, exs []example, firstTags [][]uint64, dev []*conllu.Sentence,
	epochs, members, minCount int, log *slog.Logger) (weights, int, error) {
	members = max(members, 1)
	wc := proto.wc
	nf := firstCount(wc)
	if firstTags != nil {
		nf += numRight
	}
	var frequent map[uint32]bool
	if minCount > 1 {
		frequent = frequentFeatures(exs, firstTags, nf, minCount, wc)
	}
	trs := make([]*trainer, members)
	rngs := make([]*rand.Rand, members)
	orders := make([][]int, members)
	for m := range trs {
		trs[m] = newTrainer(len(proto.upos), frequent)
		// Member 0 shuffles as the single perceptron always did.
		rngs[m] = rand.New(rand.NewPCG(shuffleSeed1+uint64(m), shuffleSeed2))
		orders[m] = make([]int, len(exs))
		for i := range orders[m] {
			orders[m][i] = i
		}
	}
	tokens := 0
	for _, ex := range exs {
		tokens += len(ex.ws)
	}
	scores := make([]float32, len(proto.upos))
	var best weights
	bestAcc, bestEpoch := -1.0, 0
	for epoch := 1; epoch <= epochs; epoch++ {
		if err := ctx.Err(); err != nil {
			return weights{}, 0, err
		}
		start := time.Now()
		errs := 0
		for m, tr := range trs {
			order := orders[m]
			rngs[m].Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
			errs += tr.epoch(exs, order, firstTags, nf, wc, scores)
		}
		errs /= members
		w := averaged(trs, pruneAbove)
		if dev == nil {
			best, bestEpoch = w, epoch
			log.Info("tagger epoch", "epoch", epoch, "train_acc", 1-float64(errs)/float64(tokens),
				"took", time.Since(start).Round(time.Millisecond))
			continue
		}
		t := &Tagger{upos: proto.upos, xpos: proto.xpos, src: proto.src, amb: proto.amb, lemmas: proto.lemmas,
			first: proto.first, wc: wc}
		if firstTags == nil {
			t.first = w
		} else {
			t.second = w
		}
		upos, xpos, _ := Evaluate(t, dev)
		log.Info("tagger epoch", "epoch", epoch, "train_acc", 1-float64(errs)/float64(tokens),
			"dev_upos", upos, "dev_xpos", xpos, "features", len(w.start)-1, "weights", len(w.w),
			"took", time.Since(start).Round(time.Millisecond))
		if acc := upos + xpos; acc > bestAcc {
			best, bestAcc, bestEpoch = w, acc, epoch
		} else if epoch-bestEpoch >= 3 {
			break
		}
	}
	log.Info("tagger pass trained", "epochs", bestEpoch)
	return best, bestEpoch, nil
}

// frequentFeatures returns the features seen at least minCount times in exs,
// with the gold tags before each word.
func frequentFeatures(exs []example, firstTags [][]uint64, nf, minCount int, wc bool) map[uint32]bool {
	counts := map[uint32]int32{}
	var f [numFeatures]uint32
	for k := range exs {
		ex := &exs[k]
		prev1, prev2 := uint64(tagNone), uint64(tagNone)
		for i := range ex.ws {
			features(&f, ex.ws, i, prev1, prev2, wc)
			if firstTags != nil {
				ft := firstTags[k]
				rightFeatures(&f, firstCount(wc), ex.ws, i, prev1, ft[i], tagAt(ft, i+1), tagAt(ft, i+2))
			}
			for _, x := range f[:nf] {
				counts[x]++
			}
			prev2, prev1 = prev1, uint64(ex.gold[i])
		}
	}
	out := make(map[uint32]bool, len(counts)/2)
	for x, n := range counts {
		if int(n) >= minCount {
			out[x] = true
		}
	}
	return out
}

// epoch trains tr for one epoch over exs in the given order and returns the
// number of mistakes.
func (tr *trainer) epoch(exs []example, order []int, firstTags [][]uint64, nf int, wc bool, scores []float32) int {
	errs := 0
	var f [numFeatures]uint32
	for _, k := range order {
		ex := &exs[k]
		prev1, prev2 := uint64(tagNone), uint64(tagNone)
		for i := range ex.ws {
			features(&f, ex.ws, i, prev1, prev2, wc)
			if firstTags != nil {
				ft := firstTags[k]
				rightFeatures(&f, firstCount(wc), ex.ws, i, prev1, ft[i], tagAt(ft, i+1), tagAt(ft, i+2))
			}
			guess := tr.predict(f[:nf], scores)
			tr.c++
			if guess != ex.gold[i] {
				errs++
				tr.update(f[:nf], ex.gold[i], guess)
			}
			prev2, prev1 = prev1, uint64(guess)
		}
	}
	return errs
}

// trainer holds the perceptron's weights while it learns: per feature, the tags it
// was ever updated for with the current weight w and the running sum u of
// c·update, from which the average weight is w − u/c.
//
// Prediction dominates training, so features are found through an
// open-addressing table (a Go map's lookups were a third of the training
// profile), and the weights prediction reads (rows) sit apart from the sums
// only updates and averaging touch (sums). A feature with weights for
// denseMin tags or more (as in fastTable) also keeps them as a dense row of float32 (dense),
// zero for the other tags, which predict adds with vec.AddRows: a streamed
// read instead of a slice header and scattered additions. A zero changes no
// sum and each tag's sum keeps its terms in feature order, so the scores are
// bit for bit those of the entries alone.
type trainer struct {
	nTags int
	index table    // feature key → slot
	keys  []uint32 // by slot, the feature key
	rows  [][]entry
	sums  [][]int64 // by slot, u for each entry of rows
	c     int64
	// frequent, when set, holds the only features updated.
	frequent map[uint32]bool

	rowLen int      // nTags rounded up to 8; 0 when there are too many tags for rows
	rowOf  []uint32 // by slot, the offset of its dense row plus one; 0 for none
	dense  []uint32 // dense rows: float32 bits
	buf    [256]float32
}

type entry struct {
	cls int32
	w   int32
}

func newTrainer(nTags int, frequent map[uint32]bool) *trainer {
	tr := &trainer{nTags: nTags, index: newTable(1 << 16), frequent: frequent}
	if n := (nTags + 7) &^ 7; n <= len(tr.buf) {
		tr.rowLen = n
	}
	return tr
}

// slot returns feature k's slot, adding it if it has none.
func (tr *trainer) slot(k uint32) uint32 {
	if s, ok := tr.index.get(k); ok {
		return s
	}
	if 2*(len(tr.keys)+1) > len(tr.index.keys) {
		tr.index = newTable(2 * (len(tr.keys) + 1))
		for s, k := range tr.keys {
			tr.index.put(k, uint32(s))
		}
	}
	s := uint32(len(tr.keys))
	tr.index.put(k, s)
	tr.keys = append(tr.keys, k)
	tr.rows = append(tr.rows, nil)
	tr.sums = append(tr.sums, nil)
	tr.rowOf = append(tr.rowOf, 0)
	return s
}

// predict returns the best-scoring tag for features f; scores is scratch of
// nTags entries, used when the trainer keeps no dense rows.
func (tr *trainer) predict(f []uint32, scores []float32) int {
	scores = tr.score(f, scores)
	best := 0
	for c, v := range scores {
		if v > scores[best] {
			best = c
		}
	}
	return best
}

// score returns the tags' scores for features f, each tag's sum taking its
// terms feature by feature in the order of f, in tr.buf or, for a trainer
// without dense rows, in scratch (nTags entries). The home cells of all keys
// are touched before any is probed, so that their cache misses overlap.
func (tr *trainer) score(f []uint32, scratch []float32) []float32 {
	buf := &tr.buf
	sc := scratch[:tr.nTags]
	if tr.rowLen > 0 {
		sc = buf[:tr.rowLen]
	}
	clear(sc)
	var sink uint32
	for _, k := range f {
		sink |= tr.index.keys[(fixKey(k)*0x9e3779b1)&tr.index.mask]
	}
	var starts [numFeatures + 1]uint32
	n := 0
	for _, k := range f {
		s, ok := tr.index.get(k)
		if !ok {
			continue
		}
		if r := tr.rowOf[s]; r != 0 {
			if n == numFeatures {
				vec.AddRows(buf, tr.dense, starts[:n], tr.rowLen)
				n = 0
			}
			starts[n] = r - 1
			n++
			continue
		}
		if n > 0 {
			vec.AddRows(buf, tr.dense, starts[:n], tr.rowLen)
			n = 0
		}
		for _, e := range tr.rows[s] {
			sc[e.cls] += float32(e.w)
		}
	}
	if n > 0 {
		vec.AddRows(buf, tr.dense, starts[:n], tr.rowLen)
	}
	starts[numFeatures] = sink
	return sc[:tr.nTags]
}

func (tr *trainer) update(f []uint32, gold, guess int) {
	for _, k := range f {
		if tr.frequent != nil && !tr.frequent[k] {
			continue
		}
		s := tr.slot(k)
		tr.bump(s, int32(gold), 1)
		tr.bump(s, int32(guess), -1)
	}
}

func (tr *trainer) bump(s uint32, cls, d int32) {
	row := tr.rows[s]
	for i := range row {
		if row[i].cls == cls {
			row[i].w += d
			tr.sums[s][i] += tr.c * int64(d)
			if r := tr.rowOf[s]; r != 0 {
				tr.dense[r-1+uint32(cls)] = math.Float32bits(float32(row[i].w))
			}
			return
		}
	}
	tr.rows[s] = append(row, entry{cls: cls, w: d})
	tr.sums[s] = append(tr.sums[s], tr.c*int64(d))
	if r := tr.rowOf[s]; r != 0 {
		tr.dense[r-1+uint32(cls)] = math.Float32bits(float32(d))
		return
	}
	if tr.rowLen == 0 || len(tr.rows[s]) < denseMin {
		return
	}
	// The feature has become frequent: give it a dense row.
	off := uint32(len(tr.dense))
	tr.dense = slices.Grow(tr.dense, tr.rowLen)[:int(off)+tr.rowLen]
	clear(tr.dense[off:])
	for _, e := range tr.rows[s] {
		tr.dense[off+uint32(e.cls)] = math.Float32bits(float32(e.w))
	}
	tr.rowOf[s] = off + 1
}

// averaged returns the mean of the trainers' averaged weights, dropping the
// small ones.
func averaged(trs []*trainer, prune float32) weights {
	var m weights
	seen := map[uint32]bool{}
	var keys []uint32
	for _, tr := range trs {
		for _, k := range tr.keys {
			if !seen[k] {
				seen[k] = true
				keys = append(keys, k)
			}
		}
	}
	slices.Sort(keys)
	sum := make([]float64, trs[0].nTags)
	has := make([]bool, trs[0].nTags)
	var kept []uint32
	for _, k := range keys {
		clear(sum)
		clear(has)
		for _, tr := range trs {
			s, ok := tr.index.get(k)
			if !ok {
				continue
			}
			c := float64(max(tr.c, 1))
			for i, e := range tr.rows[s] {
				sum[e.cls] += float64(e.w) - float64(tr.sums[s][i])/c
				has[e.cls] = true
			}
		}
		first := len(m.cls)
		for cls, v := range sum {
			if !has[cls] {
				continue
			}
			avg := float32(v / float64(len(trs)))
			if avg > prune || avg < -prune {
				m.cls = append(m.cls, uint16(cls))
				m.w = append(m.w, avg)
			}
		}
		if len(m.cls) > first {
			m.start = append(m.start, uint32(first))
			kept = append(kept, k)
		}
	}
	m.start = append(m.start, uint32(len(m.cls)))
	m.table = newTable(len(kept))
	for s, k := range kept {
		m.table.put(k, uint32(s))
	}
	return m
}

// ambiguity builds the tag dictionary: for each word seen at least ambMinCount
// times, the set of tags it takes at least ambMinShare of the time, hashed.
func ambiguity(train []*conllu.Sentence, tagIDs map[string]int) ([]uint64, []ambEntry) {
	counts := map[string]map[int]int{}
	for _, s := range train {
		for _, w := range s.Words {
			lw := lowerASCII(w.Form)
			if counts[lw] == nil {
				counts[lw] = map[int]int{}
			}
			counts[lw][tagIDs[w.UPOS+"/"+w.XPOS]]++
		}
	}
	classIdx := map[uint64]uint32{}
	var classes []uint64
	var words []ambEntry
	for _, word := range sortedKeys(counts) {
		total := 0
		for _, n := range counts[word] {
			total += n
		}
		if total < ambMinCount {
			continue
		}
		h := uint64(fnvOffset)
		for _, tg := range sortedKeys(counts[word]) {
			if float64(counts[word][tg]) >= ambMinShare*float64(total) {
				h = mix(h, uint64(tg)+1)
			}
		}
		ci, ok := classIdx[h]
		if !ok {
			ci = uint32(len(classes))
			classIdx[h] = ci
			classes = append(classes, h)
		}
		words = append(words, ambEntry{word: word, class: ci})
	}
	return classes, words
}

// lexicon learns the lemma of each lower-cased form and XPOS (the most frequent)
// and keeps those the rules get wrong.
func lexicon(train []*conllu.Sentence) []lemmaEntry {
	type key struct{ form, xpos string }
	counts := map[key]map[string]int{}
	forms := map[key]map[string]int{}
	for _, s := range train {
		for _, w := range s.Words {
			if w.Lemma == "" || w.Lemma == "_" && w.Form != "_" {
				continue
			}
			k := key{lowerASCII(w.Form), w.XPOS}
			if counts[k] == nil {
				counts[k], forms[k] = map[string]int{}, map[string]int{}
			}
			counts[k][w.Lemma]++
			forms[k][w.Form]++
		}
	}
	keys := make([]key, 0, len(counts))
	for k := range counts {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(a, b key) int {
		return cmp.Or(cmp.Compare(a.form, b.form), cmp.Compare(a.xpos, b.xpos))
	})
	var out []lemmaEntry
	for _, k := range keys {
		lemma, form := mostFrequent(counts[k]), mostFrequent(forms[k])
		if ruleLemma(form, k.xpos) != lemma {
			out = append(out, lemmaEntry{form: k.form, xpos: k.xpos, lemma: lemma})
		}
	}
	return out
}

func mostFrequent(m map[string]int) string {
	best, n := "", -1
	for _, k := range sortedKeys(m) {
		if m[k] > n {
			best, n = k, m[k]
		}
	}
	return best
}

func sortedKeys[K cmp.Ordered, V any](m map[K]V) []K {
	keys := make([]K, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

func lowerASCII(s string) string {
	for i := 0; i < len(s); i++ {
		if s[i] >= 'A' && s[i] <= 'Z' {
			return strings.Map(func(r rune) rune {
				if r >= 'A' && r <= 'Z' {
					return r + 'a' - 'A'
				}
				return r
			}, s)
		}
	}
	return s
}

// readTrain reads EWT train and the GUM train documents, and GUM's dev documents
// too with gumDev.
func readTrain(dataDir string, gumDev bool) ([]*conllu.Sentence, error) {
	out, err := readFile(filepath.Join(dataDir, "ud-ewt", "en_ewt-ud-train.conllu"))
	if err != nil {
		return nil, err
	}
	docs, err := gum.Split(dataDir, "train")
	if err != nil {
		return nil, err
	}
	if gumDev {
		dev, err := gum.Split(dataDir, "dev")
		if err != nil {
			return nil, err
		}
		docs = append(docs, dev...)
	}
	for _, d := range docs {
		path := filepath.Join(dataDir, "gum", "dep", d+".conllu")
		if _, err := os.Stat(path); err != nil {
			continue // the shared copy holds a subset of GUM
		}
		s, err := readFile(path)
		if err != nil {
			return nil, err
		}
		out = append(out, s...)
	}
	return out, nil
}

// readFile reads a CoNLL-U file, keeping only sentences whose words all carry
// a form and both tags (GUM's Reddit documents come without their text).
func readFile(path string) ([]*conllu.Sentence, error) {
	sents, err := conllu.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read treebank: %w", err)
	}
	out := sents[:0]
	for _, s := range sents {
		ok := len(s.Words) > 0
		for _, w := range s.Words {
			if w.Form == "_" || w.UPOS == "_" || w.XPOS == "_" || w.UPOS == "" || w.XPOS == "" {
				ok = false
				break
			}
		}
		if ok {
			out = append(out, s)
		}
	}
	return out, nil
}

// Evaluate tags gold's words (gold tokenization) and returns the share of words
// whose UPOS, XPOS and lemma match.
func Evaluate(t *Tagger, gold []*conllu.Sentence) (upos, xpos, lemma float64) {
	var nu, nx, nl, n int
	var toks []sitrep.Token
	for _, s := range gold {
		toks = toks[:0]
		for _, w := range s.Words {
			toks = append(toks, sitrep.Token{Text: w.Form})
		}
		t.Tag(toks)
		for i, w := range s.Words {
			n++
			if toks[i].UPOS == w.UPOS {
				nu++
			}
			if toks[i].XPOS == w.XPOS {
				nx++
			}
			if toks[i].Lemma == w.Lemma {
				nl++
			}
		}
	}
	if n == 0 {
		return 0, 0, 0
	}
	return float64(nu) / float64(n), float64(nx) / float64(n), float64(nl) / float64(n)
}
