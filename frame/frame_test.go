package frame

import (
	"encoding/json"
	"flag"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/sitrep-dev/sitrep/internal/testshared"

	"github.com/sitrep-dev/sitrep"
	"github.com/sitrep-dev/sitrep/frame/internal/confusion"
	"github.com/sitrep-dev/sitrep/frame/internal/newsmtsc"
	"github.com/sitrep-dev/sitrep/nlp/parse"
	"github.com/sitrep-dev/sitrep/nlp/tag"
	"github.com/sitrep-dev/sitrep/nlp/tokenize"
	"github.com/sitrep-dev/sitrep/quote"
)

var (
	window = flag.Int("window", DefaultWeights.Window, "target window for the NewsMTSC measurement")
	other  = flag.Float64("other", DefaultWeights.Other, "weight of words nearer another target, for the NewsMTSC, BASIL and PAC measurements")
	news   = flag.Bool("news", false, "NewsMTSC, BASIL and PAC: score with the codebook news words (NewsWords)")
	plain  = flag.Bool("plain", false, "BASIL: score as before the news adaptations (quoted words out, nothing else)")

	treeWin     = flag.Int("tree", DefaultWeights.Tree, "NewsMTSC, BASIL, PAC: window in dependency arcs (0: in tokens, -window)")
	treeOther   = flag.Bool("treeother", DefaultWeights.TreeOther, "NewsMTSC, BASIL, PAC: nearer another actor in the tree rather than in tokens")
	far         = flag.Float64("far", DefaultWeights.Far, "NewsMTSC, BASIL, PAC: weight of words beyond the window")
	patient     = flag.Float64("patient", DefaultWeights.Patient, "NewsMTSC, BASIL, PAC: weight of the word the target undergoes")
	agent       = flag.Float64("agent", DefaultWeights.Agent, "NewsMTSC, BASIL, PAC: weight of the word the target does to another actor")
	decay       = flag.Float64("decay", DefaultWeights.Decay, "NewsMTSC, BASIL, PAC: fall of the weight with tree distance beyond the window")
	quotedW     = flag.Float64("quoted", DefaultWeights.Quoted, "NewsMTSC, BASIL, PAC: weight of words inside quotation marks")
	reportedW   = flag.Float64("reported", DefaultWeights.Reported, "NewsMTSC, BASIL, PAC: weight of words in reported speech")
	selfW       = flag.Float64("self", DefaultWeights.Self, "NewsMTSC, BASIL, PAC: weight of relayed words the target said")
	allMent     = flag.Bool("allmentions", DefaultWeights.AllMentions, "NewsMTSC, BASIL, PAC: every mention of the target in the sentence is the target")
	shiftF      = flag.Float64("shift", Shift, "NewsMTSC, BASIL, PAC: factor on a negative word a polarity shifter acts on (Shift; 1: off)")
	shiftC      = flag.Bool("shiftcondemned", ShiftCondemned, "NewsMTSC, BASIL, PAC: shift only phrases that name a condemned group (ShiftCondemned)")
	noparse     = flag.Bool("noparse", false, "NewsMTSC, BASIL, PAC: do not parse the sentences (tags only, as before dependency scoring)")
	complicitA  = flag.Bool("complicitagent", DefaultWeights.ComplicitAgent, "NewsMTSC, BASIL, PAC: a support word whose agent is another actor does not count toward the target")
	learnedW    = flag.Float64("learned", DefaultWeights.Learned, "NewsMTSC, BASIL, PAC: weight of the learned tone against the lexicon's (0: lexicon only, 1: learned only)")
	complicitW  = flag.Float64("complicit", DefaultWeights.Complicit, "NewsMTSC, BASIL, PAC: valence magnitude of a support word acting for a condemned group (0: off)")
	modelPath   = flag.String("model", "", "NewsMTSC, BASIL, PAC: the learned tone's model file (traintone's output) in place of the shipped one")
	mtscSets    = flag.String("sets", "", "NewsMTSC: the files scored, mt, rw or mt,rw (\"\": both)")
	inducedF    = flag.Bool("induced", InducedWords, "NewsMTSC, BASIL, PAC: score with the GloVe-induced words (InducedWords)")
	pairF       = flag.String("pair", "", "NewsMTSC: also score each target with the switch named (news, induced) flipped, or with the lexicon alone (learned), and report the paired difference")
	newsFile    = flag.String("newsfile", "", "NewsMTSC, BASIL, PAC: score with the news words of this file (news_lexicon.tsv's format) in place of the codebook's; implies -news")
	mtscExclude = flag.String("exclude", "", "NewsMTSC: leave out of each file scored what it shares with the other: sentences (the same text) or articles")
)

