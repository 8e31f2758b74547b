package ner

import (
	"fmt"
	"reflect"
	"testing"

	"github.com/sitrep-dev/sitrep"
)

// TestAcronymsInParens checks the rule on hand-made spans, so that it is
// tested apart from what any model predicts. Sentences are invented.
func TestAcronymsInParens(t *testing.T) {
	for _, tc := range []struct {
		text string
		ents []sitrep.Entity // the model's spans
		want []string        // "TYPE:start-end" after the rule
	}{
		// An organisation's acronym in brackets, letters in any order.
		{"the Northern Waterways Trust ( NWT ) said", []sitrep.Entity{{Start: 1, End: 4, Type: "ORG"}}, []string{"ORG:1-4", "ORG:5-6"}},
		{"the Lake Fund ( FDL ) said", []sitrep.Entity{{Start: 1, End: 3, Type: "ORG"}}, []string{"ORG:1-3", "ORG:4-5"}},
		// After a place, only the place's initials.
		{"in New Amber City ( NAC ) today", []sitrep.Entity{{Start: 1, End: 4, Type: "LOC"}}, []string{"LOC:1-4", "LOC:5-6"}},
		{"in Dorlin ( TX ) today", []sitrep.Entity{{Start: 1, End: 2, Type: "LOC"}}, []string{"LOC:1-2"}},
		// After a person, a role stays out.
		{"said Mara Quell ( CEO ) today", []sitrep.Entity{{Start: 1, End: 3, Type: "PER"}}, []string{"PER:1-3"}},
		// Not an acronym, not bracketed, or already named by the model.
		{"the Lake Fund ( Geneva ) said", []sitrep.Entity{{Start: 1, End: 3, Type: "ORG"}}, []string{"ORG:1-3"}},
		{"the Lake Fund , FDL , said", []sitrep.Entity{{Start: 1, End: 3, Type: "ORG"}}, []string{"ORG:1-3"}},
		{"the Lake Fund ( FDL ) said", []sitrep.Entity{{Start: 1, End: 3, Type: "ORG"}, {Start: 4, End: 5, Type: "LOC"}}, []string{"ORG:1-3", "LOC:4-5"}},
		// Brackets at the end of the sentence, unclosed.
		{"the Lake Fund ( FDL", []sitrep.Entity{{Start: 1, End: 3, Type: "ORG"}}, []string{"ORG:1-3"}},
		{"", nil, nil},
	} {
		t.Run(tc.text, func(t *testing.T) {
			var got []string
			for _, e := range acronymsInParens(tc.ents, toks(tc.text)) {
				got = append(got, fmt.Sprintf("%s:%d-%d", e.Type, e.Start, e.End))
			}
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}
