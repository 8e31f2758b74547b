package quantity

import (
	"math"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/sitrep-dev/sitrep"
)

// tok is a token whose span has been checked against the text.
type tok struct {
	text, lower string
	span        sitrep.Span
	upos        string
	head        int // 0-based index of the head token, -1 for none
	deprel      string
	ok          bool
}

func tokens(text string, sent sitrep.Sentence) []tok {
	ts := make([]tok, len(sent.Tokens))
	for i, t := range sent.Tokens {
		ts[i] = tok{upos: t.UPOS, head: t.Head - 1, deprel: t.DepRel}
		if t.Head <= 0 || t.Head > len(sent.Tokens) {
			ts[i].head = -1
		}
		if t.Span.Start < 0 || t.Span.End > len(text) || t.Span.Start >= t.Span.End {
			continue
		}
		ts[i].text = text[t.Span.Start:t.Span.End]
		ts[i].lower = strings.ToLower(ts[i].text)
		ts[i].span = t.Span
		ts[i].ok = true
	}
	return ts
}

// Find returns the counted amounts of sent, a sentence of text, in text order.
func Find(sent sitrep.Sentence, text string) []sitrep.Quantity {
	ts := tokens(text, sent)
	tagged := false
	for _, t := range ts {
		if t.upos != "" {
			tagged = true
			break
		}
	}
	var out []sitrep.Quantity
	for i := 0; i < len(ts); {
		q, next, ok := read(ts, i, tagged, sent.Heading, text)
		if ok {
			out = append(out, q)
			i = next
			continue
		}
		i++
	}
	return out
}

// read tries to read a quantity starting at token i; next is the token after it.
func read(ts []tok, i int, tagged, heading bool, text string) (q sitrep.Quantity, next int, ok bool) {
	if !ts[i].ok {
		return q, 0, false
	}
	approx, k := readApprox(ts, i)
	currency := false
	if k < len(ts) && ts[k].ok && (ts[k].text == "$" || ts[k].text == "US$") {
		currency = true
		k++
	}
	n, ok := readNumber(ts, k)
	if !ok {
		return q, 0, false
	}
	if n.vague != "" {
		approx = n.vague
	}
	if !countsThings(ts, i, k, n, approx != "" || currency, heading) {
		return q, 0, false
	}
	first, head := -1, -1
	if !currency {
		first, head = unit(ts, k, n, tagged, heading)
	}
	end := n.end - 1
	unitText := ""
	switch {
	case currency:
		unitText = "dollars"
	case head >= 0:
		if duration[ts[head].lower] {
			return q, 0, false
		}
		end = head
		unitText = text[ts[first].span.Start:ts[head].span.End]
		if heading { // a title's capitals say nothing about the words
			unitText = strings.ToLower(unitText)
		}
	case n.words || (n.year && approx == ""):
		// "one of the most", "in 2025": a number word or a year with nothing counted
		// after it is no count.
		return q, 0, false
	}
	q = sitrep.Quantity{
		Value:  n.value,
		Approx: approx,
		Unit:   unitText,
		Span:   sitrep.Span{Start: ts[i].span.Start, End: ts[end].span.End},
	}
	q.Text = text[q.Span.Start:q.Span.End]
	return q, end + 1, true
}

// approximations maps the phrases that hedge a number to the Approx they give,
// longest first within each leading word.
var approximations = []struct {
	words  []string
	approx string
}{
	{[]string{"no", "fewer", "than"}, "at least"},
	{[]string{"no", "less", "than"}, "at least"},
	{[]string{"no", "more", "than"}, "up to"},
	{[]string{"as", "many", "as"}, "up to"},
	{[]string{"in", "excess", "of"}, "over"},
	{[]string{"upwards", "of"}, "over"},
	{[]string{"more", "than"}, "over"},
	{[]string{"just", "over"}, "over"},
	{[]string{"well", "over"}, "over"},
	{[]string{"at", "least"}, "at least"},
	{[]string{"at", "most"}, "up to"},
	{[]string{"up", "to"}, "up to"},
	{[]string{"fewer", "than"}, "under"},
	{[]string{"less", "than"}, "under"},
	{[]string{"just", "under"}, "under"},
	{[]string{"close", "to"}, "nearly"},
	{[]string{"an", "estimated"}, "about"},
	{[]string{"approximately"}, "about"},
	{[]string{"approx"}, "about"},
	{[]string{"about"}, "about"},
	{[]string{"around"}, "about"},
	{[]string{"roughly"}, "about"},
	{[]string{"some"}, "about"},
	{[]string{"estimated"}, "about"},
	{[]string{"circa"}, "about"},
	{[]string{"nearly"}, "nearly"},
	{[]string{"almost"}, "nearly"},
	{[]string{"over"}, "over"},
	{[]string{"above"}, "over"},
	{[]string{"under"}, "under"},
	{[]string{"below"}, "under"},
}