// flagWeights are the weights the validation tests score with: DefaultWeights
// unless flags say otherwise.
func flagWeights() Weights {
	return Weights{Window: *window, Tree: *treeWin, Far: *far, Decay: *decay, Other: *other, TreeOther: *treeOther, Patient: *patient, Agent: *agent, Quoted: *quotedW, Reported: *reportedW, Self: *selfW, AllMentions: *allMent, Complicit: *complicitW, ComplicitAgent: *complicitA, CondemnedCodes: DefaultWeights.CondemnedCodes, Learned: *learnedW}
}

// analyser tags and parses sentences as sitrep's backbone does (without the
// named-entity stage, which tone does not read).
type analyser struct {
	tagger *tag.Tagger
	parser *parse.Parser
	quotes *quote.Extractor
}

func newAnalyser(t *testing.T) *analyser {
	t.Helper()
	tg, err := tag.Load()
	if err != nil {
		t.Fatal(err)
	}
	a := &analyser{tagger: tg}
	if a.quotes, err = quote.Load(); err != nil {
		t.Fatal(err)
	}
	if !*noparse {
		if a.parser, err = parse.Load(); err != nil {
			t.Fatal(err)
		}
	}
	return a
}

func (a *analyser) tokens(s string) []sitrep.Token {
	toks := tokenize.Tokenize(s)
	a.tagger.Tag(toks)
	if a.parser != nil {
		a.parser.Parse(toks)
	}
	return toks
}

// voices marks whose words the tokens of sentence text are, from the quotes
// the quote package finds in it (a one-sentence document) with the actor
// mentions ms; without a parse only quotation marks are read.
func (a *analyser) voices(text string, toks []sitrep.Token, ms []sitrep.Mention) ([]Voice, []sitrep.Quote) {
	if a.parser == nil {
		return Voices(toks, nil, nil), nil
	}
	d := &sitrep.Document{ID: "v", Text: text}
	sents := []sitrep.Sentence{{Span: sitrep.Span{Start: 0, End: len(text)}, Tokens: toks}}
	qs := a.quotes.Extract(d, sents, ms)
	quoted, reported := QuoteSpans(qs)
	return Voices(toks, quoted, reported), qs
}

func lexicon(t *testing.T) *Lexicon {
	t.Helper()
	l, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	return l
}

// aucSE is the Hanley–McNeil (1982) standard error of an AUC over n1 and n2
// cases: the noise against which a change of method is judged.
func aucSE(a float64, n1, n2 int) float64 {
	q1, q2 := a/(2-a), 2*a*a/(1+a)
	return math.Sqrt((a*(1-a) + float64(n1-1)*(q1-a*a) + float64(n2-1)*(q2-a*a)) / float64(n1*n2))
}

// f1SE is the bootstrap standard error of the macro-F1 of a confusion matrix
// ([gold][predicted]): the sd over 500 resamples of its cells, with a fixed seed
// so that the figure is the same on every run.
func f1SE(conf [3][3]int) float64 {
	var cells []int // cell index (gold*3+pred) per judgement
	for g := range 3 {
		for p := range 3 {
			for range conf[g][p] {
				cells = append(cells, g*3+p)
			}
		}
	}
	rng := rand.New(rand.NewPCG(1, 2))
	var sum, sum2 float64
	const rounds = 500
	for range rounds {
		var c [3][3]int
		for range cells {
			k := cells[rng.IntN(len(cells))]
			c[k/3][k%3]++
		}
		f := confusion.Matrix(c).MacroF1()
		sum += f
		sum2 += f * f
	}
	mean := sum / rounds
	return math.Sqrt(sum2/rounds - mean*mean)
}

// pairedF1Diff is the macro-F1 of predictions b minus that of a, over the same
// gold classes, and its standard error over 500 paired bootstrap resamples of
// the items (fixed seed): the noise of a difference between two scorers on one
// corpus, smaller than either score's own.
func pairedF1Diff(gold, a, b []int) (diff, se float64) {
	f1 := func(idx []int) float64 {
		var ca, cb [3][3]int
		for _, i := range idx {
			ca[gold[i]][a[i]]++
			cb[gold[i]][b[i]]++
		}
		return confusion.Matrix(cb).MacroF1() - confusion.Matrix(ca).MacroF1()
	}
	all := make([]int, len(gold))
	for i := range all {
		all[i] = i
	}
	diff = f1(all)
	rng := rand.New(rand.NewPCG(1, 3))
	var sum, sum2 float64
	const rounds = 500
	idx := make([]int, len(gold))
	for range rounds {
		for i := range idx {
			idx[i] = rng.IntN(len(gold))
		}
		d := f1(idx)
		sum += d
		sum2 += d * d
	}
	mean := sum / rounds
	return diff, math.Sqrt(sum2/rounds - mean*mean)
}

