package tokenize

import (
	"strings"
	"unicode"
	"unicode/utf8"

	sitrep "github.com/sitrep-dev/sitrep"
)

// Sentences splits text into tokenized sentences. A sentence never crosses a
// paragraph; when paras is empty the paragraphs are the blocks of text separated by
// blank lines (see Paragraphs). A paragraph marked Heading, and a line of its own
// without final punctuation, becomes one sentence with Heading set.
func Sentences(text string, paras []sitrep.Paragraph) []sitrep.Sentence {
	if len(paras) == 0 {
		paras = Paragraphs(text)
	}
	var out []sitrep.Sentence
	for _, p := range paras {
		start, end := max(p.Start, 0), min(p.End, len(text))
		if start >= end {
			continue
		}
		toks := appendTokens(nil, text, start, end)
		if len(toks) == 0 {
			continue
		}
		if p.Heading || isHeadingParagraph(text, toks) {
			out = append(out, sentence(text, toks, true))
			continue
		}
		out = splitParagraph(out, text, toks)
	}
	return out
}

// Paragraphs returns the blocks of text separated by blank lines, each span trimmed
// of surrounding white space.
func Paragraphs(text string) []sitrep.Paragraph {
	var out []sitrep.Paragraph
	start := -1 // start of the current block, -1 outside one
	lastNonSpace := 0
	lineStart, blank := 0, true
	for i := 0; i <= len(text); {
		var r rune
		n := 1
		if i < len(text) {
			r, n = decode(text, i)
		} else {
			r = '\n'
		}
		switch {
		case r == '\n':
			if blank && start >= 0 && lineStart > start {
				out = append(out, sitrep.Paragraph{Span: sitrep.Span{Start: start, End: lastNonSpace}})
				start = -1
			}
			lineStart, blank = i+n, true
		case isSpace(r):
		default:
			if start < 0 {
				start = i
			}
			blank = false
			lastNonSpace = i + n
		}
		i += n
	}
	if start >= 0 {
		out = append(out, sitrep.Paragraph{Span: sitrep.Span{Start: start, End: lastNonSpace}})
	}
	return out
}

func sentence(text string, toks []sitrep.Token, heading bool) sitrep.Sentence {
	toks = toks[:len(toks):len(toks)] // appends by a later stage must not run into the next sentence
	return sitrep.Sentence{
		Span:    sitrep.Span{Start: toks[0].Span.Start, End: toks[len(toks)-1].Span.End},
		Tokens:  toks,
		Heading: heading,
	}
}

// splitParagraph appends the sentences of one paragraph's tokens.
func splitParagraph(out []sitrep.Sentence, text string, toks []sitrep.Token) []sitrep.Sentence {
	n := len(toks)
	start := 0
	for k := 0; k < n; k++ {
		end := k == n-1
		switch {
		case end:
		case lineBreakAfter(text, toks, k):
			end = !continuesLine(toks[k].Text, toks[k+1].Text)
		case isTerminal(toks[k].Text):
			m := k + 1
			// Closing quotes and brackets glued to the full stop belong to its
			// sentence: `." He said`.
			for m < n && isCloser(toks[m].Text) && toks[m].Span.Start == toks[m-1].Span.End {
				m++
			}
			if m == n {
				k, end = n-1, true
			} else if canStart(toks[m].Text) && !lineBreakInside(text, toks, k, m) {
				k, end = m-1, true
			} else if m > k+1 && lineBreakAfter(text, toks, m-1) {
				k, end = m-1, true
			}
		case strings.HasSuffix(toks[k].Text, ".") && len(toks[k].Text) > 1:
			// An abbreviation's period may also end the sentence: "... with the
			// U.S. The officials said". Titles and initials never do.
			if neverEnds(strings.TrimSuffix(toks[k].Text, ".")) {
				break
			}
			m := k + 1
			for m < n && isCloser(toks[m].Text) && toks[m].Span.Start == toks[m-1].Span.End {
				m++
			}
			if m < n && opensSentence(toks[m].Text) {
				k, end = m-1, true
			}
		}
		if end {
			s := sentence(text, toks[start:k+1], false)
			s.Heading = isHeadingLine(text, toks, start, k+1)
			out = append(out, s)
			start = k + 1
		}
	}
	return out
}

