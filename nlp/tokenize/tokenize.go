package tokenize

import (
	"unicode"
	"unicode/utf8"

	sitrep "github.com/sitrep-dev/sitrep"
)

// Tokenize splits text into tokens without splitting it into sentences. Spans are
// byte offsets into text.
func Tokenize(text string) []sitrep.Token {
	return appendTokens(make([]sitrep.Token, 0, len(text)/5+1), text, 0, len(text))
}

// appendTokens tokenizes text[start:end] chunk by chunk, a chunk being a maximal
// run of non-space characters.
func appendTokens(dst []sitrep.Token, text string, start, end int) []sitrep.Token {
	i := start
	for i < end {
		r, n := decode(text, i)
		if isSpace(r) {
			i += n
			continue
		}
		j := i + n
		for j < end {
			r, n := decode(text, j)
			if isSpace(r) {
				break
			}
			j += n
		}
		first := len(dst)
		dst = splitChunk(dst, text, i, j)
		if len(dst) > first && j < len(text) {
			if r, _ := decode(text, j); isSpace(r) {
				dst[len(dst)-1].SpaceAfter = true
			}
		}
		i = j
	}
	return dst
}

func tok(text string, i, j int) sitrep.Token {
	return sitrep.Token{Text: text[i:j], Span: sitrep.Span{Start: i, End: j}}
}

// splitChunk splits one whitespace-free chunk text[s:e] into tokens.
func splitChunk(dst []sitrep.Token, text string, s, e int) []sitrep.Token {
	i := s
	for i < e {
		if j := matchURL(text, i, e); j > i {
			dst = append(dst, tok(text, i, j))
			i = j
			continue
		}
		r, n := decode(text, i)
		switch {
		case isWordRune(r):
			if j := matchEmail(text, i, e); j > i {
				dst = append(dst, tok(text, i, j))
				i = j
				continue
			}
			j := scanWord(text, i, e)
			dst = appendWord(dst, text, i, j, e)
			i = dst[len(dst)-1].Span.End
		case (r == '@' || r == '#') && i+1 < e && isLetterOrDigitAt(text, i+1):
			// @handles and #hashtags.
			j := i + 1
			for j < e {
				r, n := decode(text, j)
				if !isWordRune(r) {
					break
				}
				j += n
			}
			dst = append(dst, tok(text, i, j))
			i = j
		case isApostrophe(r):
			j := i + n
			if k := cliticEnd(text, j, e); k > j && i > s {
				// "U.S.'s", "ISIL's" after a closing bracket: the clitic alone.
				dst = append(dst, tok(text, i, k))
				i = k
				continue
			}
			if k := decadeEnd(text, j, e); k > j {
				// "'90s", "'07"
				dst = append(dst, tok(text, i, k))
				i = k
				continue
			}
			dst = append(dst, tok(text, i, j))
			i = j
		case r == '.' || r == '!' || r == '?':
			// "...", "?!", "!!!" are single tokens in EWT.
			j := i + 1
			for j < e && (text[j] == '.' || text[j] == '!' || text[j] == '?') {
				j++
			}
			dst = append(dst, tok(text, i, j))
			i = j
		case r == '-' && i+1 < e && text[i+1] == '-':
			j := i + 2
			for j < e && text[j] == '-' {
				j++
			}
			dst = append(dst, tok(text, i, j))
			i = j
		case r == '*' || r == '=' || r == '^' || r == '~' || r == '+' || r == '#':
			// Rules and stars of ASCII art ("*****", "=====") stay whole.
			j := i + 1
			for j < e && text[j] == text[i] {
				j++
			}
			dst = append(dst, tok(text, i, j))
			i = j
		default:
			if j := matchEmoticon(text, i, s, e); j > i {
				dst = append(dst, tok(text, i, j))
				i = j
				continue
			}
			dst = append(dst, tok(text, i, i+n))
			i += n
		}
	}
	return dst
}

// appendWord appends the word text[i:j], splitting off clitics and fused forms and
// taking in an abbreviation's period. The caller continues after the last token.
func appendWord(dst []sitrep.Token, text string, i, j, e int) []sitrep.Token {
	// Clitics: "Cooper's" → Cooper 's, "don't" → do n't.
	if j < e {
		if r, n := decode(text, j); isApostrophe(r) {
			if k := cliticEnd(text, j+n, e); k > j+n {
				if isNT(text, j, k, n) && j-1 > i {
					return append(dst, tok(text, i, j-1), tok(text, j-1, k))
				}
				if !isNT(text, j, k, n) {
					return append(dst, tok(text, i, j), tok(text, j, k))
				}
			}
		}
	}
	if at := fusedSplit(text[i:j]); at > 0 {
		return append(dst, tok(text, i, i+at), tok(text, i+at, j))
	}
	if j < e && text[j] == '.' && text[j-1] != '.' && isAbbrev(text[i:j]) && (!numberSign(text[i:j]) || digitFollows(text, j+1)) {
		j++
	}
	return append(dst, tok(text, i, j))
}