// isSelf reports whether SelfVoices marked words: it returns its argument
// unchanged when it marks none.
func isSelf(v, before []Voice) bool { return len(v) > 0 && &v[0] != &before[0] }

// newsWords sets NewsWords from the -news flag for one measurement.
func newsWords(t *testing.T) {
	old, oldShift, oldShiftC, oldInduced := NewsWords, Shift, ShiftCondemned, InducedWords
	NewsWords, Shift, ShiftCondemned, InducedWords = *news, *shiftF, *shiftC, *inducedF
	t.Cleanup(func() { NewsWords, Shift, ShiftCondemned, InducedWords = old, oldShift, oldShiftC, oldInduced })
	if *news {
		t.Log("scoring with the codebook news words (-news)")
	}
	if *newsFile != "" {
		b, err := os.ReadFile(*newsFile)
		if err != nil {
			t.Fatal(err)
		}
		m, err := readNews(b)
		if err != nil {
			t.Fatalf("%s: %v", *newsFile, err)
		}
		l := lexicon(t)
		oldNews := l.news
		l.news, NewsWords = m, true
		t.Cleanup(func() { l.news = oldNews })
		t.Logf("scoring with the %d news words of %s (-newsfile)", len(m), *newsFile)
	}
}

func tone(l *Lexicon, s string) float64 {
	toks := tokenize.Tokenize(s)
	q := Quoted(toks)
	return l.Tone(toks, func(i int) bool { return q[i] })
}

func TestTone(t *testing.T) {
	l := lexicon(t)
	for _, tc := range []struct {
		text string
		sign int
	}{
		{"The brutal attack killed dozens of innocent civilians.", -1},
		{"The talks were a great success and both sides welcomed the agreement.", 1},
		{"The ministry met the delegation on Tuesday.", 0},
		{"The plan is not good.", -1},
		{"The plan is good.", 1},
		{"The envoy said “this is a wonderful, historic day” after the meeting.", 0},
		{"The deal was praised but the violence was horrific.", -1},
	} {
		got := tone(l, tc.text)
		if confusion.Sign(got) != tc.sign {
			t.Errorf("%q: tone %.3f, want sign %d", tc.text, got, tc.sign)
		}
	}
	if a, b := tone(l, "The result was good."), tone(l, "The result was extremely good."); b <= a {
		t.Errorf("booster does not raise the score: %.3f then %.3f", a, b)
	}
}

func TestBuild(t *testing.T) {
	l := lexicon(t)
	mk := func(id, outlet, text string, dup string) (*sitrep.Document, *sitrep.Analysis) {
		d := &sitrep.Document{ID: id, Outlet: outlet, Text: text, DuplicateOf: dup}
		toks := tokenize.Tokenize(text)
		s := sitrep.Sentence{Span: sitrep.Span{Start: 0, End: len(text)}, Tokens: toks}
		var ms []sitrep.Mention
		for i, tk := range toks {
			if tk.Text == "Washington" {
				ms = append(ms, sitrep.Mention{Sentence: 0, Start: i, End: i + 1, Span: tk.Span, Text: tk.Text, Code: "USAGOV", Name: "United States"})
			}
		}
		a := &sitrep.Analysis{DocID: id, Sentences: []sitrep.Sentence{s}, Mentions: ms,
			Events: []sitrep.Event{{Source: sitrep.EventActor{Code: "USAGOV"}, Target: sitrep.EventActor{Code: "SYRGOV"}, Quad: 4}}}
		return d, a
	}
	d1, a1 := mk("a", "Axis Voice", "Washington, the terrorist occupation regime, commits horrible crimes.", "")
	d2, a2 := mk("b", "Capitol Wire", "Washington welcomed the successful talks.", "")
	d3, a3 := mk("c", "Axis Copy", "Washington, the terrorist occupation regime, commits horrible crimes.", "a")
	frames := Build(l, []*sitrep.Document{d1, d2, d3}, map[string]*sitrep.Analysis{"a": a1, "b": a2, "c": a3}, Options{})
	byOutlet := map[string]sitrep.Frame{}
	for _, f := range frames {
		if f.Actor == "USAGOV" {
			byOutlet[f.Outlet] = f
		}
	}
	if len(byOutlet) != 2 {
		t.Fatalf("frames for %d outlets, want 2 (the copy is skipped): %+v", len(byOutlet), frames)
	}
	axis, wire := byOutlet["Axis Voice"], byOutlet["Capitol Wire"]
	if !(axis.Tone < 0 && wire.Tone > 0) {
		t.Errorf("tones: Axis Voice %.3f, Capitol Wire %.3f", axis.Tone, wire.Tone)
	}
	if axis.Labels["regime"] != 1 || axis.Labels["occupation"] != 1 || axis.Labels["terrorist"] != 1 || wire.Labels != nil {
		t.Errorf("labels: Axis Voice %v, Capitol Wire %v", axis.Labels, wire.Labels)
	}
	if axis.Conflict != 1 || axis.ConflictShare != 1 || len(axis.Evidence) != 1 || axis.Evidence[0].Doc != "a" {
		t.Errorf("Axis Voice frame %+v", axis)
	}
}

