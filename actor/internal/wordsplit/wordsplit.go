// Package wordsplit is a small sentence splitter and tokenizer for actor's tests: it
// lets them build analysed sentences without depending on the NLP backbone's progress
// or errors. It marks a line without final punctuation as a heading, as the backbone
// does, and fills no tags, dependencies or entities.
package wordsplit

import (
	"regexp"
	"strings"

	"github.com/sitrep-dev/sitrep"
)

var (
	tokenRE    = regexp.MustCompile(`[\p{L}\p{N}]+(?:[.'’\-][\p{L}\p{N}]+)*\.?|[’']s\b|\S`)
	sentenceRE = regexp.MustCompile(`[.!?]["”’]?\s+|\n+`)
	abbrev     = map[string]bool{"U.S.": true, "U.N.": true, "Mr.": true, "Dr.": true, "Gen.": true, "Adm.": true, "J.": true, "D.C.": true}
)

// Sentences splits text into sentences of tokens with byte spans into text.
func Sentences(text string) []sitrep.Sentence {
	var sents []sitrep.Sentence
	start := 0
	flush := func(end int) {
		seg := text[start:end]
		var toks []sitrep.Token
		for _, loc := range tokenRE.FindAllStringIndex(seg, -1) {
			t := seg[loc[0]:loc[1]]
			// Keep "U.S." whole but split a sentence-final dot off an ordinary word.
			if strings.HasSuffix(t, ".") && len(t) > 1 && !strings.Contains(t[:len(t)-1], ".") && !abbrev[t] {
				toks = append(toks, sitrep.Token{Text: t[:len(t)-1], Span: sitrep.Span{Start: start + loc[0], End: start + loc[1] - 1}})
				toks = append(toks, sitrep.Token{Text: ".", Span: sitrep.Span{Start: start + loc[1] - 1, End: start + loc[1]}})
				continue
			}
			toks = append(toks, sitrep.Token{Text: t, Span: sitrep.Span{Start: start + loc[0], End: start + loc[1]}})
		}
		if len(toks) > 0 {
			last := strings.TrimSpace(seg)
			heading := last != "" && !strings.ContainsAny(last[len(last)-1:], ".!?\"”’:") && (strings.HasSuffix(seg, "\n") || end == len(text))
			sents = append(sents, sitrep.Sentence{Span: sitrep.Span{Start: toks[0].Span.Start, End: toks[len(toks)-1].Span.End}, Tokens: toks, Heading: heading})
		}
	}
	for _, loc := range sentenceRE.FindAllStringIndex(text, -1) {
		// Do not split after "U.S." and similar abbreviations.
		if w := lastWord(text[:loc[0]+1]); abbrev[w] && !strings.Contains(text[loc[0]:loc[1]], "\n") {
			continue
		}
		flush(loc[0] + 1)
		start = loc[1]
	}
	flush(len(text))
	return sents
}

func lastWord(s string) string {
	i := strings.LastIndexAny(s, " \n")
	return s[i+1:]
}