// lineBreakAfter reports whether a line break separates toks[k] from toks[k+1].
func lineBreakAfter(text string, toks []sitrep.Token, k int) bool {
	return k+1 < len(toks) && strings.IndexByte(text[toks[k].Span.End:toks[k+1].Span.Start], '\n') >= 0
}

func lineBreakInside(text string, toks []sitrep.Token, k, m int) bool {
	for ; k < m; k++ {
		if lineBreakAfter(text, toks, k) {
			return true
		}
	}
	return false
}

// continuesLine reports whether a line ending in last probably continues on the next
// line starting with next (hard-wrapped prose) rather than ending there (a
// heading, a list item, a paragraph without a blank line after it).
func continuesLine(last, next string) bool {
	if startsLower(next) {
		return true
	}
	switch r, _ := utf8.DecodeLastRuneInString(last); r {
	case ',', '(', '-', '–', '&', '/':
		return true
	}
	return strings.HasSuffix(last, ".") && len(last) > 1 && neverEnds(strings.TrimSuffix(last, "."))
}

// isHeadingParagraph reports whether a paragraph is a single line without final
// punctuation: a title, even when it holds an ellipsis ("From Iraq to Syria… The
// United States Seeks ...").
func isHeadingParagraph(text string, toks []sitrep.Token) bool {
	if len(toks) > 30 || strings.IndexByte(text[toks[0].Span.Start:toks[len(toks)-1].Span.End], '\n') >= 0 {
		return false
	}
	return isHeadingLine(text, toks, 0, len(toks))
}

// isHeadingLine reports whether toks[a:b] fill a line of their own and end without
// final punctuation, as headings, section titles and bylines do.
func isHeadingLine(text string, toks []sitrep.Token, a, b int) bool {
	if b-a > 25 || (a > 0 && !lineBreakAfter(text, toks, a-1)) || (b < len(toks) && !lineBreakAfter(text, toks, b-1)) {
		return false
	}
	switch first := toks[a].Text; {
	case startsLower(first):
		return false
	case first == "-" || first == "*" || first == "•" || first == "–" || first == "·":
		return false // a list item
	}
	r, _ := utf8.DecodeLastRuneInString(toks[b-1].Text)
	switch r {
	case '.', '!', '?', '…', ':', ';', ',', '"', '”', '’', '\'', ')', '*':
		return false
	}
	return true
}

// isTerminal reports whether t is sentence-final punctuation: ".", "!", "?", "…" or
// a run of them.
func isTerminal(t string) bool {
	if t == "…" {
		return true
	}
	for i := 0; i < len(t); i++ {
		if c := t[i]; c != '.' && c != '!' && c != '?' {
			return false
		}
	}
	return t != ""
}

func isCloser(t string) bool {
	switch t {
	case `"`, "”", "’", "'", ")", "]", "}", "»":
		return true
	}
	return false
}

// canStart reports whether t can open a sentence: anything but a lower-case word
// or punctuation that continues one.
func canStart(t string) bool {
	if startsLower(t) {
		return false
	}
	switch t[0] {
	case ',', ';', ':', ')', ']', '}', '%':
		return false
	}
	return true
}

func startsLower(t string) bool {
	r, _ := utf8.DecodeRuneInString(t)
	return unicode.IsLower(r)
}

// neverEnds lists abbreviations (period removed) after which a sentence goes on:
// titles before a name, months before a day, initials.
func neverEnds(w string) bool {
	if len(w) == 1 && isUpper(w[0]) {
		return true
	}
	switch lower(w) {
	case "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "cpt", "sgt",
		"adm", "cmdr", "sen", "rep", "reps", "gov", "pres", "rev", "hon", "st", "mt", "ft",
		"no", "nos", "vs", "fig", "vol", "approx",
		"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
		"e.g", "i.e", "a.k.a":
		return true
	}
	return false
}

// opensSentence reports whether t is a word that commonly opens a sentence, the
// evidence that an abbreviation's period before it also ended the sentence.
func opensSentence(t string) bool {
	switch t {
	case "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "This", "That",
		"These", "Those", "There", "Here", "In", "On", "At", "As", "But", "And", "Or", "So",
		"However", "Meanwhile", "Yet", "If", "When", "While", "After", "Before", "Since",
		"Although", "Its", "Their", "His", "Her", "Our", "My", "According", "Despite",
		"`", `"`, "“", "‘":
		return true
	}
	return false
}