// TestNewsMTSC measures the tone scorer against NewsMTSC's human labels of the
// sentiment a sentence expresses toward a person (2 negative, 4 neutral, 6 positive).
func TestNewsMTSC(t *testing.T) {
	dir := testshared.Dir(t)
	l := lexicon(t)
	newsWords(t)
	learnedModel(t)
	// Tagged and parsed as sitrep analyses articles, so that proper nouns are
	// left out as they are in Build and the dependency tree is there.
	an := newAnalyser(t)
	wt := flagWeights()
	corpus := filepath.Join(dir, "data", "corpora", "newsmtsc")
	halves := map[string][]newsmtsc.Record{}
	for name, file := range newsmtsc.Files {
		recs, err := newsmtsc.Read(filepath.Join(corpus, file))
		if err != nil {
			t.Fatal(err)
		}
		halves[name] = recs
	}
	for _, set := range []string{"mt", "rw"} {
		if *mtscSets != "" && !slices.Contains(strings.Split(*mtscSets, ","), set) {
			continue
		}
		drop := mtscOverlap(halves, set, *mtscExclude)
		if *mtscExclude != "" {
			t.Logf("NewsMTSC %s: %d sentences left out, shared (-exclude %s) with the other file", set, len(drop), *mtscExclude)
		}
		var conf [3][3]int // [gold][pred], classes neg, neu, pos
		var selfN int
		// With -pair, each target is scored with the switch flipped as
		// well, for a paired comparison (pairedF1Diff).
		var gold, flipped, as []int
		flip := map[string]*bool{"news": &NewsWords, "induced": &InducedWords}[*pairF]
		if *pairF != "" && flip == nil && *pairF != "learned" {
			t.Fatalf("-pair %q: want news, induced or learned", *pairF)
		}
		wt0 := wt // -pair learned: the lexicon alone
		wt0.Learned = 0
		for _, rec := range halves[set] {
			if drop[rec.GID] {
				continue
			}
			toks := an.tokens(rec.Sentence)
			q := Names(toks)
			ms, targets := newsmtsc.Place(rec, toks)
			voice0, qs := an.voices(rec.Sentence, toks, ms)
			for _, tg := range targets {
				var sc float64
				voice := SelfVoices(voice0, toks, qs, func(q sitrep.Quote) bool { return tg.Code != "" && q.Speaker.Code == tg.Code })
				if isSelf(voice, voice0) {
					selfN++
				}
				if tg.Start < tg.End {
					ranges := [][2]int{{tg.Start, tg.End}}
					if wt.AllMentions {
						// NewsMTSC's further mentions of the target (pronouns,
						// found automatically) stand for the actor's other
						// mentions in a sentence.
						ranges = append(ranges, tg.Further...)
					}
					sc = l.ToneTargets(toks, func(i int) bool { return q[i] }, voice, ranges, tg.Others, wt)
					if *pairF != "" {
						var sc0 float64
						if flip != nil {
							*flip = !*flip
							sc0 = l.ToneTargets(toks, func(i int) bool { return q[i] }, voice, ranges, tg.Others, wt)
							*flip = !*flip
						} else {
							sc0 = l.ToneTargets(toks, func(i int) bool { return q[i] }, voice, ranges, tg.Others, wt0)
						}
						gold, flipped, as = append(gold, tg.Class), append(flipped, confusion.Sign(sc0)+1), append(as, confusion.Sign(sc)+1)
					}
				} else {
					qq := Ignored(toks)
					sc = l.Tone(toks, func(i int) bool { return qq[i] })
				}
				conf[tg.Class][confusion.Sign(sc)+1]++
			}
		}
		m := confusion.Matrix(conf)
		n, macroF1 := m.N(), m.MacroF1()
		t.Logf("NewsMTSC devtest_%s: %d targets scored with words of their own relayed", set, selfN)
		acc, base := m.Accuracy(), m.Majority()
		t.Logf("NewsMTSC devtest_%s: %d targets, accuracy %.3f (majority class %.3f), macro-F1 %.3f ± %.3f (bootstrap standard error); confusion neg/neu/pos %v",
			set, n, acc, base, macroF1, f1SE(conf), conf)
		if len(gold) > 0 {
			d, se := pairedF1Diff(gold, flipped, as)
			t.Logf("NewsMTSC devtest_%s: as scored against -pair %s flipped, paired over %d targets: macro-F1 %+.3f ± %.3f (paired bootstrap standard error)", set, *pairF, len(gold), d, se)
		}
		// The majority-class baseline's macro-F1 is about 0.22: a scorer that cannot
		// beat it clearly is not measuring tone.
		if macroF1 < 0.35 {
			t.Errorf("%s: macro-F1 %.3f, below the 0.35 floor", set, macroF1)
		}
	}
}

