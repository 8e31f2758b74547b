package tokenize

import "github.com/sitrep-dev/sitrep"

// SplitLostPossessives splits a name's possessive whose apostrophe the source
// lost ("Syrias border", "Assads forces") into the name and a bare "s", as
// "Syria's" would be split. Scraped and converted text loses apostrophes
// wholesale (one FA-KES CSV has none in 800 articles: "Syrias" 362 times),
// and a parser that sees one unknown proper noun reads "Syrias border with
// Turkey" as a compound, so the country is no longer the border's owner and an
// event on it loses its place or target. EWT writes such a bare "s" as the
// possessive 71 times, so the tagger and parser know the split form.
//
// A word is split only when it starts with a capital, ends in a lower-case
// "s" that follows a letter other than "s", is followed by a word, and split
// says yes for its index in toks: the caller knows which words are names (a
// gazetteer), which are words in their own right ("Texas", "Athens",
// "Obamas", "This") and whether the next word starts what a name could own
// ("Tollis became", "Fabio Tollis and"), which this package does not. toks
// must be the tokens of one sentence, in order; the result shares no memory
// with it when anything is split.
func SplitLostPossessives(toks []sitrep.Token, split func(i int) bool) []sitrep.Token {
	var out []sitrep.Token
	for i, t := range toks {
		if i+1 < len(toks) && lostPossessive(t.Text, toks[i+1].Text) && split(i) {
			if out == nil {
				out = append(make([]sitrep.Token, 0, len(toks)+1), toks[:i]...)
			}
			stem, s := t, t
			stem.Text, stem.Span.End, stem.SpaceAfter = t.Text[:len(t.Text)-1], t.Span.End-1, false
			s.Text, s.Span.Start = t.Text[len(t.Text)-1:], t.Span.End-1
			out = append(out, stem, s)
			continue
		}
		if out != nil {
			out = append(out, t)
		}
	}
	if out == nil {
		return toks
	}
	return out
}

// lostPossessive reports whether w has the shape of a name with a possessive
// "s" stuck to it and next the shape of a word it could possess.
func lostPossessive(w, next string) bool {
	n := len(w)
	if n < 4 || !isUpper(w[0]) || w[n-1] != 's' || w[n-2] == 's' || !isASCIILetter(w[n-2]) {
		return false
	}
	for i := 1; i < n; i++ {
		if !isASCIILetter(w[i]) {
			return false
		}
	}
	return next != "" && isASCIIAlnum(next[0])
}
