// Command traintone trains the learned tone of package frame
// (frame/data/tone_model.tsv.gz; Weights.Learned) from sitrep's own labels of
// the sentiment a sentence conveys toward each named target in it. The
// shipped model's labels are frame/data/target-tone-written.tsv: "tone:HASH#N",
// the N-th name of a sentence of frame/data/written (news written for sitrep,
// read by ner.WrittenSentences; -written). The older labels,
// frame/data/target-tone.tsv ("ewt:SENT_ID#N" or "ecb:HASH#N", names of nlp/ner's
// annotation joined from the shared data by ner.AnnotatedSentences), can be
// added with a comma (-labels A,B). The sentences are tagged, parsed and their
// quotes found as sitrep analyses articles, and each target's features are
// frame's (Lexicon.TargetFeatures).
//
// The model is a three-class logistic regression (logreg.go). Its feature set,
// L2 penalty, whether the classes are weighted to balance and the margin of
// its tone (frame.LearnedTone) are chosen on the labels alone, for the tone
// as frame blends it with the lexicon's (DefaultWeights.Learned), by the mean
// of two macro-F1s of the tone's sign as the validation corpora read it
// (±0.05): cross-validated with folds by document, and across sources (each
// scored by a model trained on the others: the written files, one writer's
// each, and the ewt and ecb corpora); then it is trained on every label, and
// the chosen model's figures at each blend weight are printed. The blend
// weight itself is set in frame, where the validation corpora decide it
// (frame/NOTES.md, "Learned tone on news written here"). No validation corpus
// (NewsMTSC, BASIL, PAC, FA-KES) is read, nor anything under -data unless a
// label is of the older corpora (then -data names the shared data
// directory). The same inputs give the same file byte for byte. Run from the
// repository root:
//
//	go run ./frame/internal/traintone -out frame/data/tone_model.tsv.gz
//
// -tasks FILE prints a labelling task for every name of a written file.
//
// With -newsmtsc mt, rw or mt,rw it trains on NewsMTSC's files instead
// (news.go), with or without the own labels, every setting and the blend
// weight chosen by cross-validation by article on the files trained on; a
// model trained on one file is scored on the other by frame's validation test
// (-model). Measured and not shipped (frame/NOTES.md, "Learned tone trained
// on NewsMTSC"):
//
//	SITREP_SHARED=/work/shared go run ./frame/internal/traintone -data $SITREP_SHARED/data -labels frame/data/target-tone.tsv -newsmtsc mt -out /tmp/mt.tsv.gz
//	SITREP_SHARED=/work/shared go test ./frame -run NewsMTSC -v -args -model /tmp/mt.tsv.gz -learned W -sets rw -exclude sentences
package main

import (
	"bufio"
	"bytes"
	"cmp"
	"compress/gzip"
	"flag"
	"fmt"
	"hash/fnv"
	"log/slog"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"github.com/sitrep-dev/sitrep"
	"github.com/sitrep-dev/sitrep/frame"
	"github.com/sitrep-dev/sitrep/frame/internal/confusion"
	"github.com/sitrep-dev/sitrep/nlp/ner"
	"github.com/sitrep-dev/sitrep/nlp/parse"
	"github.com/sitrep-dev/sitrep/nlp/tag"
	"github.com/sitrep-dev/sitrep/quote"
)

const (
	folds = 5
	iters = 300
	// minCount is how many training targets a feature must occur with to get
	// weights: one target's words are an accident.
	minCount = 2
)

// grid is the settings cross-validation chooses among.
var (
	lambdas  = []float64{3e-5, 1e-4, 3e-4, 1e-3, 3e-3}
	balances = []bool{false, true}
	margins  = []float64{0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6}
)

// setting is one point of the grid and its macro-F1s: cross-validated by
// document, and across sources (source: each writer's file, or the corpus of
// an older label, scored by a model trained on the others). The model is
// chosen by their mean: it will score outlets and topics it was not trained
// on, and the sources differ in topic and in their share of each label.
type setting struct {
	features  string
	lambda    float64
	balanced  bool
	margin    float64
	cv, cross float64
	score     float64
}

// featSet is a subset of frame's features a model may be trained on; at
// scoring time the features it has no weights for count nothing.
type featSet struct {
	name string
	drop []string // prefixes of the features left out
	// lexWords keeps the lemma features (w2:, w4:, not:) of words with a
	// valence only (VADER's or the codebook news words'): the model re-weighs
	// opinion words rather than learning the topics of its training
	// sentences.
	lexWords bool
}

// featureSets are the subsets compared: all, without the lemmas (words are
// read through VADER and the lexicon's tone only), without the lemmas near the
// target but with the target's role and head, with the lemmas of opinion words
// only, and without the lexicon's tone.
var featureSets = []featSet{
	{"all", nil, false},
	{"nolemma", []string{"w2:", "w4:", "not:", "head:", "role:"}, false},
	{"roles", []string{"w2:", "w4:", "not:"}, false},
	{"lexwords", nil, true},
	{"nolex", []string{"lex"}, false},
}

// writtenDir holds the text written for the labels whose ids start "tone:".
var writtenDir string

// lexicon is the shipped lexicon, for lexWords.
var lexicon *frame.Lexicon

func featureSet(name string) featSet {
	for _, f := range featureSets {
		if f.name == name {
			return f
		}
	}
	panic("traintone: no feature set " + name)
}

func (f featSet) keeps(name string) bool {
	for _, p := range f.drop {
		if strings.HasPrefix(name, p) {
			return false
		}
	}
	if f.lexWords {
		for _, p := range []string{"w2:", "w4:", "not:"} {
			if w, ok := strings.CutPrefix(name, p); ok {
				return lexicon.Scores(w)
			}
		}
	}
	return true
}

// heldOut is every target's class probabilities from a model trained on the
// targets of the other parts (part[i] in [0, parts)), and on extra, which
// trains every part's model and is never scored.
func heldOut(ts []target, part []int, parts int, fs featSet, lambda float64, bal bool, extra ...target) [][3]float64 {
	held := make([][3]float64, len(ts))
	for k := range parts {
		train := slices.Clone(extra)
		for i, t := range ts {
			if part[i] != k {
				train = append(train, t)
			}
		}
		m := fit(train, fs, lambda, bal)
		for i, t := range ts {
			if part[i] == k {
				held[i] = m.Probs(t.feats)
			}
		}
	}
	return held
}

// splits are the two ways targets are held out: document folds, and sources
// (corpusIndex; nc of them).
type splits struct {
	fold, source []int
	nc           int
}

// heldOut is every target's held-out probabilities by document folds (cv) and
// by the other sources (cross; cv again when there is one source).
func (s splits) heldOut(ts []target, fs featSet, lambda float64, bal bool) (cv, cross [][3]float64) {
	cv = heldOut(ts, s.fold, folds, fs, lambda, bal)
	if s.nc < 2 {
		return cv, cv
	}
	return cv, heldOut(ts, s.source, s.nc, fs, lambda, bal)
}

// blendedF1 is the macro-F1 of the sign of the tone frame computes from
// class probabilities p (LearnedTone at margin) blended with the lexicon's
// at weight w (Weights.Learned).
func blendedF1(ts []target, p [][3]float64, margin, w float64) float64 {
	var conf [3][3]int
	for i, t := range ts {
		conf[t.y][confusion.Sign(w*frame.LearnedTone(p[i], margin)+(1-w)*t.lex)+1]++
	}
	return confusion.Matrix(conf).MacroF1()
}

// source is what the cross-corpus split keeps together: the corpus of an
// own label (ewt, ecb), and for the written sentences the file, one writer's
// work ("tone:01-us").
func source(t target) string {
	c, _, _ := strings.Cut(t.id, ":")
	if c == "tone" {
		if i := strings.LastIndexByte(t.doc, ':'); i > 0 {
			return t.doc[:i]
		}
	}
	return c
}