// isNT reports whether the clitic text[j:k] (apostrophe of n bytes at j) is the
// "t" of n't.
func isNT(text string, j, k, n int) bool {
	return k == j+n+1 && (text[j+n] == 't' || text[j+n] == 'T') && j > 0 && (text[j-1] == 'n' || text[j-1] == 'N')
}

// cliticEnd returns the end of a clitic ("s", "re", "ll", "ve", "d", "m", "t") that
// starts at j, right after an apostrophe, when the clitic ends the word; else j.
func cliticEnd(text string, j, e int) int {
	k := j
	for k < e && k-j < 3 && isASCIILetter(text[k]) {
		k++
	}
	if k == j || (k < e && isLetterOrDigitAt(text, k)) {
		return j
	}
	switch lower(text[j:k]) {
	case "s", "re", "ll", "ve", "d", "m", "t":
		return k
	}
	return j
}

// decadeEnd matches the "90s" of "'90s" or the "07" of "'07" at j.
func decadeEnd(text string, j, e int) int {
	if j+2 > e || !isDigit(text[j]) || !isDigit(text[j+1]) {
		return j
	}
	k := j + 2
	if k < e && text[k] == 's' {
		k++
	}
	if k < e && isLetterOrDigitAt(text, k) {
		return j
	}
	return k
}

// fused lists the forms EWT splits into two syntactic words without an apostrophe,
// with the byte where the second word starts.
var fused = map[string]int{
	"cannot": 3, "gonna": 3, "wanna": 3, "gotta": 3,
	"dont": 2, "doesnt": 4, "didnt": 3, "isnt": 2, "wasnt": 3, "arent": 3,
	"werent": 4, "cant": 2, "couldnt": 5, "wouldnt": 5, "shouldnt": 6,
	"havent": 4, "hasnt": 3, "hadnt": 3,
}

func fusedSplit(w string) int {
	if len(w) < 4 || len(w) > 8 {
		return 0
	}
	return fused[lower(w)]
}

// scanWord returns the end of the word starting at i: runs of letters and digits
// joined by the connectors EWT keeps inside a token.
func scanWord(text string, i, e int) int {
	j := i
	for {
		runStart := j
		j = alnumEnd(text, j, e)
		if j >= e {
			return j
		}
		digits := allDigits(text[runStart:j])
		switch c := text[j]; {
		case c == '.':
			if k := letterDotChain(text, runStart, j, e); k > j {
				return k // "U.S.", "a.k.a."
			}
			if digits && j+1 < e && isDigit(text[j+1]) {
				j++ // "3.5"
				continue
			}
			if k := tldEnd(text, j+1, e); k > 0 && j > i {
				return k // "Amazon.com"
			}
			return j
		case c == ',':
			if digits && j+4 <= e && isDigit(text[j+1]) && isDigit(text[j+2]) && isDigit(text[j+3]) &&
				(j+4 == e || !isDigit(text[j+4])) {
				j++ // "2,000"
				continue
			}
			return j
		case c == ':' || c == '/':
			if digits && j+1 < e && isDigit(text[j+1]) {
				j++ // "10:30", "9/11"
				continue
			}
			return j
		case c == '-':
			if j+1 >= e || !isLetterOrDigitAt(text, j+1) {
				return j
			}
			if digits {
				if k := phoneEnd(text, runStart, e); k > j {
					return k
				}
				return j
			}
			if runStart == i && hyphenPrefix[lower(text[runStart:j])] {
				j++ // "post-Assad", "e-mail"
				continue
			}
			return j
		case c == '&':
			// "AT&T", "PG&E"
			if j+1 < e && isUpper(text[j+1]) && isUpper(text[j-1]) {
				j++
				continue
			}
			return j
		case c == '\'' || (c == 0xE2 && j+2 < e && text[j+1] == 0x80 && text[j+2] == 0x99):
			n := 1
			if c != '\'' {
				n = 3
			}
			// Inner apostrophes that are not clitics stay: "O'Brien", "rock'n'roll".
			if j+n < e && isASCIILetter(text[j+n]) && cliticEnd(text, j+n, e) == j+n {
				j += n
				continue
			}
			return j
		default:
			return j
		}
	}
}

