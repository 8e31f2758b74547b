package event

import (
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/sitrep-dev/sitrep"
)

// TestPairMentions codes each fixture after the first as the next sentence of one
// document that opens with the first, so "the two governments" can find the
// countries the first sentence names.
func TestPairMentions(t *testing.T) {
	fxs := loadFixtures(t, "testdata/pairs.conllu")
	lead := fxs[0]
	for _, fx := range fxs[1:] {
		t.Run(fx.id, func(t *testing.T) {
			doc, sents, ms := joinFixtures(lead, fx)
			var got []string
			for _, ev := range coder(t).Code(doc, sents, ms) {
				if strings.HasPrefix(ev.Sentence, fx.doc.Text[:10]) {
					got = append(got, describe(ev))
				}
			}
			sort.Strings(got)
			want := slices.Sorted(slices.Values(fx.expect))
			if strings.Join(got, "\n") != strings.Join(want, "\n") {
				t.Errorf("%s\n got  %q\n want %q", fx.doc.Text, got, want)
			}
		})
	}
}

// joinFixtures makes one document of single-sentence fixtures, shifting spans.
func joinFixtures(fxs ...fixture) (*sitrep.Document, []sitrep.Sentence, []sitrep.Mention) {
	var (
		text  strings.Builder
		sents []sitrep.Sentence
		ms    []sitrep.Mention
	)
	for si, fx := range fxs {
		if si > 0 {
			text.WriteByte(' ')
		}
		off := text.Len()
		text.WriteString(fx.doc.Text)
		s := fx.sents[0]
		s.Tokens = slices.Clone(s.Tokens)
		for k := range s.Tokens {
			s.Tokens[k].Span.Start += off
			s.Tokens[k].Span.End += off
		}
		s.Span = sitrep.Span{Start: s.Span.Start + off, End: s.Span.End + off}
		sents = append(sents, s)
		for _, m := range fx.mentions {
			m.Sentence = si
			m.Span = sitrep.Span{Start: m.Span.Start + off, End: m.Span.End + off}
			ms = append(ms, m)
		}
	}
	return &sitrep.Document{ID: "pairs", Text: text.String(), Status: sitrep.StatusOK}, sents, ms
}

// TestSameActor: an actor on itself or on its own bare country is dropped as a
// misreading; two groups of one country stay apart even when one code extends
// the other (Islamist rebels SYRREBMUS against the rebels SYRREB).
func TestSameActor(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		want bool
	}{
		{"SYRGOV", "SYRGOV", true},
		{"SYRGOV", "SYR", true},
		{"SYR", "SYRMIL", true},
		{"SYRREBMUS", "SYRREB", false},
		{"SYRREB", "SYRREBMUS", false},
		{"USAGOV", "USAGOVLEG", false},
		{"SYRGOV", "SYRREB", false},
		{"SYR", "TUR", false},
	} {
		if got := sameActor(tc.a, tc.b); got != tc.want {
			t.Errorf("sameActor(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
}
