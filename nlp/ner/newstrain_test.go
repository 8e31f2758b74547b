package ner

import (
	"bytes"
	"reflect"
	"strings"
	"testing"

	"github.com/sitrep-dev/sitrep"
	"github.com/sitrep-dev/sitrep/nlp/tokenize"
)

func TestParseNewsNames(t *testing.T) {
	runParseCases(t, parseNewsNames, []parseCase[map[string][]byteSpan]{
		{"one of each", "news:ab\t0-5:PER 10-17:ORG\nnews:cd\t-\n", map[string][]byteSpan{
			"news:ab": {{0, 5, "PER"}, {10, 17, "ORG"}},
			"news:cd": {},
		}, ""},
		{"no tab", "news:ab 0-5:PER\n", nil, "line 1"},
		{"word index, not bytes", "news:ab\t3:PER\n", nil, "bytes"},
		{"empty span", "news:ab\t4-4:LOC\n", nil, "bytes"},
		{"unknown type", "news:ab\t0-4:MISC\n", nil, "TYPE"},
		{"twice", "news:ab\t-\nnews:ab\t0-3:LOC\n", nil, "twice"},
	})
}

// TestSpansToTokens maps byte spans of invented sentences onto the tokenizer's
// words, and refuses spans that cut a word.
func TestSpansToTokens(t *testing.T) {
	const text = "Gen. Rana Okafor's unit left New Amberton on Tuesday."
	toks := tokenize.Tokenize(text)
	at := func(s string) (int, int) {
		i := strings.Index(text, s)
		return i, i + len(s)
	}
	span := func(s, typ string) byteSpan {
		a, b := at(s)
		return byteSpan{a, b, typ}
	}
	for _, tc := range []struct {
		name  string
		spans []byteSpan
		want  []sitrep.Entity
		ok    bool
	}{
		// "Okafor's" is two words, "Okafor" and "'s": the name ends inside the
		// written word, on a token boundary.
		{"names", []byteSpan{span("Rana Okafor", "PER"), span("New Amberton", "LOC")},
			[]sitrep.Entity{{Start: 1, End: 3, Type: "PER"}, {Start: 6, End: 8, Type: "LOC"}}, true},
		{"none", nil, []sitrep.Entity{}, true},
		{"cuts a word", []byteSpan{span("Rana Oka", "PER")}, nil, false},
		{"starts inside a word", []byteSpan{span("ana Okafor", "PER")}, nil, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, ok := spansToTokens(tc.spans, toks)
			if ok != tc.ok || ok && !reflect.DeepEqual(got, tc.want) {
				t.Errorf("got %v %v, want %v %v (tokens %v)", got, ok, tc.want, tc.ok, toks)
			}
		})
	}
}

// TestNewsNames checks that the shipped annotation joins the corpora it was
// made on: every annotated sentence is found, and every name still falls on
// the tokenizer's word boundaries.
func TestNewsNames(t *testing.T) {
	data := sharedData(t)
	names, err := parseNewsNames(newsNames)
	if err != nil {
		t.Fatal(err)
	}
	ex, misaligned, err := readNewsNames(data)
	if err != nil {
		t.Fatal(err)
	}
	if misaligned > 0 || len(ex) != len(names) {
		t.Errorf("%d examples and %d sentences whose names cut a word, for %d annotated sentences", len(ex), misaligned, len(names))
	}
	want := 0
	for _, spans := range names {
		want += len(spans)
	}
	got := 0
	for _, e := range ex {
		for _, l := range e.gold {
			if p, _ := splitLabel(l); l != 0 && (p == posB || p == posU) {
				got++
			}
		}
	}
	if got != want || want == 0 {
		t.Errorf("%d names in the examples, want the %d of the file", got, want)
	}
	if n := bytes.Count(newsNames, []byte("\n")); n != len(names) {
		t.Errorf("%d lines for %d sentences", n, len(names))
	}
}