// letterDotChain matches "U.S." when text[runStart:j] is one letter and text[j] is
// '.': single letters each followed by a period, at least two of them.
func letterDotChain(text string, runStart, j, e int) int {
	if j-runStart != 1 || !isASCIILetter(text[runStart]) {
		return j
	}
	k, n := j+1, 1
	for k+1 < e && isASCIILetter(text[k]) && text[k+1] == '.' && (k+2 == e || !isASCIILetter(text[k+2])) {
		k += 2
		n++
	}
	if n < 2 {
		return j
	}
	return k
}

// tldEnd returns the end of a top-level domain starting at j ("com" in
// "Amazon.com") when it ends the word, else 0.
func tldEnd(text string, j, e int) int {
	k := j
	for k < e && isASCIILetter(text[k]) {
		k++
	}
	if k == j || (k < e && isLetterOrDigitAt(text, k)) {
		return 0
	}
	if k-j == 2 {
		return k // a country domain: "Caliber.Az", "bbc.co.uk"
	}
	switch lower(text[j:k]) {
	case "com", "org", "net", "gov", "edu", "int", "mil", "info", "news", "biz":
		return k
	}
	return 0
}

// phoneEnd returns the end of a phone number or date of digit groups joined by
// hyphens ("713-853-3989", "345-9945", "11-20-2000") starting at i; EWT keeps those
// whole and splits ranges such as "1969-1970" or "16-year-old".
func phoneEnd(text string, i, e int) int {
	var groups [8]int
	n, k := 0, i
	for k < e && n < len(groups) {
		g := k
		for k < e && isDigit(text[k]) {
			k++
		}
		if k == g {
			return i
		}
		groups[n] = k - g
		n++
		if k+1 < e && text[k] == '-' && isDigit(text[k+1]) {
			k++
			continue
		}
		break
	}
	if k < e && isLetterOrDigitAt(text, k) {
		return i
	}
	if n >= 3 || (n == 2 && groups[0] == 3 && groups[1] == 4) {
		return k
	}
	return i
}

// hyphenPrefix lists the bound prefixes after which EWT keeps a hyphenated word
// whole; after any other word the hyphen is a token of its own.
var hyphenPrefix = map[string]bool{
	"e": true, "non": true, "pre": true, "anti": true, "re": true, "mid": true,
	"post": true, "co": true, "over": true, "multi": true, "pro": true, "ex": true,
	"sub": true, "semi": true, "psycho": true, "neo": true, "cross": true,
	"intra": true, "inter": true, "counter": true, "un": true, "socio": true,
	"arch": true, "micro": true, "macro": true, "ultra": true, "extra": true,
	"pseudo": true, "quasi": true, "bi": true, "tri": true, "geo": true,
}

// abbrevs are words that take their period with them. Single capital letters
// (initials) do too.
var abbrevs = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "gen": true,
	"lt": true, "col": true, "maj": true, "capt": true, "cpt": true, "sgt": true,
	"adm": true, "cmdr": true, "sen": true, "rep": true, "reps": true, "gov": true,
	"pres": true, "rev": true, "hon": true, "st": true, "mt": true, "ft": true,
	"jr": true, "sr": true, "inc": true, "corp": true, "co": true, "ltd": true,
	"bros": true, "dept": true, "univ": true, "assn": true, "no": true, "nos": true,
	"vs": true, "etc": true, "approx": true, "est": true, "fig": true, "vol": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true,
	"aug": true, "sep": true, "sept": true, "oct": true, "nov": true, "dec": true,
	"mon": true, "tue": true, "tues": true, "wed": true, "thu": true, "thur": true,
	"thurs": true, "fri": true, "sat": true, "sun": true, "blvd": true, "ave": true,
	"attn": true, "ext": true,
}

// numberSign reports whether w is "No" or "Nos", abbreviations only before a number
// ("No. 5"); elsewhere the period ends the word "no".
func numberSign(w string) bool {
	l := lower(w)
	return l == "no" || l == "nos"
}

func digitFollows(text string, i int) bool {
	for i < len(text) && (text[i] == ' ' || text[i] == '\t') {
		i++
	}
	return i < len(text) && isDigit(text[i])
}

func isAbbrev(w string) bool {
	if len(w) == 1 {
		return isUpper(w[0])
	}
	if len(w) > 6 {
		return false
	}
	return abbrevs[lower(w)]
}

// matchURL returns the end of a URL starting at i, trailing punctuation excluded,
// or i.
func matchURL(text string, i, e int) int {
	rest := text[i:e]
	var p int
	switch {
	case hasPrefixFold(rest, "http://"):
		p = 7
	case hasPrefixFold(rest, "https://"):
		p = 8
	case hasPrefixFold(rest, "ftp://"):
		p = 6
	case hasPrefixFold(rest, "www.") && len(rest) > 5:
		p = 4
	case hasPrefixFold(rest, "mailto:"):
		p = 7
	default:
		return i
	}
	if len(rest) == p {
		return i
	}
	return trimTrailing(text, i, e)
}

