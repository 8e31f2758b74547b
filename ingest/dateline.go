package ingest

import (
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode"
)

// A dateline is the date stamp a news page prints at the head of an article:
// "Tue 05 Jul 2016", "Published October 2 2017", "AFP Saturday 24 Sep 2016",
// "23-07-2016", "Last updated at Apr 232017" (day and year run together as
// The Jordan Times' pages were scraped), "24.08.2013(updated 1935 24.08.2013)".
// Article tables (FA-KES) keep it as the first words of the text, or after the
// headline and an agency name. It is the article's publication date.
const (
	dlWeekday = `(?:(Mon(?:day)?|Tue(?:s(?:day)?)?|Wed(?:nesday)?|Thu(?:rs(?:day)?)?|Fri(?:day)?|Sat(?:urday)?|Sun(?:day)?)\.?,?\s+)?`
	dlMonth   = `(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?`
	// A time of day and a revision stamp belong to the dateline, not to the
	// first sentence: "at 0914", "16:45", "0742 PM", "2037 UTC+3", "102138". Four
	// bare digits are a time only with a clock word after them: "12 May 2015
	// 1500 people fled" begins a sentence.
	dlZone  = `(?:\s+(?:GMT|UTC)(?:[+-]\d{1,2})?)`
	dlAMPM  = `(?:\s*[AaPp]\.?[Mm]\.?)`
	dlClock = `(?:(?:at\s+\d{1,2}:?\d{2}|\d{1,2}:\d{2}(?::\d{2})?|\d{6})` + dlAMPM + `?` + dlZone + `?|\d{4}(?:` + dlAMPM + dlZone + `?|` + dlZone + `))`
	dlTime  = `(?:,?\s+` + dlClock + `)?(?:\s*\(updated\s[^)]{1,30}\))?`
)

// dateForm is one way of writing a full date. Group 1 is always the weekday;
// d, m and y index the day, month (a name or a number) and year groups.
type dateForm struct {
	re, at  *regexp.Regexp // anywhere; at the start only
	d, m, y int
	// numeric forms (23-07-2016, 24.08.2013) are not written in running
	// prose, so they are datelines wherever they stand in the head.
	numeric bool
}

func newDateForm(core string, d, m, y int, numeric bool) dateForm {
	return dateForm{
		re: regexp.MustCompile(dlWeekday + core + dlTime), at: regexp.MustCompile(`^` + dlWeekday + core + dlTime),
		d: d, m: m, y: y, numeric: numeric,
	}
}

var dateForms = []dateForm{
	newDateForm(`(\d{1,2})\s+`+dlMonth+`,?\s+(\d{4})`, 2, 3, 4, false),
	newDateForm(dlMonth+`\s+(\d{1,2}),?\s+(\d{4})`, 3, 2, 4, false),
	newDateForm(dlMonth+`\s+(0[1-9]|[12]\d|3[01])((?:19|20)\d{2})`, 3, 2, 4, false),
	newDateForm(`(\d{1,2})-(\d{1,2})-(\d{4})`, 2, 3, 4, true),
	newDateForm(`(\d{1,2})\.(\d{1,2})\.(\d{4})`, 2, 3, 4, true),
	newDateForm(`(\d{4})-(\d{2})-(\d{2})`, 4, 3, 2, true),
}

var (
	// datelineLead is what pages print before the date: a label, an agency.
	datelineLead = regexp.MustCompile(`^(?:Print this page\s+)?(?:(?:Published|Posted|Updated|Last updated|Date of publication)(?:\s+(?:on|at))?:?\s+)?(?:(?:AFP|AP|Reuters)\s+)?`)
	agencyBefore = regexp.MustCompile(`(?:AFP|AP|Reuters)\s+$`)
	// sentenceEnd closes the head: a date after the first sentence is the
	// article's, not the page's.
	sentenceEnd = regexp.MustCompile(`[.!?]["”’']?\s+["“‘']?[A-Z]`)
)

// dateWords are the words that put a date inside a sentence ("on Friday 22 July
// 2016", "since 01.10.2014"): a date after them is not a dateline.
var dateWords = map[string]bool{
	"on": true, "since": true, "until": true, "till": true, "from": true, "to": true, "of": true,
	"in": true, "by": true, "before": true, "after": true, "between": true, "and": true, "or": true,
	"dated": true, "through": true, "at": true, "as": true, "for": true, "than": true,
}

// headWindow bounds how far into the text a dateline is looked for.
const headWindow = 300

type datelineMatch struct {
	start, end int    // the dateline's bytes, with its label or agency and time
	date       string // YYYY-MM-DD
}

