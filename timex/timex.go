package timex

import (
	"fmt"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/sitrep-dev/sitrep"
)

// Where a resolved date came from.
const (
	FromText      = "text"      // the text states the date in full
	FromPublished = "published" // the date was counted from the publication date
)

// Expr is a time expression of a sentence.
type Expr struct {
	// Date is "2025-11-10" (a day), "2025-11-03/2025-11-09" (days of one week:
	// "last week", "over the weekend"; see sitrep.DateSpan), "2025-11" or "2025";
	// "" when the expression cannot be resolved (Note says why).
	Date string      `json:"date"`
	Text string      `json:"text"`
	Span sitrep.Span `json:"span"`
	// From is FromText or FromPublished; "" when Date is "".
	From string `json:"from,omitempty"`
	// Note explains an unresolved expression, or a resolution the reader should know
	// about ("the week of 2025-11-03").
	Note string `json:"note,omitempty"`
}

// Tense tells ResolveTense how to read weekdays and dates without a year.
type Tense int

const (
	InferTense Tense = iota // from future markers in the sentence
	Past                    // the most recent such day on or before publication
	Future                  // the next such day after publication
)

// Resolve finds the time expressions of sent, a sentence of text, and resolves them
// against the publication date, known at precision "day", "month", "year" or ""
// (unknown; published is then ignored). The tense is inferred from the sentence.
func Resolve(sent sitrep.Sentence, text string, published time.Time, precision string) []Expr {
	return ResolveTense(sent, text, published, precision, InferTense)
}

// ResolveTense is Resolve with the tense given.
func ResolveTense(sent sitrep.Sentence, text string, published time.Time, precision string, tense Tense) []Expr {
	r := &resolver{ts: tokens(text, sent), text: text, pub: published, prec: level(precision, published), tense: tense}
	var out []Expr
	for i := 0; i < len(r.ts); {
		e, n := r.at(i)
		if n == 0 {
			i++
			continue
		}
		e.Text = text[e.Span.Start:e.Span.End]
		out = append(out, e)
		i += n
	}
	return out
}

// Precision levels.
const (
	precNone = iota
	precYear
	precMonth
	precDay
)

var precNames = [...]string{"no publication date", "a year", "a month", "a day"}

func level(precision string, pub time.Time) int {
	if pub.IsZero() {
		return precNone
	}
	switch precision {
	case "day":
		return precDay
	case "month":
		return precMonth
	case "year":
		return precYear
	}
	return precNone
}

type tok struct {
	text, lower string
	span        sitrep.Span
	upos        string
	head        int // 0-based; -1 for the root or no parse
	deprel      string
	ok          bool
}

func tokens(text string, sent sitrep.Sentence) []tok {
	ts := make([]tok, len(sent.Tokens))
	for i, t := range sent.Tokens {
		ts[i].head = -1
		if t.Span.Start < 0 || t.Span.End > len(text) || t.Span.Start >= t.Span.End {
			continue
		}
		s := text[t.Span.Start:t.Span.End]
		ts[i] = tok{text: s, lower: strings.ToLower(s), span: t.Span, upos: t.UPOS, head: -1, deprel: t.DepRel, ok: true}
		if t.Head > 0 && t.Head <= len(sent.Tokens) && t.Head-1 != i {
			ts[i].head = t.Head - 1
		}
	}
	return ts
}

// futureAround reports whether the clause around token i speaks of the future: the
// verb that governs it has a future auxiliary when the sentence is parsed, else a
// future marker lies near it, not across a clause boundary on the left.
func (r *resolver) futureAround(i int) bool {
	if v := r.governor(i); v >= 0 {
		for k, t := range r.ts {
			if (t.head == v || k == v) && futureMarker(r, k) {
				return true
			}
		}
		return false
	}
	for k := i - 1; k >= 0 && k >= i-8; k-- {
		if leftBoundary[r.w(k)] {
			break
		}
		if futureMarker(r, k) {
			return true
		}
	}
	for k := i + 1; k < len(r.ts) && k <= i+8; k++ {
		if rightBoundary[r.w(k)] {
			break
		}
		if futureMarker(r, k) {
			return true
		}
	}
	return false
}

// governor returns the verb that token i depends on, or -1 without a parse.
func (r *resolver) governor(i int) int {
	k := i
	for steps := 0; steps < 12; steps++ {
		t := r.ts[k]
		if t.head < 0 {
			if t.deprel == "root" && (t.upos == "VERB" || t.upos == "AUX") && k != i {
				return k
			}
			return -1
		}
		k = t.head
		if u := r.ts[k].upos; u == "VERB" || u == "AUX" {
			return k
		}
	}
	return -1
}