// matchEmail returns the end of an e-mail address starting at i, or i.
func matchEmail(text string, i, e int) int {
	k := i
	for k < e && (isASCIIAlnum(text[k]) || text[k] == '.' || text[k] == '_' || text[k] == '%' || text[k] == '+' || text[k] == '-') {
		k++
	}
	if k == i || k >= e || text[k] != '@' {
		return i
	}
	k++
	dots, last := 0, k
	for k < e && (isASCIIAlnum(text[k]) || text[k] == '-' || text[k] == '.') {
		if text[k] == '.' {
			if k+1 < e && isASCIIAlnum(text[k+1]) {
				dots++
			}
		} else {
			last = k + 1
		}
		k++
	}
	if dots == 0 {
		return i
	}
	return last
}

// trimTrailing returns the end of text[i:e] with sentence punctuation and
// unbalanced closing brackets removed from its end.
func trimTrailing(text string, i, e int) int {
	for e > i {
		r, n := utf8.DecodeLastRuneInString(text[i:e])
		switch r {
		case '.', ',', ';', ':', '!', '?', '"', '\'', '”', '’', ']', '}', '>':
			e -= n
			continue
		case ')':
			if count(text[i:e], '(') < count(text[i:e], ')') {
				e -= n
				continue
			}
		}
		break
	}
	return e
}

var emoticons = []string{":-)", ":-(", ";-)", ":-D", ":-P", ":)", ":(", ";)", ":D", ":P", ":/", "<3"}

// matchEmoticon matches a smiley that stands alone: preceded by the chunk start or a
// non-word rune and followed by the chunk end or a non-word rune.
func matchEmoticon(text string, i, s, e int) int {
	if i > s {
		if r, _ := utf8.DecodeLastRuneInString(text[s:i]); isWordRune(r) {
			return i
		}
	}
	for _, m := range emoticons {
		if len(text[i:e]) >= len(m) && text[i:i+len(m)] == m {
			k := i + len(m)
			if k < e && isLetterOrDigitAt(text, k) {
				continue
			}
			return k
		}
	}
	return i
}

// Character classes. The ASCII cases avoid unicode tables: most news text is ASCII.

func decode(s string, i int) (rune, int) {
	if c := s[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(s[i:])
}

func isSpace(r rune) bool {
	if r < utf8.RuneSelf {
		return r == ' ' || r == '\n' || r == '\t' || r == '\r' || r == '\v' || r == '\f'
	}
	return unicode.IsSpace(r) || r == '\u200b' || r == '\ufeff'
}

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return isASCIIAlnum(byte(r)) || r == '_'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
}

func isLetterOrDigitAt(s string, i int) bool {
	r, _ := decode(s, i)
	return isWordRune(r) && r != '_'
}

// alnumEnd returns the end of the run of word runes starting at i.
func alnumEnd(s string, i, e int) int {
	for i < e {
		if c := s[i]; c < utf8.RuneSelf {
			if !isASCIIAlnum(c) && c != '_' {
				return i
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:e])
		if !isWordRune(r) {
			return i
		}
		i += n
	}
	return i
}

func isApostrophe(r rune) bool { return r == '\'' || r == '’' }

func isDigit(c byte) bool       { return c >= '0' && c <= '9' }
func isUpper(c byte) bool       { return c >= 'A' && c <= 'Z' }
func isASCIILetter(c byte) bool { return (c|0x20) >= 'a' && (c|0x20) <= 'z' }
func isASCIIAlnum(c byte) bool  { return isASCIILetter(c) || isDigit(c) }

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return false
		}
	}
	return len(s) > 0
}

func count(s string, c byte) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			n++
		}
	}
	return n
}

func hasPrefixFold(s, prefix string) bool {
	if len(s) < len(prefix) {
		return false
	}
	for i := 0; i < len(prefix); i++ {
		if s[i]|0x20 != prefix[i]|0x20 && s[i] != prefix[i] {
			return false
		}
	}
	return true
}

// lower lower-cases ASCII letters; it allocates only when s has capitals.
func lower(s string) string {
	for i := 0; i < len(s); i++ {
		if isUpper(s[i]) {
			b := []byte(s)
			for j := i; j < len(b); j++ {
				if isUpper(b[j]) {
					b[j] += 'a' - 'A'
				}
			}
			return string(b)
		}
	}
	return s
}