func readApprox(ts []tok, i int) (approx string, next int) {
outer:
	for _, a := range approximations {
		if i+len(a.words) > len(ts) {
			continue
		}
		for j, w := range a.words {
			if !ts[i+j].ok || ts[i+j].lower != w {
				continue outer
			}
		}
		return a.approx, i + len(a.words)
	}
	return "", i
}

// number is a number as read from tokens [start, end).
type number struct {
	value      float64
	start, end int
	vague      string // "thousands", "dozens"... for vague plurals
	words      bool   // spelled out in words
	year       bool   // four digits that could be a year
	integer    bool
}

var units = map[string]float64{
	"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
	"eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
	"fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
	"nineteen": 19,
}

var tens = map[string]float64{
	"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
	"eighty": 80, "ninety": 90,
}

var scales = map[string]float64{
	"hundred": 100, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
}

// vagues are plurals that stand for an order of magnitude when "of" follows them.
var vagues = map[string]float64{
	"dozens": 12, "scores": 20, "hundreds": 100, "thousands": 1e3, "millions": 1e6,
	"billions": 1e9,
}

func readNumber(ts []tok, k int) (n number, ok bool) {
	if k >= len(ts) || !ts[k].ok {
		return n, false
	}
	n.start = k
	w := ts[k].lower
	// Vague plurals: "dozens of", "tens of thousands of".
	if w == "tens" || vagues[w] > 0 {
		v, name, j := vagues[w], w, k+1
		if at(ts, j, "of") && j+1 < len(ts) && vagues[ts[j+1].lower] > 0 {
			// "tens of thousands", "hundreds of thousands", with or without "of"
			// and a noun after.
			mult := 10.0
			if w != "tens" {
				mult = vagues[w]
			}
			v, name, j = mult*vagues[ts[j+1].lower], w+" of "+ts[j+1].lower, j+2
		} else if w == "tens" || !at(ts, j, "of") {
			return n, false
		}
		n.value, n.vague, n.end = v, name, j
		return n, true
	}
	if v, ok := parseDigits(ts[k].text); ok {
		n.value, n.end, n.integer = v, k+1, v == math.Trunc(v)
		n.year = n.integer && len(ts[k].text) == 4 && v >= 1800 && v <= 2100
		for n.end < len(ts) && ts[n.end].ok && scales[ts[n.end].lower] > 0 {
			n.value *= scales[ts[n.end].lower]
			n.year = false
			n.end++
		}
		return n, true
	}
	// "a dozen", "a hundred", "a thousand".
	if (w == "a" || w == "an") && k+1 < len(ts) && ts[k+1].ok {
		switch nx := ts[k+1].lower; {
		case nx == "dozen":
			n.value, n.end, n.words = 12, k+2, true
			return n, true
		case scales[nx] > 0:
			n.value, n.end, n.words = scales[nx], k+2, true
			n.scaleMore(ts)
			return n, true
		}
		return n, false
	}
	if w == "dozen" {
		n.value, n.end, n.words = 12, k+1, true
		return n, true
	}
	v, j, ok := readWords(ts, k)
	if !ok {
		return n, false
	}
	n.value, n.end, n.words, n.integer = v, j, true, true
	return n, true
}

// scaleMore multiplies by further scale words ("a hundred thousand").
func (n *number) scaleMore(ts []tok) {
	for n.end < len(ts) && ts[n.end].ok && scales[ts[n.end].lower] > 0 {
		n.value *= scales[ts[n.end].lower]
		n.end++
	}
}

// readWords reads a spelled-out number: "two", "twenty-five", "twenty five", "three
// hundred and forty", "two thousand".
func readWords(ts []tok, k int) (float64, int, bool) {
	var total, cur float64
	j, seen := k, false
	for j < len(ts) && ts[j].ok {
		w := ts[j].lower
		switch {
		case units[w] > 0 || w == "zero":
			cur += units[w]
		case tens[w] > 0:
			cur += tens[w]
			if j+2 < len(ts) && ts[j+1].text == "-" && units[ts[j+2].lower] > 0 {
				cur += units[ts[j+2].lower]
				j += 2
			}
		case strings.Contains(w, "-"):
			t, u, _ := strings.Cut(w, "-")
			if tens[t] == 0 || units[u] == 0 {
				return total + cur, j, seen
			}
			cur += tens[t] + units[u]
		case scales[w] > 0 && seen:
			if w == "hundred" {
				cur *= 100
			} else {
				total += cur * scales[w]
				cur = 0
			}
		case w == "and" && seen && j+1 < len(ts) && (units[ts[j+1].lower] > 0 || tens[ts[j+1].lower] > 0):
		default:
			return total + cur, j, seen
		}
		seen = true
		j++
	}
	return total + cur, j, seen
}