// corpusIndex numbers the corpora (in name order), for the cross-corpus
// split: each corpus is scored by a model trained on the others.
func corpusIndex(corpus []string) ([]int, int) {
	names := slices.Compact(slices.Sorted(slices.Values(corpus)))
	out := make([]int, len(corpus))
	for i, c := range corpus {
		out[i], _ = slices.BinarySearch(names, c)
	}
	return out, len(names)
}

func argmaxConf(ts []target, p [][3]float64) [3][3]int {
	var conf [3][3]int
	for i, t := range ts {
		am := 0
		for c := range 3 {
			if p[i][c] > p[i][am] {
				am = c
			}
		}
		conf[t.y][am]++
	}
	return conf
}

// target is one labelled target with its features.
type target struct {
	id, doc string
	y       int
	lex     float64
	feats   []frame.Feature
}

func main() {
	data := flag.String("data", filepath.Join(os.Getenv("SITREP_SHARED"), "data"), "shared data directory (UD EWT train, ECB+)")
	labels := flag.String("labels", "frame/data/target-tone-written.tsv", "the labels: ID<TAB>neg|neu|pos, comma-separated files")
	out := flag.String("out", "frame/data/tone_model.tsv.gz", "where to write the model")
	dump := flag.Bool("dump", false, "print each labelled target's id and words (to check the ids) and stop")
	only := flag.String("features", "", "compare only these feature sets, comma-separated (all, nolemma, roles, lexwords, nolex): for experiments; the shipped model compares them all")
	news := flag.String("newsmtsc", "", "train on these NewsMTSC files (mt, rw, or mt,rw), choosing every setting by cross-validation on their targets; the own labels (-labels) join the training folds when -own says so")
	own := flag.String("own", "auto", "with -newsmtsc: train with the own labels (yes), without (no), or choose by cross-validation (auto)")
	flag.StringVar(&writtenDir, "written", "frame/data/written", "the text written for the labels (tone: ids): its *.txt files, in nlp/ner's written format")
	evalModel := flag.String("eval", "", "score this model file (traintone's output) on the labels at every blend weight, and stop: to compare models on labels one of them never saw")
	tasks := flag.String("tasks", "", "print a labelling task (ID<TAB>sentence with the target in [[ ]]) for every name of this written file, and stop")
	balanced := flag.String("balanced", "auto", "weigh the classes to balance (yes), not (no), or choose by cross-validation (auto): for experiments")
	flag.Parse()
	switch *balanced {
	case "yes":
		balances = []bool{true}
	case "no":
		balances = []bool{false}
	case "auto":
	default:
		slog.Error("traintone: -balanced: want auto, yes or no", "got", *balanced)
		os.Exit(2)
	}
	if *only != "" {
		var fs []featSet
		for _, n := range strings.Split(*only, ",") {
			fs = append(fs, featureSet(n))
		}
		featureSets = fs
	}
	if *evalModel != "" {
		if err := evalOn(*data, *labels, *evalModel); err != nil {
			slog.Error("traintone", "err", err)
			os.Exit(1)
		}
		return
	}
	if *tasks != "" {
		if err := printTasks(*tasks); err != nil {
			slog.Error("traintone", "err", err)
			os.Exit(1)
		}
		return
	}
	if *news != "" {
		if err := runNews(*data, *labels, *out, strings.Split(*news, ","), *own); err != nil {
			slog.Error("traintone", "err", err)
			os.Exit(1)
		}
		return
	}
	if err := run(*data, *labels, *out, *dump); err != nil {
		slog.Error("traintone", "err", err)
		os.Exit(1)
	}
}

