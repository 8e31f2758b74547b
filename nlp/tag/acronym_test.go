package tag

import (
	"strings"
	"testing"

	"github.com/sitrep-dev/sitrep"
)

func TestRepairAcronyms(t *testing.T) {
	tests := []struct {
		name, in, want string // in and want: word/UPOS, space-separated
	}{
		{"a verb in brackets", "group/NOUN (/PUNCT IS/AUX )/PUNCT claimed/VERB", "group/NOUN (/PUNCT IS/PROPN )/PUNCT claimed/VERB"},
		{"a pronoun in brackets", "States/PROPN (/PUNCT US/PRON )/PUNCT", "States/PROPN (/PUNCT US/PROPN )/PUNCT"},
		{"a noun stays a noun", "system/NOUN (/PUNCT GIS/NOUN )/PUNCT", "system/NOUN (/PUNCT GIS/NOUN )/PUNCT"},
		{"not in brackets", "it/PRON IS/AUX true/ADJ", "it/PRON IS/AUX true/ADJ"},
		{"not all capitals", "(/PUNCT Is/AUX )/PUNCT", "(/PUNCT Is/AUX )/PUNCT"},
		{"one letter", "(/PUNCT A/DET )/PUNCT", "(/PUNCT A/DET )/PUNCT"},
		{"a verb after a preposition", "strikes/NOUN against/ADP IS/AUX group/NOUN", "strikes/NOUN against/ADP IS/PROPN group/NOUN"},
		{"a verb after a determiner", "the/DET IS/AUX fighters/NOUN fled/VERB", "the/DET IS/PROPN fighters/NOUN fled/VERB"},
		{"a shouted sentence", "WHAT/PRON IS/AUX THE/DET IS/AUX OF/ADP IT/PRON", "WHAT/PRON IS/AUX THE/DET IS/AUX OF/ADP IT/PRON"},
		{"a long word", "Read/VERB the/DET CURSED/VERB book/NOUN", "Read/VERB the/DET CURSED/VERB book/NOUN"},
		{"a pronoun", "for/ADP YOUR/PRON sake/NOUN", "for/ADP YOUR/PRON sake/NOUN"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var toks []sitrep.Token
			for _, f := range strings.Fields(tt.in) {
				w, pos, _ := strings.Cut(f, "/")
				toks = append(toks, sitrep.Token{Text: w, UPOS: pos})
			}
			repairAcronyms(toks)
			var got []string
			for _, tk := range toks {
				got = append(got, tk.Text+"/"+tk.UPOS)
			}
			if g := strings.Join(got, " "); g != tt.want {
				t.Errorf("got  %s\nwant %s", g, tt.want)
			}
		})
	}
}
