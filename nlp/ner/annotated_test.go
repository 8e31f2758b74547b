package ner

import (
	"strings"
	"testing"
)

// TestAnnotatedSentences checks the exported view of the annotation against
// the readers training uses: every EWT sentence with a name and every aligned
// ECB+ one is there once, NewsMTSC (a validation corpus) is not, and every
// token and name points into the sentence's text.
func TestAnnotatedSentences(t *testing.T) {
	data := sharedData(t)
	sents, err := AnnotatedSentences(data)
	if err != nil {
		t.Fatal(err)
	}
	ewt, err := readEWTTrainNames(data, false)
	if err != nil {
		t.Fatal(err)
	}
	news, _, err := readNewsNames(data)
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]int{}
	for _, ex := range ewt {
		if len(ex.ents) > 0 {
			want["ewt"]++
		}
	}
	for _, ex := range news {
		if strings.HasPrefix(ex.key, "ecbplus:") && len(ex.ents) > 0 {
			want["ecb"]++
		}
	}
	got := map[string]int{}
	seen := map[string]bool{}
	for _, s := range sents {
		corpus, _, _ := strings.Cut(s.Key, ":")
		got[corpus]++
		if seen[s.Key] {
			t.Errorf("%s twice", s.Key)
		}
		seen[s.Key] = true
		if s.Doc == "" || !strings.HasPrefix(s.Doc, corpus+":") {
			t.Errorf("%s: document %q", s.Key, s.Doc)
		}
		for _, tk := range s.Tokens {
			if tk.Span.End > len(s.Text) || s.Text[tk.Span.Start:tk.Span.End] != tk.Text {
				t.Fatalf("%s: token %q at %v is not the text's", s.Key, tk.Text, tk.Span)
			}
		}
		for _, e := range s.Entities {
			if e.Start < 0 || e.End > len(s.Tokens) || e.Start >= e.End {
				t.Fatalf("%s: entity %+v outside %d tokens", s.Key, e, len(s.Tokens))
			}
		}
	}
	if len(got) != 2 || got["ewt"] != want["ewt"] || got["ecb"] != want["ecb"] || want["ecb"] == 0 {
		t.Errorf("sentences by corpus %v, want %v", got, want)
	}
}
