package ner

import (
	"reflect"
	"testing"

	"github.com/sitrep-dev/sitrep"
	"github.com/sitrep-dev/sitrep/nlp/conllu"
)

// treeTokens reads testdata/syntax.conllu as tokens carrying its hand-made
// trees, the way the pipeline hands parsed tokens to Recognize.
func treeTokens(t *testing.T) [][]sitrep.Token {
	t.Helper()
	sents, err := conllu.ReadFile("testdata/syntax.conllu")
	if err != nil {
		t.Fatal(err)
	}
	var out [][]sitrep.Token
	for _, s := range sents {
		var toks []sitrep.Token
		for i, w := range s.Words {
			toks = append(toks, sitrep.Token{Text: w.Form, Lemma: w.Lemma, UPOS: w.UPOS, XPOS: w.XPOS,
				Head: w.Head, DepRel: w.DepRel, SpaceAfter: s.SpaceAfter(i)})
		}
		out = append(out, toks)
	}
	return out
}

// TestNameHeads checks what the run and case features describe: every word of
// a flat or compound run is seen from the run's head, with the word governing
// it and its case word.
func TestNameHeads(t *testing.T) {
	sents := treeTokens(t)
	for _, tc := range []struct {
		sent, word int
		head       string // the name head's text
		rel        string // its relation
		gov        string // the governing word's lemma
		caseWord   string // the name head's case child, "" when none
	}{
		// Every word of a flat name speaks for the subject of "say".
		{0, 0, "Talia", "nsubj", "say", ""},
		{0, 2, "Talia", "nsubj", "say", ""},
		// Compounds climb to the noun they modify.
		{0, 5, "Company", "nsubj", "move", ""},
		{0, 6, "Company", "nsubj", "move", ""},
		{0, 11, "Quelport", "obl", "move", "to"},
		// A verb's own head is the root.
		{0, 3, "said", "root", "<root>", ""},
		{1, 2, "Dravia", "nmod", "official", "from"},
		{1, 5, "Perrin", "obj", "meet", ""},
	} {
		toks := sents[tc.sent]
		var sc scratch
		nameHeads(toks, &sc)
		h := int(sc.nhead[tc.word])
		gov := "<root>"
		if g := head0(toks, h); g >= 0 {
			gov = lemmaOf(toks[g])
		}
		got := []string{toks[h].Text, toks[h].DepRel, gov, sc.caseOf[h]}
		want := []string{tc.head, tc.rel, tc.gov, tc.caseWord}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("sentence %d word %q: head, rel, gov, case = %q, want %q", tc.sent, toks[tc.word].Text, got, want)
		}
	}
}

// TestNameHeadsNoTree checks that tokens without a tree (or with a broken
// one) give no panic and leave each word its own name head.
func TestNameHeadsNoTree(t *testing.T) {
	for _, toks := range [][]sitrep.Token{
		toks("Talia met Perrin ."),
		{{Text: "A", Head: 2, DepRel: "flat"}, {Text: "B", Head: 1, DepRel: "flat"}}, // a cycle
		{{Text: "A", Head: 9, DepRel: "compound"}},                                   // a head out of range
	} {
		var sc scratch
		nameHeads(toks, &sc)
		if len(sc.nhead) != len(toks) || len(sc.caseOf) != len(toks) {
			t.Errorf("%v: %d heads, %d case words for %d tokens", toks, len(sc.nhead), len(sc.caseOf), len(toks))
		}
	}
}

// TestSyntaxBareTokens checks that a model with syntactic features gives bare
// tokens (IOB2 input: no tags, no tree) the same names as tokens the shipped
// tagger and parser have annotated, as the pipeline does.
func TestSyntaxBareTokens(t *testing.T) {
	r, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	if r.syntax == 0 {
		// The features change nothing in a model trained without them;
		// give this one the parser to exercise the path all the same.
		r = &Recognizer{index: r.index, weights: r.weights, trans: r.trans, gaz: r.gaz, clusters: r.clusters,
			usePOS: r.usePOS, tagger: r.tagger, bias: r.bias, syntax: synAll}
		if err := r.loadParser(); err != nil {
			t.Fatal(err)
		}
	}
	for _, s := range treeTokens(t) {
		bare := make([]sitrep.Token, len(s))
		for i, tk := range s {
			bare[i] = sitrep.Token{Text: tk.Text, SpaceAfter: tk.SpaceAfter}
		}
		parsed := append([]sitrep.Token(nil), bare...)
		r.tagger.Tag(parsed)
		r.parser.Parse(parsed)
		got, want := r.Recognize(bare), r.Recognize(parsed)
		if !reflect.DeepEqual(got, want) {
			t.Errorf("bare tokens: %v, parsed tokens: %v", got, want)
		}
		for _, tk := range bare {
			if tk.DepRel != "" || tk.UPOS != "" {
				t.Errorf("Recognize annotated the caller's tokens: %+v", tk)
			}
		}
	}
}

// TestSaveReadSyntax checks that the flags word keeps the syntactic feature
// groups and that a model read back has a parser for bare tokens.
func TestSaveReadSyntax(t *testing.T) {
	r, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	for _, groups := range []uint8{0, synToken, synRun | synCase, synAll} {
		r2 := &Recognizer{index: r.index, weights: r.weights, trans: r.trans, gaz: r.gaz, clusters: r.clusters,
			usePOS: true, tagger: r.tagger, bias: r.bias, syntax: groups}
		r3 := saveRead(t, r2)
		if r3.syntax != groups || !r3.usePOS || (r3.parser != nil) != (groups != 0) {
			t.Errorf("groups %b: after Save and Read: syntax %b, POS %v, parser %v", groups, r3.syntax, r3.usePOS, r3.parser != nil)
		}
	}
}
