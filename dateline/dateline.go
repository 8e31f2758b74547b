// Package dateline reads the dateline that wire copy opens with: the place it
// was filed from, in capitals, perhaps a region, a date and an agency, and a dash
// ("BEIRUT (Reuters) -", "DAMASCUS, Syria, Aug. 21 (AP) —", "WASHINGTON —"), or,
// in flattened copies, none ("BEIRUT At least 15 people were killed"). Its words
// are no actor and no part of the sentence's clauses; the actor resolver and the
// event coder each decide, with what they know, whether a match without its
// dash is one.
package dateline

import (
	"strings"
	"unicode"

	"github.com/sitrep-dev/sitrep"
	"github.com/sitrep-dev/sitrep/timex"
)

// Match is what Scan read at the start of a sentence.
type Match struct {
	// Capitals is the number of words in capitals that open it.
	Capitals int
	// End is the index of the sentence's first token after the dateline: after
	// the dash or colon when there is one.
	End int
	// Region, Date and Agency report what followed the capitals: ", Syria",
	// "Aug. 21", "(AP)".
	Region, Date, Agency bool
	// Separated reports a dash or a colon after it.
	Separated bool
}

// Scan reads a dateline at the start of toks: one to four words in capitals
// (two letters each at least and four in all, so "US" and "UK" opening a
// sentence are left alone), then optionally a comma and one to three capitalised
// words (a region or country), a date ("October 1", ", Aug. 21, 2013") and an
// agency in brackets, and a dash or a colon — a hyphen glued to the next word is
// no dash ("US-led"). Without the dash the next word must open a sentence in
// ordinary case ("At", "Syrian"). ok is false where the start is no such shape.
func Scan(toks []sitrep.Token) (m Match, ok bool) {
	i, letters := 0, 0
	for i < len(toks) && i < 4 {
		n, caps := CapitalsWord(toks[i].Text)
		if !caps || n < 2 {
			break // "BEIRUT A US-led coalition": the article starts the sentence
		}
		letters += n
		i++
	}
	if i == 0 || letters < 4 || i == len(toks) {
		return Match{}, false
	}
	m.Capitals = i
	month := func(k int) bool { return k < len(toks) && Month(toks[k].Text) }
	number := func(k int) bool { return k < len(toks) && isNumber(toks[k].Text) }
	if toks[i].Text == "," {
		// ", Syria", then perhaps ", August 21"; or the date straight away
		j := i + 1
		for j < len(toks) && j < i+4 && startsUpper(toks[j].Text) && !month(j) {
			j++
		}
		if j > i+1 {
			i, m.Region = j, true
			if i < len(toks) && toks[i].Text == "," && month(i+1) {
				i++
			}
		} else if month(i + 1) {
			i++
		}
	}
	// "MOSCOW October 1 (RIA Novosti) -", "BEIRUT, Aug. 21, 2013 -"
	if month(i) && number(i+1) {
		i, m.Date = i+2, true
		if i+1 < len(toks) && toks[i].Text == "," && number(i+1) {
			i += 2
		}
	}
	if i < len(toks) && toks[i].Text == "(" {
		for j := i + 1; j < len(toks) && j <= i+5; j++ {
			if toks[j].Text == ")" {
				i, m.Agency = j+1, true
				break
			}
		}
	}
	if i < len(toks) {
		switch toks[i].Text {
		case "\u2014", ":":
			m.End, m.Separated = i+1, true
			return m, true
		case "-", "--", "\u2013":
			if i+1 == len(toks) || toks[i].SpaceAfter || toks[i].Span.End < toks[i+1].Span.Start {
				m.End, m.Separated = i+1, true // a separator, not the hyphen of "US-led"
				return m, true
			}
			return Match{}, false
		}
	}
	if i == len(toks) || !startsUpper(toks[i].Text) || upperWord(toks[i].Text) {
		return Match{}, false // the next word must open a sentence in ordinary case ("At", "A", "Syrian")
	}
	m.End = i
	return m, true
}

// CapitalsWord reports whether w is a word in capitals (letters with no lower
// case; hyphens, dots and apostrophes may join them) and how many letters it has.
func CapitalsWord(w string) (int, bool) {
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

// Ordinary reports whether w opens a sentence in ordinary case: a capital, then
// not all capitals ("At", "Syrian", "A"; not "ISIS").
func Ordinary(w string) bool {
	return startsUpper(w) && !upperWord(w)
}

// Month reports whether w names a month, in full or abbreviated, with or
// without the full stop ("Aug.", "Aug", "Sept"): timex's reading.
func Month(w string) bool {
	_, ok := timex.MonthName(w)
	return ok
}

// upperWord reports whether w, longer than one character, has letters and none
// in lower case ("ISIS", "U.S.", "F-16").
func upperWord(w string) bool {
	letters := 0
	for _, r := range w {
		if unicode.IsLetter(r) {
			letters++
			if !unicode.IsUpper(r) {
				return false
			}
		}
	}
	return letters > 0 && len(w) > 1
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

// Byline returns how many tokens at the start of the sentence form a
// bracketed byline ("(TRT World and Agencies) Two Russian pilots were killed",
// "(Reuters) -"), with a dash after it, 0 for none: a bracket that opens the
// sentence and closes within seven words, each capitalised or "and". The
// parser makes the outlet the clause's subject, as it does a dateline's
// capitals.
func Byline(toks []sitrep.Token) int {
	if len(toks) < 4 || toks[0].Text != "(" {
		return 0
	}
	for j := 1; j < len(toks) && j <= 8; j++ {
		w := toks[j].Text
		switch {
		case w == ")":
			if j == 1 || j+1 >= len(toks) {
				return 0
			}
			end := j + 1
			if dash := toks[end].Text; dash == "-" || dash == "–" || dash == "—" {
				end++
			}
			return end
		case w == "and" || w == "&" || startsUpper(w):
		default:
			return 0
		}
	}
	return 0
}