func run(data, labelPath, out string, dump bool) error {
	labels, err := readLabels(labelPath)
	if err != nil {
		return err
	}
	targets, err := featurize(data, labels, dump)
	if err != nil || dump {
		return err
	}
	var counts [3]int
	for _, t := range targets {
		counts[t.y]++
	}
	fmt.Printf("%d labelled targets (neg %d, neu %d, pos %d) in %d documents\n", len(targets), counts[0], counts[1], counts[2], len(docsOf(targets)))

	fold := foldOf(targets)
	var lexConf [3][3]int
	for _, t := range targets {
		lexConf[t.y][confusion.Sign(t.lex)+1]++
	}
	fmt.Printf("lexicon alone: macro-F1 %.3f, accuracy %.3f\n", confusion.Matrix(lexConf).MacroF1(), confusion.Matrix(lexConf).Accuracy())
	corpus := make([]string, len(targets))
	for i, t := range targets {
		corpus[i] = source(t)
	}
	cpart, nc := corpusIndex(corpus)
	split := splits{fold, cpart, nc}
	// Settings are chosen for the tone frame computes: blended with the
	// lexicon's at DefaultWeights.Learned (the learned tone alone when that
	// is off). The labels alone prefer the learned tone alone (the chosen
	// model's blend weights, printed below, and frame/NOTES.md); how far it
	// goes is the validation corpora's call, not theirs.
	w := cmp.Or(frame.DefaultWeights.Learned, 1)
	fmt.Printf("blend weight %g (frame.DefaultWeights.Learned)\n", w)
	best := setting{score: -1}
	for _, fs := range featureSets {
		for _, bal := range balances {
			for _, lambda := range lambdas {
				st := setting{features: fs.name, lambda: lambda, balanced: bal}
				// Held-out probabilities of every target, by document folds
				// (cv) and by the other sources (cross).
				cv, cross := split.heldOut(targets, fs, lambda, bal)
				// Each margin read off them, the tone blended with the
				// lexicon's as frame will blend it; the line's best is printed.
				lineBest := setting{score: -1}
				for _, margin := range margins {
					st.margin = margin
					st.cv, st.cross = blendedF1(targets, cv, margin, w), blendedF1(targets, cross, margin, w)
					st.score = (st.cv + st.cross) / 2
					if st.score > lineBest.score {
						lineBest = st
					}
				}
				fmt.Printf("%-8s lambda %-6g balanced %-5v: argmax CV macro-F1 %.3f; best margin %g: CV %.3f, cross %.3f\n",
					fs.name, lambda, bal, confusion.Matrix(argmaxConf(targets, cv)).MacroF1(), lineBest.margin, lineBest.cv, lineBest.cross)
				if lineBest.score > best.score {
					best = lineBest
				}
			}
		}
	}
	fmt.Printf("chosen: features %s, lambda %g, balanced %v, margin %g, blend %g (CV macro-F1 %.3f, cross-corpus %.3f)\n", best.features, best.lambda, best.balanced, best.margin, w, best.cv, best.cross)
	// The chosen model at every blend weight (0: the lexicon alone), for the
	// record.
	cv, cross := split.heldOut(targets, featureSet(best.features), best.lambda, best.balanced)
	for _, bw := range append([]float64{0}, blends...) {
		fmt.Printf("  blend %-4g: CV macro-F1 %.3f, cross-corpus %.3f\n", bw, blendedF1(targets, cv, best.margin, bw), blendedF1(targets, cross, best.margin, bw))
	}
	m := fit(targets, featureSet(best.features), best.lambda, best.balanced)
	m.Margin = best.margin
	header := fmt.Sprintf("# frame's learned tone: traintone on %d targets; features %s, lambda %g, balanced %v, margin %g, chosen blended at %g; %d-fold CV macro-F1 %.3f, cross-corpus %.3f\n",
		len(targets), best.features, best.lambda, best.balanced, best.margin, w, folds, best.cv, best.cross)
	b, err := encode(m, header)
	if err != nil {
		return err
	}
	if err := writeFile(out, b); err != nil {
		return err
	}
	fmt.Printf("wrote %s: %d features, %d bytes\n", out, len(m.Weights), len(b))
	return nil
}

func writeFile(path string, b []byte) error {
	if err := os.WriteFile(path, b, 0o644); err != nil {
		return fmt.Errorf("traintone: %w", err)
	}
	return nil
}

