package event

import (
	"math/rand/v2"
	"strings"
	"testing"
	"time"

	"github.com/sitrep-dev/sitrep"
)

// syntheticSentence builds an n-token sentence of repeating "X attacked Y with ..."
// clauses chained head to head, the worst shape for walks up and down the tree.
func syntheticSentence(n int) (*sitrep.Document, []sitrep.Sentence, []sitrep.Mention) {
	words := []struct{ text, lemma, upos, rel string }{
		{"Syria", "Syria", "PROPN", "nsubj"},
		{"attacked", "attack", "VERB", "conj"},
		{"Turkey", "Turkey", "PROPN", "obj"},
		{"and", "and", "CCONJ", "cc"},
		{"met", "meet", "VERB", "conj"},
		{"with", "with", "ADP", "case"},
		{"Iraq", "Iraq", "PROPN", "obl"},
		{",", ",", "PUNCT", "punct"},
	}
	codes := map[string]string{"Syria": "SYR", "Turkey": "TUR", "Iraq": "IRQ"}
	var b strings.Builder
	s := sitrep.Sentence{}
	var ms []sitrep.Mention
	for i := range n {
		w := words[i%len(words)]
		start := b.Len()
		b.WriteString(w.text)
		head := i // previous token, 1-based: a long chain
		s.Tokens = append(s.Tokens, sitrep.Token{Text: w.text, Lemma: w.lemma, UPOS: w.upos, Head: head, DepRel: w.rel,
			Span: sitrep.Span{Start: start, End: b.Len()}, SpaceAfter: true})
		b.WriteByte(' ')
		if c, ok := codes[w.text]; ok {
			ms = append(ms, sitrep.Mention{Start: i, End: i + 1, Code: c, Text: w.text, Antecedent: -1})
		}
	}
	s.Span = sitrep.Span{Start: 0, End: b.Len()}
	doc := &sitrep.Document{ID: "long", Text: b.String()}
	return doc, []sitrep.Sentence{s}, ms
}

// TestLongSentence codes a 5,000-token sentence and a 5,000-token star without a
// panic; how long they take is BenchmarkLongSentence's to say (a hang is caught
// by the test binary's timeout).
func TestLongSentence(t *testing.T) {
	c := coder(t)
	doc, sents, ms := syntheticSentence(5000)
	start := time.Now()
	evs := c.Code(doc, sents, ms)
	t.Logf("5,000 tokens: %d events in %v", len(evs), time.Since(start))

	// A star: every token hangs from the first.
	for i := range sents[0].Tokens {
		sents[0].Tokens[i].Head = 1
	}
	sents[0].Tokens[0].Head = 0
	start = time.Now()
	c.Code(doc, sents, ms)
	t.Logf("5,000-token star in %v", time.Since(start))
}

// BenchmarkLongSentence codes one 5,000-token sentence.
func BenchmarkLongSentence(b *testing.B) {
	c := coder(b)
	doc, sents, ms := syntheticSentence(5000)
	for b.Loop() {
		c.Code(doc, sents, ms)
	}
}

// TestHeadingsListsTables codes a document made only of headings, list items and
// table rows: fragments without verbs or with flat, headless parses.
func TestHeadingsListsTables(t *testing.T) {
	c := coder(t)
	lines := []string{"US Strikes Syria", "- Iraq", "- Turkey", "| Syria | 12 | Iran |", "Table 3: Syria Iraq Turkey"}
	var b strings.Builder
	var sents []sitrep.Sentence
	var ms []sitrep.Mention
	for si, l := range lines {
		s := sitrep.Sentence{Heading: true}
		s.Start = b.Len()
		for _, w := range strings.Fields(l) {
			start := b.Len()
			b.WriteString(w)
			upos := "PROPN"
			if w == "Strikes" {
				upos = "VERB"
			}
			s.Tokens = append(s.Tokens, sitrep.Token{Text: w, UPOS: upos, Span: sitrep.Span{Start: start, End: b.Len()}})
			if code, ok := map[string]string{"US": "USA", "Syria": "SYR", "Iraq": "IRQ", "Turkey": "TUR", "Iran": "IRN"}[w]; ok {
				ms = append(ms, sitrep.Mention{Sentence: si, Start: len(s.Tokens) - 1, End: len(s.Tokens), Code: code, Antecedent: -1})
			}
			b.WriteByte(' ')
		}
		s.End = b.Len()
		b.WriteByte('\n')
		sents = append(sents, s)
	}
	doc := &sitrep.Document{ID: "frags", Text: b.String()}
	for _, ev := range c.Code(doc, sents, ms) {
		t.Logf("event from a fragment: %s", describe(ev))
	}
}