// mtscOverlap is the sentences (by id) of NewsMTSC's file set that the other
// file shares, by exclude: "sentences", the same sentence text; "articles",
// any sentence of an article the other file has sentences of; "": none. A
// model trained on one file and scored on the other (-model) must not be
// scored on what it was trained on.
func mtscOverlap(halves map[string][]newsmtsc.Record, set, exclude string) map[string]bool {
	drop := map[string]bool{}
	if exclude == "" {
		return drop
	}
	texts, arts := map[string]bool{}, map[string]bool{}
	for name, recs := range halves {
		if name == set {
			continue
		}
		for _, r := range recs {
			texts[r.Sentence] = true
			arts[newsmtsc.Article(r.GID)] = true
		}
	}
	for _, r := range halves[set] {
		if exclude == "sentences" && texts[r.Sentence] || exclude == "articles" && arts[newsmtsc.Article(r.GID)] {
			drop[r.GID] = true
		}
	}
	return drop
}

// learnedModel makes the learned tone read the model file -model for one
// measurement, in place of the shipped one.
func learnedModel(t *testing.T) {
	if *modelPath == "" {
		return
	}
	b, err := os.ReadFile(*modelPath)
	if err != nil {
		t.Fatal(err)
	}
	m, err := ReadToneModel(b)
	if err != nil {
		t.Fatal(err)
	}
	old := toneModel
	toneModel = func() (*ToneModel, error) { return m, nil }
	t.Cleanup(func() { toneModel = old })
	t.Logf("learned tone: model %s (%d features, margin %g), weight %g", *modelPath, len(m.Weights), m.Margin, *learnedW)
}

func TestByCountry(t *testing.T) {
	for code, want := range map[string]string{"SYRGOV": "SYR", "USA": "USA", "IMGMUSISI": "IMGMUSISI", "HEZBOLLAH": "HEZBOLLAH"} {
		if got := ByCountry(code); got != want {
			t.Errorf("ByCountry(%s) = %s, want %s", code, got, want)
		}
	}
}

