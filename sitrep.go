// Package sitrep holds the domain types that every stage of the pipeline shares —
// documents, sentences, tokens, actors, events, claims — and the interfaces between
// stages. It depends on nothing outside the standard library, so that every adapter
// (sqlite, postgres, nats, http) and every stage (ingest, nlp, actor, event, claim)
// can import it without pulling in another's dependencies.
//
// Offsets: every Span in this package is a pair of byte offsets into a document's
// clean Text (Go string indexing). The JSON contracts that tools outside Go read
// (event and claim JSON Lines) convert them to character (code point) offsets at the
// edge; see CharSpan.
package sitrep

import "unicode/utf8"

// Span is a half-open byte range [Start, End) into a document's clean text.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Len reports the span's length in bytes.
func (s Span) Len() int { return s.End - s.Start }

// CharSpan converts a byte span of text into a code-point span, the form the JSON
// contracts use so that Python and JavaScript readers can slice the text directly.
// Offsets outside text are clamped.
func CharSpan(text string, s Span) [2]int {
	clamp := func(i int) int {
		if i < 0 {
			return 0
		}
		if i > len(text) {
			return len(text)
		}
		return i
	}
	start, end := clamp(s.Start), clamp(s.End)
	if end < start {
		end = start
	}
	cs := utf8.RuneCountInString(text[:start])
	return [2]int{cs, cs + utf8.RuneCountInString(text[start:end])}
}