// runNews trains on NewsMTSC's files halves and, by own, the labels at
// labelPath.
func runNews(data, labelPath, out string, halves []string, own string) error {
	owns := map[string][]bool{"auto": {false, true}, "yes": {true}, "no": {false}}[own]
	if owns == nil {
		return fmt.Errorf("traintone: -own %q: want auto, yes or no", own)
	}
	var ownTargets []target
	if owns[len(owns)-1] {
		labels, err := readLabels(labelPath)
		if err != nil {
			return err
		}
		if ownTargets, err = featurize(data, labels, false); err != nil {
			return err
		}
	}
	news, err := readNews(data, halves)
	if err != nil {
		return err
	}
	return trainNews(news, ownTargets, owns, halves, out)
}

// readLabels reads ID<TAB>neg|neu|pos lines from the comma-separated files
// of paths.
func readLabels(paths string) (map[string]int, error) {
	out := map[string]int{}
	for _, path := range strings.Split(paths, ",") {
		if err := readLabelFile(path, out); err != nil {
			return nil, err
		}
	}
	return out, nil
}

func readLabelFile(path string, out map[string]int) error {
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("traintone: %w", err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for ln := 1; sc.Scan(); ln++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		id, lab, ok := strings.Cut(line, "\t")
		c := slices.Index([]string{"neg", "neu", "pos"}, lab)
		if !ok || c < 0 {
			return fmt.Errorf("traintone: %s line %d: want ID<TAB>neg|neu|pos", path, ln)
		}
		if _, dup := out[id]; dup {
			return fmt.Errorf("traintone: %s line %d: %s labelled twice", path, ln, id)
		}
		out[id] = c
	}
	return sc.Err()
}

// analysis is what featurizing a sentence takes, as frame's validation tests
// analyse it: the shipped lexicon, tagger, parser and quote extractor, and the
// weights of the lexicon's tone with the learned tone off (it is what the
// features train).
type analysis struct {
	lex *frame.Lexicon
	tg  *tag.Tagger
	ps  *parse.Parser
	qx  *quote.Extractor
	w   frame.Weights
}

// loadAnalysis loads the shipped models, and sets lexicon (lexWords reads it).
func loadAnalysis() (*analysis, error) {
	lex, err := frame.Default()
	if err != nil {
		return nil, err
	}
	lexicon = lex
	tg, err := tag.Load()
	if err != nil {
		return nil, err
	}
	ps, err := parse.Load()
	if err != nil {
		return nil, err
	}
	qx, err := quote.Load()
	if err != nil {
		return nil, err
	}
	w := frame.DefaultWeights
	w.Learned = 0
	return &analysis{lex: lex, tg: tg, ps: ps, qx: qx, w: w}, nil
}