func futureMarker(r *resolver, k int) bool {
	switch w := r.w(k); w {
	case "will", "'ll", "’ll", "shall", "wo", "scheduled", "upcoming":
		return true
	case "may", "might": // the modal, not the month
		return r.ts[k].text == w
	case "going", "expected", "plans", "plan", "intends":
		return r.w(k+1) == "to"
	}
	return false
}

var (
	leftBoundary  = map[string]bool{",": true, ";": true, ":": true, "said": true, "says": true, "that": true, ".": true}
	rightBoundary = map[string]bool{";": true, ".": true, "said": true, "says": true}
)

type resolver struct {
	ts    []tok
	text  string
	pub   time.Time
	prec  int
	tense Tense
	// future is the tense of the expression being read.
	future bool
}

func (r *resolver) w(k int) string {
	if k < 0 || k >= len(r.ts) || !r.ts[k].ok {
		return ""
	}
	return r.ts[k].lower
}

func (r *resolver) span(i, j int) sitrep.Span {
	return sitrep.Span{Start: r.ts[i].span.Start, End: r.ts[j-1].span.End}
}

// at reads an expression starting at token i and returns it with the number of
// tokens it spans (0 for none).
func (r *resolver) at(i int) (Expr, int) {
	if !r.ts[i].ok {
		return Expr{}, 0
	}
	r.future = r.tense == Future || r.tense == InferTense && r.futureAround(i)
	if e, n := r.vague(i); n > 0 {
		return e, n
	}
	// "in two days", in a sentence about the future (in the past it is a duration:
	// "the town fell in two days").
	if r.w(i) == "in" && r.future && r.w(i+3) != "of" {
		if n, ok := smallNumber(r.w(i + 1)); ok && periods[r.w(i+2)] != "" {
			var e Expr
			switch periods[r.w(i+2)] {
			case "day":
				e = r.days(n)
			case "week":
				e = r.days(7 * n)
			default:
				e = r.period(periods[r.w(i+2)], n)
			}
			e.Span = r.span(i, i+3)
			return e, 3
		}
	}
	// A leading "on" or "in" belongs to the expression ("on Monday").
	lead := 0
	if w := r.w(i); (w == "on" || w == "in") && i+1 < len(r.ts) {
		lead = 1
	}
	e, n := r.relative(i + lead)
	if n == 0 {
		e, n = r.weekday(i + lead)
	}
	if n == 0 {
		e, n = r.absolute(i + lead)
	}
	if n == 0 {
		return Expr{}, 0
	}
	e.Span = r.span(i, i+lead+n)
	return e, lead + n
}

// vague finds expressions that place an event in time without a date.
func (r *resolver) vague(i int) (Expr, int) {
	w := r.w(i)
	switch {
	case w == "at" && r.w(i+1) == "the" && (r.w(i+2) == "height" || r.w(i+2) == "peak" || r.w(i+2) == "time"):
		n := 3
		if r.w(i+2) != "time" && r.w(i+3) == "of" {
			n = 4
			if determiners[r.w(i+4)] && isWord(r.w(i+5)) {
				n = 6
			} else if isWord(r.w(i + 4)) {
				n = 5
			}
		}
		return r.unresolved(i, n, "names a moment, not a date"), n
	case w == "recently" || w == "previously" || w == "soon":
		return r.unresolved(i, 1, "vague"), 1
	case (w == "the" || w == "that") && (relativeDays[r.w(i+1)] || r.w(i+1) == "next" && r.w(i+2) == "day") && periods[r.w(i+2)] != "" && !strings.HasSuffix(r.w(i+2), "s"):
		// "the next day", "the previous week": counted from another event
		return r.unresolved(i, 3, "counted from another event, not from publication"), 3
	case w == "the" && periods[r.w(i+1)] != "" && (r.w(i+2) == "before" || r.w(i+2) == "after") && !strings.HasSuffix(r.w(i+1), "s") && r.w(i+3) != "yesterday":
		return r.unresolved(i, 3, "counted from another event, not from publication"), 3
	case w == "that" && (r.w(i+1) == "day" || r.w(i+1) == "night" || r.w(i+1) == "morning" || r.w(i+1) == "evening"):
		return r.unresolved(i, 2, "counted from another event, not from publication"), 2
	case w == "in" && r.w(i+1) == "recent" && periods[r.w(i+2)] != "":
		return r.unresolved(i, 3, "vague"), 3
	case w == "in" && r.w(i+1) == "the" && (r.w(i+2) == "coming" || r.w(i+2) == "past" || r.w(i+2) == "last") && periods[r.w(i+3)] != "":
		return r.unresolved(i, 4, "a stretch of time, not a date"), 4
	}
	return Expr{}, 0
}

