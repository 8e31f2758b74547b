package ingest

import (
	"strings"
	"unicode"

	"github.com/RadhiFadlillah/whatlanggo"
)

// langSample bounds the text language detection reads: a few paragraphs decide
// and the trigram detector's cost grows with its input.
const langSample = 2000

// DetectLanguage returns the ISO 639-1 code of text's language, or "" when it
// cannot tell. English is recognised by its function words first, which is fast
// and reliable on news prose even when proper names from other languages abound;
// other text goes to a trigram detector (whatlanggo).
func DetectLanguage(text string) string {
	if len(text) > langSample {
		cut := langSample
		for cut < len(text) && !isRuneStart(text[cut]) {
			cut++
		}
		text = text[:cut]
	}
	words, english, letters := 0, 0, 0
	for _, w := range strings.FieldsFunc(text, func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' }) {
		words++
		letters += len(w)
		if englishStopwords[strings.ToLower(w)] {
			english++
		}
	}
	if words == 0 {
		return ""
	}
	// Function words make up 40-50% of running English; 20% leaves room for
	// headline-heavy and name-heavy text while other Latin-script languages,
	// sharing few of these words, stay under 10%.
	if words >= 8 && english*5 >= words {
		return "en"
	}
	if words < 8 {
		return ""
	}
	info := whatlanggo.Detect(text)
	if info.Lang < 0 || info.Confidence < 0.3 {
		return ""
	}
	return info.Lang.Iso6391()
}

func isRuneStart(b byte) bool { return b&0xC0 != 0x80 }

var englishStopwords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`the of and to in a is that for on with as by at from was
		were be been are it its this which has have had but not or an will would their they
		he she his her said who after also more than over into about against while there we
		our you what when can could should these those them other new one two up out such`) {
		m[w] = true
	}
	return m
}()