// featurize analyses the labelled sentences and computes every labelled
// target's features, in the order of the targets' ids.
func featurize(data string, labels map[string]int, dump bool) ([]target, error) {
	// The shared data's annotation only when a label needs it: the written
	// labels alone read nothing under data.
	var sents []ner.AnnotatedSentence
	for id := range labels {
		if !strings.HasPrefix(id, "tone:") {
			var err error
			if sents, err = ner.AnnotatedSentences(data); err != nil {
				return nil, err
			}
			break
		}
	}
	if writtenDir != "" {
		ws, err := ner.WrittenSentences(os.DirFS(writtenDir), "*.txt", "tone")
		if err != nil {
			return nil, fmt.Errorf("traintone: %s: %w", writtenDir, err)
		}
		sents = append(sents, ws...)
	}
	byKey := map[string]ner.AnnotatedSentence{}
	for _, s := range sents {
		byKey[s.Key] = s
	}
	perSent := map[string][]int{} // sentence key → labelled entity indices
	for id := range labels {
		key, n, _ := strings.Cut(id, "#")
		i, err := strconv.Atoi(n)
		// Exactly KEY#N: "#01" would parse, but the target it names is
		// looked up as KEY#1 below and would take another label.
		if err != nil || i < 1 || id != key+"#"+strconv.Itoa(i) {
			return nil, fmt.Errorf("traintone: label id %q: want KEY#N", id)
		}
		s, ok := byKey[key]
		if !ok || i > len(s.Entities) {
			where := "the annotation under " + data
			if strings.HasPrefix(key, "tone:") {
				where = cmp.Or(writtenDir, "no written text (-written is empty)")
			}
			return nil, fmt.Errorf("traintone: label id %q: no such sentence or name in %s", id, where)
		}
		perSent[key] = append(perSent[key], i-1)
	}
	keys := make([]string, 0, len(perSent))
	for k := range perSent {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	an, err := loadAnalysis()
	if err != nil {
		return nil, err
	}
	var out []target
	for _, key := range keys {
		s := byKey[key]
		toks := append([]sitrep.Token(nil), s.Tokens...)
		if dump {
			for _, e := range perSent[key] {
				var ws []string
				for _, t := range toks[s.Entities[e].Start:s.Entities[e].End] {
					ws = append(ws, t.Text)
				}
				fmt.Printf("%s#%d\t%s\n", key, e+1, strings.Join(ws, " "))
			}
			continue
		}
		an.tg.Tag(toks)
		an.ps.Parse(toks)
		ms := make([]sitrep.Mention, len(s.Entities))
		ign := frame.Names(toks)
		for i, e := range s.Entities {
			ms[i] = sitrep.Mention{Start: e.Start, End: e.End, Span: sitrep.Span{Start: toks[e.Start].Span.Start, End: toks[e.End-1].Span.End},
				Text: s.Text[toks[e.Start].Span.Start:toks[e.End-1].Span.End], Code: "T" + strconv.Itoa(i)}
			for j := e.Start; j < e.End; j++ {
				ign[j] = true
			}
		}
		d := &sitrep.Document{ID: key, Text: s.Text}
		qs := an.qx.Extract(d, []sitrep.Sentence{{Span: sitrep.Span{Start: 0, End: len(s.Text)}, Tokens: toks}}, ms)
		quoted, reported := frame.QuoteSpans(qs)
		voice0 := frame.Voices(toks, quoted, reported)
		skip := func(i int) bool { return ign[i] }
		for _, e := range perSent[key] {
			code := ms[e].Code
			voice := frame.SelfVoices(voice0, toks, qs, func(q sitrep.Quote) bool { return q.Speaker.Code == code })
			targets := [][2]int{{ms[e].Start, ms[e].End}}
			var others [][2]int
			for i, m := range ms {
				if i != e {
					others = append(others, [2]int{m.Start, m.End})
				}
			}
			id := key + "#" + strconv.Itoa(e+1)
			tone := an.lex.ToneTargets(toks, skip, voice, targets, others, an.w)
			out = append(out, target{id: id, doc: s.Doc, y: labels[id], lex: tone,
				feats: an.lex.TargetFeatures(toks, skip, voice, targets, others, tone)})
		}
	}
	slices.SortFunc(out, func(a, b target) int { return cmp.Compare(a.id, b.id) })
	return out, nil
}

func docsOf(ts []target) []string {
	var docs []string
	seen := map[string]bool{}
	for _, t := range ts {
		if !seen[t.doc] {
			seen[t.doc] = true
			docs = append(docs, t.doc)
		}
	}
	return docs
}

// foldOf assigns whole documents to folds, by a hash of the document's name,
// so that each fold mixes the sources.
func foldOf(ts []target) []int {
	out := make([]int, len(ts))
	for i, t := range ts {
		h := fnv.New32a()
		h.Write([]byte(t.doc))
		out[i] = int(h.Sum32() % folds)
	}
	return out
}

// fit trains a model on ts: the features seen with at least minCount targets,
// the bias first.
func fit(ts []target, fs featSet, lambda float64, balanced bool) *frame.ToneModel {
	count := map[string]int{}
	for _, t := range ts {
		for _, f := range t.feats {
			if fs.keeps(f.Name) {
				count[f.Name]++
			}
		}
	}
	names := []string{"bias"}
	for n, c := range count {
		if n != "bias" && c >= minCount {
			names = append(names, n)
		}
	}
	slices.Sort(names[1:])
	index := map[string]int{}
	for i, n := range names {
		index[n] = i
	}
	var classN [3]float64
	for _, t := range ts {
		classN[t.y]++
	}
	items := make([]item, len(ts))
	for i, t := range ts {
		var x sparse
		for _, f := range t.feats {
			if k, ok := index[f.Name]; ok {
				x.idx = append(x.idx, k)
				x.val = append(x.val, f.Value)
			}
		}
		w := 1.0
		if balanced {
			w = float64(len(ts)) / (3 * classN[t.y])
		}
		items[i] = item{x: x, y: t.y, w: w}
	}
	ws := trainLogReg(items, len(names), lambda, iters)
	m := &frame.ToneModel{Weights: map[string][3]float64{}}
	for i, n := range names {
		m.Weights[n] = ws[i]
	}
	return m
}

// encode writes the model as gzipped FEATURE<TAB>NEG<TAB>NEU<TAB>POS lines,
// sorted, weights to four significant digits; a feature whose weights all
// round to nothing is left out. The gzip header carries no name or time, so
// the bytes depend on the weights alone.
func encode(m *frame.ToneModel, header string) ([]byte, error) {
	names := make([]string, 0, len(m.Weights))
	for n := range m.Weights {
		names = append(names, n)
	}
	slices.Sort(names)
	var txt bytes.Buffer
	txt.WriteString(header)
	fmt.Fprintf(&txt, "!margin\t%g\n", m.Margin)
	for _, n := range names {
		w := m.Weights[n]
		if max(abs(w[0]), abs(w[1]), abs(w[2])) < 5e-4 {
			delete(m.Weights, n)
			continue
		}
		fmt.Fprintf(&txt, "%s\t%.4g\t%.4g\t%.4g\n", n, w[0], w[1], w[2])
	}
	var b bytes.Buffer
	zw, err := gzip.NewWriterLevel(&b, gzip.BestCompression)
	if err != nil {
		return nil, err
	}
	if _, err := zw.Write(txt.Bytes()); err != nil {
		return nil, err
	}
	if err := zw.Close(); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

func abs(f float64) float64 { return max(f, -f) }

// printTasks prints one labelling task per name of the written file path:
// the label's id and the sentence with that name in double brackets.
func printTasks(path string) error {
	sents, err := ner.WrittenSentences(os.DirFS(filepath.Dir(path)), filepath.Base(path), "tone")
	if err != nil {
		return fmt.Errorf("traintone: -tasks %s: %w", path, err)
	}
	w := bufio.NewWriter(os.Stdout)
	for _, s := range sents {
		for i, e := range s.Entities {
			start, end := s.Tokens[e.Start].Span.Start, s.Tokens[e.End-1].Span.End
			fmt.Fprintf(w, "%s#%d\t%s[[%s]]%s\n", s.Key, i+1, s.Text[:start], s.Text[start:end], s.Text[end:])
		}
	}
	return w.Flush()
}

// evalOn prints the macro-F1 of the tone's sign of the model at path on the
// labels, blended with the lexicon's at each weight.
func evalOn(data, labelPath, path string) error {
	gz, err := os.ReadFile(path)
	if err != nil {
		return fmt.Errorf("traintone: %w", err)
	}
	m, err := frame.ReadToneModel(gz)
	if err != nil {
		return fmt.Errorf("traintone: %s: %w", path, err)
	}
	labels, err := readLabels(labelPath)
	if err != nil {
		return err
	}
	targets, err := featurize(data, labels, false)
	if err != nil {
		return err
	}
	p := make([][3]float64, len(targets))
	for i, t := range targets {
		p[i] = m.Probs(t.feats)
	}
	for _, w := range append([]float64{0}, blends...) {
		fmt.Printf("%s on %d targets, blend %-4g: macro-F1 %.3f\n", path, len(targets), w, blendedF1(targets, p, m.Margin, w))
	}
	return nil
}
