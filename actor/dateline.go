package actor

import (
	"strings"
	"unicode"

	"github.com/sitrep-dev/sitrep"
)

// Datelines. Wire copy opens with the place it was filed from: "BEIRUT (Reuters) -",
// "DAMASCUS, Syria (AP) —", "WASHINGTON —"; FA-KES's flattened copies keep only
// "BEIRUT At least 15 people were killed". A capital there is no government
// acting ("Beirut said"), yet read as one it made "government air strikes" in the
// same sentence Lebanon's, and it counted toward the document's country. The
// words of a dateline are ordinary words to the resolver: never an actor, never
// a name.

// datelineTokens returns how many tokens at the start of s form a dateline, 0
// for none: one to four words in capitals (four letters at least, so "US" and
// "UK" opening a sentence are left alone), then optionally a comma and a
// capitalised region or country, optionally a date ("October 1", ", Aug. 21,
// 2013"), optionally an agency in brackets, and a dash or
// a colon. Without the dash, capitals that name a country or a capital followed
// by a capitalised word in ordinary case ("BEIRUT At least") are one too. A
// person or an organisation the dictionaries know in capitals ("ISIS —") is not.
func (r *Resolver) datelineTokens(s *sitrep.Sentence, ws []word, keys []string) int {
	toks := s.Tokens
	i, letters := 0, 0
	for i < len(toks) && i < 4 {
		n, ok := capitalsWord(toks[i].Text)
		if !ok || n < 2 {
			break // "BEIRUT A US-led coalition": the article starts the sentence
		}
		letters += n
		i++
	}
	if i == 0 || letters < 4 || i == len(toks) {
		return 0
	}
	capitals := i
	if n, e := r.actors.longest(keys, 0); n > 0 && e != nil && e.Kind != KindCountry && e.Kind != KindCapital && ws[n-1].tok < capitals {
		return 0 // a known group or person in capitals
	}
	qualified := false
	date := func() {
		// "MOSCOW October 1 (RIA Novosti) -", "BEIRUT, Aug. 21, 2013 -"
		if i+1 < len(toks) && months[strings.ToLower(toks[i].Text)] && isNumber(toks[i+1].Text) {
			i, qualified = i+2, true
			if i+1 < len(toks) && toks[i].Text == "," && isNumber(toks[i+1].Text) {
				i += 2
			}
		}
	}
	if i < len(toks) && toks[i].Text == "," {
		// ", Syria", then perhaps ", August 21"; or the date straight away
		j := i + 1
		for j < len(toks) && j < i+4 && startsUpper(toks[j].Text) && !months[strings.ToLower(toks[j].Text)] {
			j++
		}
		if j > i+1 {
			i, qualified = j, true
			if i+1 < len(toks) && toks[i].Text == "," && months[strings.ToLower(toks[i+1].Text)] {
				i++
			}
		} else if i+1 < len(toks) && months[strings.ToLower(toks[i+1].Text)] {
			i++
		}
	}
	date()
	if i < len(toks) && toks[i].Text == "(" {
		for j := i + 1; j < len(toks) && j <= i+5; j++ {
			if toks[j].Text == ")" {
				i, qualified = j+1, true
				break
			}
		}
	}
	if i < len(toks) {
		switch toks[i].Text {
		case "\u2014", ":":
			return i + 1
		case "-", "--", "\u2013":
			if i+1 == len(toks) || toks[i].SpaceAfter || toks[i].Span.End < toks[i+1].Span.Start {
				return i + 1 // a separator, not the hyphen of "US-led"
			}
			return 0
		}
	}
	if i == len(toks) || !startsUpper(toks[i].Text) || isUpperWord(toks[i].Text) && len(toks[i].Text) > 1 {
		return 0 // the next word must open a sentence in ordinary case ("At", "A", "Syrian")
	}
	if qualified {
		// "BEIRUT August 21 (The Associated Press) Syrian regime forces": the
		// date or the agency says it is a dateline whose dash was lost
		return i
	}
	// "BEIRUT At least …": only a country or a capital, whose reading as an
	// actor is what a dateline must not get
	if n, e := r.actors.longest(keys, 0); n == 0 || e == nil || e.Kind != KindCountry && e.Kind != KindCapital || ws[n-1].tok != capitals-1 {
		return 0
	}
	return capitals
}

// capitalsWord reports whether w is a word in capitals (letters with no lower
// case; hyphens, dots and apostrophes may join them) and how many letters it has.
func capitalsWord(w string) (int, bool) {
	n := 0
	for _, c := range w {
		switch {
		case unicode.IsLetter(c):
			if !unicode.IsUpper(c) {
				return 0, false
			}
			n++
		case strings.ContainsRune("-.'’", c):
		default:
			return 0, false
		}
	}
	return n, n > 0
}

var months = map[string]bool{
	"january": true, "february": true, "march": true, "april": true, "may": true, "june": true,
	"july": true, "august": true, "september": true, "october": true, "november": true, "december": true,
	"jan.": true, "feb.": true, "mar.": true, "apr.": true, "jun.": true, "jul.": true, "aug.": true,
	"sep.": true, "sept.": true, "oct.": true, "nov.": true, "dec.": true,
}

func isNumber(w string) bool {
	for _, c := range w {
		if c < '0' || c > '9' {
			return false
		}
	}
	return w != ""
}

func startsUpper(w string) bool {
	for _, c := range w {
		return unicode.IsUpper(c)
	}
	return false
}