// parseDigits parses "2,000", "1.5", "130"; not "3rd", "10:30" or "2,00".
func parseDigits(s string) (float64, bool) {
	if s == "" || s[0] < '0' || s[0] > '9' {
		return 0, false
	}
	intPart, frac, hasFrac := strings.Cut(s, ".")
	groups := strings.Split(intPart, ",")
	for gi, g := range groups {
		if g == "" || (gi > 0 && len(g) != 3) || (gi == 0 && len(groups) > 1 && len(g) > 3) {
			return 0, false
		}
	}
	clean := strings.Join(groups, "")
	if hasFrac {
		clean += "." + frac
	}
	v, err := strconv.ParseFloat(clean, 64)
	if err != nil || math.IsInf(v, 0) || math.IsNaN(v) {
		return 0, false
	}
	return v, true
}

// countsThings rejects numbers that are dates, times, percentages, identifiers or
// parts of compounds. i is where the mention starts, k where the number does.
func countsThings(ts []tok, i, k int, n number, hedged, heading bool) bool {
	if n.vague != "" {
		return true
	}
	next, prev := tokAt(ts, n.end), tokAt(ts, k-1)
	// A year-like number before a capitalised word is a year ("2015 Russia
	// launches"), even when a plural follows.
	if n.year && !hedged && next != nil && startsUpper(next.text) && !heading {
		return false
	}
	if next != nil {
		switch next.lower {
		case "%", "percent", "per", "pct", "a.m.", "p.m.", "am", "pm", "gmt", "utc", "o'clock", "/", ":":
			return false
		case "-": // "20-year-old", but not "as many as 1300 - in"
			if next.span.Start == ts[n.end-1].span.End {
				return false
			}
		}
		if ordinalSuffix[next.lower] && next.span.Start == ts[n.end-1].span.End {
			return false
		}
		if months[next.lower] && n.integer && n.value >= 1 && n.value <= 31 {
			return false
		}
	}
	// "on the one hand", "this one": "one" after a determiner is a pronoun; "the two
	// governments" still counts.
	if n.words && n.value == 1 && prev != nil && k == i && pronounDeterminers[prev.lower] {
		return false
	}
	if prev != nil && !hedged && k == i {
		if months[prev.lower] || prev.text == "-" || prev.text == "/" || prev.text == ":" || prev.text == "#" || prev.lower == "no." || prev.lower == "number" {
			return false
		}
		// "Resolution 2254", "Highway 4": a capitalised word before a bare number
		// names a thing; the number is its identifier.
		// At the start of a sentence only function words and the adverbs that
		// precede numbers ("Only 20 soldiers") are capitalised without being names.
		// Headings capitalise every word ("Airstrike Kills 10 Civilians"), and a
		// weekday is an adverb ("On Tuesday 25 people died").
		if k > 0 && startsUpper(prev.text) && !heading && !weekdays[prev.lower] && !(startsSentence(ts, k-1) && (closedClass[prev.lower] || numberAdverbs[prev.lower])) {
			return false
		}
		if n.year && timePreps[prev.lower] {
			return false
		}
	}
	return true
}

// unit finds the counted noun phrase after the number: the first token to keep in
// Unit and the head; head is -1 when nothing is counted.
func unit(ts []tok, k int, n number, tagged, heading bool) (first, head int) {
	j := n.end
	partitive := false
	if at(ts, j, "of") && (n.vague != "" || n.words) {
		j++
		partitive = true
		if j < len(ts) && ts[j].ok && determiners[ts[j].lower] {
			j++
		}
	}
	head = -1
	if last := n.end - 1; last >= 0 && ts[last].deprel == "nummod" && ts[last].head >= j && ts[ts[last].head].ok && nominalRun(ts, j, ts[last].head) {
		head = ts[last].head
	} else if tagged {
		lastAdj := -1
		for h := j; h < len(ts) && h < j+6 && ts[h].ok; h++ {
			u := ts[h].upos
			if u == "NOUN" || (u == "PROPN" && head < 0) {
				head = h
				continue
			}
			if u == "ADJ" && head < 0 {
				lastAdj = h
			}
			if u != "ADJ" && u != "PROPN" && !(u == "PUNCT" && ts[h].text == "-") {
				break
			}
		}
		if head < 0 { // "55 wounded": an adjective used as a noun
			head = lastAdj
		}
	} else {
		// "one of the soldiers" counts a plural; "one soldier" a singular.
		head = surfaceHead(ts, j, n.value == 1 && !partitive, heading)
	}
	if head < 0 {
		return -1, -1
	}
	// Leading proper-noun modifiers ("ISIS", "U.S.") say whose things are counted,
	// not what: Unit starts at the first common word.
	first = j
	for first < head && ts[first].ok && isProper(ts[first], tagged) && !heading {
		first++
	}
	return first, head
}

