package nlp

import "testing"

// TestParseAfterDateline runs the shipped models over wire leads that open
// with a dateline: the clause after it is parsed as the sentence it is, its
// subject the verb's, and the dateline hangs on that verb.
func TestParseAfterDateline(t *testing.T) {
	p := shipped(t)
	tests := []struct {
		text       string
		subj, verb int // token indexes
	}{
		{"QAMISHLI — Officials of the Kurdish administration on Saturday accused government forces of losing track of detainees.", 2, 9},
		{"BEIRUT, Feb 12 - The peacekeeping force has begun sending home about 1,100 troops.", 7, 9},
	}
	for _, tt := range tests {
		s := p.Analyze(tt.text, nil)[0]
		toks := s.Tokens
		if toks[tt.verb].Head != 0 {
			t.Errorf("%q: root is not %q", tt.text, toks[tt.verb].Text)
		}
		if got := toks[tt.subj]; got.Head != tt.verb+1 || got.DepRel != "nsubj" {
			t.Errorf("%q: %q hangs on %d as %s, want the subject of %q", tt.text, got.Text, got.Head, got.DepRel, toks[tt.verb].Text)
		}
		if got := toks[0]; got.Head != tt.verb+1 || got.DepRel != "dep" {
			t.Errorf("%q: dateline %q hangs on %d as %s, want dep of %q", tt.text, got.Text, got.Head, got.DepRel, toks[tt.verb].Text)
		}
	}
}
