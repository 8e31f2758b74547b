package ingest

import (
	"errors"
	"regexp"
	"strings"
	"time"

	"github.com/araddon/dateparse"
)

var (
	isoPrefix  = regexp.MustCompile(`^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:$|[T ])`)
	monthYear  = regexp.MustCompile(`^(?i)(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s+(\d{4})$`)
	monthIndex = map[string]string{"jan": "01", "feb": "02", "mar": "03", "apr": "04", "may": "05", "jun": "06", "jul": "07", "aug": "08", "sep": "09", "oct": "10", "nov": "11", "dec": "12"}
)

// normDate turns a date as sources write it into the precision-keeping form of
// Document.Published: "2025-11-10", "2025-12" or "2025"; "" when it is not a date.
// A timestamp keeps the calendar day it was written in, not the UTC one.
func normDate(s string) string {
	s = strings.TrimSpace(s)
	if s == "" {
		return ""
	}
	if m := isoPrefix.FindStringSubmatch(s); m != nil {
		out := m[1]
		if m[2] != "" {
			out += "-" + m[2]
			if m[3] != "" {
				out += "-" + m[3]
			}
		}
		if validDate(out) {
			return out
		}
		return ""
	}
	if m := monthYear.FindStringSubmatch(s); m != nil {
		return m[2] + "-" + monthIndex[strings.ToLower(m[1])]
	}
	t, err := parseAny(s)
	if err != nil || t.Year() < 1900 || t.Year() > 2200 {
		return ""
	}
	return t.Format("2006-01-02")
}

func validDate(s string) bool {
	for _, layout := range []string{"2006-01-02", "2006-01", "2006"} {
		if len(s) == len(layout) {
			_, err := time.Parse(layout, s)
			return err == nil
		}
	}
	return false
}

// dayOf formats a parsed time at day precision, in the zone it was written in.
func dayOf(t *time.Time) string {
	if t == nil || t.IsZero() {
		return ""
	}
	return t.Format("2006-01-02")
}

// parseAny wraps dateparse, which has panicked on odd input in past releases; a
// date we cannot read must not stop a batch.
func parseAny(s string) (t time.Time, err error) {
	if len(s) > 64 {
		return time.Time{}, errNotDate
	}
	defer func() {
		if recover() != nil {
			t, err = time.Time{}, errNotDate
		}
	}()
	return dateparse.ParseAny(s, dateparse.PreferMonthFirst(true))
}

var errNotDate = errors.New("not a date")