// matchDateAt reads a full date starting exactly at s[i:].
func matchDateAt(s string, i int) (datelineMatch, bool) {
	for _, f := range dateForms {
		m := f.at.FindStringSubmatchIndex(s[i:])
		if m == nil {
			continue
		}
		if dm, ok := f.date(s, i, m); ok {
			return dm, true
		}
	}
	return datelineMatch{}, false
}

// date validates a match of f in s[off:] and turns it into a datelineMatch.
func (f dateForm) date(s string, off int, m []int) (datelineMatch, bool) {
	end := off + m[1]
	if end < len(s) && s[end] >= '0' && s[end] <= '9' {
		return datelineMatch{}, false // "2016" is not the head of "20161"
	}
	group := func(g int) string { return s[off+m[2*g] : off+m[2*g+1]] }
	day, _ := strconv.Atoi(group(f.d))
	year, _ := strconv.Atoi(group(f.y))
	month, err := strconv.Atoi(group(f.m))
	if err != nil {
		month, _ = strconv.Atoi(monthIndex[strings.ToLower(group(f.m)[:3])])
	}
	t := time.Date(year, time.Month(month), day, 0, 0, 0, 0, time.UTC)
	if year < 1900 || year > 2200 || t.Day() != day || int(t.Month()) != month {
		return datelineMatch{}, false // 31-02-2016, 13.13.2013
	}
	return datelineMatch{start: off + m[0], end: end, date: t.Format("2006-01-02")}, true
}

// leadingDateline finds a dateline that opens s, after an optional label or
// agency ("Posted on", "Date of publication", "AFP").
func leadingDateline(s string) (datelineMatch, bool) {
	lead := datelineLead.FindStringIndex(s)
	dm, ok := matchDateAt(s, lead[1])
	if !ok {
		return datelineMatch{}, false
	}
	dm.start = 0
	return dm, true
}

// headDateline finds a dateline after a headline the title column does not
// repeat ("… Monitor AFP Friday 22 Jul 2016 At least …", "… Middle East 2159
// 18.05.2017 …"): in the head (before the first sentence ends), a date with a
// weekday or in numbers, not introduced by a preposition.
func headDateline(s string) (datelineMatch, bool) {
	head := s[:min(len(s), headWindow)]
	if m := sentenceEnd.FindStringIndex(head); m != nil {
		head = head[:m[0]]
	}
	best := datelineMatch{start: -1}
	for _, f := range dateForms {
		for _, m := range f.re.FindAllStringSubmatchIndex(head, -1) {
			if best.start >= 0 && m[0] >= best.start {
				break
			}
			if m[2] < 0 && !f.numeric {
				continue // a bare "12 March 2015" in a headline may be the event's date
			}
			if m[0] > 0 && head[m[0]-1] != ' ' {
				continue
			}
			words := strings.Fields(head[:m[0]])
			if len(words) > 0 && dateWords[strings.ToLower(words[len(words)-1])] {
				continue
			}
			// The match may run past the head's end when a time follows.
			if dm, ok := f.date(s, 0, m); ok {
				best = dm
				break
			}
		}
	}
	if best.start < 0 {
		return datelineMatch{}, false
	}
	if a := agencyBefore.FindStringIndex(s[:best.start]); a != nil {
		best.start = a[0]
	}
	return best, true
}

// csvBlocks splits a row's text: FA-KES content opens with a date stamp and often
// the headline ("Tue 05 Jul 2016 Suicide bombing kills … Syria. A suicide …"), or
// with the headline and then the date stamp ("… in Syria Monitor AFP Friday 22 Jul
// 2016 At least …"). Each becomes a paragraph of its own, so that neither is read
// as the first words of a sentence; nothing is dropped. The date is the
// dateline's, "" when the head has none.
func csvBlocks(text, title string) (blocks []block, date string) {
	if dm, ok := leadingDateline(text); ok {
		blocks = append(blocks, block{text: text[:dm.end], heading: true})
		text, date = strings.TrimLeftFunc(text[dm.end:], unicode.IsSpace), dm.date
	}
	if title != "" && strings.HasPrefix(text, title) {
		blocks = append(blocks, block{text: title, heading: true})
		text = strings.TrimLeft(text[len(title):], ". ")
		if dm, ok := leadingDateline(text); ok && date == "" {
			blocks = append(blocks, block{text: text[:dm.end], heading: true})
			text, date = strings.TrimLeftFunc(text[dm.end:], unicode.IsSpace), dm.date
		}
	}
	if date == "" {
		if dm, ok := headDateline(text); ok {
			blocks = append(blocks, block{text: text[:dm.start], heading: true}, block{text: text[dm.start:dm.end], heading: true})
			text, date = strings.TrimLeftFunc(text[dm.end:], unicode.IsSpace), dm.date
		}
	}
	return append(blocks, textBlocks(text)...), date
}