func (r *resolver) unresolved(i, n int, note string) Expr {
	return Expr{Span: r.span(i, i+n), Note: note}
}

// relativeDays place a period relative to another event ("the following week");
// "next" does only in "the next day", since "the next week" is usually counted from
// publication.
var relativeDays = map[string]bool{"following": true, "previous": true, "same": true, "preceding": true}

// periods maps period words to their unit.
var periods = map[string]string{
	"day": "day", "days": "day", "week": "week", "weeks": "week", "month": "month",
	"months": "month", "year": "year", "years": "year",
}

var offsets = map[string]int{"last": -1, "past": -1, "this": 0, "next": 1}

// relative reads expressions counted from the publication date.
func (r *resolver) relative(i int) (Expr, int) {
	w0, w1, w2 := r.w(i), r.w(i+1), r.w(i+2)
	switch {
	case w0 == "the" && w1 == "day" && w2 == "before" && r.w(i+3) == "yesterday":
		return r.days(-2), 4
	case w0 == "yesterday":
		return r.days(-1), 1
	case w0 == "today" || w0 == "tonight":
		return r.days(0), 1
	case w0 == "tomorrow":
		return r.days(1), 1
	case w0 == "last" && w1 == "night":
		return r.days(-1), 2
	case w0 == "this" && (w1 == "morning" || w1 == "afternoon" || w1 == "evening"):
		return r.days(0), 2
	case (w0 == "earlier" || w0 == "later") && w1 == "this" && w2 == "week":
		return r.partWeek(w0 == "earlier"), 3
	case (w0 == "earlier" || w0 == "later") && w1 == "this" && periods[w2] != "" && !strings.HasSuffix(w2, "s"):
		return r.period(periods[w2], 0), 3
	case (w0 == "last" || w0 == "past" || w0 == "this" || w0 == "next") && (w1 == "weekend"):
		off := offsets[w0]
		if w0 == "this" && !r.future {
			off = -1
		}
		return r.weekend(off), 2
	case w0 == "over" && w1 == "the" && w2 == "weekend":
		off := -1
		if r.future {
			off = 1
		}
		return r.weekend(off), 3
	case (w0 == "last" || w0 == "this" || w0 == "next") && periods[w1] != "" && !strings.HasSuffix(w1, "s"):
		return r.period(periods[w1], offsets[w0]), 2
	}
	// "two days ago", "a year ago".
	if n, ok := smallNumber(w0); ok && periods[w1] != "" && w2 == "ago" {
		switch periods[w1] {
		case "day":
			return r.days(-n), 3
		case "week":
			return r.days(-7 * n), 3
		}
		return r.period(periods[w1], -n), 3
	}
	return Expr{}, 0
}

// days resolves a day offset from publication.
func (r *resolver) days(off int) Expr {
	if r.prec < precDay {
		return r.needs(precDay)
	}
	return published(r.pub.AddDate(0, 0, off), precDay, "")
}

// period resolves "last month", "this year", "next week".
func (r *resolver) period(unit string, off int) Expr {
	switch unit {
	case "day":
		return r.days(off)
	case "week":
		if r.prec < precDay {
			return r.needs(precDay)
		}
		monday := r.monday(off)
		return span(monday, monday.AddDate(0, 0, 6), "the week of "+monday.Format("2006-01-02"))
	case "month":
		if r.prec < precMonth {
			return r.needs(precMonth)
		}
		return published(time.Date(r.pub.Year(), r.pub.Month()+time.Month(off), 1, 0, 0, 0, 0, time.UTC), precMonth, "")
	case "year":
		if r.prec < precYear {
			return r.needs(precYear)
		}
		return published(time.Date(r.pub.Year()+off, 1, 1, 0, 0, 0, 0, time.UTC), precYear, "")
	}
	return r.needs(precDay)
}