// TestBadInput feeds broken trees and mentions: heads out of range, cycles,
// mentions past the sentence, spans outside the text.
func TestBadInput(t *testing.T) {
	c := coder(t)
	doc, sents, ms := syntheticSentence(40)
	toks := sents[0].Tokens
	toks[3].Head = 1000
	toks[4].Head = -7
	toks[5].Head, toks[6].Head = 7, 6 // a cycle
	toks[9].Head = 10                 // itself
	ms = append(ms, sitrep.Mention{Sentence: 0, Start: 38, End: 90, Code: "XXX"}, sitrep.Mention{Sentence: 5, Start: 0, End: 1, Code: "YYY"},
		sitrep.Mention{Sentence: 0, Start: -3, End: 2, Code: "ZZZ"})
	sents[0].Span = sitrep.Span{Start: 10, End: 1 << 20}
	c.Code(doc, sents, ms)
	c.Code(doc, []sitrep.Sentence{{}}, nil)
	c.Code(&sitrep.Document{}, nil, nil)
}

func FuzzCode(f *testing.F) {
	f.Add([]byte{1, 2, 3, 4, 5, 6, 7, 8}, uint64(1))
	f.Add([]byte("Syria attacked Turkey"), uint64(42))
	f.Fuzz(func(t *testing.T, heads []byte, seed uint64) {
		if len(heads) > 200 {
			heads = heads[:200]
		}
		c := coder(t)
		doc, sents, ms := syntheticSentence(len(heads))
		r := rand.New(rand.NewPCG(seed, seed))
		rels := []string{"nsubj", "obj", "obl", "conj", "xcomp", "acl", "acl:relcl", "advcl", "nmod", "ccomp", "nsubj:pass", "obl:agent", "case", "amod", "compound", "aux", "advmod", "mark", "det", "appos"}
		for i, h := range heads {
			sents[0].Tokens[i].Head = int(h) % (len(heads) + 2)
			sents[0].Tokens[i].DepRel = rels[r.IntN(len(rels))]
		}
		for _, ev := range c.Code(doc, sents, ms) {
			if ev.Source.Code == "" {
				t.Fatalf("event without a source: %+v", ev)
			}
		}
	})
}

func BenchmarkCode(b *testing.B) {
	c := coder(b)
	fxs := loadFixtures(b, "testdata/constructions.conllu")
	b.ResetTimer()
	n := 0
	for b.Loop() {
		for _, fx := range fxs {
			c.Code(fx.doc, fx.sents, fx.mentions)
			n++
		}
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "sentences/s")
}

// TestMentionsPastSentence feeds mentions that start at or after their
// sentence's last token or run past it (bad input from a caller): the coder
// reads the first as none and the second as ending with the sentence.
func TestMentionsPastSentence(t *testing.T) {
	c := coder(t)
	doc, sents, ms := syntheticSentence(16)
	n := len(sents[0].Tokens)
	ms = append(ms,
		sitrep.Mention{Sentence: 0, Start: n, End: n + 2, Code: "XXX"},
		sitrep.Mention{Sentence: 0, Start: 2, End: n + 50, Code: "TUR"},
		sitrep.Mention{Sentence: 3, Start: 0, End: 1, Code: "IRQ"})
	for _, ev := range c.Code(doc, sents, ms) {
		if ev.Source.Code == "XXX" || ev.Target.Code == "XXX" {
			t.Errorf("a mention past its sentence acts: %s", describe(ev))
		}
	}
}

