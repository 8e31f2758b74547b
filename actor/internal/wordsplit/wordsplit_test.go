package wordsplit

import (
	"strings"
	"testing"
)

func TestSentences(t *testing.T) {
	text := "A Heading\nThe U.S. said Cooper’s team left. Officials agreed!"
	ss := Sentences(text)
	var got []string
	for _, s := range ss {
		var ws []string
		for _, tk := range s.Tokens {
			if text[tk.Span.Start:tk.Span.End] != tk.Text {
				t.Errorf("token %q has span %v", tk.Text, tk.Span)
			}
			ws = append(ws, tk.Text)
		}
		got = append(got, strings.Join(ws, "|"))
	}
	want := []string{"A|Heading", "The|U.S.|said|Cooper’s|team|left|.", "Officials|agreed|!"}
	if strings.Join(got, " / ") != strings.Join(want, " / ") {
		t.Errorf("got %q", got)
	}
	if !ss[0].Heading || ss[1].Heading {
		t.Errorf("headings: %v %v", ss[0].Heading, ss[1].Heading)
	}
}

func FuzzSentences(f *testing.F) {
	f.Add("U.S. \n\n x. Y!")
	f.Fuzz(func(t *testing.T, s string) {
		for _, st := range Sentences(s) {
			for _, tk := range st.Tokens {
				if s[tk.Span.Start:tk.Span.End] != tk.Text {
					t.Fatalf("token %q span %v", tk.Text, tk.Span)
				}
			}
		}
	})
}