// weekend resolves the weekend before (off -1), of (0) or after (1) publication.
func (r *resolver) weekend(off int) Expr {
	if r.prec < precDay {
		return r.needs(precDay)
	}
	var sat time.Time
	switch off {
	case -1: // the most recent Saturday strictly before publication
		sat = r.pub.AddDate(0, 0, -((int(r.pub.Weekday()) - int(time.Saturday) + 7) % 7))
		if !sat.Before(r.pub) {
			sat = sat.AddDate(0, 0, -7)
		}
	default: // the next Saturday on or after publication
		sat = r.pub.AddDate(0, 0, (int(time.Saturday)-int(r.pub.Weekday())+7)%7)
	}
	return span(sat, sat.AddDate(0, 0, 1), "the weekend of "+sat.Format("2006-01-02"))
}

// monday is the Monday that starts the week off weeks from publication's (weeks
// start on Monday, as ISO 8601's do).
func (r *resolver) monday(off int) time.Time {
	return r.pub.AddDate(0, 0, -((int(r.pub.Weekday())+6)%7)+7*off)
}

// partWeek resolves "earlier this week" (Monday to the day of publication) and
// "later this week" (the day of publication to Sunday). Publication day is in
// both: a report of Wednesday's paper may tell of Wednesday morning.
func (r *resolver) partWeek(earlier bool) Expr {
	if r.prec < precDay {
		return r.needs(precDay)
	}
	monday := r.monday(0)
	note := "the week of " + monday.Format("2006-01-02")
	if earlier {
		return span(monday, r.pub, note)
	}
	return span(r.pub, monday.AddDate(0, 0, 6), note)
}

// span writes the days from..to, which lie in one week, as a date at week
// precision ("2025-11-03/2025-11-09"; sitrep.DateSpan), or as the day when they
// are one ("earlier this week" in Monday's paper).
func span(from, to time.Time, note string) Expr {
	return Expr{Date: sitrep.FormatSpan(from, to), From: FromPublished, Note: note}
}

func (r *resolver) needs(p int) Expr {
	if r.prec == precNone {
		return Expr{Note: "needs the publication date, which is unknown"}
	}
	return Expr{Note: fmt.Sprintf("needs the publication date to %s; it is known to %s", precNames[p], precNames[r.prec])}
}

func published(t time.Time, p int, note string) Expr {
	return Expr{Date: format(t, p), From: FromPublished, Note: note}
}

func format(t time.Time, p int) string {
	switch p {
	case precDay:
		return t.Format("2006-01-02")
	case precMonth:
		return t.Format("2006-01")
	}
	return t.Format("2006")
}

var weekdays = map[string]time.Weekday{
	"monday": time.Monday, "tuesday": time.Tuesday, "wednesday": time.Wednesday,
	"thursday": time.Thursday, "friday": time.Friday, "saturday": time.Saturday,
	"sunday": time.Sunday,
}

// weekday reads "Monday", "last Monday", "next Monday", "this Monday".
func (r *resolver) weekday(i int) (Expr, int) {
	mod, n := "", 0
	switch r.w(i) {
	case "last", "next", "this", "past":
		mod, n = r.w(i), 1
	}
	wd, ok := weekdays[r.w(i+n)]
	if !ok || !startsUpper(r.ts[i+n].text) {
		return Expr{}, 0
	}
	n++
	if r.prec < precDay {
		return r.needs(precDay), n
	}
	future := r.future
	switch mod {
	case "last", "past":
		future = false
	case "next":
		future = true
	}
	var d time.Time
	if future { // the next such day on or after publication; after it for "next"
		ahead := (int(wd) - int(r.pub.Weekday()) + 7) % 7
		if ahead == 0 && mod == "next" {
			ahead = 7
		}
		d = r.pub.AddDate(0, 0, ahead)
	} else {
		back := (int(r.pub.Weekday()) - int(wd) + 7) % 7
		if back == 0 && mod != "" { // "last Monday" said on a Monday
			back = 7
		}
		d = r.pub.AddDate(0, 0, -back)
	}
	return published(d, precDay, ""), n
}

// MonthName returns the month a word names, in full or abbreviated, in any case
// and with or without the abbreviation's full stop ("August", "Aug.", "sept").
func MonthName(w string) (time.Month, bool) {
	m, ok := months[strings.TrimSuffix(strings.ToLower(w), ".")]
	return m, ok
}

var months = map[string]time.Month{
	"january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
	"apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
	"september": 9, "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11,
	"nov": 11, "december": 12, "dec": 12,
}