// TestToneNews checks the news adaptations of the lexicon's scorer on invented
// sentences: names are not tone, words that are other actors' count less, and
// words whose VADER sense is not their news sense are left out. The learned
// tone blended over it (Learned) is trained, not ruled, and is left out here.
func TestToneNews(t *testing.T) {
	l := lexicon(t)
	lex := lexiconWeights()
	span := func(toks []sitrep.Token, words ...string) (int, int) {
		for i := range toks {
			if i+len(words) <= len(toks) {
				ok := true
				for k, w := range words {
					ok = ok && toks[i+k].Text == w
				}
				if ok {
					return i, i + len(words)
				}
			}
		}
		t.Fatalf("%v not in the sentence", words)
		return 0, 0
	}
	for _, tc := range []struct {
		text   string
		target []string
		other  []string // another actor's mention, nil when none
		propn  []string // words tagged as proper nouns
		sign   int
	}{
		// "united" is VADER-positive; in a name it says nothing.
		{"The United States met the delegation on Tuesday.", []string{"United", "States"}, nil, nil, 0},
		// "free" and "popular" inside names that are not the target.
		{"Troops of Ruritania met the Free Levant Army and the Popular Guard.", []string{"Ruritania"}, nil, []string{"Free", "Levant", "Army", "Popular", "Guard"}, 0},
		// Domain words: security forces, forces loyal to, as well as.
		{"Ruritania sent security forces loyal to the council as well as advisers.", []string{"Ruritania"}, nil, nil, 0},
		// The threats and the killings are Borduria's.
		{"Ruritania is working with its partners to counter Borduria, whose terrible threats and brutal killings continue.", []string{"Borduria"}, []string{"Ruritania"}, nil, -1},
		// "on the other hand" is a connective, not help (VADER's "hand" +2.2).
		{"Ruritania, on the other hand, met the delegation on Tuesday.", []string{"Ruritania"}, nil, nil, 0},
		// With no other actor named the words are the target's.
		{"Ruritania's terrible threats and brutal killings continue.", []string{"Ruritania"}, nil, nil, -1},
	} {
		toks := tokenize.Tokenize(tc.text)
		for _, w := range tc.propn {
			for i := range toks {
				if toks[i].Text == w {
					toks[i].UPOS = "PROPN"
				}
			}
		}
		start, end := span(toks, tc.target...)
		var others [][2]int
		if tc.other != nil {
			s, e := span(toks, tc.other...)
			others = append(others, [2]int{s, e})
		}
		ign := Ignored(toks)
		got := l.ToneTarget(toks, func(i int) bool { return ign[i] }, nil, start, end, others, lex)
		if confusion.Sign(got) != tc.sign {
			t.Errorf("%q toward %v: tone %.3f, want sign %d", tc.text, tc.target, got, tc.sign)
		}
	}

	// Ruritania, which counters Borduria, gets a small part of the words nearer
	// Borduria: much less negative than Borduria, and than with every word its own.
	toks := tokenize.Tokenize("Ruritania is working with its partners to counter Borduria, whose terrible threats and brutal killings continue.")
	ign := Ignored(toks)
	skip := func(i int) bool { return ign[i] }
	ruri := l.ToneTarget(toks, skip, nil, 0, 1, [][2]int{{8, 9}}, lex)
	bord := l.ToneTarget(toks, skip, nil, 8, 9, [][2]int{{0, 1}}, lex)
	alone := l.ToneAround(toks, skip, 0, 1, TargetWindow)
	if toks[8].Text != "Borduria" || !(ruri > bord/2 && ruri > alone/2) {
		t.Errorf("counter Borduria: Ruritania %.3f, Borduria %.3f, Ruritania with no other actor %.3f", ruri, bord, alone)
	}
}

// lexiconWeights are DefaultWeights without the learned tone, for the tests
// of the lexicon's rules: the learned tone is trained, not ruled.
func lexiconWeights() Weights {
	w := DefaultWeights
	w.Learned = 0
	return w
}

