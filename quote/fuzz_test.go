package quote

import (
	"strings"
	"testing"

	"github.com/sitrep-dev/sitrep"
)

// FuzzExtract feeds the extractor arbitrary text with arbitrary trees: heads out of
// range or in cycles, relations and lemmas drawn from the fuzzer's bytes, mentions
// with bad ranges. Whatever the input, it must not panic, and every quote it returns
// must point inside the text.
func FuzzExtract(f *testing.F) {
	f.Add(`"We will stay," the minister said. "It is over."`, []byte{2, 0, 5, 1, 3, 9, 4, 7, 0, 1, 2})
	f.Add("According to officials, \u201cthe talks\u201d failed, he said: \"never\".", []byte{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11})
	f.Add("\u2018x\u2019 \"\n\"a\" said", []byte{255, 254, 0, 0, 1})
	x, err := Load()
	if err != nil {
		f.Fatal(err)
	}
	rels := []string{"root", "nsubj", "ccomp", "obj", "iobj", "parataxis", "punct", "case", "fixed", "obl", "advcl", "acl", "acl:relcl", "conj", "xcomp", "mark", "nsubj:pass", "aux", "advmod", "appos", "amod", "compound"}
	lemmas := []string{"say", "tell", "accord", "to", "that", "he", "they", "call", "warn", "accuse", "of", "not", "who", "official", `"`}
	upos := []string{"VERB", "NOUN", "PROPN", "PRON", "PUNCT", "ADP", "AUX", "ADJ", "SCONJ"}
	f.Fuzz(func(t *testing.T, text string, shape []byte) {
		b := func(i int) int {
			if len(shape) == 0 {
				return 0
			}
			return int(shape[i%len(shape)])
		}
		d := &sitrep.Document{ID: "f", Text: text, Status: sitrep.StatusOK}
		var sents []sitrep.Sentence
		var ms []sitrep.Mention
		// Tokens: the text's fields, with their real byte spans; a sentence ends every
		// few tokens, as the fuzzer decides.
		var cur sitrep.Sentence
		pos, n := 0, 0
		for _, w := range strings.Fields(text) {
			i := strings.Index(text[pos:], w) + pos
			pos = i + len(w)
			tok := sitrep.Token{
				Text: w, Span: sitrep.Span{Start: i, End: pos},
				Lemma:  lemmas[b(n)%len(lemmas)],
				UPOS:   upos[b(n+1)%len(upos)],
				DepRel: rels[b(n+2)%len(rels)],
				Head:   b(n+3)%12 - 2, // out of range and self-heads included
			}
			cur.Tokens = append(cur.Tokens, tok)
			n++
			if b(n)%5 == 0 {
				sents = append(sents, cur)
				cur = sitrep.Sentence{}
			}
		}
		if len(cur.Tokens) > 0 {
			sents = append(sents, cur)
		}
		for i := range sents {
			if k := len(sents[i].Tokens); k > 0 && b(i)%2 == 0 {
				s, e := b(i+1)%(k+2)-1, b(i+2)%(k+2)
				ms = append(ms, sitrep.Mention{Sentence: i, Start: s, End: e, Text: "m", Code: "USA", Rule: "coref:pronoun", Antecedent: b(i+3)%4 - 1})
				sents[i].Entities = append(sents[i].Entities, sitrep.Entity{Start: s, End: e + 3, Type: "PER"})
			}
		}
		ms = append(ms, sitrep.Mention{Sentence: len(sents) + 3, Start: 0, End: 1, Antecedent: 99})
		for _, q := range x.Extract(d, sents, ms) {
			if q.Span.Start < 0 || q.Span.End > len(text) || q.Span.Start > q.Span.End {
				t.Fatalf("span %v outside text of %d bytes", q.Span, len(text))
			}
			if text[q.Span.Start:q.Span.End] != q.Text {
				t.Fatalf("span %v does not hold %q", q.Span, q.Text)
			}
		}
	})
}

// FuzzScanQuotes: every quotation found lies inside the text with its marks around it.
func FuzzScanQuotes(f *testing.F) {
	for _, s := range []string{`a "b" c`, "\u201cx\u201d\n\"y", "\u2018a\u2019b\u2019", "\"\"\"", "«»\u201e"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		for _, q := range scanQuotes(text) {
			checkQuoted(t, text, q)
		}
	})
}
