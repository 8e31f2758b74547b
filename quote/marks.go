package quote

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/sitrep-dev/sitrep"
)

// quoted is one pair of quotation marks found in the text: Open and Close are the
// byte spans of the marks themselves, Inner what lies between them.
type quoted struct {
	Open, Close sitrep.Span
	Inner       sitrep.Span
	// Unclosed is true for a quotation that runs to the end of its paragraph without
	// a closing mark, the news convention for a quote that goes on in the next
	// paragraph.
	Unclosed bool
}

// scanQuotes finds the quotations of text, paragraph by paragraph (a line break ends
// every quotation: a mark left open there is either the multi-paragraph convention,
// when it opened the paragraph, or a stray mark). Double quotation marks pair with
// each other whatever their shape (" “ ” „ « »); curly single marks (‘ ’) pair only
// inside one paragraph, never inside a double quotation, and only where ’ cannot be
// an apostrophe.
func scanQuotes(text string) []quoted {
	var out []quoted
	start := 0
	for start <= len(text) {
		end := strings.IndexByte(text[start:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += start
		}
		out = append(out, scanParagraph(text, start, end)...)
		start = end + 1
	}
	return out
}

type markKind int

const (
	notMark markKind = iota
	openMark
	closeMark
	eitherMark // the straight " : its side is read from context
)

func doubleMark(r rune) markKind {
	switch r {
	case '"':
		return eitherMark
	case '“', '„', '«':
		return openMark
	case '”', '»':
		return closeMark
	}
	return notMark
}

func scanParagraph(text string, start, end int) []quoted {
	var out []quoted
	openAt, openLen := -1, 0
	openedParagraph := false // the open quotation is the paragraph's first word
	singleAt := -1
	seenWord := false
	for i := start; i < end; {
		r, n := utf8.DecodeRuneInString(text[i:])
		k := doubleMark(r)
		if k == eitherMark {
			k = openMark
			if openAt >= 0 {
				k = closeMark
			}
		}
		switch {
		case k == openMark:
			// A second opening mark while one is open means the first was stray:
			// start again from here.
			openAt, openLen, openedParagraph, singleAt = i, n, !seenWord, -1
		case k == closeMark && openAt >= 0:
			out = append(out, quoted{
				Open:  sitrep.Span{Start: openAt, End: openAt + openLen},
				Close: sitrep.Span{Start: i, End: i + n},
				Inner: sitrep.Span{Start: openAt + openLen, End: i},
			})
			openAt = -1
		case r == '‘' && openAt < 0 && (i == start || !isWordRune(prevRune(text, i))):
			singleAt = i
		case r == '’' && singleAt >= 0 && openAt < 0 && i > singleAt+len("‘") && !isWordRune(nextRune(text, i+n)):
			out = append(out, quoted{
				Open:  sitrep.Span{Start: singleAt, End: singleAt + len("‘")},
				Close: sitrep.Span{Start: i, End: i + n},
				Inner: sitrep.Span{Start: singleAt + len("‘"), End: i},
			})
			singleAt = -1
		}
		if !unicode.IsSpace(r) {
			seenWord = true
		}
		i += n
	}
	if openAt >= 0 && openedParagraph {
		out = append(out, quoted{
			Open:     sitrep.Span{Start: openAt, End: openAt + openLen},
			Close:    sitrep.Span{Start: end, End: end},
			Inner:    sitrep.Span{Start: openAt + openLen, End: end},
			Unclosed: true,
		})
	}
	return out
}

func prevRune(s string, i int) rune {
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return r
}

func nextRune(s string, i int) rune {
	if i >= len(s) {
		return ' '
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return r
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }
