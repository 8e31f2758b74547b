package nlp

import "testing"

// TestHeadlineVerb runs the shipped models over headlines in sentence case:
// a verb in -s that the tagger takes for a plural noun after the opening names
// is read as the verb; headlines with a verb of their own, and ones that open
// with a common noun, are left to the tagger.
func TestHeadlineVerb(t *testing.T) {
	p := shipped(t)
	tests := []struct {
		text string
		word int    // token index
		upos string // its UPOS after the pipeline
	}{
		{"Syria joins US-led coalition against Islamic State\n\nThe text follows.", 1, "VERB"},
		{"Air raids kill 10 near Aleppo hospital\n\nThe text follows.", 1, "NOUN"},
		// a headline's passive, or a noun with its phrase, has no verb in -s
		{"Hezbollah fighters killed in Syria\n\nThe text follows.", 1, "NOUN"},
		{"Israel strikes on Gaza condemned by UN\n\nThe text follows.", 1, "NOUN"},
	}
	for _, tt := range tests {
		s := p.Analyze(tt.text, nil)[0]
		if !s.Heading {
			t.Fatalf("%q: not read as a heading", tt.text)
		}
		if got := s.Tokens[tt.word].UPOS; got != tt.upos {
			t.Errorf("%q: token %q is %s, want %s", tt.text, s.Tokens[tt.word].Text, got, tt.upos)
		}
	}
}
