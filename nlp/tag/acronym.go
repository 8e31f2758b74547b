package tag

import "github.com/sitrep-dev/sitrep"

// repairAcronyms retags as a proper noun an all-capital word alone in brackets
// that the model tagged as a verb or a function word: "the Islamic State group
// (IS) claimed", where "IS" read as the verb "is" breaks the clause and the
// parser loses the subject. News introduces acronyms this way; in EWT and GUM
// every such word is a noun (61 PROPN, 15 NOUN, 1 ADJ), so nominal tags are left
// as the model gave them.
func repairAcronyms(toks []sitrep.Token) {
	for i := 1; i+1 < len(toks); i++ {
		if toks[i-1].Text != "(" || toks[i+1].Text != ")" || !acronym(toks[i].Text) {
			continue
		}
		switch toks[i].UPOS {
		case "NOUN", "PROPN", "ADJ", "NUM", "SYM", "X":
			continue
		}
		toks[i].UPOS, toks[i].XPOS = "PROPN", "NNP"
	}
}

// acronym reports whether w is two or more capital letters (digits, "&", "-"
// and "." may join them): "IS", "US", "SDF", "P5+1" is not one.
func acronym(w string) bool {
	letters := 0
	for i := 0; i < len(w); i++ {
		switch c := w[i]; {
		case c >= 'A' && c <= 'Z':
			letters++
		case c >= '0' && c <= '9', c == '&', c == '-', c == '.':
		default:
			return false
		}
	}
	return letters >= 2
}
