package ner

import (
	"reflect"
	"strings"
	"testing"

	"github.com/sitrep-dev/sitrep"
)

func TestParseNameSpans(t *testing.T) {
	runParseCases(t, parseNameSpans, []parseCase[map[string][]sitrep.Entity]{
		{"one of each", "a-1\t1:PER 3-5:ORG\nb-2\t-\n", map[string][]sitrep.Entity{
			"a-1": {{Start: 0, End: 1, Type: "PER"}, {Start: 2, End: 5, Type: "ORG"}},
			"b-2": {},
		}, ""},
		{"blank lines", "\na-1\t2:LOC\n\n", map[string][]sitrep.Entity{"a-1": {{Start: 1, End: 2, Type: "LOC"}}}, ""},
		{"no tab", "a-1 1:PER\n", nil, "line 1"},
		{"unknown type", "a-1\t1:MISC\n", nil, "TYPE"},
		{"reversed range", "a-1\t5-3:PER\n", nil, "bad word range"},
		{"zero index", "a-1\t0:PER\n", nil, "bad word range"},
		{"twice", "a-1\t-\na-1\t1:PER\n", nil, "twice"},
	})
}

// parseCase is a row of a table test of an annotation file reader: its input,
// and what it reads or a word its error must mention.
type parseCase[T any] struct {
	name, in string
	want     T
	err      string
}

// runParseCases runs parse on each case's input.
func runParseCases[T any](t *testing.T, parse func([]byte) (T, error), cases []parseCase[T]) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got, err := parse([]byte(tc.in))
			if tc.err != "" {
				if err == nil || !strings.Contains(err.Error(), tc.err) {
					t.Fatalf("err = %v, want one mentioning %q", err, tc.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("got %v, want %v", got, tc.want)
			}
		})
	}
}

// TestEWTTrainNames checks that the shipped annotation joins the treebank it
// was made on: every annotated sentence is found and every span fits it.
func TestEWTTrainNames(t *testing.T) {
	data := sharedData(t)
	names, err := parseNameSpans(ewtTrainNames)
	if err != nil {
		t.Fatal(err)
	}
	ex, err := readEWTTrainNames(data, false)
	if err != nil {
		t.Fatal(err)
	}
	if len(ex) != len(names) {
		t.Errorf("%d examples for %d annotated sentences", len(ex), len(names))
	}
	all, err := readEWTTrainNames(data, true)
	if err != nil {
		t.Fatal(err)
	}
	if len(all) <= len(ex) {
		t.Errorf("with the sentences without names: %d examples, want more than %d", len(all), len(ex))
	}
	n := 0
	for _, e := range ex {
		for _, l := range e.gold {
			if p, _ := splitLabel(l); l != 0 && (p == posB || p == posU) {
				n++
			}
		}
	}
	if n != 7506 {
		t.Errorf("%d names in the annotated sentences, want the 7,506 of the file", n)
	}
}
