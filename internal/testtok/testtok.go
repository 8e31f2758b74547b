// Package testtok is a small regular-expression tokenizer for the tests of packages
// that sit below the NLP backbone (place, timex, quantity), so that their tests do
// not depend on trained models, and a builder of tokens from spaced words for the
// tests that need their spacing (dateline, event).
package testtok

import (
	"regexp"
	"strings"

	"github.com/sitrep-dev/sitrep"
)

// tokenRE is a small tokenizer for tests: abbreviations with full stops, numbers,
// words with inner hyphens and apostrophes, the possessive, and single symbols.
var tokenRE = regexp.MustCompile(`[A-Z]\.(?:[A-Z]\.)+|\d+(?:[.,]\d+)*|\p{L}+(?:[-'’]\p{L}+)*|'s|\S`)

// Sentence tokenizes text as one sentence.
func Sentence(text string) sitrep.Sentence {
	s := sitrep.Sentence{Span: sitrep.Span{Start: 0, End: len(text)}}
	for _, loc := range tokenRE.FindAllStringIndex(text, -1) {
		s.Tokens = append(s.Tokens, sitrep.Token{Text: text[loc[0]:loc[1]], Span: sitrep.Span{Start: loc[0], End: loc[1]}})
	}
	return s
}

// Document splits text into sentences at lines, tokenizing each.
func Document(text string) []sitrep.Sentence {
	var sents []sitrep.Sentence
	start := 0
	for i := 0; i <= len(text); i++ {
		if i < len(text) && text[i] != '\n' {
			continue
		}
		if i > start {
			s := Sentence(text[start:i])
			s.Span = sitrep.Span{Start: start, End: i}
			for k := range s.Tokens {
				s.Tokens[k].Span.Start += start
				s.Tokens[k].Span.End += start
			}
			sents = append(sents, s)
		}
		start = i + 1
	}
	return sents
}

// Words splits text on spaces into tokens, each followed by a space; "|" glues
// two tokens ("BEIRUT|(Reuters)": no space after the first).
func Words(text string) []sitrep.Token {
	var toks []sitrep.Token
	pos := 0
	for _, w := range strings.Fields(text) {
		for i, part := range strings.Split(w, "|") {
			if i > 0 {
				toks[len(toks)-1].SpaceAfter = false
			}
			toks = append(toks, sitrep.Token{Text: part, Span: sitrep.Span{Start: pos, End: pos + len(part)}, SpaceAfter: true})
			pos += len(part)
		}
		pos++
	}
	return toks
}
