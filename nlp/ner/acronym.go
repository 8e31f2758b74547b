package ner

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/sitrep-dev/sitrep"
)

// acronymsInParens marks the acronym that a name introduces in parentheses
// right after itself ("Greater New Orleans Fair Housing Action Center
// ( GNOFHAC )") with the name's type. The model, seeing a rare all-capital
// word between brackets, often leaves it out; the sentence states what it
// stands for. After an organisation any all-capital word counts (the letters
// of "World Conservation Union ( IUCN )" follow another language's order);
// after a person or place the letters must be the name's initials, as
// brackets there more often hold a state, a party or a role ("Houston ( TX )",
// "Smith ( CEO )"). ents are in order and do not overlap; the result is too.
func acronymsInParens(ents []sitrep.Entity, toks []sitrep.Token) []sitrep.Entity {
	if len(ents) == 0 {
		return ents
	}
	var out []sitrep.Entity
	for k, e := range ents {
		out = append(out, e)
		i := e.End + 1 // the acronym's index
		if i+1 >= len(toks) || toks[e.End].Text != "(" || toks[i+1].Text != ")" || !isAcronym(toks[i].Text) {
			continue
		}
		if k+1 < len(ents) && ents[k+1].Start <= i {
			continue // already named (perhaps with another type): the model saw more
		}
		if e.Type != "ORG" && !initialsMatch(toks[i].Text, toks[e.Start:e.End]) {
			continue
		}
		out = append(out, entity(i, i+1, e.Type, toks))
	}
	return out
}

// isAcronym reports whether s is two to eight capital letters ("IUCN",
// "AT&T" is not: its ampersand makes it a company's name the model knows).
func isAcronym(s string) bool {
	if len(s) < 2 || len(s) > 8 {
		return false
	}
	for _, r := range s {
		if r < 'A' || r > 'Z' {
			return false
		}
	}
	return true
}

// initialsMatch reports whether acr spells the initials of the capitalised
// words of name, in order ("Greater New Orleans ..." → "GNO...").
func initialsMatch(acr string, name []sitrep.Token) bool {
	var b strings.Builder
	for _, t := range name {
		r, _ := utf8.DecodeRuneInString(t.Text)
		if unicode.IsUpper(r) {
			b.WriteRune(r)
		}
	}
	return b.String() == acr
}