// monthCues may precede a month named on its own; "May" and "March" need one, being
// also a verb and a noun.
var monthCues = map[string]bool{
	"in": true, "since": true, "by": true, "until": true, "till": true, "during": true,
	"last": true, "next": true, "this": true, "of": true, "from": true, "through": true,
	"before": true, "after": true, "early": true, "late": true, "mid": true, "between": true,
	"and": true, "or": true, "to": true, "end": true,
}

var parts = map[string]string{"early": "early", "mid": "mid", "late": "late", "beginning": "early", "start": "early", "middle": "mid", "end": "late"}

var determiners = map[string]bool{"the": true, "a": true, "this": true, "that": true, "its": true, "their": true}

// month reads a month name at k, with a full stop after an abbreviation; n is the
// number of tokens read.
func (r *resolver) month(k int) (time.Month, int) {
	if k < 0 || k >= len(r.ts) || !r.ts[k].ok || !startsUpper(r.ts[k].text) {
		return 0, 0
	}
	w := strings.TrimSuffix(r.w(k), ".")
	m, ok := months[w]
	if !ok {
		return 0, 0
	}
	if len(w) < 5 && w != "may" && w != "june" && w != "july" && r.w(k+1) == "." && r.ts[k+1].span.Start == r.ts[k].span.End {
		return m, 2
	}
	return m, 1
}

// day reads a day of the month: "10", "10th", "10" "th".
func (r *resolver) day(k int) (int, int) {
	w := r.w(k)
	n := 1
	for _, suf := range []string{"st", "nd", "rd", "th"} {
		if s, ok := strings.CutSuffix(w, suf); ok && s != "" {
			w = s
			break
		}
		if r.w(k+1) == suf && r.ts[k+1].span.Start == r.ts[k].span.End {
			n = 2
		}
	}
	if len(w) > 2 {
		return 0, 0
	}
	d, err := strconv.Atoi(w)
	if err != nil || d < 1 || d > 31 {
		return 0, 0
	}
	return d, n
}

// year reads a four-digit year from 1900 to 2100.
func (r *resolver) year(k int) (int, bool) {
	w := r.w(k)
	if len(w) != 4 {
		return 0, false
	}
	y, err := strconv.Atoi(w)
	return y, err == nil && y >= 1900 && y <= 2100
}

// absolute reads dates the text states: ISO dates, day-month-year in either order,
// months with or without a year and a part ("late November"), and years.
func (r *resolver) absolute(i int) (Expr, int) {
	if e, n := r.iso(i); n > 0 {
		return e, n
	}
	// [the] Day [of] Month [,] [Year]
	k := i
	if r.w(k) == "the" {
		k++
	}
	if d, n := r.day(k); n > 0 {
		j := k + n
		if r.w(j) == "of" {
			j++
		}
		if m, mn := r.month(j); mn > 0 {
			j += mn
			return r.dayMonth(d, m, j, i)
		}
	}
	// Month Day [,] [Year]
	if m, mn := r.month(i); mn > 0 {
		if d, n := r.day(i + mn); n > 0 {
			if _, isYear := r.year(i + mn); !isYear {
				return r.dayMonth(d, m, i+mn+n, i)
			}
		}
	}
	// [last|next|this] [the] [early|mid|late|beginning of|end of] Month [Year]
	k, part, mod := i, "", ""
	switch r.w(k) {
	case "last", "next", "this":
		mod = r.w(k)
		k++
	}
	if r.w(k) == "the" && parts[r.w(k+1)] != "" {
		k++
	}
	if p, ok := parts[r.w(k)]; ok {
		part = p
		k++
		if r.w(k) == "-" || r.w(k) == "of" {
			k++
		}
	} else if p, rest, ok := strings.Cut(r.w(k), "-"); ok && parts[p] != "" && months[rest] > 0 && startsUpperAfterHyphen(r.ts[k].text) {
		// "mid-November" as one token
		return r.monthYear(months[rest], k+1, i, parts[p], mod)
	}
	if m, mn := r.month(k); mn > 0 {
		cued := part != "" || mod != "" || (i > 0 && monthCues[r.w(i-1)])
		if _, ok := r.year(k + mn); !cued && !ok && (m == time.May || m == time.March) {
			return Expr{}, 0
		}
		return r.monthYear(m, k+mn, i, part, mod)
	}
	if y, ok := r.year(i); ok && r.yearStands(i) {
		return Expr{Date: strconv.Itoa(y), From: FromText}, 1
	}
	return Expr{}, 0
}