// nominalRun reports whether tokens [j, h) are all nouns, adjectives and hyphens, so
// that h heads a plain noun phrase after the number; a parse that attaches "55" to
// "women" across "wounded including nine" is not followed.
func nominalRun(ts []tok, j, h int) bool {
	for k := j; k < h; k++ {
		if !ts[k].ok {
			return false
		}
		switch ts[k].upos {
		case "NOUN", "PROPN", "ADJ":
		case "PUNCT":
			if ts[k].text != "-" {
				return false
			}
		default:
			return false
		}
	}
	return true
}

// surfaceHead guesses the head noun without tags: the first plural within a few
// words (or, after "one", the first word), stopping at function words and
// punctuation.
func surfaceHead(ts []tok, j int, singular, heading bool) int {
	for h := j; h < len(ts) && h < j+5; h++ {
		t := ts[h]
		if !t.ok || !isWord(t.text) || closedClass[t.lower] || months[t.lower] {
			return -1
		}
		if singular && (heading || !isProper(t, false)) {
			return h
		}
		if irregularPlurals[t.lower] || ((heading || t.text == t.lower) && (isPlural(t.lower) || strings.HasSuffix(t.lower, "men"))) {
			return h
		}
	}
	return -1
}

func isPlural(w string) bool {
	if len(w) < 3 || !strings.HasSuffix(w, "s") {
		return false
	}
	for _, suf := range []string{"ss", "us", "is", "ous"} {
		if strings.HasSuffix(w, suf) {
			return false
		}
	}
	return true
}

func isProper(t tok, tagged bool) bool {
	if tagged && t.upos != "" {
		return t.upos == "PROPN"
	}
	return startsUpper(t.text)
}

func isWord(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLetter(r)
}

func startsUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// startsSentence reports whether token k is the first word of its sentence (after
// any opening punctuation).
func startsSentence(ts []tok, k int) bool {
	for j := 0; j < k; j++ {
		if ts[j].ok && isWord(ts[j].text) {
			return false
		}
	}
	return true
}

func tokAt(ts []tok, k int) *tok {
	if k < 0 || k >= len(ts) || !ts[k].ok {
		return nil
	}
	return &ts[k]
}

func at(ts []tok, k int, w string) bool {
	return k >= 0 && k < len(ts) && ts[k].ok && ts[k].lower == w
}

func set(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

var (
	months = set("january", "february", "march", "april", "may", "june", "july", "august",
		"september", "october", "november", "december", "jan", "jan.", "feb", "feb.", "mar",
		"mar.", "apr", "apr.", "jun", "jun.", "jul", "jul.", "aug", "aug.", "sep", "sep.",
		"sept", "sept.", "oct", "oct.", "nov", "nov.", "dec", "dec.")
	weekdays           = set("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
	pronounDeterminers = set("the", "this", "that", "which", "any", "every", "no", "each")
	numberAdverbs      = set("only", "just", "another", "all", "exactly", "precisely", "barely", "still", "some", "those", "these", "its", "their")
	ordinalSuffix      = set("st", "nd", "rd", "th")
	timePreps          = set("in", "since", "by", "until", "till", "before", "after", "during",
		"early", "late", "mid", "from", "of", "through", "throughout")
	// duration heads make a number a length of time, not a count of things.
	duration = set("year", "years", "month", "months", "week", "weeks", "day", "days",
		"hour", "hours", "minute", "minutes", "second", "seconds", "decade", "decades",
		"century", "centuries")
	determiners      = set("the", "its", "their", "his", "her", "our", "these", "those", "them")
	irregularPlurals = set("people", "men", "women", "children", "police", "personnel",
		"aircraft", "staff", "feet", "teeth", "mice", "geese", "cattle", "livestock")
	closedClass = set("the", "a", "an", "and", "or", "but", "in", "on", "at", "to", "for",
		"from", "with", "by", "of", "as", "into", "over", "under", "against", "through",
		"during", "since", "after", "before", "while", "because", "if", "than", "that",
		"which", "who", "whom", "whose", "where", "when", "is", "are", "was", "were", "be",
		"been", "being", "has", "have", "had", "will", "would", "could", "should", "might",
		"must", "can", "did", "does", "do", "not", "also", "this", "these", "those", "it",
		"its", "he", "she", "they", "we", "i", "you", "there", "here", "more", "less",
		"most", "least", "other", "others", "each", "per", "times", "percent")
)
