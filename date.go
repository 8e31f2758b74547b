package sitrep

import (
	"strings"
	"time"
)

// Event dates (Event.Date, Claim.Event.Date) are written at the precision the text
// allows:
//
//	"2025-11-10"             a day
//	"2025-11-03/2025-11-09"  a span of two to seven days within one week, Monday to
//	                         Sunday ("last week", "over the weekend": the ISO 8601
//	                         interval start/end)
//	"2025-11"                a month
//	"2025"                   a year
//
// A span sorts by its first day, before the next day's date, so the byte order of
// dates stays their order in time by first day, as for months and years. Spans
// are limited to one week so that "a span" says "a week" to every reader of the
// date (tallies by week, exports, the claim matcher); a longer stretch is a month or
// a year.

// maxSpan is the longest a dated span may be, first to last day.
const maxSpan = 6 * 24 * time.Hour

// DateSpan reads an event date as the first and last day it can stand for: the day
// itself, the span's days, the whole month or the whole year. ok is false for ""
// and anything else that is not one of the forms above.
func DateSpan(date string) (first, last time.Time, ok bool) {
	switch len(date) {
	case len("2006-01-02"):
		t, err := time.Parse(time.DateOnly, date)
		return t, t, err == nil
	case len("2006-01-02/2006-01-02"):
		a, b, found := strings.Cut(date, "/")
		if !found {
			return time.Time{}, time.Time{}, false
		}
		s, err1 := time.Parse(time.DateOnly, a)
		e, err2 := time.Parse(time.DateOnly, b)
		if err1 != nil || err2 != nil || !e.After(s) || e.Sub(s) > maxSpan || WeekStart(a) != WeekStart(b) {
			return time.Time{}, time.Time{}, false
		}
		return s, e, true
	case len("2006-01"):
		t, err := time.Parse("2006-01", date)
		return t, t.AddDate(0, 1, -1), err == nil
	case len("2006"):
		t, err := time.Parse("2006", date)
		return t, t.AddDate(1, 0, -1), err == nil
	}
	return time.Time{}, time.Time{}, false
}

// Date precisions, as DatePrecision gives them.
const (
	PrecisionDay   = "day"
	PrecisionWeek  = "week"
	PrecisionMonth = "month"
	PrecisionYear  = "year"
)

// DatePrecision returns the precision of an event date: PrecisionDay, PrecisionWeek
// (a span within one week), PrecisionMonth or PrecisionYear; "" when date is not a
// valid event date.
func DatePrecision(date string) string {
	if _, _, ok := DateSpan(date); !ok {
		return ""
	}
	switch len(date) {
	case len("2006-01-02"):
		return PrecisionDay
	case len("2006-01"):
		return PrecisionMonth
	case len("2006"):
		return PrecisionYear
	}
	return PrecisionWeek
}

// FormatSpan writes the days first to last as an event date: the day when they are
// one, else the span "first/last". It does not check that the span is valid
// (DateSpan does).
func FormatSpan(first, last time.Time) string {
	if !last.After(first) {
		return first.Format(time.DateOnly)
	}
	return first.Format(time.DateOnly) + "/" + last.Format(time.DateOnly)
}
