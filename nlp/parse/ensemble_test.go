package parse

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/sitrep-dev/sitrep"

	"github.com/sitrep-dev/sitrep/nlp/conllu"
)

// TestEisnerMatchesBruteForce compares the decoder with an exhaustive search
// over every head assignment of short sentences: it must return a projective
// tree with one root dependent, and no such tree may score higher.
func TestEisnerMatchesBruteForce(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 7))
	var e eisner
	for n := 1; n <= 6; n++ {
		for trial := range 20 {
			m := n + 1
			score := make([]float32, m*m)
			for i := range score {
				// Small integers make ties common, which the decoder must
				// survive; halves keep sums exact in float32.
				score[i] = float32(rng.IntN(7)) / 2
			}
			head := e.decode(score, n, nil)
			got := treeScore(score, head)
			if !validTree(head) {
				t.Fatalf("n=%d trial %d: decoded %v, not a projective single-rooted tree", n, trial, head)
			}
			best := bruteBest(score, n)
			if got != best {
				t.Errorf("n=%d trial %d: decoded tree scores %v, best is %v", n, trial, got, best)
			}
		}
	}
}

func treeScore(score []float32, head []int32) float32 {
	m := len(head)
	var s float32
	for d := 1; d < m; d++ {
		s += score[int(head[d])*m+d]
	}
	return s
}

func validTree(head []int32) bool {
	roots := 0
	for d := 1; d < len(head); d++ {
		if head[d] < 0 || int(head[d]) >= len(head) || int(head[d]) == d {
			return false
		}
		if head[d] == 0 {
			roots++
		}
	}
	return roots == 1 && acyclic(head) && nonProjective(head) == none
}

func bruteBest(score []float32, n int) float32 {
	m := n + 1
	head := make([]int32, m)
	head[0] = none
	best := float32(-1)
	var rec func(d int)
	rec = func(d int) {
		if d > n {
			if validTree(head) {
				best = max(best, treeScore(score, head))
			}
			return
		}
		for h := 0; h <= n; h++ {
			head[d] = int32(h)
			rec(d + 1)
		}
	}
	rec(1)
	return best
}

// TestReverseSentence checks that every layout maps each arc onto the moved
// words and that applying it twice gives the original tree back (the layouts
// are involutions, which parseReversed and the ensemble rely on to map heads
// back).
func TestReverseSentence(t *testing.T) {
	s := &conllu.Sentence{Words: []conllu.Word{
		{ID: 1, Form: "Rebels", Head: 2, DepRel: "nsubj"},
		{ID: 2, Form: "seized", Head: 0, DepRel: "root"},
		{ID: 3, Form: "the", Head: 4, DepRel: "det"},
		{ID: 4, Form: "depot", Head: 2, DepRel: "obj"},
		{ID: 5, Form: ")", Head: 4, DepRel: "punct"},
		{ID: 6, Form: "?!", Head: 2, DepRel: "punct"},
		{ID: 7, Form: ".", Head: 2, DepRel: "punct"},
	}}
	type word struct {
		form string
		head int
	}
	for _, tc := range []struct {
		rv   Reversal
		want []word
	}{
		{ReverseAll, []word{{".", 6}, {"?!", 6}, {")", 4}, {"depot", 6}, {"the", 4}, {"seized", 0}, {"Rebels", 6}}},
		// The closing bracket belongs to "depot": kept at the end with the
		// stops, its arc would cross the subject's.
		{ReverseKeepFinalPunct, []word{{"depot", 3}, {"the", 1}, {"seized", 0}, {"Rebels", 3}, {")", 1}, {"?!", 3}, {".", 3}}},
		{ReverseKeepFinalStop, []word{{")", 2}, {"depot", 4}, {"the", 2}, {"seized", 0}, {"Rebels", 4}, {"?!", 4}, {".", 4}}},
	} {
		r := reverseSentence(s, tc.rv)
		for i, w := range tc.want {
			if r.Words[i].ID != i+1 || r.Words[i].Form != w.form || r.Words[i].Head != w.head {
				t.Errorf("%v: word %d: %+v, want %s with head %d", tc.rv, i+1, r.Words[i], w.form, w.head)
			}
		}
		rr := reverseSentence(r, tc.rv)
		for i := range s.Words {
			if rr.Words[i] != s.Words[i] {
				t.Errorf("%v applied twice, word %d: %+v, want %+v", tc.rv, i+1, rr.Words[i], s.Words[i])
			}
		}
	}
}

