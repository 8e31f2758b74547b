package main

import "testing"

func TestParagraphs(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"", nil},
		{"One line.", []string{"One line."}},
		{"Title\n\nFirst para\nstill first.\n\n\n  Second.  \n", []string{"Title", "First para\nstill first.", "Second."}},
		{"\n\n\nA\n \nB", []string{"A", "B"}},
	} {
		ps := paragraphs(tc.text)
		var got []string
		for _, p := range ps {
			got = append(got, tc.text[p.Start:p.End])
		}
		if len(got) != len(tc.want) {
			t.Errorf("%q: got %q, want %q", tc.text, got, tc.want)
			continue
		}
		for i := range got {
			if got[i] != tc.want[i] {
				t.Errorf("%q: paragraph %d = %q, want %q", tc.text, i, got[i], tc.want[i])
			}
		}
	}
}