// TestBASIL compares the tone toward an article's main entities with BASIL's
// article-level judgement of the author's feeling toward each (neg, neu, pos; the
// "str-" grades folded in): the mean tone of the sentences that name the entity
// (its last name), the other main entities' names counting as other actors, as
// Build does for an outlet's sentences about an actor. Reported: AUC, the chance
// that an entity the author is negative about gets a lower tone than one they are
// not negative about, and Spearman's rho between tone and the judgement.
func TestBASIL(t *testing.T) {
	if testing.Short() {
		t.Skip("tags 300 articles (about 10 s)")
	}
	dir := testshared.Dir(t)
	l := lexicon(t)
	newsWords(t)
	learnedModel(t)
	an := newAnalyser(t)
	wt := flagWeights()
	anns, err := filepath.Glob(filepath.Join(dir, "data", "corpora", "basil", "annotations", "*", "*_ann.json"))
	if err != nil || len(anns) == 0 {
		t.Fatalf("no BASIL annotations: %v", err)
	}
	var points []point
	var selfN int
	for _, path := range anns {
		var ann struct {
			Article map[string]string `json:"article-level-annotations"`
		}
		var art struct {
			Entities   []string   `json:"main-entities"`
			Paragraphs [][]string `json:"body-paragraphs"`
		}
		if err := readJSON(path, &ann); err != nil {
			t.Fatal(err)
		}
		artPath := strings.Replace(strings.Replace(path, "annotations", "articles", 1), "_ann.json", ".json", 1)
		if err := readJSON(artPath, &art); err != nil {
			t.Fatal(err)
		}
		lastName := func(e string) string {
			f := strings.Fields(strings.ReplaceAll(e, "_", " "))
			if len(f) == 0 {
				return ""
			}
			return f[len(f)-1]
		}
		var sents [][]sitrep.Token
		var voices [][]Voice
		var quotes [][]sitrep.Quote
		for _, p := range art.Paragraphs {
			for _, s := range p {
				toks := an.tokens(s)
				sents = append(sents, toks)
				// The main entities' names are the sentence's actor
				// mentions, so that the quote package can tell their words.
				var ms []sitrep.Mention
				for i, tk := range toks {
					for _, e := range art.Entities {
						if tk.Text == lastName(e) {
							ms = append(ms, sitrep.Mention{Start: i, End: i + 1, Span: tk.Span, Text: tk.Text, Code: "B" + tk.Text})
							break
						}
					}
				}
				v, qs := an.voices(s, toks, ms)
				voices = append(voices, v)
				quotes = append(quotes, qs)
			}
		}
		for key, feeling := range ann.Article {
			entity, ok := strings.CutPrefix(key, "author_feeling_")
			if !ok || entity == "main_event" {
				continue
			}
			label := map[string]int{"neg": -1, "str-neg": -1, "neu": 0, "pos": 1, "str-pos": 1}
			g, ok := label[feeling]
			if !ok {
				continue
			}
			name := lastName(entity)
			var sum float64
			var n int
			for si, toks := range sents {
				start := -1
				var others, ranges [][2]int
				for i, tk := range toks {
					switch {
					case tk.Text == name && (start < 0 || wt.AllMentions):
						if start < 0 {
							start = i
						}
						ranges = append(ranges, [2]int{i, i + 1})
					case tk.UPOS == "PROPN":
						for _, e := range art.Entities {
							if o := lastName(e); o != name && tk.Text == o {
								others = append(others, [2]int{i, i + 1})
							}
						}
					}
				}
				if start < 0 {
					continue
				}
				if *plain {
					q := Quoted(toks)
					sum += l.ToneAround(toks, func(i int) bool { return q[i] }, start, start+1, *window)
				} else {
					ign := Names(toks)
					v := SelfVoices(voices[si], toks, quotes[si], func(q sitrep.Quote) bool { return q.Speaker.Code == "B"+name })
					if isSelf(v, voices[si]) {
						selfN++
					}
					sum += l.ToneTargets(toks, func(i int) bool { return ign[i] }, v, ranges, others, wt)
				}
				n++
			}
			if n > 0 {
				points = append(points, point{sum / float64(n), g})
			}
		}
	}
	auc, rho := agreement(points)
	neg := 0
	for _, p := range points {
		if p.label == -1 {
			neg++
		}
	}
	t.Logf("BASIL: %d sentences scored with words of their target's own relayed", selfN)
	t.Logf("BASIL: %d article × entity judgements (%d negative); AUC (negative vs the rest) %.3f ± %.3f (Hanley–McNeil standard error), Spearman %.3f",
		len(points), neg, auc, aucSE(auc, neg, len(points)-neg), rho)
	// A tone that says nothing of the author's feeling gives AUC 0.5.
	if auc < 0.55 {
		t.Errorf("BASIL AUC %.3f, below the 0.55 floor", auc)
	}
}

func readJSON(path string, v any) error {
	b, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	return json.Unmarshal(b, v)
}

// spearman is the rank correlation of xs and ys (ties share the mean rank).
// point is a tone sitrep measured and the annotators' label for it.
type point struct {
	tone  float64
	label int // -1 negative, 0 neutral, 1 positive
}

// agreement is how well tones order the labels: the AUC of negative against the
// rest (ties count half) and Spearman's rho between tone and label.
func agreement(points []point) (auc, rho float64) {
	var wins, pairs float64
	for _, a := range points {
		for _, b := range points {
			if a.label == -1 && b.label != -1 {
				pairs++
				switch {
				case a.tone < b.tone:
					wins++
				case a.tone == b.tone:
					wins += 0.5
				}
			}
		}
	}
	xs, ys := make([]float64, len(points)), make([]float64, len(points))
	for i, p := range points {
		xs[i], ys[i] = p.tone, float64(p.label)
	}
	return wins / pairs, spearman(xs, ys)
}

func spearman(xs, ys []float64) float64 {
	rank := func(v []float64) []float64 {
		idx := make([]int, len(v))
		for i := range idx {
			idx[i] = i
		}
		sort.SliceStable(idx, func(a, b int) bool { return v[idx[a]] < v[idx[b]] })
		r := make([]float64, len(v))
		for i := 0; i < len(idx); {
			j := i
			for j+1 < len(idx) && v[idx[j+1]] == v[idx[i]] {
				j++
			}
			for k := i; k <= j; k++ {
				r[idx[k]] = float64(i+j)/2 + 1
			}
			i = j + 1
		}
		return r
	}
	rx, ry := rank(xs), rank(ys)
	var mx, my float64
	for i := range rx {
		mx += rx[i]
		my += ry[i]
	}
	mx /= float64(len(rx))
	my /= float64(len(ry))
	var cov, vx, vy float64
	for i := range rx {
		cov += (rx[i] - mx) * (ry[i] - my)
		vx += (rx[i] - mx) * (rx[i] - mx)
		vy += (ry[i] - my) * (ry[i] - my)
	}
	return cov / math.Sqrt(vx*vy)
}