// TestReverseOrderAllPunct: a sentence of punctuation alone has no words to
// keep the stops after, so it is reversed whole rather than left as it is.
func TestReverseOrderAllPunct(t *testing.T) {
	forms := []string{"!", "?", "."}
	perm := reverseOrder(nil, len(forms), ReverseKeepFinalStop, func(i int) bool { return keptAtEnd(ReverseKeepFinalStop, forms[i]) })
	if want := []int32{0, 3, 2, 1}; !slices.Equal(perm, want) {
		t.Errorf("perm %v, want %v", perm, want)
	}
}

func loadEnsemble(t testing.TB) *Parser {
	t.Helper()
	p, err := LoadEnsemble()
	if err != nil {
		t.Fatal(err)
	}
	if p.alt == nil {
		t.Fatal("LoadEnsemble returned a single parser, not the ensemble")
	}
	return p
}

// TestEnsembleOddInput gives the ensemble what the single parser survives
// (TestParseOddInput) and sentences around MaxLen, where it stops reparsing.
func TestEnsembleOddInput(t *testing.T) {
	p := loadEnsemble(t)
	mk := func(n int) []sitrep.Token {
		toks := make([]sitrep.Token, n)
		for i := range toks {
			toks[i] = sitrep.Token{Text: fmt.Sprint("w", i%13), UPOS: "NOUN", XPOS: "NN"}
			if i%7 == 6 {
				toks[i] = sitrep.Token{Text: "and", UPOS: "CCONJ", XPOS: "CC"}
			}
		}
		return toks
	}
	tests := []struct {
		name string
		toks []sitrep.Token
	}{
		{"one word", words("Attack", "NN", "NOUN")},
		{"two words", words("Rebels fled", "NNS VBD", "NOUN VERB")},
		{"empty tags", words("Rebels seized the town .", "", "")},
		{"empty words", []sitrep.Token{{}, {}, {}}},
		{"unknown tags", words("a b c", "ZZ QQ ZZ", "X Y Z")},
		{"MaxLen words", mk(DefaultEnsembleConfig().MaxLen)},
		{"MaxLen+1 words", mk(DefaultEnsembleConfig().MaxLen + 1)},
		{"5000 words", mk(5000)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p.Parse(tt.toks)
			checkTree(t, p, tt.toks)
		})
	}
	p.Parse(nil)
}

// TestEnsembleWeightsMatchModels measures the vote weights of the shipped
// parsers on EWT dev, as sitrep train nlp does, and compares them with the
// shipped model/ensemble.txt: a parser or tagger model replaced without
// rebuilding the weights fails here.
func TestEnsembleWeightsMatchModels(t *testing.T) {
	pair, err := readShippedPair()
	if err != nil {
		t.Fatal(err)
	}
	em, err := TrainEnsemble(sharedData(t), pair)
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := em.Save(&b); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(b.Bytes(), shippedEnsemble) {
		t.Errorf("weights measured on EWT dev:\n%s\nshipped:\n%s", b.Bytes(), shippedEnsemble)
	}
}

// TestEnsembleModelRoundTrip checks that the shipped weights read back as they
// are written.
func TestEnsembleModelRoundTrip(t *testing.T) {
	em, err := ReadEnsembleModel(bytes.NewReader(shippedEnsemble))
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := em.Save(&b); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(b.Bytes(), shippedEnsemble) {
		t.Errorf("weights written back differ:\n%s\nwant\n%s", b.Bytes(), shippedEnsemble)
	}
	for _, bad := range []string{"", "sitrep-parse-ensemble 1\nADJ 0.5\n", "sitrep-parse-ensemble 1\nNOUN 0.5 0.5\n"} {
		if _, err := ReadEnsembleModel(strings.NewReader(bad)); err == nil {
			t.Errorf("%q: read without error", bad)
		}
	}
}