// TestFrontedParticipleChain codes a long chain of agent participles each hung
// on the next ("attacked by Syria attacked by Syria …"): the subject's walk up
// the chain is bounded, not a recursion that doubles at each step.
func TestFrontedParticipleChain(t *testing.T) {
	c := coder(t)
	var b strings.Builder
	s := sitrep.Sentence{}
	var ms []sitrep.Mention
	const pairs = 60
	for p := range pairs {
		v, a := 2*p, 2*p+1
		head := v + 3 // the next participle (1-based)
		rel := "advcl"
		if p == pairs-1 {
			head, rel = 0, "root"
		}
		for _, w := range []struct {
			text, lemma, upos, xpos, rel string
			head                         int
		}{{"attacked", "attack", "VERB", "VBN", rel, head}, {"Syria", "Syria", "PROPN", "NNP", "obl:agent", v + 1}} {
			start := b.Len()
			b.WriteString(w.text)
			s.Tokens = append(s.Tokens, sitrep.Token{Text: w.text, Lemma: w.lemma, UPOS: w.upos, XPOS: w.xpos, Head: w.head,
				DepRel: w.rel, Span: sitrep.Span{Start: start, End: b.Len()}, SpaceAfter: true})
			b.WriteByte(' ')
		}
		ms = append(ms, sitrep.Mention{Start: a, End: a + 1, Code: "SYR", Text: "Syria", Antecedent: -1})
	}
	s.Span = sitrep.Span{Start: 0, End: b.Len()}
	doc := &sitrep.Document{ID: "chain", Text: b.String()}
	c.Code(doc, []sitrep.Sentence{s}, ms)
}

// FuzzTreeRepairs feeds the tree's repairs (datelines, headline verbs,
// participles) random trees over words that trigger them: the repaired tree must
// stay a forest (no cycle) and coding must not panic.
func FuzzTreeRepairs(f *testing.F) {
	f.Add([]byte{6, 3, 0, 3, 7, 7, 3, 9, 7, 7}, uint64(1))
	f.Add([]byte{3, 0, 2}, uint64(2))
	f.Fuzz(func(t *testing.T, heads []byte, seed uint64) {
		if len(heads) > 120 {
			heads = heads[:120]
		}
		words := []struct{ text, lemma, upos, xpos string }{
			{"BEIRUT", "BEIRUT", "PROPN", "NNP"}, {"(", "(", "PUNCT", "-LRB-"}, {"Reuters", "Reuters", "PROPN", "NNP"},
			{")", ")", "PUNCT", "-RRB-"}, {"-", "-", "PUNCT", ":"}, {"Rebels", "rebel", "NOUN", "NNS"},
			{"shells", "shell", "NOUN", "NNS"}, {"voiced", "voiced", "ADJ", "JJ"}, {"attacked", "attack", "VERB", "VBN"},
			{"Syria", "Syria", "PROPN", "NNP"}, {"by", "by", "ADP", "IN"}, {"positions", "position", "NOUN", "NNS"},
			{"Aug", "Aug", "PROPN", "NNP"}, {"21", "21", "NUM", "CD"}, {",", ",", "PUNCT", ","}, {".", ".", "PUNCT", "."},
		}
		rels := []string{"nsubj", "obj", "obl", "obl:agent", "conj", "xcomp", "acl", "advcl", "nmod", "ccomp", "parataxis",
			"case", "amod", "compound", "mark", "det", "punct", "root", "dep", "appos", "nsubj:pass", "flat"}
		r := rand.New(rand.NewPCG(seed, seed))
		var b strings.Builder
		s := sitrep.Sentence{}
		var ms []sitrep.Mention
		for i, h := range heads {
			w := words[r.IntN(len(words))]
			start := b.Len()
			b.WriteString(w.text)
			s.Tokens = append(s.Tokens, sitrep.Token{Text: w.text, Lemma: w.lemma, UPOS: w.upos, XPOS: w.xpos,
				Head: int(h) % (len(heads) + 1), DepRel: rels[r.IntN(len(rels))], Span: sitrep.Span{Start: start, End: b.Len()},
				SpaceAfter: r.IntN(4) > 0})
			b.WriteByte(' ')
			if w.text == "Syria" || w.text == "Rebels" && r.IntN(2) == 0 {
				ms = append(ms, sitrep.Mention{Start: i, End: i + 1, Code: "SYR", Text: w.text, Antecedent: -1})
			}
		}
		s.Span = sitrep.Span{Start: 0, End: b.Len()}
		tr := newTree(s.Tokens, ms)
		for i := range tr.head {
			j := i
			for steps := 0; j >= 0; steps++ {
				if steps > len(tr.head) {
					t.Fatalf("token %d is in a cycle after the repairs (heads %v)", i, tr.head)
				}
				j = tr.head[j]
			}
		}
		coder(t).Code(&sitrep.Document{ID: "repairs", Text: b.String()}, []sitrep.Sentence{s}, ms)
	})
}
