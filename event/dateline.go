package event

import (
	"strings"
	"unicode"
)

// Datelines. Wire copy opens with the place it was filed from ("BEIRUT (Reuters)
// -", "DAMASCUS, Syria, Aug. 21 (AP) —", FA-KES's flattened "BEIRUT Air strikes
// killed"). The actor resolver already reads no actor there (actor/dateline.go),
// but the parser still hangs the dateline on the first phrase, most often as a
// compound of the subject ("BEIRUT" compound of "strikes"), and the coder reads a
// proper-noun modifier of a force noun as its possible user: "BEIRUT - Air
// strikes killed 38 civilians" lost its agentless event. redateline detaches the
// dateline from the sentence's phrases.

// datelineLen returns how many tokens at the start of the sentence form a
// dateline, 0 for none: one to four words in capitals (four letters at least,
// so "US" and "UK" opening a sentence are left alone), optionally a comma and a
// capitalised region or country, a date ("October 1", ", Aug. 21, 2013") and an
// agency in brackets, then a dash or a colon. Without the separator, the
// capitals followed by a capitalised word in ordinary case are a dateline when a
// date or an agency follows them, or when no actor mention covers them (the
// resolver keeps "ISIS" and "NATO" as actors, and drops a dateline's capital).
// It reads tokens only; actor/dateline.go has the same shape with the
// dictionaries behind it.
func (t *tree) datelineLen() int {
	toks := t.toks
	i, letters := 0, 0
	for i < len(toks) && i < 4 {
		n, ok := capitalsWord(toks[i].Text)
		if !ok || n < 2 {
			break
		}
		letters += n
		i++
	}
	if i == 0 || letters < 4 || i == len(toks) {
		return 0
	}
	capitals := i
	qualified := false
	month := func(k int) bool {
		return k < len(toks) && inList(strings.ToLower(strings.TrimSuffix(toks[k].Text, ".")), monthNames...)
	}
	number := func(k int) bool {
		return k < len(toks) && toks[k].UPOS == "NUM" || k < len(toks) && isDigits(toks[k].Text)
	}
	if toks[i].Text == "," {
		j := i + 1
		for j < len(toks) && j < i+4 && startsUpper(toks[j].Text) && !month(j) {
			j++
		}
		switch {
		case j > i+1:
			// (a region alone is no sign of a dateline without its dash:
			// "NATO, Turkey Condemn Russian Airstrikes" opens a headline)
			i = j
			if i < len(toks) && toks[i].Text == "," && month(i+1) {
				i++
			}
		case month(i + 1):
			i++
		}
	}
	if month(i) && number(i+1) {
		i, qualified = i+2, true
		if i+1 < len(toks) && toks[i].Text == "," && number(i+1) {
			i += 2
		}
	}
	if i < len(toks) && toks[i].Text == "(" {
		for j := i + 1; j < len(toks) && j <= i+5; j++ {
			if toks[j].Text == ")" {
				i, qualified = j+1, true
				break
			}
		}
	}
	if i >= len(toks) {
		return 0
	}
	switch toks[i].Text {
	case "\u2014", ":":
		return i + 1
	case "-", "--", "\u2013":
		if i+1 == len(toks) || toks[i].SpaceAfter || toks[i].Span.End < toks[i+1].Span.Start {
			return i + 1 // a separator, not the hyphen of "US-led"
		}
		return 0
	}
	if !startsUpper(toks[i].Text) {
		return 0
	}
	if n, _ := capitalsWord(toks[i].Text); n > 1 {
		return 0 // a headline in capitals goes on
	}
	if qualified {
		return i
	}
	if w := toks[capitals].Text; !startsUpper(w) || capitalsLetters(w) > 1 {
		return 0 // glued and unqualified: the capitals run straight into the sentence ("BEIRUT At least")
	}
	for _, m := range t.ms {
		if m.Code != "" && m.Start < capitals {
			return 0 // "ISIS Fighters Seize Town": an actor, not a place filed from
		}
	}
	return capitals
}

// redateline detaches the dateline's words (datelineLen) from the sentence. A
// word of the sentence that the parser hung on the dateline is promoted to its
// place, as UD promotes a dependent of an elided head ("BEIRUT Syrian and Russian
// warplanes have launched": "BEIRUT" the subject, "warplanes" its conjunct; the
// first such word that is no punctuation takes the head and relation of the
// dateline's top word and the others hang on it), and the dateline's words then
// hang on the root as a loose dependent (dep).
func (t *tree) redateline() {
	n := t.datelineLen()
	if n == 0 {
		return
	}
	t.ownTokens()
	set := func(i, h int, rel string) {
		t.head[i], t.toks[i].Head = h, h+1
		if rel != "" {
			t.toks[i].DepRel = rel
		}
	}
	// the dateline's top word (its head outside the dateline) and the words of
	// the sentence hung on any dateline word
	top := -1
	for d := range n {
		if h := t.head[d]; h < 0 || h >= n {
			top = d
			break
		}
	}
	var deps []int
	for i := n; i < len(t.toks); i++ {
		if h := t.head[i]; h >= 0 && h < n {
			deps = append(deps, i)
		}
	}
	if top >= 0 && len(deps) > 0 {
		p := deps[0]
		for _, k := range deps {
			if t.toks[k].UPOS != "PUNCT" {
				p = k // the clause, not the final full stop
				break
			}
		}
		h, rel := t.head[top], t.toks[top].DepRel
		if h < 0 {
			rel = "root"
		}
		set(p, h, rel)
		for _, k := range deps {
			if k != p {
				set(k, p, "")
			}
		}
	}
	root := -1
	for i := n; i < len(t.toks); i++ {
		if t.head[i] < 0 {
			root = i
			break
		}
	}
	if root < 0 {
		return
	}
	for d := range n {
		if h := t.head[d]; h < 0 || h >= n {
			set(d, root, "dep")
		}
	}
}

var monthNames = []string{"january", "february", "march", "april", "may", "june", "july", "august", "september",
	"october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"}

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

// capitalsLetters returns how many letters w has if it is a word in capitals, or 0.
func capitalsLetters(w string) int {
	n, _ := capitalsWord(w)
	return n
}

func startsUpper(w string) bool {
	for _, c := range w {
		return unicode.IsUpper(c)
	}
	return false
}

func isDigits(w string) bool {
	for _, c := range w {
		if c < '0' || c > '9' {
			return false
		}
	}
	return w != ""
}