// yearStands reports whether four digits at i are a year rather than a count ("2000
// troops") or an amount ("$2025").
func (r *resolver) yearStands(i int) bool {
	if i > 0 && (r.w(i-1) == "$" || r.w(i-1) == "#") {
		return false
	}
	next := r.w(i + 1)
	return !(next != "" && next == strings.ToLower(next) && isWord(next) && strings.HasSuffix(next, "s") && next != "was" && next != "has" && next != "is")
}

// iso reads "2025-11-10", as one token or as the five a tokenizer may split it into.
func (r *resolver) iso(i int) (Expr, int) {
	for n := 1; n <= 5 && i+n <= len(r.ts); n += 4 {
		if !r.ts[i+n-1].ok || !r.glued(i, i+n) {
			continue
		}
		w := r.text[r.ts[i].span.Start:r.ts[i+n-1].span.End]
		if t, err := time.Parse("2006-01-02", w); err == nil && len(w) == 10 {
			return Expr{Date: t.Format("2006-01-02"), From: FromText}, n
		}
	}
	return Expr{}, 0
}

// glued reports whether tokens [i, j) follow each other with no space between.
func (r *resolver) glued(i, j int) bool {
	for k := i + 1; k < j; k++ {
		if !r.ts[k].ok || r.ts[k].span.Start != r.ts[k-1].span.End {
			return false
		}
	}
	return true
}

// dayMonth finishes a day-and-month date at token j, reading an optional year, and
// returns the expression with its length from start.
func (r *resolver) dayMonth(d int, m time.Month, j, start int) (Expr, int) {
	k := j
	if r.w(k) == "," {
		k++
	}
	if y, ok := r.year(k); ok {
		t := time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
		if t.Day() != d {
			return Expr{Note: "no such day"}, k + 1 - start
		}
		return Expr{Date: t.Format("2006-01-02"), From: FromText}, k + 1 - start
	}
	n := j - start
	if r.prec == precNone {
		return Expr{Note: "no year in the text and no publication date"}, n
	}
	y := r.pub.Year()
	if r.prec >= precMonth {
		// The most recent such day on or before publication (the next after it for the
		// future), compared at the publication date's precision.
		cmp := time.Date(y, m, d, 0, 0, 0, 0, time.UTC).Compare(r.pub)
		if r.prec == precMonth {
			cmp = int(m) - int(r.pub.Month())
		}
		switch {
		case !r.future && cmp > 0:
			y--
		case r.future && cmp < 0:
			y++
		}
	}
	t := time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
	if t.Day() != d {
		return Expr{Note: "no such day"}, n
	}
	return Expr{Date: t.Format("2006-01-02"), From: FromPublished, Note: "year from the publication date"}, n
}

// monthYear finishes a month at token j, reading an optional year. mod is "last",
// "next" or "this" when one came before the month.
func (r *resolver) monthYear(m time.Month, j, start int, part, mod string) (Expr, int) {
	note := ""
	if part != "" {
		note = part + " in the month"
	}
	k := j
	if r.w(k) == "," {
		k++
	}
	if y, ok := r.year(k); ok {
		return Expr{Date: fmt.Sprintf("%04d-%02d", y, m), From: FromText, Note: note}, k + 1 - start
	}
	n := j - start
	if r.prec == precNone {
		return Expr{Note: "no year in the text and no publication date"}, n
	}
	y, pm := r.pub.Year(), r.pub.Month()
	if r.prec >= precMonth {
		switch {
		case mod == "last": // the most recent such month before publication
			if m >= pm {
				y--
			}
		case mod == "next":
			if m <= pm {
				y++
			}
		case mod == "this":
		case r.future:
			if m < pm {
				y++
			}
		default:
			if m > pm {
				y--
			}
		}
	}
	if note != "" {
		note += "; "
	}
	return Expr{Date: fmt.Sprintf("%04d-%02d", y, m), From: FromPublished, Note: note + "year from the publication date"}, n
}

var numberWords = map[string]int{"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4,
	"five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}

// smallNumber reads the count in "two days ago".
func smallNumber(w string) (int, bool) {
	if n, ok := numberWords[w]; ok {
		return n, true
	}
	n, err := strconv.Atoi(w)
	return n, err == nil && n > 0 && n < 1000
}

func isWord(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLetter(r)
}

func startsUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// startsUpperAfterHyphen reports whether the part after the first hyphen of s is
// capitalised ("mid-November").
func startsUpperAfterHyphen(s string) bool {
	_, rest, ok := strings.Cut(s, "-")
	return ok && startsUpper(rest)
}
