package tag

import "testing"

func TestRuleLemma(t *testing.T) {
	for _, tc := range []struct{ form, xpos, want string }{
		{"Syria", "NNP", "Syria"},
		{"Americans", "NNPS", "American"},
		{"The", "DT", "the"},
		{"troops", "NNS", "troop"},
		{"militias", "NNS", "militia"},
		{"countries", "NNS", "country"},
		{"churches", "NNS", "church"},
		{"boxes", "NNS", "box"},
		{"analysis", "NN", "analysis"},
		{"bus", "NNS", "bus"},
		{"seeks", "VBZ", "seek"},
		{"wanted", "VBD", "want"},
		{"stopped", "VBD", "stop"},
		{"tried", "VBD", "try"},
		{"agreed", "VBN", "agree"},
		{"stated", "VBD", "state"},
		{"organized", "VBN", "organize"},
		{"moved", "VBD", "move"},
		{"treated", "VBN", "treat"},
		{"visited", "VBD", "visit"},
		{"monitoring", "VBG", "monitor"},
		{"running", "VBG", "run"},
		{"making", "VBG", "make"},
		{"seeing", "VBG", "see"},
		{"larger", "JJR", "large"},
		{"bigger", "JJR", "big"},
		{"easiest", "JJS", "easy"},
		{"newest", "JJS", "new"},
	} {
		if got := ruleLemma(tc.form, tc.xpos); got != tc.want {
			t.Errorf("ruleLemma(%q, %s) = %q, want %q", tc.form, tc.xpos, got, tc.want)
		}
	}
}