// TestEnsembleTrees checks that the ensemble returns one well-formed tree per
// sentence on EWT dev, whatever its members disagree on.
func TestEnsembleTrees(t *testing.T) {
	p := loadEnsemble(t)
	for _, s := range readFixture(t, filepath.Join(sharedData(t), "ud-ewt", "en_ewt-ud-dev.conllu")) {
		toks := tokens(s, true)
		p.Parse(toks)
		head := make([]int32, len(toks)+1)
		head[0] = none
		for i, tk := range toks {
			head[i+1] = int32(tk.Head)
			if tk.DepRel == "" {
				t.Fatalf("%s: word %d has no relation", s.Meta("sent_id"), i+1)
			}
		}
		roots := 0
		for _, h := range head[1:] {
			if h == 0 {
				roots++
			}
		}
		if roots != 1 || !acyclic(head) {
			t.Fatalf("%s: heads %v are not a single-rooted tree", s.Meta("sent_id"), head[1:])
		}
	}
}

// BenchmarkParseEWTDevEnsemble is BenchmarkParseEWTDev for the ensemble.
func BenchmarkParseEWTDevEnsemble(b *testing.B) {
	benchParseEWTDev(b, loadEnsemble(b).Parse)
}

// TestBeamVotes checks the soft votes a beam member gives from its last beam:
// per word they sum to one, a hypothesis far below the best gives almost
// nothing at a low temperature, and an even share at a high one, and a right-
// to-left member's votes land on the original positions.
func TestBeamVotes(t *testing.T) {
	hyp := func(heads ...int32) state { return state{head: append([]int32{none}, heads...)} }
	// Two final hypotheses over three words that differ in word 3's head.
	hyps := []state{hyp(2, 0, 2), hyp(2, 0, 1)}
	rev := func(i int) int { return []int{0, 3, 2, 1}[i] }
	cases := []struct {
		name  string
		total []float32
		temp  float32
		pos   func(int) int
		want  map[[2]int]float32 // (head, dependent) -> vote
	}{
		{"low temperature: the best tree", []float32{10, 0}, 0.1, nil,
			map[[2]int]float32{{2, 1}: 1, {0, 2}: 1, {2, 3}: 1}},
		{"equal totals: half each", []float32{5, 5}, 1, nil,
			map[[2]int]float32{{2, 1}: 1, {0, 2}: 1, {2, 3}: 0.5, {1, 3}: 0.5}},
		{"high temperature: nearly even", []float32{1, 0}, 1e6, nil,
			map[[2]int]float32{{2, 1}: 1, {0, 2}: 1, {2, 3}: 0.5, {1, 3}: 0.5}},
		{"reversed member: original positions", []float32{5, 5}, 1, rev,
			map[[2]int]float32{{2, 3}: 1, {0, 2}: 1, {2, 1}: 0.5, {3, 1}: 0.5}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			m := 4
			pos := c.pos
			if pos == nil {
				pos = func(i int) int { return i }
			}
			soft := make([]float32, m*m)
			beamVotes(hyps, c.total, c.temp, soft, m, pos)
			for h := range m {
				for d := 1; d < m; d++ {
					got, want := soft[h*m+d], c.want[[2]int{h, d}]
					if diff := got - want; diff > 1e-4 || diff < -1e-4 {
						t.Errorf("vote for head %d of word %d: %v, want %v", h, d, got, want)
					}
				}
			}
		})
	}
}

// TestGreedyMemberPass: an ensemble member searched greedily gives through
// pass the trees it gives through Parse, its extra feature groups (the word
// classes) included, even when pass is the first to use its work buffers.
func TestGreedyMemberPass(t *testing.T) {
	for _, data := range [][]byte{shippedGreedyL2R, shippedGreedyR2L} {
		p, err := Read(bytes.NewReader(data))
		if err != nil {
			t.Fatal(err)
		}
		if p.more == nil || !p.more.glove {
			t.Fatal("the shipped greedy member has no word-class templates: the test no longer tests them")
		}
		for i, s := range readFixture(t, "testdata/news.conllu") {
			toks := tokens(s, true)
			head, label := p.pass(toks, nil, nil, DefaultEnsembleConfig(), nil, nil)
			p.Parse(toks)
			for j := range toks {
				if int(head[j+1]) != toks[j].Head || p.labels[label[j+1]] != toks[j].DepRel {
					t.Errorf("sentence %d word %d: pass gives %d %s, Parse %d %s", i, j+1, head[j+1], p.labels[label[j+1]], toks[j].Head, toks[j].DepRel)
				}
			}
		}
	}
}