// TestNewsWords checks the plumbing of the codebook news words: they are read by
// lemma, only when NewsWords is on, never in place of a VADER valence, and the
// shipped file holds only words VADER lacks (a VADER word there would never be
// read). The valences themselves are generated (frame/internal/newslex); only
// signs the codebooks cannot plausibly flip are checked: a bombing is conflict,
// cooperating is cooperation.
func TestNewsWords(t *testing.T) {
	l := lexicon(t)
	for w, v := range l.news {
		if _, ok := l.valence[w]; ok {
			t.Errorf("news word %q is also a VADER word", w)
		}
		if v < -4 || v > 4 || v == 0 {
			t.Errorf("news word %q: valence %v outside VADER's range", w, v)
		}
	}
	cases := []struct {
		name string
		toks []sitrep.Token
		news bool
		sign int
	}{
		{"off: a news word scores nothing", lemmaToks("the", "the", "bombing", "bombing", "continued", "continue"), false, 0},
		{"bombing is conflict", lemmaToks("the", "the", "bombing", "bombing", "continued", "continue"), true, -1},
		{"cooperated, by its lemma", lemmaToks("they", "they", "cooperated", "cooperate"), true, 1},
		{"an untagged token by its form", lemmaToks("cooperate", ""), true, 1},
		{"negated", lemmaToks("they", "they", "did", "do", "not", "not", "cooperate", "cooperate"), true, -1},
	}
	defer func(old, oldInduced bool) { NewsWords, InducedWords = old, oldInduced }(NewsWords, InducedWords)
	InducedWords = false // "bombing" is an induced word too
	for _, c := range cases {
		NewsWords = c.news
		if got := confusion.Sign(l.Tone(c.toks, nil)); got != c.sign {
			t.Errorf("%s: tone sign %d, want %d", c.name, got, c.sign)
		}
	}
	// VADER comes first: a word in both lists keeps VADER's valence.
	both := &Lexicon{valence: map[string]float64{"strike": -0.5}, news: map[string]float64{"strike": 2}}
	NewsWords = true
	if got := both.Tone(lemmaToks("strike", "strike"), nil); got >= 0 {
		t.Errorf("a VADER word took its news valence: tone %.3f", got)
	}
}

// lemmaToks makes tokens of text/lemma pairs.
func lemmaToks(pairs ...string) []sitrep.Token {
	var out []sitrep.Token
	for i := 0; i < len(pairs); i += 2 {
		out = append(out, sitrep.Token{Text: pairs[i], Lemma: pairs[i+1]})
	}
	return out
}

// The induced words score words VADER lacks, by lemma or by form, only when
// on, and never override VADER's own valence.
func TestInducedWords(t *testing.T) {
	l := lexicon(t)
	if len(l.induced) < 1000 {
		t.Fatalf("%d induced words, want the shipped file's 1,429", len(l.induced))
	}
	for w, v := range l.induced {
		if _, ok := l.valence[w]; ok {
			t.Errorf("induced word %q is a VADER word", w)
		}
		if v < -4 || v > 4 || v == 0 {
			t.Errorf("induced word %q: valence %v outside VADER's range", w, v)
		}
	}
	defer func(old, oldNews bool) { InducedWords, NewsWords = old, oldNews }(InducedWords, NewsWords)
	NewsWords = false
	cases := []struct {
		name    string
		toks    []sitrep.Token
		induced bool
		sign    int
	}{
		{"off: scores nothing", lemmaToks("bilateral", "bilateral", "cooperation", "cooperation"), false, 0},
		{"cooperation, a lemma", lemmaToks("bilateral", "bilateral", "cooperation", "cooperation"), true, 1},
		{"an inflected form the list holds", lemmaToks("they", "they", "ambushed", "ambush"), true, -1},
		{"negated", lemmaToks("no", "no", "cooperation", "cooperation"), true, -1},
	}
	for _, c := range cases {
		InducedWords = c.induced
		if got := confusion.Sign(l.Tone(c.toks, nil)); got != c.sign {
			t.Errorf("%s: tone sign %d, want %d", c.name, got, c.sign)
		}
	}
	both := &Lexicon{valence: map[string]float64{"strike": -0.5}, induced: map[string]float64{"strike": 2}}
	InducedWords = true
	if got := both.Tone(lemmaToks("strike", "strike"), nil); got >= 0 {
		t.Errorf("a VADER word took its induced valence: tone %.3f", got)
	}
}
