package tag

import "github.com/sitrep-dev/sitrep"

// repairAcronyms retags as a proper noun an all-capital word alone in brackets
// that the model tagged as a verb or a function word, and a short one after a
// preposition or a determiner that it tagged as a verb: "the Islamic State group
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
	// After a preposition or a determiner ("strikes against IS positions", "the
	// IS group") a short all-capital word is no verb ("is"), unless the sentence
	// is set in capitals. (Pronouns are left alone: "for YOUR sake" in a
	// shouted phrase of a mixed-case sentence.)
	checked := false // the sentence is not set in capitals: read once, and only for a candidate
	for i := 1; i < len(toks); i++ {
		switch toks[i-1].UPOS {
		case "ADP", "DET":
		default:
			continue
		}
		switch toks[i].UPOS {
		case "AUX", "VERB":
		default:
			continue
		}
		if !acronym(toks[i].Text) || len(toks[i].Text) > 4 {
			continue
		}
		if !checked {
			if shouting(toks) {
				return
			}
			checked = true
		}
		toks[i].UPOS, toks[i].XPOS = "PROPN", "NNP"
	}
}

// shouting reports whether most of the sentence's words are set in capitals, as
// headlines and some forum posts are.
func shouting(toks []sitrep.Token) bool {
	upper, words := 0, 0
	for _, t := range toks {
		lower := false
		letter := false
		for _, c := range t.Text {
			if c >= 'a' && c <= 'z' {
				lower = true
			}
			if c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' {
				letter = true
			}
		}
		if !letter {
			continue
		}
		words++
		if !lower {
			upper++
		}
	}
	return upper*2 > words
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
