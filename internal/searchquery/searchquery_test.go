package searchquery

import (
	"reflect"
	"testing"
)

func TestParse(t *testing.T) {
	for _, tc := range []struct {
		in      string
		groups  [][]Term
		negated []Term
	}{
		{"", nil, nil},
		{"weapon caches", [][]Term{{{Text: "weapon"}}, {{Text: "caches"}}}, nil},
		{`"Syrian Ministry of Interior" cooperation`, [][]Term{{{Text: "Syrian Ministry of Interior"}}, {{Text: "cooperation"}}}, nil},
		{"ISIS OR Daesh -Iraq", [][]Term{{{Text: "ISIS"}, {Text: "Daesh"}}}, []Term{{Text: "Iraq"}}},
		{"NOT raid strike*", [][]Term{{{Text: "strike", Prefix: true}}}, []Term{{Text: "raid"}}},
		{`OR ( ) -- "unclosed`, [][]Term{{{Text: "unclosed"}}}, nil},
		{"al-Sharaa \x00 - x", [][]Term{{{Text: "al-Sharaa"}}, {{Text: "x"}}}, nil},
	} {
		g, n := Parse(tc.in)
		if !reflect.DeepEqual(g, tc.groups) || !reflect.DeepEqual(n, tc.negated) {
			t.Errorf("Parse(%q) = %v, %v; want %v, %v", tc.in, g, n, tc.groups, tc.negated)
		}
	}
}

func FuzzParse(f *testing.F) {
	for _, s := range []string{"a OR b", `"x y" -z`, "NOT NOT *", "\xff\x00"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, q string) {
		groups, negated := Parse(q)
		for _, g := range groups {
			if len(g) == 0 {
				t.Fatalf("empty group from %q", q)
			}
			for _, term := range g {
				if !searchable(term.Text) {
					t.Fatalf("unsearchable term %q from %q", term.Text, q)
				}
			}
		}
		for _, term := range negated {
			if !searchable(term.Text) {
				t.Fatalf("unsearchable excluded term %q from %q", term.Text, q)
			}
		}
	})
}
